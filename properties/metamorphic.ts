// Property 6: metamorphic relations. Each runs the implementation twice: on a generated scenario
// and on the same workload with one setting raised, and compares the two runs.
//  - netdev_max_backlog raised by one: the two runs agree, event for event, until the generated
//    run's first backlog drop (enqueue_to_backlog admits while qlen <= max: a larger max admits
//    everything a smaller one did, and the limit decides nothing else).
//  - every socket's SO_RCVBUF raised: the two runs agree until the generated run's first
//    receive-buffer drop (sock_queue_rcv_skb / __udp_enqueue_schedule_skb admit more with a larger
//    sk_rcvbuf, and before a drop both runs hold the same datagrams).
//  - netdev_budget raised: the two runs agree until the generated run first uses up its budget in
//    a NET_RX call (net_rx_action compares the budget left with 0 and reads it for nothing else).
// The totals (drops, time squeezes) are NOT monotonic in these settings (a larger limit can add
// drops or squeezes later on: test/properties/metamorphic-relations.test.ts pins the
// counterexamples), so each relation is stated up to the first decision the raised setting
// changes. They are stated in the order the implementation reports its events, not by their
// timestamps: the kernel's CPUs run at once, and an implementation (the model included) may run
// one CPU's NAPI poll ahead of another CPU's events with earlier timestamps; the order of the
// events is the order of the decisions.
import { PROFILES } from '../src/spec/registry.ts';
import type { Observations, ProfileName, Scenario, TraceEvent } from '../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { sysctlDefault } from '../src/arbitraries/schema-ranges.ts';
import type { SysctlName } from '../src/spec/defaults.ts';
import { endOf, softnetSum } from './lib/observations.ts';
import { SysctlTimeline } from './lib/sysctl-timeline.ts';
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
    // profiles, whatever the old value came from (rmem_default, a capped SO_RCVBUF), as long as
    // it stays below 2^31 (6.18 caps it there; 3.13 lets it wrap negative: rcvbufNegative313).
    const old = expectedRcvbuf(profile, sk, c.config.sysctls);
    sk.soRcvbuf = Math.floor(old / 2) + by;
    sk.soRcvbufForce = true;
  }
  c.name = `${s.name}+rcvbuf`;
  return c;
}

/** Why a metamorphic property does not apply to a recorded trace. */
export const NOT_ON_RECORDINGS =
  'a metamorphic relation compares two runs (the scenario and its follow-up with a setting raised); one recording is one run, and no recording is the follow-up of another';

/** Backlog-full drops (not flow-limit hits) at the end. */
export function backlogFullDrops(o: Observations): number {
  const s = endOf(o).counters;
  return softnetSum(s, 'dropped') - softnetSum(s, 'flow_limit_count');
}

/** A CPU-backlog drop: kfree_skb in net/core/dev.c:enqueue_to_backlog. */
export function isBacklogDrop(e: TraceEvent): boolean {
  return e.event === 'kfree_skb' && e.location.includes('enqueue_to_backlog');
}

/**
 * A receive-buffer decision at a socket: 3.13 sock_queue_rcv_skb's sock_rcvqueue_full, or a datagram
 * freed by udp_queue_rcv_skb / __udp_queue_rcv_skb (3.13, whose kfree_skb has no reason; udpv6_ / __udpv6_ for IPv6) or with
 * reason SOCKET_RCVBUFF (6.18 __udp_enqueue_schedule_skb).
 */
export function isRcvbufDrop(e: TraceEvent): boolean {
  if (e.event === 'sock_rcvqueue_full') return true;
  if (e.event !== 'kfree_skb') return false;
  return e.reason !== undefined ? e.reason === 'SOCKET_RCVBUFF' : /:(__)?udp(v6)?_queue_rcv_skb$/.test(e.location);
}

/** Index of the first event `isDecision` matches, or the number of events when none does. */
export function firstDecision(events: readonly TraceEvent[], isDecision: (e: TraceEvent) => boolean): number {
  const i = events.findIndex(isDecision);
  return i < 0 ? events.length : i;
}

/** Time of the first CPU-backlog drop, in event order, or Infinity. */
export function firstBacklogDrop(o: Observations): number {
  return (o.events ?? []).find(isBacklogDrop)?.t ?? Infinity;
}

