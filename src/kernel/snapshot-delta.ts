// What changed between two readings of the machine's counters: for each counter, the delta and
// the per-second rate (a 32-bit counter that wrapped counts modulo 2^32; a 64-bit one that went
// down was reset, and has no delta); for each gauge (backlog_len, rx_queue, Forwarding), its value
// at the later reading. Series are matched by spec name and labels; a socket, device or CPU that
// appeared in between started at zero, so its delta is its value.
import { counterBits, isCounter, seriesKey, type Series } from './series.ts';

export interface CounterChange {
  series: Series;
  kind: 'counter';
  /** after - before (modulo 2^32 for 32-bit counters; the value for a new series); null when a 64-bit counter went down (a reset). */
  delta: number | null;
  /** delta per second of the interval; null with delta. */
  rate: number | null;
  before: number | null;
}

export interface GaugeValue {
  series: Series;
  kind: 'gauge';
  /** The value at the later reading. */
  value: number;
  /** The value at the earlier one (null for a new series). */
  before: number | null;
}

export type Change = CounterChange | GaugeValue;

export interface Interval {
  /** The readings' times (ms since the epoch). */
  from: number;
  to: number;
  seconds: number;
  changes: Change[];
}

/** The delta of one counter from `before` to `after`, or null when it cannot be known. */
export function counterDelta(before: number, after: number, bits: number): number | null {
  if (after >= before) return after - before;
  if (bits <= 32) return after + 2 ** bits - before;
  return null;
}

/** The changes from `before` to `after`, in the order of `after`'s series. */
export function intervalBetween(before: readonly Series[], after: readonly Series[], from: number, to: number): Interval {
  const seconds = (to - from) / 1000;
  const old = new Map(before.map((s) => [seriesKey(s), s.value]));
  const changes: Change[] = after.map((s) => {
    const b = old.get(seriesKey(s));
    if (!isCounter(s)) return { series: s, kind: 'gauge', value: s.value, before: b ?? null };
    const delta = b === undefined ? s.value : counterDelta(b, s.value, counterBits(s.entry));
    const rate = delta === null || seconds <= 0 ? null : delta / seconds;
    return { series: s, kind: 'counter', delta, rate, before: b ?? null };
  });
  return { from, to, seconds, changes };
}

/** The counters that grew in an interval. */
export function grown(interval: Interval): CounterChange[] {
  return interval.changes.filter((c): c is CounterChange => c.kind === 'counter' && c.delta !== null && c.delta > 0);
}
