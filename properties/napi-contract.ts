// Property 5a: the NAPI contract, seen from the napi:napi_poll and irq:softirq_* events.
// net/core/dev.c:net_rx_action / __napi_poll: poll() gets napi->weight and returns work <= weight;
// work == weight means the driver did not complete and the NAPI is polled again (3.13
// list_move_tail, 6.18 the repoll list), so in a run that ends idle every NAPI's last poll did
// less than its weight. A NIC queue's NAPI runs on the CPU that takes its IRQ (napi_schedule in
// the IRQ handler); a veth queue's (NAPI mode) on a CPU that sends on it (veth.c:veth_xmit ->
// __veth_xdp_flush schedules it where it finds it idle), with weight NAPI_POLL_WEIGHT; backlog:N
// runs on CPU N. napi->weight: netif_napi_add (the device's weight);
// process_backlog sets weight_p (3.13) / dev_rx_weight = dev_weight * dev_weight_rx_bias (6.18,
// net/core/sysctl_net_core.c:proc_do_dev_weight), taking effect on the next poll. Every
// net_rx_action call is one NET_RX softirq, counted in /proc/softirqs (kernel/softirq.c:handle_softirqs).
import { PROFILES } from '../src/spec/registry.ts';
import type { Observations, Scenario } from '../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { settingDefault } from '../src/arbitraries/schema-ranges.ts';
import { clausal } from './lib/clausal.ts';
import { Clauses, SOFTIRQ_EVENTS } from './lib/clauses.ts';
import { requireEvents } from './lib/observations.ts';
import { brackets } from './lib/softirqs.ts';
import { SysctlTimeline } from './lib/sysctl-timeline.ts';
import { irqCpu } from './lib/topology.ts';
import { fail, pass, type Property, type Verdict } from './types.ts';

/** drivers/net/veth.c: veth_napi_enable_range -> netif_napi_add(dev, &rq->xdp_napi, veth_poll), NAPI_POLL_WEIGHT */
const VETH_NAPI_WEIGHT = 64;

interface VethPoll { napi: string; budget: number; i: number }

/** A veth queue's poll: weight 64, on a CPU the workload sends on that veth from (where __veth_xdp_flush scheduled it). */
function vethPollProblem(scenario: Scenario, dev: string, p: VethPoll, cpu: number): Verdict | null {
  if (p.budget !== VETH_NAPI_WEIGHT) {
    const why = `a veth registers its NAPI with NAPI_POLL_WEIGHT (${VETH_NAPI_WEIGHT})`;
    return fail(`${p.napi} was polled with weight ${p.budget}: ${why}`, { path: `events[${p.i}].budget`, expected: VETH_NAPI_WEIGHT, actual: p.budget });
  }
  const senders = [...new Set(scenario.workload.flatMap((st) => (st.op === 'frames' && st.device === dev ? [st.cpu ?? 0] : [])))];
  if (senders.includes(cpu)) return null;
  return fail(vethPollCpuMessage(p.napi, cpu, senders, dev), { path: `events[${p.i}].cpu`, expected: senders.join(' | '), actual: cpu });
}

function vethPollCpuMessage(napi: string, cpu: number, senders: readonly number[], dev: string): string {
  return `${napi} was polled on CPU ${cpu}, but only CPUs ${senders.join(', ') || '(none)'} send on ${dev}: `
    + 'veth_xmit\'s __veth_xdp_flush schedules the NAPI on the sending CPU';
}

