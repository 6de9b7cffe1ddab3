// The two text formats against the tools whose output they take the place of, on files captured
// from this machine at the same instant as the tools ran (fixtures/snapshot-6.18): our nstat lines
// against `nstat -a` (iproute2), our OpenMetrics samples against node_exporter's for the counter
// files read just before and after its scrape; and the exposition's syntax, with the reference
// OpenMetrics parser (python3-prometheus-client) where it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nstatAbsolute, nstatInterval, nstatLine } from '../../src/kernel/format/nstat.ts';
import { escapeOm, parseAlias, prometheusText, promSample } from '../../src/kernel/format/prometheus.ts';
import { buildReading } from '../../src/kernel/reading.ts';
import { snapshotSeries, type Series } from '../../src/kernel/series.ts';
import { intervalOf } from '../../src/kernel/watch.ts';
import { listSpecEntries } from '../../src/spec/registry.ts';
import { FX_CPUS, counterFiles, fx, ok, reading } from './snapshot-fixtures.ts';

const seriesOf = (dir: string): Series[] => {
  const r = ok(buildReading(counterFiles(dir), {}, FX_CPUS, 0));
  return snapshotSeries(r.snapshot, r.present);
};

describe('nstat', () => {
  const ours = nstatAbsolute(seriesOf('nstat/pre')).trimEnd().split('\n');
  const theirs = fx('nstat', 'nstat.txt').trimEnd().split('\n');
  // the counters of the files the capture has: no /proc/net/snmp6 (captured before rxpath snapshot read it; its
  // lines against nstat's: snapshot-live.test.ts)
  const names = new Set(listSpecEntries({ kind: 'counter' }).filter((e) => !e.name.startsWith('snmp6.')).map((e) => e.annotation.aliases.nstat).filter(Boolean));
  it('the files did not move while nstat read them (else the capture retries)', () => {
    expect(fx('nstat', 'pre', 'net_snmp.txt')).toBe(fx('nstat', 'post', 'net_snmp.txt'));
  });
  it('every line we print is, byte for byte, a line `nstat -a` printed', () => {
    expect(ours[0]).toBe('#kernel');
    expect(ours.length).toBeGreaterThan(5);
    for (const line of ours.slice(1)) expect(theirs, line).toContain(line);
  });
  it('every non-zero counter nstat printed under a name the spec gives is one of ours', () => {
    const wanted = theirs.slice(1).filter((l) => names.has(l.split(/\s+/)[0]) && l.split(/\s+/)[1] !== '0');
    expect(wanted.length).toBe(ours.length - 1);
  });
  it('an interval: the counters that grew, with their delta and rate', () => {
    const iv = intervalOf(reading('a'), reading('b'));
    const lines = nstatInterval(iv).trimEnd().split('\n').slice(1);
    const grownNamed = iv.changes.filter((c) => c.kind === 'counter' && c.delta! > 0 && c.series.entry.annotation.aliases.nstat);
    expect(lines).toEqual(grownNamed.map((c) => c.kind === 'counter' && nstatLine(c.series.entry.annotation.aliases.nstat!, c.delta!, c.rate!)));
    expect(lines.some((l) => l.startsWith('UdpRcvbufErrors '))).toBe(true);
  });
});

