// A Snapshot as a flat list of series: one number per counter path (`softnet_stat[1].dropped`,
// `dev.eth0.rx_drop`, `ethtool.eth0.queues[0].packets`), each with its spec entry (what it is, its
// kind and width, other tools' names) and the labels that tell its instances apart (cpu, device,
// queue, IRQ, socket). The formats (text, nstat, Prometheus) and the deltas are built on these.
import type { Snapshot } from '../generated/schema-types.ts';
import { getSpecEntry, type SpecEntry } from '../spec/registry.ts';

export interface Series {
  /** The counter path, as golden traces and `observes` write it. */
  path: string;
  /** The spec entry's name (`softnet_stat.dropped`, `dev.rx_drop`, `interrupts`). */
  name: string;
  entry: SpecEntry;
  /** What tells this instance apart: cpu, device, queue, irq, socket. */
  labels: Readonly<Record<string, string>>;
  value: number;
}

/** `counter` (only grows, wraps at `bits`) or `gauge` (a level): the spec's kind. */
export function isCounter(s: Series): boolean {
  return s.entry.annotation.kind === 'counter';
}

/** The width a counter wraps at: the spec's `bits` (32 or 64). */
export function counterBits(entry: SpecEntry): number {
  const bits = Object.values(entry.annotation.profiles).map((p) => p?.bits ?? 64);
  return Math.max(...bits);
}

type Push = (path: string, name: string, labels: Record<string, string>, value: unknown) => void;

/** Every numeric field of a flat object (a MIB line, a device row), named `prefix.field`. */
function fields(obj: object, path: string, name: string, labels: Record<string, string>, push: Push): void {
  for (const [k, v] of Object.entries(obj)) push(`${path}.${k}`, `${name}.${k}`, labels, v);
}

/**
 * The series of a snapshot, in document order. `present` (the counter paths the files really had,
 * from buildSnapshot) leaves out fields the kernel does not print; absent, every field is kept.
 * Fields that are not counters or gauges (a row's `cpu`, a socket's addresses) are left out.
 */
export function snapshotSeries(s: Snapshot, present?: ReadonlySet<string>): Series[] {
  const out: Series[] = [];
  const push: Push = (path, name, labels, value) => {
    if (typeof value !== 'number' || (present && !present.has(path))) return;
    const entry = getSpecEntry(name);
    if (!entry || (entry.annotation.kind !== 'counter' && entry.annotation.kind !== 'gauge')) return;
    out.push({ path, name, entry, labels, value });
  };
  s.softnet_stat.forEach((row, i) => fields(row, `softnet_stat[${i}]`, 'softnet_stat', { cpu: String(row.cpu) }, push));
  for (const [line, mib] of Object.entries(s.snmp)) fields(mib, `snmp.${line}`, `snmp.${line}`, {}, push);
  for (const [line, mib] of Object.entries(s.snmp6 ?? {})) fields(mib, `snmp6.${line}`, `snmp6.${line}`, {}, push);
  for (const [line, mib] of Object.entries(s.netstat)) fields(mib, `netstat.${line}`, `netstat.${line}`, {}, push);
  for (const [dev, row] of Object.entries(s.dev)) fields(row, `dev.${dev}`, 'dev', { device: dev }, push);
  for (const [dev, nic] of Object.entries(s.ethtool)) {
    const { queues, ...totals } = nic;
    fields(totals, `ethtool.${dev}`, 'ethtool', { device: dev }, push);
    queues.forEach((q, i) => fields(q, `ethtool.${dev}.queues[${i}]`, 'ethtool.queues[]', { device: dev, queue: String(i) }, push));
  }
  for (const [dev, veth] of Object.entries(s.veth ?? {})) {
    for (const side of ['rx_queues', 'tx_queues'] as const) {
      veth[side].forEach((q, i) => fields(q, `veth.${dev}.${side}[${i}]`, `veth.${side}[]`, { device: dev, queue: String(i) }, push));
    }
  }
  s.udp.forEach((row, i) => fields(row, `udp[${i}]`, 'udp', { socket: row.name }, push));
  s.softirqs.NET_RX.forEach((v, cpu) => push(`softirqs.NET_RX[${cpu}]`, 'softirqs.NET_RX', { cpu: String(cpu) }, v));
  for (const [irq, counts] of Object.entries(s.interrupts)) {
    counts.forEach((v, cpu) => push(`interrupts.${irq}[${cpu}]`, 'interrupts', { irq, cpu: String(cpu) }, v));
  }
  return out;
}

/** A key that names one series across snapshots (its spec name and labels; indexes may move). */
export function seriesKey(s: Pick<Series, 'name' | 'labels'>): string {
  const labels = Object.entries(s.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${s.name}{${labels.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}}`;
}
