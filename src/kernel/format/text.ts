// The human-readable form: one counter path per line. A single reading lists every non-zero
// counter and gauge; an interval lists the counters that grew (delta and rate per second) and the
// gauges that hold something (a queue length in packets or bytes above 0: backlog_len, rx_queue)
// or changed (Forwarding, DefaultTTL), under a line with the interval's time and length.
import type { Interval } from '../snapshot-delta.ts';
import { isCounter, type Series } from '../series.ts';

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows.reduce<number[]>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
}

/** A gauge that is a queue's length (its unit is packets or bytes). */
function queued(s: Series): boolean {
  return s.entry.annotation.unit === 'packets' || s.entry.annotation.unit === 'bytes';
}

/** Every non-zero series of one reading: `path  value  (gauge)`. */
export function textAbsolute(series: readonly Series[], at: number): string {
  const rows = series.filter((s) => s.value !== 0).map((s) => [s.path, String(s.value), isCounter(s) ? '' : '(gauge)']);
  return `# ${new Date(at).toISOString()}\n${rows.length ? table(rows).join('\n') : '(every counter is 0)'}\n`;
}

/** The counters that grew in an interval and the non-zero gauges. */
export function textInterval(interval: Interval): string {
  const rows: string[][] = [];
  for (const c of interval.changes) {
    if (c.kind === 'counter' && c.delta !== null && c.delta > 0) rows.push([c.series.path, `+${c.delta}`, `${(c.rate ?? 0).toFixed(1)}/s`]);
    else if (c.kind === 'gauge' && (c.value !== c.before || (queued(c.series) && c.value !== 0))) {
      rows.push([c.series.path, `= ${c.value}`, '(gauge)']);
    }
  }
  const head = `# ${new Date(interval.to).toISOString()}  +${interval.seconds.toFixed(2)} s`;
  return `${head}\n${rows.length ? table(rows).join('\n') : '(no counter grew)'}\n`;
}