/** The samples of a Prometheus text exposition: "name{k="v",...}" (labels sorted) -> value. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: \S+)?$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels = (m[2] ?? '').split(/,(?=[a-zA-Z_]+=")/).filter(Boolean).sort().join(',');
    out.set(`${m[1]}{${labels}}`, Number(m[3]));
  }
  return out;
}

describe('Prometheus (OpenMetrics) with node_exporter\'s names', () => {
  const pre = samples(prometheusText(seriesOf('node_exporter/pre')));
  const post = samples(prometheusText(seriesOf('node_exporter/post')));
  const theirs = samples(fx('node_exporter', 'metrics.txt'));
  it('every sample both print has the value node_exporter scraped (where the files held still around the scrape)', () => {
    let compared = 0;
    const families = new Set<string>();
    for (const [key, v] of pre) {
      if (!theirs.has(key) || post.get(key) !== v) continue;
      expect(theirs.get(key), key).toBe(v);
      compared++;
      families.add(key.slice(0, key.indexOf('{')));
    }
    // softnet (per CPU), netstat (no labels) and netdev (per device) all take part
    expect([...families].some((f) => f.startsWith('node_softnet_'))).toBe(true);
    expect([...families].some((f) => f.startsWith('node_netstat_Udp_'))).toBe(true);
    expect([...families].some((f) => f.startsWith('node_network_receive_'))).toBe(true);
    expect(compared).toBeGreaterThan(40);
  });
  it('a name node_exporter and the spec share has the same labels in both', () => {
    const shape = (m: Map<string, number>) => new Map([...m.keys()].map((k) => [k.slice(0, k.indexOf('{')), k.slice(k.indexOf('{')).replace(/="[^"]*"/g, '')]));
    const a = shape(pre);
    const b = shape(theirs);
    let shared = 0;
    for (const [name, labels] of a) if (b.has(name)) { shared++; expect(b.get(name), name).toBe(labels); }
    expect(shared).toBeGreaterThan(40);
  });
  it('every series with a nodeExporter alias is exposed, and only those', () => {
    const s = seriesOf('b');
    const text = prometheusText(s);
    const exposed = s.filter((x) => x.entry.annotation.aliases.nodeExporter !== undefined);
    for (const x of exposed) expect(text).toContain(`\n${promSample(x)!.sample}`);
    expect(s.length).toBeGreaterThan(exposed.length); // udp.drops, softnet input_qlen have none
  });
});

/** The syntax rules of an OpenMetrics exposition that node_exporter-style output must follow. */
function checkOpenMetrics(text: string): void {
  const lines = text.split('\n');
  expect(lines.at(-1)).toBe('');
  expect(lines.at(-2)).toBe('# EOF');
  const seen = new Set<string>();
  let family: { name: string; type: string } | undefined;
  for (const line of lines.slice(0, -2)) {
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (meta) {
      if (family?.name !== meta[2]) {
        expect(seen.has(meta[2]!), `family ${meta[2]} twice`).toBe(false);
        seen.add(meta[2]!);
        family = { name: meta[2]!, type: '' };
      }
      if (meta[1] === 'TYPE') { expect(['counter', 'gauge', 'unknown']).toContain(meta[3]); family.type = meta[3]!; }
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*")*\})? (-?[0-9]+)( [0-9]+(\.[0-9]+)?)?$/.exec(line);
    expect(m, line).not.toBeNull();
    expect(family, line).toBeDefined();
    expect(m![1]).toBe(family!.type === 'counter' ? `${family!.name}_total` : family!.name);
  }
}

const PY = '/usr/bin/python3';
const hasReferenceParser = existsSync(PY)
  && spawnSync(PY, ['-c', 'import prometheus_client.openmetrics.parser'], { encoding: 'utf8' }).status === 0;

describe('the exposition\'s syntax', () => {
  const b = reading('b');
  const text = prometheusText(snapshotSeries(b.snapshot, b.present), { timestampMs: b.at });
  it('families, types, sample names, labels, timestamps and # EOF', () => checkOpenMetrics(text));
  it('escapes label values and help text as OpenMetrics asks', () => {
    expect(escapeOm('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    expect(parseAlias('node_udp_queues{queue="rx",ip="v4"}')).toEqual({ name: 'node_udp_queues', labels: [['queue', 'rx'], ['ip', 'v4']] });
  });
  it.runIf(hasReferenceParser)('the reference OpenMetrics parser (prometheus_client) reads it, every sample', () => {
    const py = 'import sys\nfrom prometheus_client.openmetrics.parser import text_string_to_metric_families as p\n'
      + 'print(sum(len(f.samples) for f in p(sys.stdin.read())))';
    const r = spawnSync(PY, ['-c', py], { input: text, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(Number(r.stdout)).toBe(samples(text).size);
  });
});
