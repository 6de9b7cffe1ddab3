// Property 6: metamorphic relations. Each runs the implementation twice: on a generated scenario
// and on the same workload with one setting raised, and compares the end snapshots.
//  - netdev_max_backlog raised -> no more CPU-backlog drops that are NOT flow-limit hits
//    (enqueue_to_backlog admits while qlen <= max: a larger max admits everything a smaller one
//    did). The flow limit is left out: its threshold (max >> 1) moves with the limit, see
//    test/properties/metamorphic-relations.test.ts.
//  - the sockets' SO_RCVBUF raised -> no more RcvbufErrors under the same read schedule
//    (sock_queue_rcv_skb / __udp_enqueue_schedule_skb admit more with a larger sk_rcvbuf).
//  - netdev_budget raised -> no more time squeezes (net_rx_action stops on the budget less often).
// Where the kernel's rules break a relation, the property states the relation that does hold
// (see each `relation` text) and the counterexample is pinned by a test.
import type { Observations, ProfileName, Scenario } from '../src/generated/schema-types.ts';
import { scenarioArbitrary, type ScenarioOptions } from '../src/arbitraries/scenario.ts';
import { sysctlDefault } from '../src/arbitraries/schema-ranges.ts';
import type { SysctlName } from '../src/spec/defaults.ts';
import { endOf, num, softnetSum } from './lib/observations.ts';
import { effectiveMaxBacklog } from './backlog.ts';
import { expectedRcvbuf } from './rcvbuf.ts';
import { fail, pass, type FollowUp, type Property, type Verdict } from './types.ts';

/** The same scenario with a sysctl raised by `by` (config and every mid-run write). */
export function raiseSysctl(s: Scenario, name: SysctlName, by: number, floor = -Infinity): Scenario {
  const c = structuredClone(s);
  const profile = c.config.profile;
  const cur = (c.config.sysctls?.[name] as number | undefined) ?? sysctlDefault(profile, name);
  // A value below `floor` stands for "no limit" (netdev_max_backlog is compared unsigned: -1 is
  // 4294967295) and stays as it is.
  const raise = (v: number) => (v < floor ? v : v + by);
  c.config.sysctls = { ...c.config.sysctls, [name]: raise(cur) };
  for (const st of c.workload) if (st.op === 'sysctl' && st.name === name) st.value = raise(Number(st.value));
  c.name = `${s.name}+${name.split('.').pop()}`;
  return c;
}

/** The same scenario with every socket's SO_RCVBUF raised by `by` bytes (what setsockopt gets). */
export function raiseRcvbuf(s: Scenario, by: number): Scenario {
  const c = structuredClone(s);
  const profile = c.config.profile;
  for (const sk of c.config.sockets ?? []) {
    // SO_RCVBUFFORCE(rcvbuf / 2 + by) gives sk_rcvbuf >= the old one + 2 * by - 1 in both
    // profiles, whatever the old value came from (rmem_default, a capped or negative SO_RCVBUF).
    const old = expectedRcvbuf(profile, sk, c.config.sysctls);
    sk.soRcvbuf = Math.floor(old / 2) + by;
    sk.soRcvbufForce = true;
  }
  c.name = `${s.name}+rcvbuf`;
  return c;
}

function endCounter(obs: Observations, f: (o: Observations) => number): number {
  endOf(obs);
  return f(obs);
}

/** Why a metamorphic property does not apply to a recorded trace. */
export const NOT_ON_RECORDINGS =
  'a metamorphic relation compares two runs (the scenario and its follow-up with a setting raised); one recording is one run, and no recording is the follow-up of another';

function relation(
  name: string,
  title: string,
  rule: string,
  profiles: ProfileName[],
  opts: ScenarioOptions,
  followUp: (s: Scenario) => Scenario,
  measure: (o: Observations) => number,
  /** The counter paths `measure` reads. */
  measureReads: readonly string[],
  what: string,
): Property {
  return {
    name,
    title,
    rule,
    reads: 'counters',
    readsCounters: measureReads,
    profiles,
    arbitrary: (profile, o) => scenarioArbitrary(profile, { name, tags: o?.tags, ...opts }),
    followUp,
    notOnRecordings: NOT_ON_RECORDINGS,
    check(_scenario: Scenario, obs: Observations, f?: FollowUp): Verdict {
      if (!f) return fail('metamorphic property checked without its follow-up run');
      const a = endCounter(obs, measure);
      const b = endCounter(f.obs, measure);
      if (b > a) {
        return fail(`${what}: ${a} with the generated settings, ${b} after raising them (${f.scenario.name})`, {
          checkpoint: 'end',
          expected: `<= ${a}`,
          actual: b,
        });
      }
      return pass;
    },
  };
}

/** Backlog-full drops (not flow-limit hits) at the end. */
export function backlogFullDrops(o: Observations): number {
  const s = endOf(o).counters;
  return softnetSum(s, 'dropped') - softnetSum(s, 'flow_limit_count');
}

/** Time of the first CPU-backlog drop (kfree_skb in enqueue_to_backlog), or Infinity. */
export function firstBacklogDrop(o: Observations): number {
  for (const e of o.events ?? []) if (e.event === 'kfree_skb' && e.location.includes('enqueue_to_backlog')) return e.t;
  return Infinity;
}

/**
 * netdev_max_backlog: the total number of backlog drops is NOT monotonic in the limit.
 * process_backlog splices the whole input_pkt_queue into process_queue whenever process_queue runs
 * dry, so room comes back in bulk, and how much gets in depends on the phase of those splices
 * against the arrivals (test/properties/metamorphic-relations.test.ts pins a case where 8 -> 9
 * adds a drop). What does hold: both runs make the same decisions until the original
 * first finds a full queue; there the raised one still has room. So the first backlog drop of the
 * raised run comes no earlier, and a run without backlog drops stays without. (The flow limit is
 * switched off: its threshold, netdev_max_backlog >> 1, moves with the limit.)
 */
