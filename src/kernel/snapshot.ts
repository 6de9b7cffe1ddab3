// A Snapshot (schemas/snapshot.schema.json) from the text of the counter files, and the delta of
// two snapshots. Pure functions: the live reading is in read_files.ts.
import type { ProcNetDev, Snapshot, UdpSocketRow } from '../generated/schema-types.ts';
import { parseDev } from './parse/dev.ts';
import { parseInterrupts } from './parse/interrupts.ts';
import { parseNetstat } from './parse/netstat.ts';
import type { ParseResult } from './parse/result.ts';
import { parseSnmp } from './parse/snmp.ts';
import { parseSnmp6 } from './parse/snmp6.ts';
import { parseSoftirqs } from './parse/softirqs.ts';
import { parseSoftnetStat } from './parse/softnet_stat.ts';
import { dottedAddress, parseUdp, parseUdp6, type UdpProcRow } from './parse/udp.ts';

/**
 * The counter files' text; an absent file (null) leaves its part empty and unobserved. The IPv6 files
 * (snmp6, udp6) are read only for a scenario that uses IPv6 (src/spec/ipv6.ts:scenarioUsesIpv6):
 * absent or null, the snapshot has no snmp6 and no udp6 rows.
 */
export interface CounterFiles {
  softnet_stat: string | null;
  snmp: string | null;
  netstat: string | null;
  dev: string | null;
  udp: string | null;
  softirqs: string | null;
  interrupts: string | null;
  /** /proc/net/snmp6 */
  snmp6?: string | null;
  /** /proc/net/udp6: its rows follow /proc/net/udp's in `udp`. */
  udp6?: string | null;
}

/** The files every reading has (the IPv6 ones are in IPV6_COUNTER_FILE_PATHS). */
export const COUNTER_FILE_PATHS: Record<Exclude<keyof CounterFiles, 'snmp6' | 'udp6'>, string> = {
  softnet_stat: '/proc/net/softnet_stat',
  snmp: '/proc/net/snmp',
  netstat: '/proc/net/netstat',
  dev: '/proc/net/dev',
  udp: '/proc/net/udp',
  softirqs: '/proc/softirqs',
  interrupts: '/proc/interrupts',
};

export const IPV6_COUNTER_FILE_PATHS: Record<'snmp6' | 'udp6', string> = {
  snmp6: '/proc/net/snmp6',
  udp6: '/proc/net/udp6',
};

export interface ParsedSnapshot {
  snapshot: Snapshot;
  /** Counter paths the files really had (e.g. "snmp.Udp.InErrors", "dev.lo.rx_drop", "softnet_stat[1].dropped"). */
  present: string[];
  warnings: string[];
  /** The raw /proc/net/udp rows (with inodes), for matching rows to sockets. */
  udpRows: UdpProcRow[];
}

export interface BuildOptions {
  /** Names a /proc/net/udp or /proc/net/udp6 row; undefined leaves the row out. Default: "A.B.C.D:PORT" (udp6: its hex address). */
  udpName?: (row: UdpProcRow) => string | undefined;
  /** Keep only these devices of /proc/net/dev (default: all). */
  devices?: readonly string[];
}

export function emptySnapshot(cpus: number): Snapshot {
  return {
    softnet_stat: Array.from({ length: cpus }, (_, cpu) => ({
      cpu, processed: 0, dropped: 0, time_squeeze: 0, cpu_collision: 0, received_rps: 0, flow_limit_count: 0,
    })),
    snmp: zeroLines('snmp'),
    netstat: zeroLines('netstat'),
    dev: {}, ethtool: {}, udp: [],
    softirqs: { NET_RX: Array.from({ length: cpus }, () => 0) },
    interrupts: {},
  } as Snapshot;
}

function zeroLines(which: 'snmp' | 'netstat'): never {
  const r = which === 'snmp'
    ? parseSnmp('Ip: Forwarding\nIp: 0\nIcmp: InMsgs\nIcmp: 0\nUdp: InDatagrams\nUdp: 0\n')
    : parseNetstat('IpExt: InNoRoutes\nIpExt: 0\nTcpExt: IPReversePathFilter\nTcpExt: 0\n');
  if (!r.ok) throw new Error(r.error);
  return r.value.value as never;
}

function take<T>(r: ParseResult<T>, errors: string[], warnings: string[]): T | undefined {
  if (!r.ok) { errors.push(r.error); return undefined; }
  warnings.push(...r.warnings);
  return r.value;
}

