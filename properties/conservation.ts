// Property 4: conservation. Every frame that arrived is, at every checkpoint, in exactly one place:
// still queued (RX ring, a CPU backlog, a socket), delivered and read, or dropped under exactly one
// counted reason. Checked layer by layer, so a drop counted twice or not at all shows up where it
// happens:
//  L1 device/core: arrived = ring full (rx_missed_errors | rx_fifo_errors, igb_update_stats)
//       + frames an ntuple rule with action -1 drops in hardware (no drop counter: only
//       ntuple_match, which also counts steered frames; computed from the scenario) + backlog drops (softnet dropped, incl. flow
//       limit; dev.c:enqueue_to_backlog) + skbs processed (softnet processed, once per skb in
//       dev.c:__netif_receive_skb_core) + frames a veth's XDP program dropped (veth xdp_drops, drops;
//       drivers/net/veth.c:veth_xdp_rcv_skb) + still in a ring or a backlog (`internal`).
//  L1 netif_rx: lo/veth rx_packets + rx_drop = the workload's frames on them (a datagram larger than the veth
//       MTU as its fragments), plus ICMP errors the host sent to itself, looped back over lo (at most Icmp
//       OutMsgs; drivers/net/loopback.c:loopback_xmit). ICMP errors out a veth reach its other end's backlog
//       (veth_xmit): frames of L1 device/core and L2's OTHERHOST drops, at most Icmp OutMsgs. A veth in NAPI
//       mode (src/spec/veth-napi.ts) counts a frame in rx_packets when veth_poll takes it off its ring; one still
//       in the ring or one that found it full (counted only in the sending end's tx_dropped: drivers/net/veth.c:
//       veth_xmit) is in `internal.rings` (filled, dropped), the frames it dropped being drops of L1 device/core;
//       its rx_drop counts frames an RPS CPU's backlog dropped after veth_poll counted them, so it is left out.
//  L2 processed = Ip InReceives + PACKET_OTHERHOST drops (ip_rcv drops them before InReceives and
//       no /proc counter shows them: bounded by the otherhost frames sent).
//  L3 InReceives = InHdrErrors (incl. IP checksum) + InAddrErrors + InUnknownProtos + InDiscards
//       + IpExt InNoRoutes + IpExt InTruncatedPkts + TcpExt IPReversePathFilter + ReasmReqds - ReasmOKs
//       (every fragment goes to ip_defrag; a datagram it completes goes on once: net/ipv4/ip_fragment.c) + InDelivers
//       (net/ipv4/ip_input.c:ip_rcv, ip_rcv_finish, ip_local_deliver_finish; route.c:ip_error).
//  L4 InDelivers (UDP) = NoPorts + Udp InErrors (header, checksum, rcvbuf, 3.13 ENOBUFS) +
//       IgnoredMulti (6.18) + queued in sockets + InDatagrams (read). Not counted anywhere: 3.13
//       multicast/broadcast with no socket (__udp4_lib_mcast_deliver and __udp6_lib_mcast_deliver free silently;
//       bounded by InMcastPkts + InBcastPkts + Ip6 InMcastPkts), 6.18 PROTO_MEM drops (udp_mem exhausted: sk_drops only), and
//       3.13 datagrams in a socket backlog (lock_sock; sk_backlog.len bytes). A socket closed mid-run: what it
//       still queued is freed without a counter (internal.closed[].purged counts it with the queued).
//  L4 bound, from the UDP counters alone: NoPorts + Udp InErrors + IgnoredMulti + InDatagrams is at
//       most the UDP datagrams the workload sent by then (each is counted under at most one of
//       them, once per socket it is delivered to: __udp4_lib_rcv, __udp_queue_rcv_skb,
//       udp_recvmsg; a multicast/broadcast datagram is cloned to every socket of its port,
//       __udp4_lib_mcast_deliver). It is what remains of L4 for an implementation that models
//       the UDP layer without the IP layer.
import { PROFILES } from '../src/spec/registry.ts';
import type { Checkpoint, FramesStep, Observations, RingState, Scenario, Snapshot } from '../src/generated/schema-types.ts';
import { vethNapiMode } from '../src/spec/veth-napi.ts';
import { isInet6Flow } from '../src/spec/ipv6.ts';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import {
  arrivedBy, closedBefore, deviceKind, ethtoolSum, hasFlag, icmpSent, icmpSentPaths, isSettled, mayBeMartian, num, opt, softnetSum, socketDrops, vethReplies,
  vethReplyReads,
} from './lib/observations.ts';
import { clausal } from './lib/clausal.ts';
import { Clauses, softnetPaths, sumAt, udpPaths } from './lib/clauses.ts';
import { fail, pass, type FailedVerdict, type Property, type Verdict } from './types.ts';

