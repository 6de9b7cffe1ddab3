// Property 5b: the flow limit.
// net/core/dev.c:skb_flow_limit uses the ENQUEUING CPU's table (this_cpu softnet_data->flow_limit),
// which exists only for CPUs in flow_limit_cpu_bitmap (net/core/sysctl_net_core.c:
// flow_limit_cpu_sysctl); it fires when one bucket holds more than FLOW_LIMIT_HISTORY/2 = 64 of the
// last 128 packets, and counts fl->count (softnet_stat column 11) on that enqueuing CPU; the packet
// is then dropped as a backlog drop of the TARGET CPU (column 2, enqueue_to_backlog).
import { PROFILES } from '../src/spec/registry.ts';
import type { Observations, Scenario } from '../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { clausal } from './lib/clausal.ts';
import { Clauses, softnetPaths, sumAt } from './lib/clauses.ts';
import { flowLimitCpusEver } from './lib/sysctl-timeline.ts';
import { enqueueUpperBound } from './lib/topology.ts';
import { fail, pass, type Property, type Verdict } from './types.ts';

/** FLOW_LIMIT_HISTORY (net/core/dev.h, both profiles). */
export const FLOW_LIMIT_HISTORY = 128;

export function checkFlowLimit(scenario: Scenario, obs: Observations, c: Clauses = new Clauses()): Verdict {
  const inMap = flowLimitCpusEver(scenario);
  const upper = enqueueUpperBound(scenario);
  for (const cp of obs.checkpoints) {
    const where = { checkpoint: cp.label, step: cp.step };
    const snap = cp.counters;
    // The hits are the small side: their observed part alone is a sound lower bound.
    const hits = c.canOnPart('flow-limit hits <= backlog drops', { counters: softnetPaths(snap, 'dropped') }, softnetPaths(snap, 'flow_limit_count'));
    if (hits) {
      const total = sumAt(snap, hits);
      const dropped = sumAt(snap, softnetPaths(snap, 'dropped'));
      if (total > dropped) {
        return fail(`flow_limit_count adds up to ${total} but only ${dropped} backlog drops: every flow-limit hit drops the packet (enqueue_to_backlog)`, { ...where, path: 'softnet_stat[*].flow_limit_count', expected: `<= ${dropped}`, actual: total });
      }
    }
    for (const [i, r] of snap.softnet_stat.entries()) {
      if (!c.can('flow-limit hits only on bitmap CPUs, after more than 64 packets of a bucket', { counters: [`softnet_stat[${i}].flow_limit_count`] })) continue;
      if (r.flow_limit_count === 0) continue;
      if (!inMap.has(r.cpu)) {
        return fail(`CPU ${r.cpu} counts ${r.flow_limit_count} flow-limit hits but was never in flow_limit_cpu_bitmap: only CPUs in the bitmap have a flow table`, { ...where, path: `softnet_stat[cpu=${r.cpu}].flow_limit_count`, expected: 0, actual: r.flow_limit_count });
      }
      const enq = upper.get(r.cpu) ?? 0;
      const most = Math.max(0, enq - FLOW_LIMIT_HISTORY / 2);
      if (r.flow_limit_count > most) {
        return fail(`CPU ${r.cpu} counts ${r.flow_limit_count} flow-limit hits but enqueues at most ${enq} packets; the count is kept on the ENQUEUING CPU and needs more than ${FLOW_LIMIT_HISTORY / 2} packets of one bucket first`, { ...where, path: `softnet_stat[cpu=${r.cpu}].flow_limit_count`, expected: `<= ${most}`, actual: r.flow_limit_count });
      }
    }
  }
  return pass;
}

export const flowLimitProperty: Property = {
  name: 'flow-limit',
  title: 'flow-limit hits are counted on the enqueuing CPU, only for CPUs in flow_limit_cpu_bitmap, and each one is a backlog drop',
  rule: 'net/core/dev.c:skb_flow_limit, net/core/dev.c:enqueue_to_backlog, net/core/sysctl_net_core.c:flow_limit_cpu_sysctl',
  reads: 'counters',
  profiles: PROFILES,
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, {
      name: 'flow-limit', tags: o?.tags,
      // a NAPI-mode veth's frames skip the backlog (and so the flow limits) unless RPS sends them to one
      bias: {
        flowLimit: 0.9, rps: 0.7, smp: 0.9, tinyBacklog: 0.6, loopback: 0.4, hashes: 0.5, sysctlSteps: 0.3, tinyRcvbuf: 0.3,
        vethNapi: 0,
      },
      limits: { maxCount: 400 },
    }),
  ...clausal(checkFlowLimit),
};
