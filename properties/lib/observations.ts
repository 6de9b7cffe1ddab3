// Reading observations: counter paths, sums over CPUs and sockets, and what the workload put in
// before a checkpoint. Pure functions; nothing here knows an implementation.
import type { Checkpoint, FramesStep, Observations, Scenario, Snapshot, TraceEvent } from '../../src/generated/schema-types.ts';
import { type MtuDevice, deviceMtu, framesOnWire, isFragmented, stepFragmentRuns } from '../../src/spec/ip-fragment.ts';
import { scenarioUsesIpv6 } from '../../src/spec/ipv6.ts';

/** The value at a dotted path (`snmp.Udp.InErrors`, `softnet_stat.0.dropped`); undefined when absent. */
export function at(obj: unknown, path: string): unknown {
  let o: unknown = obj;
  for (const k of path.split('.')) {
    if (o === null || typeof o !== 'object') return undefined;
    o = (o as Record<string, unknown>)[k];
  }
  return o;
}

export function num(snap: Snapshot, path: string): number {
  const v = at(snap, path);
  if (typeof v !== 'number') throw new Error(`counter ${path} is missing or not a number`);
  return v;
}

/** Optional counter (e.g. a field only one profile has): 0 when absent. */
export function opt(snap: Snapshot, path: string): number {
  const v = at(snap, path);
  return typeof v === 'number' ? v : 0;
}

/**
 * A UDP_MIB_* counter over both families: Udp, plus Udp6 when the scenario has IPv6 (snapshot.snmp6). Receive-
 * buffer and socket accounting is one per socket whatever the family of the datagram (net/ipv6/udp.c charges the
 * same drops in udp_stats_in6).
 */
export function udpBoth(snap: Snapshot, field: string): number {
  return num(snap, `snmp.Udp.${field}`) + (snap.snmp6 !== undefined ? num(snap, `snmp6.Udp6.${field}`) : 0);
}

/** The paths udpBoth reads. */
export function udpBothPaths(snap: Snapshot, field: string): string[] {
  return [`snmp.Udp.${field}`, ...(snap.snmp6 !== undefined ? [`snmp6.Udp6.${field}`] : [])];
}

export type SoftnetColumn = 'processed' | 'dropped' | 'time_squeeze' | 'received_rps' | 'flow_limit_count';

export function softnetSum(snap: Snapshot, col: SoftnetColumn): number {
  let s = 0;
  for (const r of snap.softnet_stat) s += r[col];
  return s;
}

export function softnetOf(snap: Snapshot, cpu: number, col: SoftnetColumn): number {
  const r = snap.softnet_stat.find((x) => x.cpu === cpu);
  if (!r) throw new Error(`softnet_stat has no row for CPU ${cpu}`);
  return r[col];
}

export function socketDrops(snap: Snapshot): number {
  let s = 0;
  for (const r of snap.udp) s += r.drops;
  return s;
}

/** Did a close step run before workload step `step`? (Its socket's row, and sk_drops, are gone from then on.) */
export function closedBefore(scenario: Scenario, step: number): boolean {
  return scenario.workload.slice(0, step).some((st) => st.op === 'close');
}

/**
 * sk_drops over every socket the scenario opened: the open ones' /proc/net/udp rows and, for those a close step
 * closed before the checkpoint, what internal.closed says they had; undefined when one was closed and the
 * implementation reports no internal state.
 */
export function droppedByAllSockets(scenario: Scenario, cp: Checkpoint): number | undefined {
  const closed = cp.counters.internal?.closed;
  if (closed === undefined && closedBefore(scenario, cp.step)) return undefined;
  let s = socketDrops(cp.counters);
  for (const k of closed ?? []) s += k.drops;
  return s;
}

export function devSum(snap: Snapshot, col: 'rx_drop' | 'rx_packets' | 'rx_fifo' | 'rx_errs'): number {
  let s = 0;
  for (const d of Object.values(snap.dev)) s += d[col];
  return s;
}

export function ethtoolSum(snap: Snapshot, col: 'rx_missed_errors' | 'rx_fifo_errors' | 'rx_dropped' | 'rx_packets'): number {
  let s = 0;
  for (const d of Object.values(snap.ethtool)) s += d[col];
  return s;
}

/** Checkpoints in order, each with the previous one (or null for the first). */
export function* pairs(obs: Observations): Generator<[Checkpoint | null, Checkpoint]> {
  let prev: Checkpoint | null = null;
  for (const c of obs.checkpoints) {
    yield [prev, c];
    prev = c;
  }
}

export function endOf(obs: Observations): Checkpoint {
  const c = obs.checkpoints[obs.checkpoints.length - 1];
  if (!c || c.label !== 'end') throw new Error('observations do not end with the `end` snapshot');
  return c;
}

/**
 * A checkpoint is settled when everything below the socket has drained: the final `end`
 * snapshot (the host runs until idle) and checkpoints with `settle: true`.
 */
export function isSettled(scenario: Scenario, c: Checkpoint): boolean {
  if (c.label === 'end') return true;
  const st = scenario.workload[c.step];
  return st?.op === 'checkpoint' && st.settle === true;
}

export function frameSteps(scenario: Scenario): { index: number; step: FramesStep }[] {
  const out: { index: number; step: FramesStep }[] = [];
  scenario.workload.forEach((s, index) => {
    if (s.op === 'frames') out.push({ index, step: s });
  });
  return out;
}

