// nstat's output (iproute2 misc/nstat.c: "#kernel", then "%-32s%-16llu%6.1f" per counter, zero
// counters left out), under the names nstat uses: each series' spec annotation
// `x-rxpath.aliases.nstat` (read through the registry). As nstat does, the levels (IpForwarding,
// IpDefaultTTL) are not printed. Absolute values are what `nstat -a` prints (rate 0.0); an
// interval's deltas and per-second rates are what nstat prints between two runs.
import type { Interval } from '../snapshot-delta.ts';
import { isCounter, type Series } from '../series.ts';

/** One nstat line: name, value, rate. */
export function nstatLine(name: string, value: number, rate: number): string {
  return `${name.padEnd(32)}${String(value).padEnd(16)}${rate.toFixed(1).padStart(6)}`;
}

const nstatName = (s: Series): string | undefined => (isCounter(s) ? s.entry.annotation.aliases.nstat : undefined);

/** `nstat -a`: every non-zero counter with an nstat name, absolute, rate 0.0. */
export function nstatAbsolute(series: readonly Series[]): string {
  const out = ['#kernel'];
  for (const s of series) {
    const name = nstatName(s);
    if (name !== undefined && s.value !== 0) out.push(nstatLine(name, s.value, 0));
  }
  return `${out.join('\n')}\n`;
}

/** `nstat` between two readings: every counter with an nstat name that grew, its delta and rate per second. */
export function nstatInterval(interval: Interval): string {
  const out = ['#kernel'];
  for (const c of interval.changes) {
    if (c.kind !== 'counter' || c.delta === null || c.delta === 0) continue;
    const name = nstatName(c.series);
    if (name !== undefined) out.push(nstatLine(name, c.delta, c.rate ?? 0));
  }
  return `${out.join('\n')}\n`;
}
