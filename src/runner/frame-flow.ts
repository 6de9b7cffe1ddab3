// Where the frames went, stage by stage, read from one snapshot's counters: arrived, dropped at
// each stage by reason, delivered, read. Each row sums a counter over devices, CPUs or sockets, so
// the same rows come out of any implementation's snapshot (and of a kernel's), side by side.
import type { Scenario, Snapshot } from '../generated/schema-types.ts';

export interface FlowRow {
  stage: string;
  /** What the row counts, e.g. "dropped: ring full". */
  what: string;
  /** The counters summed (for a tooltip). */
  source: string;
  kind: 'in' | 'drop' | 'out';
}

const sum = (xs: Iterable<number | undefined>): number => { let n = 0; for (const x of xs) n += x ?? 0; return n; };

type Reader = (s: Snapshot) => number | undefined;

interface RowDef extends FlowRow { read: Reader }

const nics = (s: Snapshot) => Object.values(s.ethtool ?? {});
const devs = (s: Snapshot) => Object.values(s.dev ?? {});

const ROWS: RowDef[] = [
  { stage: 'NIC', what: 'received by the NIC', source: 'ethtool -S rx_packets (all NICs)', kind: 'in', read: (s) => sum(nics(s).map((n) => n.rx_packets)) },
  { stage: 'NIC', what: 'dropped: ring full', source: 'ethtool -S rx_missed_errors + rx_fifo_errors', kind: 'drop', read: (s) => sum(nics(s).map((n) => n.rx_missed_errors + n.rx_fifo_errors)) },
  { stage: 'NIC', what: 'dropped: ntuple rule', source: 'ethtool -S rx_dropped', kind: 'drop', read: (s) => sum(nics(s).map((n) => n.rx_dropped)) },
  { stage: 'device', what: 'received by the device', source: '/proc/net/dev rx_packets (all devices)', kind: 'in', read: (s) => sum(devs(s).map((d) => d.rx_packets)) },
  { stage: 'device', what: 'dropped by the device', source: '/proc/net/dev rx_drop + rx_fifo + rx_errs', kind: 'drop', read: (s) => sum(devs(s).map((d) => d.rx_drop + d.rx_fifo + d.rx_errs)) },
  { stage: 'backlog', what: 'processed by the CPUs', source: 'softnet_stat processed', kind: 'in', read: (s) => sum((s.softnet_stat ?? []).map((r) => r.processed)) },
  { stage: 'backlog', what: 'dropped: backlog full or flow limit', source: 'softnet_stat dropped', kind: 'drop', read: (s) => sum((s.softnet_stat ?? []).map((r) => r.dropped)) },
  { stage: 'backlog', what: 'of which: flow limit', source: 'softnet_stat flow_limit_count', kind: 'drop', read: (s) => sum((s.softnet_stat ?? []).map((r) => r.flow_limit_count)) },
  { stage: 'backlog', what: 'time squeezes', source: 'softnet_stat time_squeeze', kind: 'out', read: (s) => sum((s.softnet_stat ?? []).map((r) => r.time_squeeze)) },
  { stage: 'IP', what: 'arrived at IP', source: 'Ip InReceives', kind: 'in', read: (s) => s.snmp?.Ip?.InReceives },
  { stage: 'IP', what: 'dropped: bad header', source: 'Ip InHdrErrors', kind: 'drop', read: (s) => s.snmp?.Ip?.InHdrErrors },
  { stage: 'IP', what: 'dropped: checksum', source: 'IpExt InCsumErrors', kind: 'drop', read: (s) => s.netstat?.IpExt?.InCsumErrors },
  { stage: 'IP', what: 'dropped: truncated', source: 'IpExt InTruncatedPkts', kind: 'drop', read: (s) => s.netstat?.IpExt?.InTruncatedPkts },
  { stage: 'IP', what: 'dropped: not for us', source: 'Ip InAddrErrors', kind: 'drop', read: (s) => s.snmp?.Ip?.InAddrErrors },
  { stage: 'IP', what: 'dropped: no route', source: 'IpExt InNoRoutes', kind: 'drop', read: (s) => s.netstat?.IpExt?.InNoRoutes },
  { stage: 'IP', what: 'dropped: reverse path', source: 'TcpExt IPReversePathFilter', kind: 'drop', read: (s) => s.netstat?.TcpExt?.IPReversePathFilter },
  { stage: 'IP', what: 'dropped: unknown protocol', source: 'Ip InUnknownProtos', kind: 'drop', read: (s) => s.snmp?.Ip?.InUnknownProtos },
  { stage: 'IP', what: 'dropped: discarded', source: 'Ip InDiscards', kind: 'drop', read: (s) => s.snmp?.Ip?.InDiscards },
  { stage: 'IP', what: 'delivered to a protocol', source: 'Ip InDelivers', kind: 'out', read: (s) => s.snmp?.Ip?.InDelivers },
  { stage: 'UDP', what: 'dropped: no socket', source: 'Udp NoPorts', kind: 'drop', read: (s) => s.snmp?.Udp?.NoPorts },
  { stage: 'UDP', what: 'dropped: checksum', source: 'Udp InCsumErrors', kind: 'drop', read: (s) => s.snmp?.Udp?.InCsumErrors },
  { stage: 'UDP', what: 'dropped: receive buffer full', source: 'Udp RcvbufErrors', kind: 'drop', read: (s) => s.snmp?.Udp?.RcvbufErrors },
  { stage: 'UDP', what: 'dropped: memory', source: 'Udp MemErrors', kind: 'drop', read: (s) => s.snmp?.Udp?.MemErrors },
  { stage: 'UDP', what: 'errors (all)', source: 'Udp InErrors', kind: 'drop', read: (s) => s.snmp?.Udp?.InErrors },
  { stage: 'UDP', what: 'multicast ignored', source: 'Udp IgnoredMulti', kind: 'drop', read: (s) => s.snmp?.Udp?.IgnoredMulti },
  { stage: 'socket', what: 'dropped at sockets', source: '/proc/net/udp drops', kind: 'drop', read: (s) => sum((s.udp ?? []).map((r) => r.drops)) },
  { stage: 'socket', what: 'waiting in socket queues', source: 'internal sockets[].queued', kind: 'out', read: (s) => s.internal?.sockets ? sum(s.internal.sockets.map((k) => k.queued)) : undefined },
  { stage: 'socket', what: 'freed by close', source: 'internal closed[].purged', kind: 'drop', read: (s) => (s.internal?.closed ? sum(s.internal.closed.map((k) => k.purged)) : undefined) },
  { stage: 'socket', what: 'bytes in socket queues', source: '/proc/net/udp rx_queue', kind: 'out', read: (s) => sum((s.udp ?? []).map((r) => r.rx_queue)) },
  { stage: 'read', what: 'read by the application', source: 'Udp InDatagrams', kind: 'out', read: (s) => s.snmp?.Udp?.InDatagrams },
];