/** Time of the first receive-buffer drop at a socket, in event order, or Infinity. */
export function firstRcvbufDrop(o: Observations): number {
  return (o.events ?? []).find((e) => e.event === 'kfree_skb' && isRcvbufDrop(e))?.t ?? Infinity;
}

function sameEvent(x: TraceEvent, y: TraceEvent): boolean {
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  return kx.every((k) => (x as unknown as Record<string, unknown>)[k] === (y as unknown as Record<string, unknown>)[k]);
}

/** The first index below `n` where the event lists differ (one ending earlier differs), or -1. */
export function firstDifference(a: readonly TraceEvent[], b: readonly TraceEvent[], n: number): number {
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined && y === undefined) return -1;
    if (x === undefined || y === undefined || !sameEvent(x, y)) return i;
  }
  return -1;
}

/** One event, for a person. */
export function describeEvent(e: TraceEvent | undefined): string {
  if (!e) return 'no event (the run had ended)';
  const at = `at t=${e.t} ns on CPU ${e.cpu}`;
  switch (e.event) {
    case 'kfree_skb':
      return `kfree_skb of frame ${e.skbaddr} ${at} (${e.location}${e.reason ? `, ${e.reason}` : ''})`;
    case 'napi_poll':
      return `napi_poll of ${e.napi} ${at}, work ${e.work} of ${e.budget}`;
    case 'sock_rcvqueue_full':
      return `sock_rcvqueue_full ${at}: rmem_alloc ${e.rmem_alloc}, truesize ${e.truesize}, sk_rcvbuf ${e.sk_rcvbuf}`;
    case 'softirq_entry':
    case 'softirq_exit':
      return `${e.event} ${at}`;
    default:
      return `${e.event} of frame ${e.skbaddr} on ${e.name} ${at}`;
  }
}

/** The failure of a relation "the raised run agrees with the generated one until its first decision". */
function departureMessage(
  setting: string,
  decision: string,
  a: readonly TraceEvent[],
  b: readonly TraceEvent[],
  k: number,
  agreeOnIt: boolean,
  i: number,
  why: string,
): string {
  const until = k >= a.length
    ? `before its end (it had no ${decision})`
    : `${agreeOnIt ? 'up to' : 'before'} its first ${decision} (event ${k}: ${describeEvent(a[k])})`;
  return (
    `raising ${setting} changed the run ${until}: event ${i} is ${describeEvent(a[i])} with the generated ` +
    `setting, but ${describeEvent(b[i])} after raising it. ${why}`
  );
}

/**
 * Where the generated run reaches the first decision the raised setting can change: the index of
 * the event that shows it, and whether that event itself comes before the decision (and so must
 * agree too). `index` is the number of events when the run has no such decision.
 */
export interface Decision {
  index: number;
  agreeOnIt: boolean;
}

/** The first event `pred` matches is the decision; it shows the outcome, so it need not agree. */
function firstMatch(pred: (e: TraceEvent) => boolean): (s: Scenario, events: readonly TraceEvent[]) => Decision {
  return (_s, events) => ({ index: firstDecision(events, pred), agreeOnIt: false });
}

interface PrefixRelation {
  name: string;
  title: string;
  rule: string;
  /** What the raised setting is, for messages ("netdev_max_backlog"). */
  setting: string;
  /** The decision it changes, for messages ("backlog drop"). */
  decision: string;
  findDecision: (s: Scenario, events: readonly TraceEvent[]) => Decision;
  /** Why the two runs must agree until the first decision (the kernel rule), for messages. */
  why: string;
  arbitrary: Property['arbitrary'];
  followUp: (s: Scenario) => Scenario;
  /** Why the relation does not cover a scenario (null: it does); such scenarios are not generated. */
  outOfScope: (s: Scenario) => string | null;
}

/**
 * "Raising the setting changes nothing until the generated run's first decision the setting
 * takes part in": the follow-up's events equal the generated run's up to that decision, and when
 * there is none, all of them. So the raised run's first such decision comes no earlier in event
 * order.
 */