export const metamorphicBacklogProperty: Property = {
  name: 'metamorphic-backlog',
  title: 'raising netdev_max_backlog never brings the first backlog drop earlier',
  rule: 'net/core/dev.c:enqueue_to_backlog (qlen <= netdev_max_backlog); net/core/dev.c:process_backlog (splices input_pkt_queue when process_queue is empty)',
  reads: 'events',
  profiles: ['linux-3.13', 'linux-6.18'],
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, { name: 'metamorphic-backlog', tags: o?.tags, bias: { tinyBacklog: 1, loopback: 0.6, rps: 0.5, smp: 0.6, flowLimit: 0, sysctlSteps: 0.2, devWeight: 0.5 } }),
  followUp: (s) => raiseSysctl(s, 'net.core.netdev_max_backlog', 1, 0),
  notOnRecordings: NOT_ON_RECORDINGS,
  check(_scenario: Scenario, obs: Observations, f?: FollowUp): Verdict {
    if (!f) return fail('metamorphic property checked without its follow-up run');
    const a = firstBacklogDrop(obs);
    const b = firstBacklogDrop(f.obs);
    if (b < a) {
      return fail(`the first backlog drop came at t=${b} ns after raising netdev_max_backlog (${f.scenario.name}), ${a === Infinity ? 'but there was none' : `but at t=${a} ns`} with the generated limit`, {
        path: 'events[kfree_skb enqueue_to_backlog]',
        expected: a === Infinity ? 'no backlog drop' : `first drop at t >= ${a}`,
        actual: `first drop at t=${b}`,
      });
    }
    return pass;
  },
};

/** Time of the first receive-buffer drop at a socket (kfree_skb in udp_queue_rcv_skb / __udp_queue_rcv_skb), or Infinity. */
export function firstRcvbufDrop(o: Observations): number {
  for (const e of o.events ?? []) {
    if (e.event !== 'kfree_skb') continue;
    if (e.reason !== undefined ? e.reason === 'SOCKET_RCVBUFF' : /:(__)?udp_queue_rcv_skb$/.test(e.location)) return e.t;
  }
  return Infinity;
}

/**
 * SO_RCVBUF: the number of receive-buffer drops is NOT monotonic in sk_rcvbuf. A larger buffer can
 * take one more large datagram whose truesize then keeps several small ones out (the admission is
 * a byte budget, not a count), and in 3.13 the RcvbufErrors counter itself jumps when rmem_alloc
 * lands exactly on sk_rcvbuf (the `>=` test) instead of overshooting it (the InErrors-only
 * sk_rcvqueues_full test). test/properties/metamorphic-relations.test.ts pins both. What does
 * hold: both runs admit the same datagrams until the original first drops one, and there the
 * raised buffer still has room, so the first receive-buffer drop comes no earlier. In 6.18 the
 * release threshold (forward_threshold = sk_rcvbuf >> 2) also moves with the buffer, so the
 * relation is checked without reads there (memory is then only ever charged).
 */
export const metamorphicRcvbufProperty: Property = {
  name: 'metamorphic-rcvbuf',
  title: 'raising SO_RCVBUF never brings the first receive-buffer drop earlier',
  rule: 'net/core/sock.c:sock_queue_rcv_skb, include/net/sock.h:sk_rcvqueues_full (3.13), net/ipv4/udp.c:__udp_enqueue_schedule_skb, net/ipv4/udp.c:udp_rmem_release (6.18)',
  reads: 'events',
  profiles: ['linux-3.13', 'linux-6.18'],
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, {
      name: 'metamorphic-rcvbuf', tags: o?.tags,
      bias: { tinyRcvbuf: 1, reads: profile === 'linux-3.13' ? 0.8 : 0, partialReads: 0.5, lockSock: 0.3, memPressure: 0, bigPayload: 0.5 },
    }),
  followUp: (s) => raiseRcvbuf(s, 2048),
  notOnRecordings: NOT_ON_RECORDINGS,
  check(_scenario: Scenario, obs: Observations, f?: FollowUp): Verdict {
    if (!f) return fail('metamorphic property checked without its follow-up run');
    const a = firstRcvbufDrop(obs);
    const b = firstRcvbufDrop(f.obs);
    if (b < a) {
      return fail(`the first receive-buffer drop came at t=${b} ns after raising SO_RCVBUF (${f.scenario.name}), ${a === Infinity ? 'but there was none' : `but at t=${a} ns`} with the generated buffers`, {
        path: 'events[kfree_skb receive buffer]',
        expected: a === Infinity ? 'no receive-buffer drop' : `first drop at t >= ${a}`,
        actual: `first drop at t=${b}`,
      });
    }
    return pass;
  },
};

export const metamorphicBudgetProperty = relation(
  'metamorphic-budget',
  'raising netdev_budget never adds time squeezes',
  'net/core/dev.c:net_rx_action: time_squeeze counts when the budget (or the time limit) runs out',
  ['linux-3.13', 'linux-6.18'],
  { bias: { tinyBudget: 1, multiQueue: 0.6, twoNics: 0.5, slowCosts: 0.2, rps: 0.3 } },
  (s) => raiseSysctl(s, 'net.core.netdev_budget', 64, 1),
  (o) => softnetSum(endOf(o).counters, 'time_squeeze'),
  ['softnet_stat[*].time_squeeze'],
  'time_squeeze grew',
);

export { effectiveMaxBacklog };