export function checkNapiContract(scenario: Scenario, obs: Observations, c: Clauses = new Clauses()): Verdict {
  const profile = scenario.config.profile;
  if (!c.can('polls keep to their weight, run on their CPU, and a full-weight poll is followed by another', { events: SOFTIRQ_EVENTS })) return pass;
  const events = requireEvents(obs);
  const { byCpu, problems } = brackets(events);
  if (problems.length > 0) return fail(problems[0].message, { path: `events[${problems[0].i}]` });
  const devs = new Map((scenario.config.devices ?? []).map((d) => [d.name, d]));
  const defWeight = settingDefault('device.schema.json', profile, 'napiWeight') as number;
  const devWeight = new SysctlTimeline(scenario, 'net.core.dev_weight');
  const bias = profile === 'linux-3.13' ? null : new SysctlTimeline(scenario, 'net.core.dev_weight_rx_bias');
  const lastPoll = new Map<string, { work: number; weight: number; i: number }>();

  for (const [cpu, list] of byCpu) {
    for (const b of list) {
      for (const p of b.polls) {
        if (p.work > p.budget || p.work < 0) {
          return fail(`${p.napi} returned ${p.work} from a poll with weight ${p.budget}: poll() must return 0..weight`, { path: `events[${p.i}].work`, expected: `0..${p.budget}`, actual: p.work });
        }
        lastPoll.set(p.napi, { work: p.work, weight: p.budget, i: p.i });
        const m = /^backlog:(\d+)$/.exec(p.napi);
        if (m) {
          if (Number(m[1]) !== cpu) return fail(`${p.napi} was polled on CPU ${cpu}: a CPU's backlog NAPI runs only on that CPU`, { path: `events[${p.i}].cpu`, expected: Number(m[1]), actual: cpu });
          const dws = devWeight.valuesDuring(0, p.t);
          const allowed = new Set<number>();
          for (const w of dws) for (const x of bias ? bias.valuesDuring(0, p.t) : [1]) allowed.add(w * x);
          if (!allowed.has(p.budget)) {
            return fail(`${p.napi} was polled with weight ${p.budget}; ${profile === 'linux-3.13' ? 'weight_p = dev_weight' : 'dev_rx_weight = dev_weight * dev_weight_rx_bias'} gives ${[...allowed].join(' or ')}`, { path: `events[${p.i}].budget`, expected: [...allowed].join(' | '), actual: p.budget });
          }
          continue;
        }
        const q = /^(.+):rx-(\d+)$/.exec(p.napi);
        const d = q ? devs.get(q[1]) : undefined;
        if (!q || !d) return fail(`napi_poll names ${p.napi}, which is neither DEV:rx-N of a configured device nor backlog:CPU`, { path: `events[${p.i}].napi` });
        if (d.kind === 'veth') {
          const bad = vethPollProblem(scenario, d.name, p, cpu);
          if (bad !== null) return bad;
          continue;
        }
        const w = d.napiWeight ?? defWeight;
        if (p.budget !== w) return fail(`${p.napi} was polled with weight ${p.budget}, the device registers ${w} (netif_napi_add)`, { path: `events[${p.i}].budget`, expected: w, actual: p.budget });
        const want = irqCpu(scenario, d, Number(q[2]));
        if (want !== cpu) return fail(`${p.napi} was polled on CPU ${cpu}, but its IRQ (smp_affinity) goes to CPU ${want}, where napi_schedule puts it on the poll list`, { path: `events[${p.i}].cpu`, expected: want, actual: cpu });
      }
    }
  }
  for (const [napi, last] of lastPoll) {
    if (last.work >= last.weight) {
      return fail(`${napi}'s last poll did its whole weight (${last.work}) and it was never polled again: work == weight keeps the NAPI scheduled (the driver may not complete it)`, { path: `events[${last.i}]` });
    }
  }
  // /proc/softirqs NET_RX counts net_rx_action calls.
  const end = obs.checkpoints[obs.checkpoints.length - 1];
  const counts = end.counters.softirqs.NET_RX;
  for (let cpu = 0; cpu < scenario.config.cpus; cpu++) {
    if (!c.can('/proc/softirqs NET_RX counts the NET_RX softirqs', { events: SOFTIRQ_EVENTS, counters: [`softirqs.NET_RX[${cpu}]`] })) continue;
    const n = byCpu.get(cpu)?.length ?? 0;
    if ((counts[cpu] ?? 0) !== n) {
      return fail(`/proc/softirqs NET_RX for CPU ${cpu} is ${counts[cpu] ?? 0} but ${n} NET_RX softirqs ran there`, { checkpoint: 'end', path: `softirqs.NET_RX[${cpu}]`, expected: n, actual: counts[cpu] ?? 0 });
    }
  }
  return pass;
}

export const napiContractProperty: Property = {
  name: 'napi-contract',
  title: 'NAPI polls respect their weight, run on their CPU, and a full-weight poll is always followed by another',
  rule: 'net/core/dev.c:net_rx_action, net/core/dev.c:__napi_poll (6.18), net/core/dev.c:process_backlog, net/core/dev.c:netif_napi_add, kernel/softirq.c:__do_softirq',
  reads: 'events',
  profiles: PROFILES,
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, {
      name: 'napi-contract', tags: o?.tags,
      bias: {
        oddWeight: 0.6, devWeight: 0.6, multiQueue: 0.6, loopback: 0.5, rps: 0.5, tinyBudget: 0.5, sysctlSteps: 0.4, gro: 0.6,
        veth: 0.5, vethNapi: 0.6, bursts: 0.5,
      },
    }),
  ...clausal(checkNapiContract),
};
