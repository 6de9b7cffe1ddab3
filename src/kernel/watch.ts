// `rxpath snapshot --interval S [--count N]`: a reading every S seconds (on a fixed schedule from
// the first, so a slow reading does not shift the next), each interval handed on as it ends.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Reading } from './reading.ts';
import { snapshotSeries } from './series.ts';
import { intervalBetween, type Interval } from './snapshot-delta.ts';

export interface WatchOptions {
  intervalMs: number;
  /** Intervals; undefined: until the process is stopped. */
  count?: number;
  read: () => Reading;
  onInterval: (iv: Interval, after: Reading) => void;
  /** For tests: how to wait (default: a timer). */
  wait?: (ms: number) => Promise<unknown>;
  /** For tests: the clock the readings' `at` is on (default: Date.now). */
  now?: () => number;
}

/** The interval between two readings. */
export function intervalOf(before: Reading, after: Reading): Interval {
  return intervalBetween(snapshotSeries(before.snapshot, before.present), snapshotSeries(after.snapshot, after.present), before.at, after.at);
}

/** Reads, then every intervalMs reads again and hands on the interval; returns the first and last readings. */
export async function watch(o: WatchOptions): Promise<{ first: Reading; last: Reading }> {
  const wait = o.wait ?? ((ms: number) => sleep(ms));
  const now = o.now ?? Date.now;
  const first = o.read();
  const start = first.at;
  let prev = first;
  for (let i = 1; o.count === undefined || i <= o.count; i++) {
    await wait(Math.max(0, start + i * o.intervalMs - now()));
    const cur = o.read();
    o.onInterval(intervalOf(prev, cur), cur);
    prev = cur;
  }
  return { first, last: prev };
}
