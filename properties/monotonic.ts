// Property 5c: counters only grow. Every field the counter schemas annotate with x-rxpath kind
// "counter" (SNMP MIBs, softnet_stat, /proc/net/dev, ethtool, socket drops, softirqs, interrupts)
// is a monotonic count from the scenario start; gauges (rx_queue, queue lengths) may fall.
// (Kernel counters are u32/u64 and wrap; no generated scenario comes near 2^32.)
// One exception: softnet_stat's flow_limit_count is the count kept in the CPU's flow-limit table
// (net/core/net-procfs.c:softnet_seq_show: `fl ? fl->count : 0`), and writing
// net.core.flow_limit_cpu_bitmap without the CPU frees that table
// (net/core/sysctl_net_core.c:flow_limit_cpu_sysctl), so the column restarts from 0.
import { PROFILES } from '../src/spec/registry.ts';
import { socketsOpenAt } from '../src/spec/close-problems.ts';
import type { Observations, Scenario, Snapshot } from '../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { readSchema } from '../src/spec/schema-files.ts';
import { clausal } from './lib/clausal.ts';
import { Clauses } from './lib/clauses.ts';
import { maskBits } from './lib/sysctl-timeline.ts';
import { fail, pass, type Property, type Verdict } from './types.ts';

interface Node { properties?: Record<string, Node>; items?: Node; additionalProperties?: Node | boolean; $ref?: string; 'x-rxpath'?: { kind?: string } }

/** Counter file of each snapshot key. */
const FILES: Record<string, string> = {
  softnet_stat: 'counters/softnet_stat.schema.json',
  snmp: 'counters/snmp.schema.json',
  snmp6: 'counters/snmp6.schema.json',
  netstat: 'counters/netstat.schema.json',
  dev: 'counters/dev.schema.json',
  ethtool: 'counters/ethtool.schema.json',
  udp: 'counters/udp.schema.json',
  rxq_ovfl: 'counters/rxq_ovfl.schema.json',
  softirqs: 'counters/softirqs.schema.json',
  interrupts: 'counters/interrupts.schema.json',
};

/**
 * Every numeric leaf of a snapshot whose schema kind is "counter", as path -> value. Array rows are
 * named by their `name` or `cpu` (`udp[rx].drops`); `positional`, when given, receives each path's
 * golden-trace `observed` form, rows by position (`udp[0].drops`).
 */
export function counterLeaves(snap: Snapshot, positional?: Map<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, file] of Object.entries(FILES)) {
    const root = readSchema<Node & { $defs?: Record<string, Node> }>(file);
    const resolve = (n: Node): Node => (n.$ref ? root.$defs![n.$ref.replace('#/$defs/', '')] : n);
    const walk = (v: unknown, n: Node, path: string, pos: string, inherited?: string): void => {
      n = resolve(n);
      const kind = n['x-rxpath']?.kind ?? inherited;
      if (typeof v === 'number') {
        if (kind === 'counter') {
          out.set(path, v);
          positional?.set(path, pos);
        }
        return;
      }
      if (Array.isArray(v)) {
        v.forEach((x, i) => {
          const id = x && typeof x === 'object' ? ((x as { cpu?: number; name?: string }).name ?? (x as { cpu?: number }).cpu ?? i) : i;
          if (n.items) walk(x, n.items, `${path}[${id}]`, `${pos}[${i}]`, kind);
        });
        return;
      }
      if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          const child = n.properties?.[k] ?? (typeof n.additionalProperties === 'object' ? n.additionalProperties : undefined);
          if (child) walk(x, child, `${path}.${k}`, `${pos}.${k}`, kind);
        }
      }
    };
    walk((snap as unknown as Record<string, unknown>)[key], root, key, key);
  }
  return out;
}

/**
 * The CPUs whose flow-limit table a flow_limit_cpu_bitmap write among workload steps
 * [from, to) frees (a mask without them): their flow_limit_count may restart from 0.
 */
export function flowLimitTablesFreed(scenario: Scenario, from: number, to: number): Set<number> {
  const out = new Set<number>();
  scenario.workload.slice(Math.max(from, 0), to).forEach((st) => {
    if (st.op !== 'sysctl' || st.name !== 'net.core.flow_limit_cpu_bitmap') return;
    const kept = maskBits(String(st.value));
    for (let cpu = 0; cpu < scenario.config.cpus; cpu++) if (!kept.has(cpu)) out.add(cpu);
  });
  return out;
}

export function checkMonotonic(scenario: Scenario, obs: Observations, c: Clauses = new Clauses()): Verdict {
  let prev: Map<string, number> | null = null;
  let prevLabel = '';
  let prevStep = 0;
  for (const cp of obs.checkpoints) {
    const freed = flowLimitTablesFreed(scenario, prevStep, cp.step);
    const pos = new Map<string, string>();
    const cur = counterLeaves(cp.counters, pos);
    for (const [path, v] of cur) {
      // One clause per counter: it reads that counter alone.
      if (!c.can('every counter is a non-negative integer that never falls', { counters: [pos.get(path)!] })) continue;
      if (v < 0 || !Number.isInteger(v)) return fail(`counter ${path} is ${v}; counters are non-negative integers`, { checkpoint: cp.label, path, actual: v, step: cp.step });
      const before = prev?.get(path);
      const restarted = /^softnet_stat\[(\d+)\]\.flow_limit_count$/.exec(path);
      if (restarted && freed.has(Number(restarted[1]))) continue;
      if (before !== undefined && v < before) {
        return fail(`counter ${path} fell from ${before} (at ${prevLabel}) to ${v}: counters only grow`, { checkpoint: cp.label, path, expected: `>= ${before}`, actual: v, step: cp.step });
      }
    }
    // The set of counters is the files' shape: always checked.
    if (prev && c.can('no counter disappears between checkpoints', {})) {
      // but a socket's /proc/net/udp row goes with it when a close step closes it
      const open = new Set(socketsOpenAt(scenario, cp.step).map((k) => k.name));
      for (const path of prev.keys()) {
        const row = /^udp\[([^\]]*)\]\./.exec(path);
        if (row && !open.has(row[1]!)) continue;
        if (!cur.has(path)) return fail(`counter ${path} present at ${prevLabel} is missing here`, { checkpoint: cp.label, path, step: cp.step });
      }
    }
    prev = cur;
    prevLabel = cp.label;
    prevStep = cp.step;
  }
  return pass;
}

export const monotonicProperty: Property = {
  name: 'monotonic',
  title: 'every counter is a non-negative integer that never decreases between checkpoints',
  rule: 'include/net/snmp.h (SNMP MIBs), net/core/net-procfs.c:softnet_seq_show, net/core/dev.c:dev_get_stats: counts from boot (deltas from the scenario start)',
  reads: 'counters',
  profiles: PROFILES,
  arbitrary: (profile, o) => scenarioArbitrary(profile, { name: 'monotonic', tags: o?.tags, bias: { checkpoints: 0.95, reads: 0.7, sysctlSteps: 0.4 } }),
  ...clausal(checkMonotonic),
};
