// Property 2: the per-CPU backlog.
// net/core/dev.c:enqueue_to_backlog (both profiles): a packet is queued while
// qlen <= netdev_max_backlog (tested before the insert), so input_pkt_queue holds at most
// netdev_max_backlog + 1 packets and a CPU_BACKLOG drop needs a queue already holding that many,
// or skb_flow_limit firing (only when qlen >= netdev_max_backlog >> 1 and the enqueuing CPU is in
// flow_limit_cpu_bitmap). The drop is counted on the TARGET CPU (softnet_stat column 2) and in the
// device's rx_dropped, and freed with reason CPU_BACKLOG (6.18). Only RPS/RFS
// (netif_receive_skb -> get_rps_cpu) and netif_rx (loopback, veth) use the backlog at all.
import { PROFILES } from '../src/spec/registry.ts';
import type { Observations, Scenario } from '../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { clausal } from './lib/clausal.ts';
import { Clauses, devPaths, softnetPaths, sumAt } from './lib/clauses.ts';
import { devSum, eventsOf, softnetSum, vethReplies, vethReplyReads } from './lib/observations.ts';
import { flowLimitCpusEver, SysctlTimeline } from './lib/sysctl-timeline.ts';
import { pollStarts } from './lib/softirqs.ts';
import { backlogReachable } from './lib/topology.ts';
import { fail, pass, type Property, type Verdict } from './types.ts';

/** netdev_max_backlog is compared unsigned: a negative value is a limit of ~4 G. */
export function effectiveMaxBacklog(v: number): number {
  return v < 0 ? v + 2 ** 32 : v;
}