export interface FlowTableRow extends FlowRow { expected?: number; actual?: number }

/** Frames the workload injected up to (not including) step `upTo`. */
export function framesSent(scenario: Scenario, upTo: number): number {
  let n = 0;
  scenario.workload.forEach((s, i) => { if (i < upTo && s.op === 'frames') n += s.count ?? 1; });
  return n;
}

function safe(read: Reader, s: Snapshot | undefined): number | undefined {
  if (!s) return undefined;
  try {
    const v = read(s);
    return v === undefined || Number.isNaN(v) ? undefined : v;
  } catch { return undefined; }
}

/**
 * A copy of the snapshot where every number outside the compared paths is NaN, so that a stage
 * row built from a counter nobody observed shows as unknown rather than as a difference.
 */
export function maskSnapshot(s: Snapshot, include: (path: string) => boolean): Snapshot {
  const walk = (v: unknown, path: string): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, path === '' ? k : `${path}.${k}`)]));
    }
    return typeof v === 'number' && !include(path) ? Number.NaN : v;
  };
  return walk(s, '') as Snapshot;
}

/**
 * The stage table for one checkpoint: rows where either side is non-zero (plus the first row,
 * frames sent by the workload, which both sides share).
 */
export function flowTable(scenario: Scenario, step: number, expected: Snapshot | undefined, actual: Snapshot | undefined): FlowTableRow[] {
  const sent = framesSent(scenario, step);
  const rows: FlowTableRow[] = [
    { stage: 'workload', what: 'frames sent', source: 'the scenario\'s frames steps', kind: 'in', ...(expected ? { expected: sent } : {}), actual: sent },
  ];
  for (const r of ROWS) {
    const e = safe(r.read, expected);
    const a = safe(r.read, actual);
    if (!e && !a) continue;
    rows.push({ stage: r.stage, what: r.what, source: r.source, kind: r.kind, ...(e !== undefined ? { expected: e } : {}), ...(a !== undefined ? { actual: a } : {}) });
  }
  return rows;
}

export interface Series { name: string; unit: string; points: { at: number; value: number }[] }

/**
 * Queue lengths over the workload, one point per checkpoint: each CPU's backlog and each socket's
 * queue, from the snapshot's `internal` state when present, else from the counters
 * (softnet_stat backlog_len / input_qlen, /proc/net/udp rx_queue in bytes).
 */
export function queueSeries(checkpoints: readonly { at: number; counters: Snapshot }[]): Series[] {
  const out = new Map<string, Series>();
  const add = (name: string, unit: string, at: number, value: number): void => {
    let s = out.get(name);
    if (!s) { s = { name, unit, points: [] }; out.set(name, s); }
    s.points.push({ at, value });
  };
  for (const c of checkpoints) {
    const s = c.counters;
    if (s.internal?.backlog) {
      for (const b of s.internal.backlog) add(`backlog cpu${b.cpu}`, 'packets', c.at, b.input_qlen + b.process_qlen);
    } else {
      (s.softnet_stat ?? []).forEach((r, i) => {
        const v = r.backlog_len ?? ((r.input_qlen ?? 0) + (r.process_qlen ?? 0));
        add(`backlog cpu${r.cpu ?? i}`, 'packets', c.at, v);
      });
    }
    for (const r of s.udp ?? []) add(`socket ${r.name}`, 'bytes', c.at, r.rx_queue);
    for (const k of s.internal?.sockets ?? []) add(`socket ${k.name}`, 'datagrams', c.at, k.queued);
  }
  return [...out.values()];
}
