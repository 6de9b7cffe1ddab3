// The options of `rxpath snapshot`, checked: a bad value is bad usage (RxpathInputError, exit 2)
// naming the option and what was expected.
import { RxpathInputError } from '../spec/errors.ts';

export const SNAPSHOT_FORMATS = ['json', 'prometheus', 'nstat', 'text'] as const;
export type SnapshotFormat = (typeof SNAPSHOT_FORMATS)[number];

export interface SnapshotCliOptions {
  netns?: string;
  json?: boolean;
  interval?: string;
  count?: string;
  format?: string;
  explain?: boolean;
  scenarioOut?: string;
}

export interface SnapshotPlan {
  netns: string | null;
  format: SnapshotFormat;
  /** JSON on one line and no warnings (`--json`). */
  compact: boolean;
  /** Seconds between readings; undefined: one reading. */
  intervalS?: number;
  /** Intervals to print; undefined: until interrupted. */
  count?: number;
  explain: boolean;
  scenarioOut?: string;
}

/** The longest interval: a day. */
const MAX_INTERVAL_S = 86_400;

function bad(option: string, message: string): never {
  throw new RxpathInputError([{ file: option, pointer: '', message }]);
}

export function parseSnapshotOptions(o: SnapshotCliOptions): SnapshotPlan {
  let intervalS: number | undefined;
  if (o.interval !== undefined) {
    if (!/^\s*\d+(\.\d+)?\s*$/.test(o.interval)) {
      bad('--interval', `expected a number of seconds such as 1 or 0.5 (got ${JSON.stringify(o.interval)})`);
    }
    intervalS = Number(o.interval);
    if (intervalS < 0.01 || intervalS > MAX_INTERVAL_S) {
      bad('--interval', `must be between 0.01 and ${MAX_INTERVAL_S} seconds (got ${o.interval.trim()})`);
    }
  }
  let count: number | undefined;
  if (o.count !== undefined) {
    if (intervalS === undefined) bad('--count', 'counts intervals: give --interval S too');
    if (!/^\s*\d+\s*$/.test(o.count) || Number(o.count) < 1 || !Number.isSafeInteger(Number(o.count))) {
      bad('--count', `expected a whole number of intervals, at least 1 (got ${JSON.stringify(o.count)})`);
    }
    count = Number(o.count);
  }
  if (o.format !== undefined && !(SNAPSHOT_FORMATS as readonly string[]).includes(o.format)) {
    bad('--format', `must be one of ${SNAPSHOT_FORMATS.join(', ')} (got ${JSON.stringify(o.format)})`);
  }
  if (o.json && o.format !== undefined && o.format !== 'json') bad('--json', `prints JSON; it cannot go with --format ${o.format}`);
  if (o.explain && (o.format !== undefined || o.json)) bad('--explain', 'prints an explanation, not readings: leave --format and --json out');
  if (o.explain && intervalS !== undefined && count === undefined) {
    bad('--explain', 'explains the growth over the whole watch: give --count N with --interval');
  }
  if (o.scenarioOut !== undefined && !o.explain) bad('--scenario-out', 'writes the scenario --explain finds: give --explain too');
  if (o.scenarioOut !== undefined && o.scenarioOut.trim() === '') bad('--scenario-out', 'is empty (an unset variable?): give a file name');
  return {
    netns: o.netns ?? null,
    format: (o.format as SnapshotFormat | undefined) ?? 'json',
    compact: o.json === true,
    ...(intervalS !== undefined ? { intervalS } : {}),
    ...(count !== undefined ? { count } : {}),
    explain: o.explain === true,
    ...(o.scenarioOut !== undefined ? { scenarioOut: o.scenarioOut } : {}),
  };
}