export function checkBacklog(scenario: Scenario, obs: Observations, c: Clauses = new Clauses()): Verdict {
  const profile = scenario.config.profile;
  const max = new SysctlTimeline(scenario, 'net.core.netdev_max_backlog');
  const everMax = Math.max(...max.all().map(effectiveMaxBacklog));
  const flowLimitOn = flowLimitCpusEver(scenario).size > 0;
  const reachable = backlogReachable(scenario);
  const backlogPolls = eventsOf(obs, 'napi_poll').filter((p) => p.napi.startsWith('backlog:'));
  const started = pollStarts(obs.events ?? []);
  const kfree = eventsOf(obs, 'kfree_skb');
  const isBacklogDrop = (e: (typeof kfree)[number]) =>
    profile === 'linux-3.13' ? e.location.includes('enqueue_to_backlog') : e.reason === 'CPU_BACKLOG';
  const unreachable = 'without RPS or a netif_rx device nothing reaches enqueue_to_backlog';

  for (const cp of obs.checkpoints) {
    const snap = cp.counters;
    const where = { checkpoint: cp.label, step: cp.step };
    if (!reachable) {
      // "= 0" of a sum of counts: any observed part that is not 0 already breaks it.
      const dropSeen = c.canOnPart(unreachable, {}, softnetPaths(snap, 'dropped'));
      const dropped = dropSeen ? sumAt(snap, dropSeen) : 0;
      if (dropped !== 0) return fail(`no RPS and no netif_rx device, yet ${dropped} backlog drops: nothing reaches enqueue_to_backlog`, { ...where, path: 'softnet_stat[*].dropped', expected: 0, actual: dropped });
      const rpsSeen = c.canOnPart(unreachable, {}, softnetPaths(snap, 'received_rps'));
      const rps = rpsSeen ? sumAt(snap, rpsSeen) : 0;
      if (rps !== 0) return fail(`no RPS and no netif_rx device, yet received_rps = ${rps}`, { ...where, path: 'softnet_stat[*].received_rps', expected: 0, actual: rps });
      if (c.can(unreachable, { events: true }) && backlogPolls.length > 0) return fail(`no RPS and no netif_rx device, yet ${backlogPolls[0].napi} was polled (process_backlog)`, { path: `events[${backlogPolls[0].i}]` });
    }
    // The queue never holds more than netdev_max_backlog + 1.
    if (snap.internal?.backlog && c.can('input_pkt_queue <= netdev_max_backlog + 1 (internal)', { internal: true })) {
      for (const b of snap.internal.backlog) {
        if (b.input_qlen > everMax + 1) {
          return fail(`CPU ${b.cpu}'s input_pkt_queue holds ${b.input_qlen} packets; enqueue_to_backlog admits only while qlen <= netdev_max_backlog (${everMax}), so at most ${everMax + 1}`, { ...where, path: `internal.backlog[cpu=${b.cpu}].input_qlen`, expected: `<= ${everMax + 1}`, actual: b.input_qlen });
        }
        if (!reachable && b.input_qlen + b.process_qlen > 0) return fail(`CPU ${b.cpu}'s backlog holds packets without RPS or netif_rx`, { ...where, path: `internal.backlog[cpu=${b.cpu}]` });
      }
    }
    for (const [i, r] of snap.softnet_stat.entries()) {
      if (r.input_qlen === undefined || !c.can('softnet input_qlen <= netdev_max_backlog + 1', { counters: [`softnet_stat[${i}].input_qlen`] })) continue;
      if (r.input_qlen > everMax + 1) {
        return fail(`softnet_stat input_qlen of CPU ${r.cpu} is ${r.input_qlen} > netdev_max_backlog + 1 = ${everMax + 1}`, { ...where, path: `softnet_stat[cpu=${r.cpu}].input_qlen`, expected: `<= ${everMax + 1}`, actual: r.input_qlen });
      }
    }
    // A drop needs a full queue: the CPU accepted at least netdev_max_backlog + 1 packets
    // (netdev_max_backlog >> 1 when the flow limit may have fired). Accepted packets are counted
    // from backlog polls, so this needs events.
    const settled = cp.label === 'end';
    const internal = snap.internal?.backlog;
    if (obs.events) {
      const minMax = Math.min(...max.valuesDuring(0, cp.at).map(effectiveMaxBacklog));
      const need = flowLimitOn ? minMax >> 1 : minMax + 1;
      for (const [i, r] of snap.softnet_stat.entries()) {
        if (!c.can('a backlog drop needs a full queue', { events: true, counters: [`softnet_stat[${i}].dropped`] })) continue;
        if (r.dropped === 0) continue;
        // A poll that began by the checkpoint may show in it whole (pollStarts).
        let accepted = 0;
        for (const p of backlogPolls) if (p.napi === `backlog:${r.cpu}` && (settled || (started.get(p.i) ?? p.t) <= cp.at)) accepted += p.work;
        const q = internal?.find((b) => b.cpu === r.cpu);
        if (q) accepted += q.input_qlen + q.process_qlen;
        else if (!settled) continue;
        if (accepted < need) {
          return fail(
            `CPU ${r.cpu} counted ${r.dropped} backlog drops but its backlog only ever took ${accepted} packets; a drop needs qlen > netdev_max_backlog (${minMax})${flowLimitOn ? ' or, with the flow limit, qlen >= netdev_max_backlog >> 1' : ''}`,
            { ...where, path: `softnet_stat[cpu=${r.cpu}].dropped`, expected: `0 drops unless >= ${need} packets were queued`, actual: `${r.dropped} drops after ${accepted} queued` },
          );
        }
      }
    }
    // Every CPU_BACKLOG drop is counted once on softnet_stat and once in the device's rx_dropped.
    if (obs.events && settled) {
      const freed = kfree.filter(isBacklogDrop).length;
      const droppedPaths = softnetPaths(snap, 'dropped');
      if (c.can('CPU_BACKLOG frees = softnet dropped', { events: true, counters: droppedPaths })) {
        const dropped = softnetSum(snap, 'dropped');
        if (freed !== dropped) {
          return fail(`${freed} skbs were freed in enqueue_to_backlog${profile === 'linux-3.13' ? '' : ' (reason CPU_BACKLOG)'} but softnet_stat counts ${dropped} drops`, { ...where, path: 'softnet_stat[*].dropped', expected: freed, actual: dropped });
        }
      } else {
        // Only some CPUs observed: their drops are part of the freed ones (a sum's part is at most the whole).
        const seen = c.canOnPart('CPU_BACKLOG frees >= softnet dropped of the observed CPUs', { events: true }, droppedPaths);
        const dropped = seen ? sumAt(snap, seen) : 0;
        if (seen && dropped > freed) {
          return fail(`${freed} skbs were freed in enqueue_to_backlog${profile === 'linux-3.13' ? '' : ' (reason CPU_BACKLOG)'} but softnet_stat of the observed CPUs alone counts ${dropped} drops`, { ...where, path: 'softnet_stat[*].dropped', expected: `<= ${freed}`, actual: dropped });
        }
      }
    }
    // an ICMP error out a veth is a frame of its other end, whose backlog drops count in no config row
    const dropReads = [...devPaths(snap, 'rx_drop'), ...vethReplyReads(scenario)];
    const dropSeen = c.canOnPart('/proc/net/dev rx_drop + ICMP errors out a veth >= softnet dropped', { counters: dropReads }, softnetPaths(snap, 'dropped'));
    if (dropSeen) {
      const devDrop = devSum(snap, 'rx_drop');
      const peers = vethReplies(scenario, snap);
      const dropped = sumAt(snap, dropSeen);
      if (devDrop + peers < dropped) {
        return fail(`softnet_stat counts ${dropped} backlog drops but /proc/net/dev rx_drop only ${devDrop}${peers > 0 ? ` (and ${peers} ICMP errors went out a veth)` : ''}: enqueue_to_backlog bumps the device's rx_dropped for each`, { ...where, path: 'dev[*].rx_drop', expected: `>= ${dropped - peers}`, actual: devDrop });
      }
    }
  }
  return pass;
}

export const backlogProperty: Property = {
  name: 'backlog',
  title: 'the per-CPU backlog holds at most netdev_max_backlog + 1 and drops only when full',
  rule: 'net/core/dev.c:enqueue_to_backlog (qlen <= netdev_max_backlog before the insert; drop on the target CPU), net/core/dev.c:skb_flow_limit, net/core/dev.c:get_rps_cpu',
  reads: 'events',
  profiles: PROFILES,
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, {
      name: 'backlog', tags: o?.tags,
      // a NAPI-mode veth's frames skip the backlog unless RPS sends them to one
      bias: {
        tinyBacklog: 0.8, loopback: 0.6, veth: 0.3, rps: 0.5, flowLimit: 0.3, devWeight: 0.4, sysctlSteps: 0.3, checkpoints: 0.6,
        smp: 0.7, vethNapi: 0,
      },
    }),
  ...clausal(checkBacklog),
};