function prefixRelation(r: PrefixRelation): Property {
  return {
    name: r.name,
    title: r.title,
    rule: r.rule,
    reads: 'events',
    profiles: PROFILES,
    arbitrary: (profile, o) => r.arbitrary(profile, o).filter((s) => r.outOfScope(s) === null),
    followUp: r.followUp,
    notOnRecordings: NOT_ON_RECORDINGS,
    check(scenario: Scenario, obs: Observations, f?: FollowUp): Verdict {
      if (!f) return fail('metamorphic property checked without its follow-up run');
      if (r.outOfScope(scenario) !== null) return pass;
      const a = obs.events ?? [];
      const b = f.obs.events ?? [];
      const { index: k, agreeOnIt } = r.findDecision(scenario, a);
      const i = firstDifference(a, b, k < a.length ? k + (agreeOnIt ? 1 : 0) : Math.max(a.length, b.length));
      if (i < 0) return pass;
      return fail(departureMessage(r.setting, r.decision, a, b, k, agreeOnIt, i, r.why), {
        path: `events[${i}]`,
        expected: describeEvent(a[i]),
        actual: describeEvent(b[i]),
      });
    },
  };
}

/** A flow_limit_cpu_bitmap value that gives some CPU a flow-limit table (a mask with a bit set). */
function flowLimitOn(v: unknown): boolean {
  return /[1-9a-f]/i.test(String(v));
}

/**
 * Why raising netdev_max_backlog by one may change more than the backlog drops: the flow limit is
 * consulted once qlen >= netdev_max_backlog >> 1 (net/core/dev.c:skb_flow_limit), and that
 * threshold moves when an odd limit is raised. Null when it cannot: no flow-limit table is ever
 * allocated, or every limit the scenario sets is even (or negative: unlimited, left as it is).
 */
export function flowLimitThresholdMoves(s: Scenario): string | null {
  const name = 'net.core.netdev_max_backlog';
  const table = 'net.core.flow_limit_cpu_bitmap';
  const steps = s.workload.filter((w) => w.op === 'sysctl');
  const tables = [s.config.sysctls?.[table], ...steps.filter((w) => w.name === table).map((w) => w.value)];
  if (!tables.some(flowLimitOn)) return null;
  const limits = [
    s.config.sysctls?.[name] ?? sysctlDefault(s.config.profile, name),
    ...steps.filter((w) => w.name === name).map((w) => w.value),
  ];
  const odd = limits.map(Number).find((v) => v >= 0 && v % 2 === 1);
  if (odd === undefined) return null;
  return `the flow limit is on and netdev_max_backlog ${odd} is odd: skb_flow_limit's threshold (max >> 1) moves with it`;
}

/**
 * netdev_max_backlog: the total number of backlog drops is NOT monotonic in the limit.
 * process_backlog splices the whole input_pkt_queue into process_queue whenever process_queue runs
 * dry, so room comes back in bulk, and how much gets in depends on the phase of those splices
 * against the arrivals (test/properties/metamorphic-relations.test.ts pins a case where 8 -> 9
 * adds a drop). Nor is the time of the first drop: an implementation reports events in the order
 * it decides, which is not the order of their timestamps across CPUs. What does hold: the limit
 * takes part only in enqueue_to_backlog's `qlen <= netdev_max_backlog` (and in skb_flow_limit's
 * threshold, kept out of scope), so both runs make the same decisions, and report the same events,
 * until the generated run first finds a full queue; there the raised one still has room or drops
 * the same frame. A run without backlog drops stays the same run.
 */
export const metamorphicBacklogProperty: Property = prefixRelation({
  name: 'metamorphic-backlog',
  title: 'raising netdev_max_backlog changes nothing before the first backlog drop',
  rule:
    'net/core/dev.c:enqueue_to_backlog (qlen <= netdev_max_backlog); ' +
    'net/core/dev.c:skb_flow_limit (consulted once qlen >= netdev_max_backlog >> 1); ' +
    'net/core/dev.c:process_backlog (splices input_pkt_queue when process_queue is empty)',
  setting: 'netdev_max_backlog',
  decision: 'backlog drop',
  findDecision: firstMatch(isBacklogDrop),
  why:
    'enqueue_to_backlog admits while qlen <= netdev_max_backlog, so a larger limit admits every frame the smaller ' +
    'one did, and the limit decides nothing else.',
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, { name: 'metamorphic-backlog', tags: o?.tags, bias: { tinyBacklog: 1, loopback: 0.6, rps: 0.5, smp: 0.6, flowLimit: 0, sysctlSteps: 0.2, devWeight: 0.5 } }),
  followUp: (s) => raiseSysctl(s, 'net.core.netdev_max_backlog', 1, 0),
  outOfScope: flowLimitThresholdMoves,
});

