// Which JSON number literals read as the number they say. JSON.parse reads 1e309 as Infinity,
// 1e-400 as 0 and 18446744073709551615 as 18446744073709551616, silently; rxpath refuses them.

/**
 * Whether an integer literal (no fraction, no exponent) means the number it reads as: it is within
 * 2^53, it is that number exactly, or it is how that number is written (JSON.stringify of a large
 * double); not a 64-bit integer such as 18446744073709551615 that would silently read as another.
 */
function integerIsExact(value: number, raw: string): boolean {
  return !/^-?\d+$/.test(raw) || Number.isSafeInteger(value) || String(value) === raw || BigInt(raw) === BigInt(value);
}

/** Why the literal `raw`, read as `value`, does not mean what it says; undefined when it does. */
export function numberProblem(value: number, raw: string): string | undefined {
  if (!Number.isFinite(value)) return `number ${raw} is out of range (a JSON number must be within ±${Number.MAX_VALUE})`;
  if (value === 0) {
    const mantissa = raw.split(/[eE]/)[0]!;
    return /[1-9]/.test(mantissa) ? `number ${raw} is too small to be represented (it would read as 0)` : undefined;
  }
  if (!integerIsExact(value, raw)) {
    return `integer ${raw} cannot be represented exactly (it would read as ${BigInt(value)}): ` +
      'integers are exact up to 2^53 = 9007199254740992';
  }
  return undefined;
}

/** numberProblem(Number(raw), raw) === undefined, quickly for the usual short literals. */
export function numberIsExact(raw: string): boolean {
  // Up to 15 characters and no exponent: at most 15 digits, always exact.
  if (raw.length <= 15 && !/[eE]/.test(raw)) return true;
  return numberProblem(Number(raw), raw) === undefined;
}
