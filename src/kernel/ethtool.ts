// `ethtool -S DEV` (the driver's statistics, ETHTOOL_GSTATS) into the snapshot's ethtool section.
// Which driver statistic fills which field comes from the counter schema's own annotation
// (`x-rxpath.aliases.ethtool`: "ethtool -S DEV: rx_missed_errors", "ethtool -S DEV: rx_queue_N_packets"),
// so a driver that names its statistics otherwise fills only the fields whose names it shares.
// Drivers name them as they like: a device none of whose statistics the schema knows is left out.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { NicStats } from '../generated/schema-types.ts';
import { listSpecEntries } from '../spec/registry.ts';
import { fail, lines, parsing, type ParseResult } from './parse/result.ts';

const ALIAS = /^ethtool -S DEV: (\S+)$/;

interface FieldMap {
  /** statistic name -> NicStats field */
  totals: Map<string, string>;
  /** per-queue statistics: a pattern with the queue number as group 1 -> NicQueueStats field */
  queues: { re: RegExp; field: string }[];
}

let fieldMap: FieldMap | undefined;

/** The statistic names the schema annotates, read from the spec registry. */
export function ethtoolFieldMap(): FieldMap {
  if (fieldMap) return fieldMap;
  const map: FieldMap = { totals: new Map(), queues: [] };
  for (const e of listSpecEntries()) {
    const stat = ALIAS.exec(e.annotation.aliases.ethtool ?? '')?.[1];
    if (!e.name.startsWith('ethtool.') || stat === undefined) continue;
    const field = e.name.slice(e.name.lastIndexOf('.') + 1);
    if (e.name.startsWith('ethtool.queues[].')) {
      const re = new RegExp(`^${stat.split('N').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([0-9]+)')}$`);
      map.queues.push({ re, field });
    } else {
      map.totals.set(stat, field);
    }
  }
  fieldMap = map;
  return map;
}

export interface EthtoolParsed {
  /** The fields the schema has, or null when no statistic of the device has a field. */
  stats: NicStats | null;
  /** Counter paths filled (`ethtool.eth0.rx_packets`, `ethtool.eth0.queues[1].bytes`). */
  present: string[];
  /** How many of the driver's statistics have no field in the schema. */
  unmapped: number;
}

/** The highest queue number + 1 a statistic's name is taken with (ethtool.ts, veth-ethtool.ts). */
export const MAX_QUEUES = 4096;

/** A statistic's value: a decimal counter below 2^53, or null (the caller warns and leaves it out). */
export function ethtoolCounter(token: string): number | null {
  return /^[0-9]+$/.test(token) && Number.isSafeInteger(Number(token)) ? Number(token) : null;
}

/** Parses the output of `ethtool -S DEV`. Never throws: malformed text is a parse error naming the line. */
export function parseEthtoolStats(text: string, device: string): ParseResult<EthtoolParsed> {
  return parsing(`ethtool -S ${device}`, (warnings) => {
    const ls = lines(text);
    if (ls.length === 0 || !/^NIC statistics:\s*$/.test(ls[0])) fail('line 1: expected "NIC statistics:"');
    const map = ethtoolFieldMap();
    const totals: Record<string, number> = {};
    const queues: Record<string, number>[] = [];
    const present: string[] = [];
    let unmapped = 0;
    for (let i = 1; i < ls.length; i++) {
      const m = /^\s*(.+?):\s*(\S+)\s*$/.exec(ls[i]);
      if (!m) fail(`line ${i + 1}: expected "name: value"`);
      const [, name, token] = m;
      const field = map.totals.get(name);
      const q = field === undefined ? map.queues.map((x) => ({ m: x.re.exec(name), field: x.field })).find((x) => x.m) : undefined;
      if (field === undefined && !q) { unmapped++; continue; }
      const value = ethtoolCounter(token);
      if (value === null) {
        warnings.push(`line ${i + 1}: ${name}: ${JSON.stringify(token.slice(0, 40))} is not a counter below 2^53; left out`);
        continue;
      }
      if (field !== undefined) {
        totals[field] = value;
        present.push(`ethtool.${device}.${field}`);
      } else if (q?.m) {
        const index = Number(q.m[1]);
        if (index >= MAX_QUEUES) { warnings.push(`line ${i + 1}: queue ${index} is beyond ${MAX_QUEUES - 1}; left out`); continue; }
        (queues[index] ??= {})[q.field] = value;
        present.push(`ethtool.${device}.queues[${index}].${q.field}`);
      }
    }
    if (present.length === 0) return { stats: null, present, unmapped };
    const zero = { rx_packets: 0, rx_bytes: 0, rx_missed_errors: 0, rx_fifo_errors: 0, rx_dropped: 0, ntuple_match: 0, ntuple_miss: 0 };
    const stats = {
      ...zero, ...totals,
      queues: Array.from({ length: queues.length }, (_, k) => ({ packets: 0, bytes: 0, ...(queues[k] ?? {}) })),
    } as NicStats;
    return { stats, present, unmapped };
  });
}

/**
 * The devices to read with ethtool: in the host's namespace the interfaces backed by a device
 * (/sys/class/net/DEV/device: a NIC, not a veth, bridge or loopback); in a named namespace, whose
 * interfaces the host's /sys does not show, every interface but lo.
 */
export function nicNames(devices: readonly string[], netns: string | null): string[] {
  if (netns !== null) return devices.filter((d) => d !== 'lo');
  return devices.filter((d) => existsSync(`/sys/class/net/${d}/device`));
}

export interface EthtoolOutput {
  /** false when there is no ethtool binary. */
  available: boolean;
  /** Device -> the text `ethtool -S DEV` printed; absent when it printed none (no statistics). */
  texts: Record<string, string>;
}

/** Runs `ethtool -S DEV` (in `netns` with `ip netns exec`) for each device. Read-only (ETHTOOL_GSTATS). */
export function readEthtool(devices: readonly string[], netns: string | null): EthtoolOutput {
  const texts: Record<string, string> = {};
  const probe = spawnSync('ethtool', ['--version'], { encoding: 'utf8', timeout: 5000 });
  if (probe.error) return { available: false, texts };
  for (const dev of devices) {
    const [cmd, args] = netns === null ? ['ethtool', ['-S', dev]] : ['ip', ['netns', 'exec', netns, 'ethtool', '-S', dev]];
    const r = spawnSync(cmd, args as string[], { encoding: 'utf8', timeout: 5000 });
    if (r.status === 0) texts[dev] = r.stdout;
  }
  return { available: true, texts };
}