/**
 * In linux-6.18 memory read from a socket is released in batches: udp_rmem_release keeps it
 * charged until forward_deficit reaches forward_threshold = sk_rcvbuf >> 2 (or the reader queue
 * drains), and that threshold grows with the buffer, so after a read the raised buffer can hold
 * more unreleased memory than the generated one has left. Null when the scenario has no reads
 * there (memory is then only ever charged) or is a linux-3.13 one (sock_rfree releases at once).
 */
export function releaseThresholdMoves(s: Scenario): string | null {
  if (s.config.profile === 'linux-3.13' || !s.workload.some((w) => w.op === 'read')) return null;
  return 'linux-6.18 releases read memory in batches of sk_rcvbuf >> 2 (udp_rmem_release), and that threshold moves ' +
    'with the buffer';
}

/**
 * In linux-3.13 SO_RCVBUFFORCE stores max_t(u32, val * 2, SOCK_MIN_RCVBUF) into the int
 * sk_rcvbuf, so a val of 2^30 or more (or negative) leaves it negative (net/core/sock.c:
 * sock_setsockopt). sock_queue_rcv_skb compares it signed (`rmem_alloc >= sk_rcvbuf`: it admits
 * nothing) and sk_rcvqueues_full unsigned (`qsize > limit`, an unsigned int: the backlog takes
 * everything), so no other buffer admits more in both tests: raising it (or raising a positive
 * one past 2^31) is no raise. Null when every socket's sk_rcvbuf is positive.
 */
export function rcvbufNegative313(s: Scenario): string | null {
  if (s.config.profile !== 'linux-3.13') return null;
  const sk = (s.config.sockets ?? []).find((k) => expectedRcvbuf('linux-3.13', k, s.config.sysctls) < 0);
  if (!sk) return null;
  return `socket ${sk.name}'s sk_rcvbuf is negative (SO_RCVBUFFORCE ${sk.soRcvbuf}): linux-3.13 compares it signed in sock_queue_rcv_skb and unsigned in sk_rcvqueues_full`;
}

/**
 * SO_RCVBUF: the number of receive-buffer drops is NOT monotonic in sk_rcvbuf. A larger buffer can
 * take one more large datagram whose truesize then keeps several small ones out (the admission is
 * a byte budget, not a count), and in 3.13 the RcvbufErrors counter itself jumps when rmem_alloc
 * lands exactly on sk_rcvbuf (the `>=` test) instead of overshooting it (the InErrors-only
 * sk_rcvqueues_full test). test/properties/metamorphic-relations.test.ts pins both. What does
 * hold: sk_rcvbuf takes part only in the admission tests (3.13 sk_rcvqueues_full,
 * sock_queue_rcv_skb's rmem_alloc >= sk_rcvbuf, sk_add_backlog; 6.18 __udp_enqueue_schedule_skb's
 * rmem + truesize > sk_rcvbuf), each of which a larger buffer passes whenever a smaller one does
 * with the same memory charged; so both runs admit the same datagrams, charge the same memory and
 * report the same events until the generated run first refuses one. (The model's skbs are linear
 * or have more page data than tailroom, so skb_condense, which 6.18 applies once rmem_alloc >
 * sk_rcvbuf / 2, never changes their truesize.) In 6.18 the release threshold also moves with the
 * buffer, so the relation is stated for scenarios without reads there, and in 3.13 for positive
 * buffers (rcvbufNegative313).
 */