/** Parses every counter file into one Snapshot. Never throws on bad file text: errors are returned. */
export function buildSnapshot(files: CounterFiles, cpus: number, opts: BuildOptions = {}): ParseResult<ParsedSnapshot> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const present: string[] = [];
  const snap = emptySnapshot(cpus);
  let udpRows: UdpProcRow[] = [];
  if (files.softnet_stat !== null) {
    const rows = take(parseSoftnetStat(files.softnet_stat), errors, warnings);
    if (rows) {
      snap.softnet_stat = rows;
      rows.forEach((row, i) => { for (const k of Object.keys(row)) if (k !== 'cpu') present.push(`softnet_stat[${i}].${k}`); });
    }
  }
  if (files.snmp !== null) {
    const r = take(parseSnmp(files.snmp), errors, warnings);
    if (r) { snap.snmp = r.value; present.push(...r.present); }
  }
  if (files.netstat !== null) {
    const r = take(parseNetstat(files.netstat), errors, warnings);
    if (r) { snap.netstat = r.value; present.push(...r.present); }
  }
  if (files.dev !== null) {
    const r = take(parseDev(files.dev), errors, warnings);
    if (r) {
      const dev: ProcNetDev = {};
      for (const [name, row] of Object.entries(r)) {
        if (opts.devices && !opts.devices.includes(name)) continue;
        dev[name] = row;
        for (const k of Object.keys(row)) present.push(`dev.${name}.${k}`);
      }
      snap.dev = dev;
    }
  }
  if (files.snmp6 !== undefined && files.snmp6 !== null) {
    const r = take(parseSnmp6(files.snmp6), errors, warnings);
    if (r) { snap.snmp6 = r.value; present.push(...r.present); }
  }
  // /proc/net/udp's rows, then /proc/net/udp6's (an AF_INET6 socket's row is only there)
  const udpTexts = [[files.udp, parseUdp], [files.udp6 ?? null, parseUdp6]] as const;
  if (udpTexts.some(([text]) => text !== null)) {
    const parsed = udpTexts.map(([text, parse]) => (text === null ? [] : take(parse(text), errors, warnings)));
    const r = parsed.every((x) => x !== undefined) ? parsed.flat() as UdpProcRow[] : undefined;
    if (r) {
      udpRows = r;
      const nameOf = opts.udpName ?? ((row: UdpProcRow) => (row.local_address.length > 13 ? row.local_address : dottedAddress(row.local_address)));
      const out: UdpSocketRow[] = [];
      for (const row of r) {
        const name = nameOf(row);
        if (name === undefined) continue;
        const i = out.length;
        out.push({ name, local_address: row.local_address, rem_address: row.rem_address, rx_queue: row.rx_queue, tx_queue: row.tx_queue, drops: row.drops });
        present.push(`udp[${i}].rx_queue`, `udp[${i}].tx_queue`, `udp[${i}].drops`);
      }
      snap.udp = out;
    }
  }
  if (files.softirqs !== null) {
    const r = take(parseSoftirqs(files.softirqs), errors, warnings);
    if (r) { snap.softirqs = r; r.NET_RX.forEach((_, i) => present.push(`softirqs.NET_RX[${i}]`)); }
  }
  if (files.interrupts !== null) {
    const r = take(parseInterrupts(files.interrupts), errors, warnings);
    if (r) { snap.interrupts = r; for (const [k, v] of Object.entries(r)) v.forEach((_, i) => present.push(`interrupts.${k}[${i}]`)); }
  }
  if (errors.length > 0) return { ok: false, error: errors.join('\n') };
  return { ok: true, value: { snapshot: snap, present, warnings, udpRows }, warnings };
}

const U32 = 2 ** 32;
/** Settings and gauges: the delta keeps the later value (a level, not a count). */
const LEVELS = new Set(['Forwarding', 'DefaultTTL', 'backlog_len', 'input_qlen', 'process_qlen', 'rx_queue', 'tx_queue', 'cpu']);

function diffObj(a: Record<string, unknown> | undefined, b: Record<string, unknown>, wrap: number | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) {
    const old = a?.[k];
    if (typeof v === 'number') {
      if (LEVELS.has(k) || typeof old !== 'number') out[k] = v;
      else out[k] = wrap === null ? v - old : (((v - old) % wrap) + wrap) % wrap;
    } else if (Array.isArray(v)) {
      const prev = Array.isArray(old) ? old : [];
      out[k] = v.map((x, i) => (typeof x === 'number' && typeof prev[i] === 'number' ? x - (prev[i] as number)
        : x !== null && typeof x === 'object' ? diffObj(prev[i] as Record<string, unknown> | undefined, x as Record<string, unknown>, wrap)
          : x));
    } else if (v !== null && typeof v === 'object') {
      out[k] = diffObj(old as Record<string, unknown> | undefined, v as Record<string, unknown>, wrap);
    } else {
      out[k] = v;
    }
  }
  return out;
}

/**
 * after - before, field by field: counters become deltas (softnet_stat's u32 columns modulo 2^32),
 * levels (queue lengths, Forwarding, DefaultTTL) keep the later value. /proc/net/udp rows are matched
 * by name; a row new since `before` keeps its values (a fresh socket starts at zero).
 */
export function snapshotDelta(before: Snapshot, after: Snapshot): Snapshot {
  const byCpu = new Map(before.softnet_stat.map((r) => [r.cpu, r]));
  const udpBefore = new Map(before.udp.map((r) => [r.name, r]));
  return {
    softnet_stat: after.softnet_stat.map((r) => diffObj(byCpu.get(r.cpu) as never, r as never, U32)) as never,
    snmp: diffObj(before.snmp as never, after.snmp as never, null) as never,
    ...(after.snmp6 !== undefined ? { snmp6: diffObj(before.snmp6 as never, after.snmp6 as never, null) as never } : {}),
    netstat: diffObj(before.netstat as never, after.netstat as never, null) as never,
    dev: diffObj(before.dev as never, after.dev as never, null) as never,
    ethtool: diffObj(before.ethtool as never, after.ethtool as never, null) as never,
    ...(after.veth !== undefined ? { veth: diffObj(before.veth as never, after.veth as never, null) as never } : {}),
    udp: after.udp.map((r) => diffObj(udpBefore.get(r.name) as never, r as never, null)) as never,
    softirqs: diffObj(before.softirqs as never, after.softirqs as never, null) as never,
    interrupts: diffObj(before.interrupts as never, after.interrupts as never, null) as never,
  };
}