interface Interval { min: number; max: number }

function within(actual: number, want: Interval): boolean {
  return actual >= want.min && actual <= want.max;
}
function show(i: Interval): string {
  return i.min === i.max ? String(i.min) : i.max === Infinity ? `>= ${i.min}` : `${i.min}..${i.max}`;
}

function layerFailure(cp: Checkpoint, layer: string, path: string, expected: Interval, actual: number, detail: string): FailedVerdict {
  return fail(`${layer}: ${detail}`, { checkpoint: cp.label, path, expected: show(expected), actual, step: cp.step });
}

/**
 * Whether an ntuple (flow director) rule drops these frames: the first rule matching the udp4
 * flow decides (ethtool -U ... action -1); a frames step with a forced queue bypasses steering.
 */
function ntupleDrops(scenario: Scenario, st: FramesStep): boolean {
  const d = scenario.config.devices?.find((x) => x.name === st.device);
  if (!d || d.kind !== 'nic' || st.queue !== undefined) return false;
  const f = st.flow;
  if ((f.proto ?? 17) !== 17) return false;
  const src = f.src ?? '10.0.0.2';
  const dst = f.dst ?? '10.0.0.1';
  const sport = f.sport ?? 40000;
  for (const r of d.ntuple ?? []) {
    if ((r.src === undefined || r.src === src) && (r.dst === undefined || r.dst === dst) &&
      (r.srcPort === undefined || r.srcPort === sport) && (r.dstPort === undefined || r.dstPort === f.dport)) return r.action === -1;
  }
  return false;
}

/** Whether interrupt coalescing may leave frames in an RX ring with nothing left to trigger an IRQ. */
function ringsMayHold(scenario: Scenario): boolean {
  return (scenario.config.devices ?? []).some((d) => (d.coalesce?.rxFrames ?? 1) > 1 && (d.coalesce?.rxUsecs ?? 0) === 0);
}

/** UDP datagrams the workload sent by checkpoint `cp`, times the sockets a multicast/broadcast one is cloned to. */
function udpCopiesSent(scenario: Scenario, cp: Checkpoint): number {
  const sockets = scenario.config.sockets ?? [];
  let n = 0;
  for (const st of scenario.workload) {
    if (st.op !== 'frames' || (st.flow.proto ?? 17) !== 17) continue;
    const clones = hasFlag(st, 'multicast') || hasFlag(st, 'broadcast') ? Math.max(1, sockets.filter((k) => k.port === st.flow.dport).length) : 1;
    n += clones * arrivedBy(scenario, cp, (x) => x === st, 'datagrams').max;
  }
  return n;
}

function l3v6Message(inReceives6: number, drops6: number, silent6: number): string {
  const groups = silent6 > 0 ? ` + datagrams to groups the device is not in (<= ${silent6}, uncounted)` : '';
  return `Ip6 InReceives ${inReceives6} must equal the IPv6-layer drops ${drops6} + Ip6 InDelivers${groups}`;
}

/** The Udp6 counters L4 adds up (IgnoredMulti from 6.x on, as Udp's). */
function udp6Paths(profile: string): string[] {
  return ['NoPorts', 'InErrors', 'InDatagrams', ...(profile === 'linux-3.13' ? [] : ['IgnoredMulti'])].map((k) => `snmp6.Udp6.${k}`);
}