export const metamorphicRcvbufProperty: Property = prefixRelation({
  name: 'metamorphic-rcvbuf',
  title: 'raising SO_RCVBUF changes nothing before the first receive-buffer drop',
  rule: 'net/core/sock.c:sock_queue_rcv_skb, include/net/sock.h:sk_rcvqueues_full (3.13), net/ipv4/udp.c:__udp_enqueue_schedule_skb, net/ipv4/udp.c:udp_rmem_release (6.18)',
  setting: 'SO_RCVBUF',
  decision: 'receive-buffer drop',
  findDecision: firstMatch(isRcvbufDrop),
  why:
    'a socket admits a datagram while its memory charged is below (3.13) or fits in (6.18) sk_rcvbuf, so a larger ' +
    'buffer admits every datagram the smaller one did.',
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, {
      name: 'metamorphic-rcvbuf', tags: o?.tags,
      bias: { tinyRcvbuf: 1, reads: profile === 'linux-3.13' ? 0.8 : 0, partialReads: 0.5, lockSock: 0.3, memPressure: 0, bigPayload: 0.5 },
    }),
  followUp: (s) => raiseRcvbuf(s, 2048),
  outOfScope: (s) => releaseThresholdMoves(s) ?? rcvbufNegative313(s) ?? rcvbufNegative313(raiseRcvbuf(s, 2048)),
});

/**
 * The first point where the generated run's netdev_budget is used up in a NET_RX call
 * (net/core/dev.c:net_rx_action: `budget = netdev_budget` at the start of the call, `budget -=
 * work` after each poll): the napi_poll after which the call's work reaches the budget, or, in
 * 3.13, whose `budget <= 0` is checked before the first poll, the softirq_entry of a call that
 * starts with nothing. The event itself comes before the decision. Where the budget in force is
 * uncertain (a write at the same instant, or after a settled checkpoint) the smallest counts.
 */
export function firstBudgetRunOut(s: Scenario, events: readonly TraceEvent[]): Decision {
  const budget = new SysctlTimeline(s, 'net.core.netdev_budget');
  const left = new Map<number, number>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.event === 'softirq_entry') {
      const b = Math.min(...budget.valuesAt(e.t));
      left.set(e.cpu, b);
      if (s.config.profile === 'linux-3.13' && b <= 0) return { index: i, agreeOnIt: true };
    } else if (e.event === 'softirq_exit') {
      left.delete(e.cpu);
    } else if (e.event === 'napi_poll') {
      const b = left.get(e.cpu);
      if (b === undefined) continue;
      left.set(e.cpu, b - e.work);
      if (b - e.work <= 0) return { index: i, agreeOnIt: true };
    }
  }
  return { index: events.length, agreeOnIt: true };
}

/**
 * netdev_budget: time_squeeze is NOT monotonic in the budget. A NET_RX call that runs on
 * with a larger budget lasts longer and can then hit the time limit (netdev_budget_usecs in 6.18,
 * 2 jiffies in 3.13) where the smaller budget's calls never did, and the calls that follow start
 * at other times (test/properties/metamorphic-relations.test.ts pins one: 2 -> 66 gives 3
 * squeezes instead of 2). What does hold: net_rx_action reads the budget only to compare what is
 * left of it with 0 (3.13 before each poll, 6.18 after each), so both runs make the same decisions,
 * and report the same events, until the generated run first uses its budget up in some call.
 */
export const metamorphicBudgetProperty: Property = prefixRelation({
  name: 'metamorphic-budget',
  title: 'raising netdev_budget changes nothing before the budget first runs out',
  rule: 'net/core/dev.c:net_rx_action (budget <= 0: 3.13 before each poll, 6.18 after each, net/core/dev.c:napi_poll)',
  setting: 'netdev_budget',
  decision: 'use of its whole budget in a NET_RX call',
  findDecision: firstBudgetRunOut,
  why:
    'net_rx_action reads netdev_budget only to stop a call once the work done reaches it, so a larger budget ' +
    'changes nothing before the smaller one is used up.',
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, {
      name: 'metamorphic-budget', tags: o?.tags,
      bias: { tinyBudget: 0.5, multiQueue: 0.6, twoNics: 0.5, slowCosts: 0.2, rps: 0.3 },
    }),
  followUp: (s) => raiseSysctl(s, 'net.core.netdev_budget', 64, 1),
  outOfScope: () => null,
});

export { effectiveMaxBacklog };
