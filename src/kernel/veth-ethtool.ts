// `ethtool -S` of a veth (drivers/net/veth.c:veth_get_ethtool_stats) into the snapshot's veth section
// (schemas/counters/veth.schema.json). A veth's statistics open with peer_ifindex, which no other driver prints; then
// rx_queue_N_NAME per receive queue and tx_queue_N_NAME per transmit queue. Which statistic fills which field comes
// from the counter schema's annotation (`x-rxpath.aliases.ethtool`: "ethtool -S DEV: rx_queue_N_xdp_packets").
import type { VethStats } from '../generated/schema-types.ts';
import { listSpecEntries } from '../spec/registry.ts';
import { fail, lines, parsing, type ParseResult } from './parse/result.ts';
import { ethtoolCounter, MAX_QUEUES } from './ethtool.ts';

const ALIAS = /^ethtool -S DEV: ((rx|tx)_queue_N_(\S+))$/;

type Side = 'rx_queues' | 'tx_queues';

/** statistic name after `rx_queue_N_` or `tx_queue_N_` -> field, per side, from the spec registry */
let fieldMap: Record<Side, Map<string, string>> | undefined;

function vethFieldMap(): Record<Side, Map<string, string>> {
  if (fieldMap) return fieldMap;
  const map: Record<Side, Map<string, string>> = { rx_queues: new Map(), tx_queues: new Map() };
  for (const e of listSpecEntries()) {
    const m = ALIAS.exec(e.annotation.aliases.ethtool ?? '');
    if (!e.name.startsWith('veth.') || !m) continue;
    map[m[2] === 'rx' ? 'rx_queues' : 'tx_queues'].set(m[3]!, e.name.slice(e.name.lastIndexOf('.') + 1));
  }
  fieldMap = map;
  return map;
}

/** Whether `ethtool -S` text is a veth's: its first statistic is peer_ifindex (veth_get_strings). */
export function isVethEthtool(text: string): boolean {
  return /^NIC statistics:\s*\n\s*peer_ifindex:/.test(text);
}

export interface VethParsed {
  stats: VethStats;
  /** Counter paths filled (`veth.v0.rx_queues[0].xdp_drops`). */
  present: string[];
}


/** Parses a veth's `ethtool -S` text. Never throws: malformed text is a parse error naming the line. */
export function parseVethEthtool(text: string, device: string): ParseResult<VethParsed> {
  return parsing(`ethtool -S ${device}`, (warnings) => {
    const ls = lines(text);
    if (!isVethEthtool(text)) fail('line 2: expected "peer_ifindex: N" (a veth\'s statistics)');
    const map = vethFieldMap();
    const rows: Record<Side, Record<string, number>[]> = { rx_queues: [], tx_queues: [] };
    const present: string[] = [];
    for (let i = 2; i < ls.length; i++) {
      const m = /^\s*(rx|tx)_queue_([0-9]+)_(\S+):\s*(\S+)\s*$/.exec(ls[i]!);
      if (!m) fail(`line ${i + 1}: expected "rx_queue_N_NAME: value" or "tx_queue_N_NAME: value"`);
      const [, dir, q, stat, token] = m;
      const side: Side = dir === 'rx' ? 'rx_queues' : 'tx_queues';
      const field = map[side].get(stat!);
      if (field === undefined) continue;
      const index = Number(q);
      if (index >= MAX_QUEUES) { warnings.push(`line ${i + 1}: queue ${index} is beyond ${MAX_QUEUES - 1}; left out`); continue; }
      const value = ethtoolCounter(token!);
      if (value === null) {
        warnings.push(`line ${i + 1}: ${dir}_queue_${q}_${stat}: ${JSON.stringify(token!.slice(0, 40))} is not a counter below 2^53; left out`);
        continue;
      }
      (rows[side][index] ??= {})[field] = value;
      present.push(`veth.${device}.${side}[${index}].${field}`);
    }
    const filled = (side: Side) => Array.from({ length: rows[side].length }, (_, k) => ({
      ...Object.fromEntries([...map[side].values()].map((f) => [f, 0])), ...(rows[side][k] ?? {}),
    }));
    return { stats: { rx_queues: filled('rx_queues'), tx_queues: filled('tx_queues') } as unknown as VethStats, present };
  });
}
