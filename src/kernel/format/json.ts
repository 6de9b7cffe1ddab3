// The JSON forms: a single reading is the Snapshot (schemas/snapshot.schema.json); an interval is
// one line (`rxpath-snapshot-interval/1`) with every counter's delta and per-second rate and every
// gauge's value, by counter path.
import type { Interval } from '../snapshot-delta.ts';

export const INTERVAL_FORMAT = 'rxpath-snapshot-interval/1';

export interface IntervalJson {
  format: typeof INTERVAL_FORMAT;
  from: string;
  to: string;
  seconds: number;
  /** delta null: a 64-bit counter went down (a reset) */
  counters: Record<string, { delta: number | null; rate: number | null }>;
  gauges: Record<string, number>;
}

export function intervalJson(interval: Interval): IntervalJson {
  const counters: IntervalJson['counters'] = {};
  const gauges: IntervalJson['gauges'] = {};
  for (const c of interval.changes) {
    if (c.kind === 'counter') counters[c.series.path] = { delta: c.delta, rate: c.rate };
    else gauges[c.series.path] = c.value;
  }
  return {
    format: INTERVAL_FORMAT, from: new Date(interval.from).toISOString(), to: new Date(interval.to).toISOString(),
    seconds: interval.seconds, counters, gauges,
  };
}