/**
 * Frames certainly arrived by checkpoint `c` (arrival time < c.at, from earlier steps) and
 * possibly arrived (arrival time <= c.at): the step order decides equal times.
 */
export function arrivedBy(
  scenario: Scenario, c: Checkpoint, filter?: (s: FramesStep) => boolean, unit: 'frames' | 'datagrams' = 'frames',
): { min: number; max: number } {
  let min = 0;
  let max = 0;
  // A settled checkpoint lets time run past the later steps' `at`: the frames of every step after
  // it (not only after the last one) start late, by as much as the settling took.
  const firstSettled = scenario.workload.findIndex((st, i) => i < c.step && st.op === 'checkpoint' && st.settle === true);
  for (const { index, step } of frameSteps(scenario)) {
    if (index >= c.step) continue;
    if (filter && !filter(step)) continue;
    // a datagram larger than the veth MTU arrives as its fragments, back to back (src/spec/ip-fragment.ts), and
    // reaches UDP as often as they are reassembled (FramesStep.fragments may leave one out or repeat them)
    const dev: MtuDevice = scenario.config.devices?.find((d) => d.name === step.device) ?? { kind: 'nic' };
    const per = unit === 'frames' ? framesOnWire({ ...step, count: 1 }, dev, scenario.config.profile)
      : step.fragments !== undefined && isFragmented(dev, step, scenario.config.profile)
        ? stepFragmentRuns(step, scenario.config.profile, deviceMtu(dev)).reassembled : 1;
    const count = step.count ?? 1;
    const gap = step.gapNs ?? 0;
    if (index > firstSettled && firstSettled >= 0 && c.label !== 'end') {
      max += count * per;
      continue;
    }
    if (c.label === 'end') {
      min += count * per;
      max += count * per;
      continue;
    }
    for (let i = 0; i < count; i++) {
      const t = step.at + i * gap; // a datagram's fragments leave back to back, at its time
      if (t < c.at) min += per;
      if (t <= c.at) max += per;
      else break;
    }
  }
  return { min, max };
}

/**
 * ICMP errors the host sent out a veth: each is a frame of the veth's other end (drivers/net/veth.c:veth_xmit ->
 * netif_rx on the sending CPU), in that CPU's backlog and dropped there or at ip_rcv (PACKET_OTHERHOST), and in
 * no /proc/net/dev row of the config's. At most Icmp OutMsgs; none without a veth. `replyReads` are its paths.
 */
export function vethReplies(scenario: Scenario, snap: Snapshot): number {
  return hasVeth(scenario) ? icmpSent(snap) : 0;
}
export function vethReplyReads(scenario: Scenario): string[] {
  return hasVeth(scenario) ? icmpSentPaths(scenario) : [];
}

/** ICMP errors the host sent, both families: Icmp OutMsgs, and Icmp6 OutMsgs with IPv6 in the scenario. */
export function icmpSent(snap: Snapshot): number {
  return num(snap, 'snmp.Icmp.OutMsgs') + (snap.snmp6 !== undefined ? num(snap, 'snmp6.Icmp6.OutMsgs') : 0);
}
export function icmpSentPaths(scenario: Scenario): string[] {
  return ['snmp.Icmp.OutMsgs', ...(scenarioUsesIpv6(scenario) ? ['snmp6.Icmp6.OutMsgs'] : [])];
}
function hasVeth(scenario: Scenario): boolean {
  return (scenario.config.devices ?? []).some((d) => d.kind === 'veth');
}

export function hasFlag(step: FramesStep, flag: NonNullable<FramesStep['flags']>[number]): boolean {
  return step.flags?.includes(flag) ?? false;
}

export function deviceKind(scenario: Scenario, name: string): 'nic' | 'loopback' | 'veth' | undefined {
  return scenario.config.devices?.find((d) => d.name === name)?.kind;
}

/**
 * Whether the step's frames may come from a martian source, which route.c:ip_route_input_slow drops
 * with no IP counter: a source in 0.0.0.0/8, 127.0.0.0/8, 224.0.0.0 and above, or one of the host's
 * addresses, on a NIC or veth (a loopback frame keeps its output route). A superset: whether the
 * destination makes the kernel check the source is not asked.
 */
export function mayBeMartian(scenario: Scenario, step: FramesStep): boolean {
  const src = step.flow.src;
  if (src === undefined || deviceKind(scenario, step.device) === 'loopback') return false;
  const first = Number(src.slice(0, src.indexOf('.')));
  return first === 0 || first === 127 || first >= 224 || (scenario.config.localAddresses ?? ['10.0.0.1']).includes(src);
}

/** Events of one kind, with their index in the event list. */
export function eventsOf<E extends TraceEvent['event']>(obs: Observations, kind: E): (Extract<TraceEvent, { event: E }> & { i: number })[] {
  const out: (Extract<TraceEvent, { event: E }> & { i: number })[] = [];
  (obs.events ?? []).forEach((e, i) => {
    if (e.event === kind) out.push({ ...(e as Extract<TraceEvent, { event: E }>), i });
  });
  return out;
}

export function requireEvents(obs: Observations): TraceEvent[] {
  if (!obs.events) throw new Error('the implementation returned no events although they were asked for');
  return obs.events;
}
