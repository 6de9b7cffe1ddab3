// The OpenMetrics text exposition of a reading, under the names node_exporter uses: each series'
// metric name is its spec entry's `x-rxpath.aliases.nodeExporter` (read through the registry, so
// counters without that annotation are left out). As node_exporter does, counters whose name ends
// in `_total` are `counter` families, the netstat ones (no `_total`) `unknown`, and levels `gauge`;
// a per-CPU series gets `cpu="N"`, a per-device one `device="DEV"`; `N` in a name is the RX queue
// (`node_ethtool_rx_queue_0_packets`) and `DEV-rx-N` in a label the IRQ's name; per-socket series
// (`node_udp_queues`) are summed over the sockets.
import type { Series } from '../series.ts';

interface Family {
  name: string;
  type: 'counter' | 'gauge' | 'unknown';
  help: string;
  /** sample name + label text -> value, in first-seen order */
  samples: Map<string, { sample: string; labels: [string, string][]; value: number }>;
}

/** `node_udp_queues{queue="rx",ip="v4"}` -> the name and its fixed labels. */
export function parseAlias(alias: string): { name: string; labels: [string, string][] } {
  const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?$/.exec(alias);
  if (!m) throw new Error(`not a metric name with labels: ${alias}`);
  const labels: [string, string][] = [];
  for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
    const l = /^([a-zA-Z_][a-zA-Z0-9_]*)="(.*)"$/.exec(part.trim());
    if (!l) throw new Error(`bad label ${part} in ${alias}`);
    labels.push([l[1], l[2]]);
  }
  return { name: m[1], labels };
}

/** Escapes a label value or HELP text as OpenMetrics requires (backslash, double quote, line feed). */
export function escapeOm(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** The metric name and labels of one series, or undefined when the spec gives it no node_exporter name. */
export function promSample(s: Series): { sample: string; labels: [string, string][] } | undefined {
  const alias = s.entry.annotation.aliases.nodeExporter;
  if (alias === undefined) return undefined;
  const parsed = parseAlias(alias);
  let sample = parsed.name;
  if (s.labels.queue !== undefined) sample = sample.replace(/_N_/, `_${s.labels.queue}_`);
  const column = s.entry.annotation.aliases.column;
  const labels: [string, string][] = parsed.labels.map(([k, v]) => [k, s.labels.irq !== undefined && v === column ? s.labels.irq : v]);
  if (s.labels.cpu !== undefined) labels.unshift(['cpu', s.labels.cpu]);
  if (s.labels.device !== undefined) labels.unshift(['device', s.labels.device]);
  return { sample, labels };
}

function familyOf(s: Series, sample: string): Pick<Family, 'name' | 'type'> {
  if (s.entry.annotation.kind === 'gauge') return { name: sample, type: 'gauge' };
  if (sample.endsWith('_total')) return { name: sample.slice(0, -'_total'.length), type: 'counter' };
  return { name: sample, type: 'unknown' };
}

export interface PrometheusOptions {
  /** Each sample's timestamp (ms since the epoch), written in seconds as OpenMetrics does. */
  timestampMs?: number;
}

/** One OpenMetrics exposition of the series, ending in `# EOF`. */
export function prometheusText(series: readonly Series[], opts: PrometheusOptions = {}): string {
  const families = new Map<string, Family>();
  for (const s of series) {
    const p = promSample(s);
    if (!p) continue;
    const f = familyOf(s, p.sample);
    let fam = families.get(f.name);
    if (!fam) families.set(f.name, fam = { ...f, help: s.entry.description, samples: new Map() });
    const key = `${p.sample}${JSON.stringify(p.labels)}`;
    const seen = fam.samples.get(key);
    if (seen) seen.value += s.value;
    else fam.samples.set(key, { ...p, value: s.value });
  }
  const ts = opts.timestampMs === undefined ? '' : ` ${(opts.timestampMs / 1000).toFixed(3)}`;
  const out: string[] = [];
  for (const f of families.values()) {
    out.push(`# HELP ${f.name} ${escapeOm(f.help)}`, `# TYPE ${f.name} ${f.type}`);
    for (const x of f.samples.values()) {
      const labels = x.labels.length ? `{${x.labels.map(([k, v]) => `${k}="${escapeOm(v)}"`).join(',')}}` : '';
      out.push(`${x.sample}${labels} ${x.value}${ts}`);
    }
  }
  out.push('# EOF');
  return `${out.join('\n')}\n`;
}
