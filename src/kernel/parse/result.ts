// The result of parsing one counter file: a value, or a parse error naming the line. Parsers are
// pure functions of the file text and never throw: bad input becomes { ok: false }.

export type ParseResult<T> =
  | { ok: true; value: T; warnings: string[] }
  | { ok: false; error: string };

export class ParseFailure extends Error {}

/** Runs `body`; a ParseFailure it throws becomes { ok: false } naming `file`. */
export function parsing<T>(file: string, body: (warnings: string[]) => T): ParseResult<T> {
  const warnings: string[] = [];
  try {
    return { ok: true, value: body(warnings), warnings };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: `${file}: ${e.message}` };
    throw e;
  }
}

export function fail(message: string): never {
  throw new ParseFailure(message);
}

const DEC = /^-?[0-9]+$/;
const HEX = /^[0-9a-fA-F]+$/;

/** A decimal integer that JSON and JS numbers hold exactly (|v| <= 2^53 - 1). */
export function decimal(token: string, where: string): number {
  if (!DEC.test(token)) fail(`${where}: expected an integer, got ${JSON.stringify(token.slice(0, 40))}`);
  const v = Number(token);
  if (!Number.isSafeInteger(v)) fail(`${where}: ${token} is beyond 2^53-1 and cannot be represented exactly`);
  return v;
}

/** A non-negative decimal counter. */
export function counter(token: string, where: string): number {
  const v = decimal(token, where);
  if (v < 0) fail(`${where}: expected a non-negative counter, got ${token}`);
  return v;
}

/** A hexadecimal u32 (softnet_stat prints %08x). */
export function hex32(token: string, where: string): number {
  if (!HEX.test(token) || token.length > 8) fail(`${where}: expected a 32-bit hex value, got ${JSON.stringify(token.slice(0, 40))}`);
  return parseInt(token, 16);
}

/** Lines of a file, without the trailing empty line. */
export function lines(text: string): string[] {
  const out = text.split('\n');
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
