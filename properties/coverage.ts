// How often the generated scenarios exercised each drop reason and each counter (the equivalent of
// fc.statistics over the property runs). The drop reasons a profile has are read from the counter
// schemas: every counter annotated with x-rxpath `dropReason` for that profile, plus the NIC's
// drops (no kernel drop reason: the kernel never sees those frames).
import type { Observations, ProfileName, Scenario } from '../src/generated/schema-types.ts';
import { readSchema } from '../src/spec/schema-files.ts';
import { counterLeaves } from './monotonic.ts';

interface Node { properties?: Record<string, Node>; $defs?: Record<string, Node>; 'x-rxpath'?: { kind?: string; dropReason?: string | string[]; profiles?: Record<string, unknown> } }

export interface DropCounter {
  /** Snapshot path with `*` for per-CPU, per-device and per-socket entries (`softnet_stat[*].dropped`). */
  path: string;
  reasons: string[];
}

/** Where each counter file's annotated fields live in a snapshot. */
const LOCATIONS: { file: string; def: string; prefix: string }[] = [
  { file: 'counters/softnet_stat.schema.json', def: 'SoftnetRow', prefix: 'softnet_stat[*].' },
  { file: 'counters/snmp.schema.json', def: 'IpLine', prefix: 'snmp.Ip.' },
  { file: 'counters/snmp.schema.json', def: 'IcmpLine', prefix: 'snmp.Icmp.' },
  { file: 'counters/snmp.schema.json', def: 'UdpLine', prefix: 'snmp.Udp.' },
  { file: 'counters/snmp6.schema.json', def: 'Ip6Line', prefix: 'snmp6.Ip6.' },
  { file: 'counters/snmp6.schema.json', def: 'Icmp6Line', prefix: 'snmp6.Icmp6.' },
  { file: 'counters/snmp6.schema.json', def: 'Udp6Line', prefix: 'snmp6.Udp6.' },
  { file: 'counters/netstat.schema.json', def: 'IpExtLine', prefix: 'netstat.IpExt.' },
  { file: 'counters/netstat.schema.json', def: 'TcpExtLine', prefix: 'netstat.TcpExt.' },
  { file: 'counters/dev.schema.json', def: 'DevRx', prefix: 'dev.*.' },
  { file: 'counters/udp.schema.json', def: 'UdpSocketRow', prefix: 'udp[*].' },
];

/** NIC drops: ring full (missed with one queue, fifo with several: igb_update_stats) and ntuple/driver drops. */
const NIC_DROPS: DropCounter[] = [
  { path: 'ethtool.*.rx_missed_errors', reasons: ['(ring full, one queue)'] },
  { path: 'ethtool.*.rx_fifo_errors', reasons: ['(ring full, several queues)'] },
  { path: 'ethtool.*.rx_dropped', reasons: ['(ntuple drop action)'] },
];

/**
 * Drop counters no generated workload can reach, and why. The coverage check requires every other
 * drop counter of the profile to be hit.
 */
export const UNREACHABLE: Readonly<Record<string, string>> = {
  'snmp.Ip.InDiscards': 'skb_share_check / IP option allocation failures: no FrameFlag makes memory run out',
  'snmp.Ip.FragFails': 'PKT_TOO_BIG is a transmit-path drop (ip_fragment); the workload only receives',
  'snmp.Icmp.InCsumErrors': 'an ICMP input checksum error; the workload sends no ICMP',
  'snmp.Udp.MemErrors': 'linux-6.18 never bumps MemErrors (udp_rmem_schedule failure: the kernel leaves the SNMP update as a to-do comment)',
  'snmp6.Udp6.MemErrors': 'the IPv6 side of Udp MemErrors: only with udp_mem pressure and IPv6 together, and never on linux-6.18',
};

export function dropCounters(profile: ProfileName): DropCounter[] {
  const out: DropCounter[] = [];
  for (const { file, def, prefix } of LOCATIONS) {
    const root = readSchema<Node>(file);
    for (const [name, n] of Object.entries(root.$defs?.[def]?.properties ?? {})) {
      const x = n['x-rxpath'];
      if (!x?.dropReason || !x.profiles?.[profile]) continue;
      out.push({ path: prefix + name, reasons: Array.isArray(x.dropReason) ? x.dropReason : [x.dropReason] });
    }
  }
  return [...out, ...NIC_DROPS];
}

/** A concrete counter path matches a pattern with `*` for one index or key. */
function patternOf(path: string): string {
  return path.replace(/\[[^\]]+\]/g, '[*]').replace(/^(dev|ethtool)\.[^.]+\./, '$1.*.');
}

export class Coverage {
  /** Runs in which a counter (pattern) ended above 0. */
  readonly counters = new Map<string, number>();
  /** kfree_skb reasons (6.18) or locations (3.13) seen, with the number of runs. */
  readonly dropEvents = new Map<string, number>();
  runs = 0;

  constructor(readonly profile: ProfileName) {}

  add(_scenario: Scenario, obs: Observations): void {
    this.runs++;
    const end = obs.checkpoints[obs.checkpoints.length - 1];
    if (!end) return;
    const hit = new Set<string>();
    for (const [path, v] of counterLeaves(end.counters)) if (v > 0) hit.add(patternOf(path));
    for (const p of hit) this.counters.set(p, (this.counters.get(p) ?? 0) + 1);
    const seen = new Set<string>();
    for (const e of obs.events ?? []) if (e.event === 'kfree_skb') seen.add(e.reason ?? e.location);
    for (const r of seen) this.dropEvents.set(r, (this.dropEvents.get(r) ?? 0) + 1);
  }

  /** Drop counters of the profile never hit (the unreachable ones excluded). */
  missing(): DropCounter[] {
    return dropCounters(this.profile).filter((d) => !UNREACHABLE[d.path] && !(this.counters.get(d.path) ?? 0));
  }

  /** A table in the manner of fc.statistics: the share of runs that exercised each counter. */
  table(): string {
    const pct = (n: number) => `${((100 * n) / Math.max(1, this.runs)).toFixed(1).padStart(5)}%`;
    const lines = [`coverage over ${this.runs} runs (${this.profile})`, 'drop counters:'];
    for (const d of dropCounters(this.profile)) {
      const n = this.counters.get(d.path) ?? 0;
      lines.push(`  ${d.path.padEnd(36)} ${pct(n)}  ${d.reasons.join(',')}${UNREACHABLE[d.path] ? '  (unreachable)' : ''}`);
    }
    lines.push('drop events (kfree_skb reason or location):');
    for (const [r, n] of [...this.dropEvents].sort()) lines.push(`  ${r.padEnd(36)} ${pct(n)}`);
    lines.push('other counters:');
    const drops = new Set(dropCounters(this.profile).map((d) => d.path));
    for (const [p, n] of [...this.counters].sort()) if (!drops.has(p)) lines.push(`  ${p.padEnd(36)} ${pct(n)}`);
    return lines.join('\n');
  }
}