/** NoPorts + InErrors + IgnoredMulti + InDatagrams, of Udp and (with IPv6 in the scenario) Udp6. */
function udpCounted(s: Snapshot, v6: boolean): number {
  let n = num(s, 'snmp.Udp.NoPorts') + num(s, 'snmp.Udp.InErrors') + opt(s, 'snmp.Udp.IgnoredMulti') + num(s, 'snmp.Udp.InDatagrams');
  if (v6) {
    n += num(s, 'snmp6.Udp6.NoPorts') + num(s, 'snmp6.Udp6.InErrors') + opt(s, 'snmp6.Udp6.IgnoredMulti') + num(s, 'snmp6.Udp6.InDatagrams');
  }
  return n;
}

/**
 * The NAPI-mode veths' rings in `internal.rings`: frames still in them and frames that found them full, and whether
 * the implementation reports them (without, a ring-full drop shows in no receive-side counter).
 */
function napiRingCounts(
  rings: RingState[] | undefined, devs: ReadonlySet<string>,
): { held: number; dropped: number; known: boolean } {
  const out = { held: 0, dropped: 0, known: false };
  for (const r of rings ?? []) {
    if (!devs.has(r.device)) continue;
    out.known = r.dropped !== undefined;
    out.held += r.filled;
    out.dropped += r.dropped ?? 0;
  }
  return out;
}

/**
 * The counters of frames a veth's XDP program took (veth.c:veth_xdp_rcv_skb): xdp_drops (XDP_DROP, XDP_ABORTED) and
 * drops (freed unrun), of each queue the snapshot shows (queue 0 when it shows none).
 */
function xdpDropPaths(s: Snapshot, devs: readonly string[]): string[] {
  return devs.flatMap((d) => Array.from({ length: Math.max(1, s.veth?.[d]?.rx_queues.length ?? 0) }, (_, i) =>
    [`veth.${d}.rx_queues[${i}].xdp_drops`, `veth.${d}.rx_queues[${i}].drops`]).flat());
}

