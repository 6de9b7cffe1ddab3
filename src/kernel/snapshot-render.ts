// A reading or an interval in the format `rxpath snapshot --format` asks for.
import { intervalJson } from './format/json.ts';
import { nstatAbsolute, nstatInterval } from './format/nstat.ts';
import { prometheusText } from './format/prometheus.ts';
import { textAbsolute, textInterval } from './format/text.ts';
import type { Reading } from './reading.ts';
import { snapshotSeries } from './series.ts';
import type { Interval } from './snapshot-delta.ts';
import type { SnapshotFormat } from './snapshot-options.ts';

/** One reading: the Snapshot JSON, `nstat -a`, an OpenMetrics exposition, or the non-zero counters. */
export function renderReading(r: Reading, format: SnapshotFormat, compact = false): string {
  switch (format) {
    case 'json': return `${JSON.stringify(r.snapshot, null, compact ? 0 : 2)}\n`;
    case 'nstat': return nstatAbsolute(snapshotSeries(r.snapshot, r.present));
    case 'prometheus': return prometheusText(snapshotSeries(r.snapshot, r.present));
    case 'text': return textAbsolute(snapshotSeries(r.snapshot, r.present), r.at);
  }
}

/**
 * One interval: its deltas and rates (JSON line, nstat, text); for Prometheus, the exposition of
 * its later reading, timestamped (a Prometheus server takes rates itself).
 */
export function renderInterval(iv: Interval, after: Reading, format: SnapshotFormat): string {
  switch (format) {
    case 'json': return `${JSON.stringify(intervalJson(iv))}\n`;
    case 'nstat': return nstatInterval(iv);
    case 'prometheus': return prometheusText(snapshotSeries(after.snapshot, after.present), { timestampMs: after.at });
    case 'text': return textInterval(iv);
  }
}