export function checkConservation(scenario: Scenario, obs: Observations, c: Clauses = new Clauses()): Verdict {
  const profile = scenario.config.profile;
  const memPressure = scenario.config.sysctls?.['net.ipv4.udp_mem'] !== undefined;
  const netifDevs = (scenario.config.devices ?? []).filter((d) => d.kind !== 'nic').map((d) => d.name);
  const napiDevs = new Set((scenario.config.devices ?? []).filter((d) => vethNapiMode(profile, d)).map((d) => d.name));
  const nics = (scenario.config.devices ?? []).filter((d) => d.kind === 'nic').map((d) => d.name);
  const xdpDevs = (scenario.config.devices ?? []).filter((d) => d.xdp !== undefined).map((d) => d.name);
  // An ICMP error the host sends (net/ipv4/icmp.c:__icmp_send) to a local address goes out
  // through lo and comes back in: drivers/net/loopback.c:loopback_xmit -> __netif_rx counts it in
  // lo's rx_packets like any frame the workload sent (NoPorts over loopback: 5 datagrams, 10 lo
  // rx_packets, golden/kernel/linux-6.18/noports-lo.json). So with a loopback device the frames
  // netif_rx saw are the workload's plus at most Icmp OutMsgs.
  const loopback = (scenario.config.devices ?? []).some((d) => d.kind === 'loopback');
  // An ICMP error out a veth is a frame of the CPU's backlog that no config row counts (vethReplies).
  const looping = loopback ? icmpSentPaths(scenario) : [];
  const sentReads = [
    ...netifDevs.flatMap((d) => [`dev.${d}.rx_packets`, `dev.${d}.rx_drop`]), ...new Set([...looping, ...vethReplyReads(scenario)]),
  ];
  for (const cp of obs.checkpoints) {
    const s = cp.counters;
    const settled = isSettled(scenario, cp);
    const internal = s.internal;
    const softnetReads = [...softnetPaths(s, 'dropped'), ...softnetPaths(s, 'processed')];
    const replies = vethReplies(scenario, s);

    // L1. NIC frames arrive at their nominal times. A loopback/veth sender runs on its CPU and
    // waits while that CPU is busy, so its frames are counted where they were sent: the device
    // counts each one netif_rx queued (rx_packets, loopback_xmit / veth_xmit) or dropped (rx_drop).
    const isNic = (st: FramesStep) => deviceKind(scenario, st.device) === 'nic';
    const isNetifRx = (st: FramesStep) => !isNic(st);
    for (const d of netifDevs) {
      if (!s.dev[d]) return fail(`/proc/net/dev has no row for ${d}`, { checkpoint: cp.label, path: `dev.${d}`, step: cp.step });
    }
    const sentKnown = c.can('L1 netif_rx: loopback/veth count every frame sent', { counters: sentReads });
    let sent = 0;
    // a NAPI-mode veth's rx_drop counts a frame it already counted in rx_packets (veth_poll) that the backlog of an
    // RPS CPU then dropped (enqueue_to_backlog -> dev_core_stats_rx_dropped_inc), as a NIC's does
    for (const d of netifDevs) sent += s.dev[d].rx_packets + (napiDevs.has(d) ? 0 : s.dev[d].rx_drop);
    const napi = napiRingCounts(internal?.rings, napiDevs);
    sent += napi.held + napi.dropped;
    if (sentKnown) {
      const netifNominal = arrivedBy(scenario, cp, isNetifRx);
      const looped = loopback ? icmpSent(s) : 0;
      const whole = cp.label === 'end' && (napiDevs.size === 0 || napi.known);
      const sentRange = { min: whole ? netifNominal.min : 0, max: netifNominal.max + looped };
      if (!within(sent, sentRange)) {
        return layerFailure(cp, 'L1 netif_rx', 'dev[lo|veth].rx_packets + rx_drop', sentRange, sent, `loopback/veth devices counted ${sent} frames sent (queued + dropped) but the workload sends ${show(netifNominal)} by now${looped > 0 ? ` (+ at most ${looped} ICMP errors looped back over lo)` : ''}`);
      }
    }
    const xdpReads = xdpDropPaths(s, xdpDevs);
    const l1Reads = [
      ...sentReads, ...softnetReads, ...nics.flatMap((d) => [`ethtool.${d}.rx_missed_errors`, `ethtool.${d}.rx_fifo_errors`]), ...xdpReads,
    ];
    if (c.can('L1 device/core: arrived = ring/ntuple drops + backlog drops + processed + still queued', { counters: l1Reads })) {
      const nicArrived = arrivedBy(scenario, cp, isNic);
      const arrived = { min: nicArrived.min + sent, max: nicArrived.max + sent + replies };
      const nicDrops = ethtoolSum(s, 'rx_missed_errors') + ethtoolSum(s, 'rx_fifo_errors') + arrivedBy(scenario, cp, (st) => ntupleDrops(scenario, st)).max;
      const backlogDrops = softnetSum(s, 'dropped') + napi.dropped;
      const xdpDrops = sumAt(s, xdpReads);
      const processed = softnetSum(s, 'processed');
      // Still queued below the socket: from `internal` when the implementation reports it; else
      // nothing at a settled checkpoint, unless interrupt coalescing without a timer (rx-usecs 0,
      // rx-frames > 1) can leave frames in a ring for good.
      let inflight = 0;
      let inflightKnown = settled && !ringsMayHold(scenario);
      if (internal?.rings && internal.backlog) {
        inflightKnown = true;
        for (const r of internal.rings) inflight += r.filled;
        for (const b of internal.backlog) inflight += b.input_qlen + b.process_qlen;
      }
      const l1 = nicDrops + backlogDrops + xdpDrops + processed + inflight;
      if (inflightKnown ? !within(l1, arrived) : l1 > arrived.max) {
        return layerFailure(cp, 'L1 device/core', 'softnet_stat[*].processed', inflightKnown ? arrived : { min: 0, max: arrived.max }, l1,
          `${show(arrived)} frames arrived (NIC ${show(nicArrived)}, netif_rx ${sent}) but ring and ntuple drops ${nicDrops} + backlog drops ${backlogDrops}${xdpDevs.length > 0 ? ` + XDP drops ${xdpDrops}` : ''} + processed ${processed}${inflight > 0 ? ` + still queued ${inflight}` : ''} = ${l1}`);
      }
    }

    // L2. An IPv6 skb goes to ipv6_rcv (net/ipv6/ip6_input.c:ip6_rcv_core counts Ip6 InReceives, after the same
    // PACKET_OTHERHOST drop): with IPv6 in the scenario (snapshot.snmp6), both families' InReceives.
    const v6 = s.snmp6 !== undefined;
    const inReceives = num(s, 'snmp.Ip.InReceives');
    const inReceives6 = v6 ? num(s, 'snmp6.Ip6.InReceives') : 0;
    const l2Reads = [...softnetPaths(s, 'processed'), 'snmp.Ip.InReceives', ...(v6 ? ['snmp6.Ip6.InReceives'] : [])];
    if (c.can('L2 ip_rcv: processed = InReceives (+ Ip6 InReceives) + PACKET_OTHERHOST drops', { counters: l2Reads })) {
      const processed = softnetSum(s, 'processed');
      const otherhost = arrivedBy(scenario, cp, (st) => hasFlag(st, 'otherhost')).max + replies;
      const received = inReceives + inReceives6;
      if (!within(processed - received, { min: 0, max: otherhost })) {
        return layerFailure(cp, 'L2 ip_rcv', v6 ? 'snmp.Ip.InReceives + snmp6.Ip6.InReceives' : 'snmp.Ip.InReceives',
          { min: processed - otherhost, max: processed }, received,
          `${processed} skbs reached __netif_receive_skb_core; all but PACKET_OTHERHOST ones (at most ${otherhost}: sent so, or ICMP errors out a veth to its other end) count in InReceives${v6 ? ` (${inReceives}) or Ip6 InReceives (${inReceives6})` : `, which is ${inReceives}`}`);
      }
    }
    // L3 IPv6: Ip6 InReceives = the IPv6 layer's drops + Ip6 InDelivers (net/ipv6/ip6_input.c)
    const l3v6Reads = ['InReceives', 'InHdrErrors', 'InAddrErrors', 'InUnknownProtos', 'InDiscards', 'InNoRoutes', 'InTruncatedPkts',
      'InTooBigErrors', 'ReasmReqds', 'ReasmOKs', 'InDelivers'].map((k) => `snmp6.Ip6.${k}`);
    if (v6 && c.can('L3 IPv6: Ip6 InReceives = IPv6-layer drops + Ip6 InDelivers', { counters: l3v6Reads })) {
      const n6 = (k: string): number => num(s, `snmp6.Ip6.${k}`);
      const drops6 = n6('InHdrErrors') + n6('InAddrErrors') + n6('InUnknownProtos') + n6('InDiscards') + n6('InNoRoutes')
        + n6('InTruncatedPkts') + n6('InTooBigErrors') + n6('ReasmReqds') - n6('ReasmOKs');
      // ip6_mc_input frees a datagram to a group the device is not in with no counter but InMcastPkts (its own)
      const silent6 = arrivedBy(scenario, cp, (st) => isInet6Flow(st.flow) && hasFlag(st, 'multicast')).max;
      if (!within(inReceives6 - drops6 - n6('InDelivers'), { min: 0, max: silent6 })) {
        return layerFailure(cp, 'L3 IPv6', 'snmp6.Ip6.InDelivers', { min: inReceives6 - drops6 - silent6, max: inReceives6 - drops6 },
          n6('InDelivers'), l3v6Message(inReceives6, drops6, silent6));
      }
    }

    // L3
    const l3Reads = ['snmp.Ip.InReceives', 'snmp.Ip.InHdrErrors', 'snmp.Ip.InAddrErrors', 'snmp.Ip.InUnknownProtos', 'snmp.Ip.InDiscards', 'netstat.IpExt.InNoRoutes',
      'netstat.IpExt.InTruncatedPkts', 'netstat.TcpExt.IPReversePathFilter', 'snmp.Ip.ReasmReqds', 'snmp.Ip.ReasmOKs', 'snmp.Ip.ForwDatagrams',
      'snmp.Ip.InDelivers'];
    const inDelivers = num(s, 'snmp.Ip.InDelivers');
    if (c.can('L3 IPv4: InReceives = IP-layer drops + InDelivers', { counters: l3Reads })) {
      const ipDrops =
        num(s, 'snmp.Ip.InHdrErrors') + num(s, 'snmp.Ip.InAddrErrors') + num(s, 'snmp.Ip.InUnknownProtos') + num(s, 'snmp.Ip.InDiscards') +
        num(s, 'netstat.IpExt.InNoRoutes') + num(s, 'netstat.IpExt.InTruncatedPkts') + num(s, 'netstat.TcpExt.IPReversePathFilter') +
        num(s, 'snmp.Ip.ReasmReqds') - num(s, 'snmp.Ip.ReasmOKs') + num(s, 'snmp.Ip.ForwDatagrams');
      // A multicast datagram for a group no socket joined fails the route lookup (-EINVAL in
      // ip_route_input_mc's caller) and is dropped by ip_rcv_finish with no IP counter; so is a
      // datagram from a martian source (ip_route_input_slow `martian_source:`), and a source-routed one
      // (ip_rcv_options without accept_source_route).
      const silent = (st: FramesStep): boolean => hasFlag(st, 'multicast') || mayBeMartian(scenario, st)
        || hasFlag(st, 'ip_options_lsrr') || hasFlag(st, 'ip_options_ssrr');
      const mcastSilent = arrivedBy(scenario, cp, silent).max;
      const ipUncounted = inReceives - ipDrops - inDelivers;
      if (!within(ipUncounted, { min: 0, max: mcastSilent })) {
        return layerFailure(cp, 'L3 IPv4', 'snmp.Ip.InDelivers', { min: inReceives - ipDrops - mcastSilent, max: inReceives - ipDrops }, inDelivers,
          `InReceives ${inReceives} must equal the IP-layer drops (InHdrErrors, InAddrErrors, InUnknownProtos, InDiscards, InNoRoutes, InTruncatedPkts, IPReversePathFilter, fragments held or dropped: ReasmReqds - ReasmOKs, forwarded) ${ipDrops} + InDelivers${mcastSilent > 0 ? ` + multicast for groups nobody joined, martian sources, source routes (<= ${mcastSilent}, uncounted)` : ''}`);
      }
    }

    // L4
    const mcastFrames = arrivedBy(scenario, cp, (st) => hasFlag(st, 'multicast') || hasFlag(st, 'broadcast')).max;
    const l4Reads = ['snmp.Ip.InDelivers', 'snmp.Icmp.InMsgs', 'snmp.Udp.NoPorts', 'snmp.Udp.InErrors', 'snmp.Udp.InDatagrams',
      ...(v6 ? [...udp6Paths(profile), 'snmp6.Ip6.InDelivers', 'snmp6.Icmp6.InMsgs'] : []),
      ...(profile === 'linux-3.13' ? [] : ['snmp.Udp.IgnoredMulti']),
      ...(profile === 'linux-3.13' && mcastFrames > 0 ? ['netstat.IpExt.InMcastPkts', 'netstat.IpExt.InBcastPkts'] : []),
      ...(profile === 'linux-3.13' && mcastFrames > 0 && v6 ? ['snmp6.Ip6.InMcastPkts'] : []),
      ...(memPressure ? udpPaths(s, 'drops') : [])];
    if (c.can('L4 UDP: InDelivers - Icmp InMsgs = NoPorts + InErrors + IgnoredMulti + InDatagrams + queued', { counters: l4Reads })) {
      // ICMP has a handler (icmp_rcv counts every datagram it gets in Icmp InMsgs): not UDP's.
      // With IPv6: both families (a dual-stack socket queues either, so only the sum of the queues is known)
      const udpDelivered = inDelivers - num(s, 'snmp.Icmp.InMsgs')
        + (v6 ? num(s, 'snmp6.Ip6.InDelivers') - num(s, 'snmp6.Icmp6.InMsgs') : 0);
      const udp = udpCounted(s, v6);
      const sockets = internal?.sockets;
      const slack: Interval = { min: 0, max: 0 };
      let queued = 0;
      for (const k of sockets ?? []) queued += k.queued;
      // a closed socket's queue was freed without a counter (udp_destruct_common, inet_sock_destruct)
      for (const k of internal?.closed ?? []) queued += k.purged;
      if (internal?.closed === undefined && closedBefore(scenario, cp.step)) slack.max = Infinity;
      if (profile === 'linux-3.13' && mcastFrames > 0) {
        slack.max += num(s, 'netstat.IpExt.InMcastPkts') + num(s, 'netstat.IpExt.InBcastPkts');
        if (v6) slack.max += num(s, 'snmp6.Ip6.InMcastPkts'); // __udp6_lib_mcast_deliver frees silently too
      }
      if (memPressure) slack.max += socketDrops(s);
      for (const k of sockets ?? []) {
        if (k.backlog_len > 0) {
          slack.min += 1;
          slack.max += k.backlog_len;
        }
      }
      if (!sockets) slack.max = Infinity;
      const l4 = udp + queued;
      if (!within(udpDelivered - l4, slack)) {
        return layerFailure(cp, 'L4 UDP', 'snmp.Ip.InDelivers', { min: l4 + slack.min, max: l4 + slack.max }, udpDelivered,
          `UDP got ${udpDelivered} datagrams (InDelivers - Icmp InMsgs) but NoPorts + InErrors${profile === 'linux-3.13' ? '' : ' + IgnoredMulti'} + InDatagrams = ${udp}${sockets ? ` + queued (or freed by close) ${queued}` : ''} = ${l4}${slack.max > 0 ? ` (uncounted: ${show(slack)})` : ''}`);
      }
    }

    // L4 bound: the UDP counters never count more datagrams than were sent.
    const udpCountReads = ['snmp.Udp.NoPorts', 'snmp.Udp.InErrors', 'snmp.Udp.InDatagrams', ...(profile === 'linux-3.13' ? [] : ['snmp.Udp.IgnoredMulti']),
      ...(v6 ? udp6Paths(profile) : [])];
    if (c.can('L4 UDP: NoPorts + InErrors + IgnoredMulti + InDatagrams <= datagrams sent', { counters: udpCountReads })) {
      const counted = udpCounted(s, v6);
      const sentUdp = udpCopiesSent(scenario, cp);
      if (counted > sentUdp) {
        return layerFailure(cp, 'L4 UDP', 'snmp.Udp', { min: 0, max: sentUdp }, counted,
          `NoPorts + InErrors${profile === 'linux-3.13' ? '' : ' + IgnoredMulti'} + InDatagrams = ${counted}, but the workload sent only ${sentUdp} UDP datagrams (counting each multicast/broadcast one once per socket of its port) by now: each is counted at most once`);
      }
    }
    void deviceKind;
  }
  return pass;
}

export const conservationProperty: Property = {
  name: 'conservation',
  title: 'every frame is queued, read, or dropped under exactly one counted reason',
  rule: 'igb_main.c:igb_update_stats, net/core/dev.c:enqueue_to_backlog, net/core/dev.c:__netif_receive_skb_core, net/ipv4/ip_input.c:ip_rcv, net/ipv4/ip_input.c:ip_local_deliver_finish, net/ipv4/udp.c:__udp4_lib_rcv, net/ipv4/udp.c:udp_recvmsg',
  reads: 'counters',
  profiles: PROFILES,
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, {
      name: 'conservation', tags: o?.tags,
      bias: {
        errors: 0.7, tinyRing: 0.4, ntuple: 0.4, tinyBacklog: 0.4, tinyRcvbuf: 0.5, checkpoints: 0.7, loopback: 0.5, veth: 0.3,
        reads: 0.7, lockSock: 0.3, ipv6: 0.5, vethNapi: 0.5, bursts: 0.5,
      },
    }),
  ...clausal(checkConservation),
};
