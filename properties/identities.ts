// Property 5d: counter identities that hold at every checkpoint, per profile.
// Both profiles:
//   IpExt InCsumErrors <= Ip InHdrErrors          (ip_rcv: a bad header checksum bumps both)
//   Udp InErrors >= RcvbufErrors + InCsumErrors    (__udp_queue_rcv_skb "charged twice";
//                                                   __udp4_lib_rcv csum_error: InCsumErrors + InErrors)
//   Udp NoPorts + InDatagrams <= Ip InDelivers     (both counted after ip_local_deliver_finish)
//   softnet dropped <= /proc/net/dev rx_drop       (enqueue_to_backlog bumps dev rx_dropped too; + Icmp OutMsgs with
//                                                   a veth: an error out it is a frame of its other end)
//   softnet flow_limit_count <= dropped            (a flow-limit hit is a backlog drop)
//   ethtool rx_packets = sum of per-queue packets  (igb_update_stats sums the rings)
//   veth xdp_packets, xdp_bytes <= /proc/net/dev rx_packets, rx_bytes (= with an XDP program); drops <= rx_drop;
//   drops + xdp_drops + xdp_redirect + xdp_tx <= xdp_packets; an XDP drop program: xdp_drops = xdp_packets, a pass
//   one: xdp_drops = 0
//   a CPU that processed packets ran NET_RX         (/proc/softirqs)
//   ReasmOKs <= ReasmReqds, ReasmTimeout <= ReasmFails, for Ip and Ip6 (every fragment counts a ReasmReqds before
//                                                   its queue; ip_expire / ip6frag_expire_frag_queue count both)
//   Icmp6 OutTimeExcds <= Ip6 ReasmTimeout           (no IPv6 forwarding: the only time exceeded is a reassembly's)
// linux-3.13: no IgnoredMulti, MemErrors, OutTransmits, softnet columns 12-15 (net-procfs.c,
//   proc.c:snmp4_udp_list); sum of socket drops <= Udp InErrors (every enqueue drop bumps InErrors).
// linux-6.1, 6.12, 6.18: IgnoredMulti, MemErrors present. 6.18: MemErrors stays 0 (6.18.19
//   __udp_enqueue_schedule_skb drops PROTO_MEM and leaves the SNMP update as a to-do comment), and the sum of
//   socket drops <= InErrors unless udp_mem is exhausted (PROTO_MEM drops bump sk_drops only). softnet_stat
//   has backlog_len from 6.1 (13 columns) and input_qlen, process_qlen from 6.12 (15 columns:
//   backlog_len = input_qlen + process_qlen); Ip OutTransmits from 6.3 (not in 6.1).
import { PROFILES } from '../src/spec/registry.ts';
import type { Observations, Scenario } from '../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { kernelProfile } from '../src/model/profile.ts';
import { clausal } from './lib/clausal.ts';
import { Clauses, devPaths, softnetPaths, sumAt, udpPaths } from './lib/clauses.ts';
import { at, num, socketDrops, udpBoth, udpBothPaths, vethReplies, vethReplyReads } from './lib/observations.ts';
import { fail, pass, type Property, type Verdict } from './types.ts';

/** The reassembly identities of both families (net/ipv4/ip_fragment.c, net/ipv6/reassembly.c), or the first broken. */
function reassemblyIdentity(
  s: Observations['checkpoints'][number]['counters'], c: Clauses,
): { message: string; path: string; expected: string; actual: number } | null {
  for (const mib of s.snmp6 !== undefined ? ['snmp.Ip', 'snmp6.Ip6'] : ['snmp.Ip']) {
    const [reqds, oks, fails, timeout] = ['ReasmReqds', 'ReasmOKs', 'ReasmFails', 'ReasmTimeout'].map((k) => `${mib}.${k}`);
    if (c.can(`${mib} ReasmOKs <= ReasmReqds`, { counters: [reqds, oks] }) && num(s, oks) > num(s, reqds)) {
      return { message: `${oks} ${num(s, oks)} > ${reqds} ${num(s, reqds)}: a reassembly completes on a fragment that ReasmReqds counted`, path: oks, expected: `<= ${num(s, reqds)}`, actual: num(s, oks) };
    }
    if (c.can(`${mib} ReasmTimeout <= ReasmFails`, { counters: [timeout, fails] }) && num(s, timeout) > num(s, fails)) {
      return { message: `${timeout} ${num(s, timeout)} > ${fails} ${num(s, fails)}: an expired queue counts in both`, path: timeout, expected: `<= ${num(s, fails)}`, actual: num(s, timeout) };
    }
  }
  if (s.snmp6 === undefined) return null;
  const te = 'snmp6.Icmp6.OutTimeExcds';
  const to = 'snmp6.Ip6.ReasmTimeout';
  if (c.can('Icmp6 OutTimeExcds <= Ip6 ReasmTimeout', { counters: [te, to] }) && num(s, te) > num(s, to)) {
    return { message: `Icmp6 OutTimeExcds ${num(s, te)} > Ip6 ReasmTimeout ${num(s, to)}: with IPv6 forwarding off, a time exceeded is only sent about an expired reassembly`, path: te, expected: `<= ${num(s, to)}`, actual: num(s, te) };
  }
  return null;
}

type Counters = Observations['checkpoints'][number]['counters'];
type Broken = { message: string; path: string; expected: string | number; actual: number };
type RxQueueField = keyof NonNullable<Counters['veth']>[string]['rx_queues'][number];

/** The paths of one field of every RX queue of a veth's ethtool -S. */
function rxQueuePaths(s: Counters, dev: string, field: RxQueueField): string[] {
  return (s.veth?.[dev]?.rx_queues ?? []).map((_, i) => `veth.${dev}.rx_queues[${i}].${field}`);
}

/** A veth counter above what /proc/net/dev shows of it, or not equal to it where a program takes every frame. */
function vethDevBroken(dev: string, field: string, col: string, v: number, d: number, xdp: boolean): Broken | null {
  if (v > d) {
    return { message: `${dev}: ethtool ${field} ${v} > /proc/net/dev ${col} ${d}: veth_get_stats64 adds the queues' ${field} to ${col}`,
      path: `dev.${dev}.${col}`, expected: `>= ${v}`, actual: d };
  }
  if (xdp && v !== d) {
    return { message: `${dev} has an XDP program, so every frame goes through veth_poll, but ethtool ${field} ${v} != `
      + `/proc/net/dev ${col} ${d}`, path: `veth.${dev}.rx_queues[*].${field}`, expected: d, actual: v };
  }
  return null;
}

/**
 * The veths' ethtool -S (drivers/net/veth.c), where reported: veth_get_stats64 adds each queue's xdp_packets and
 * xdp_bytes to the device's rx_packets and rx_bytes and its drops to rx_dropped; veth_xdp_rcv_skb gives each polled
 * frame one outcome at most (passed, dropped by the program, redirected, sent back, or freed unrun). A veth with an
 * XDP program takes every frame in NAPI mode and, its verdict a drop, drops every one it polls.
 */
function vethIdentity(scenario: Scenario, s: Counters, c: Clauses): Broken | null {
  const xdpOf = new Map((scenario.config.devices ?? []).map((d) => [d.name, d.xdp]));
  for (const dev of Object.keys(s.veth ?? {})) {
    const verdict = xdpOf.get(dev);
    for (const [f, col] of [['xdp_packets', 'rx_packets'], ['xdp_bytes', 'rx_bytes']] as const) {
      const paths = rxQueuePaths(s, dev, f);
      if (!c.can(`veth ${f} <= /proc/net/dev ${col}`, { counters: [...paths, `dev.${dev}.${col}`] })) continue;
      const broken = vethDevBroken(dev, f, col, sumAt(s, paths), num(s, `dev.${dev}.${col}`), verdict !== undefined);
      if (broken !== null) return broken;
    }
    const polled = rxQueuePaths(s, dev, 'xdp_packets');
    const outcomes = (['drops', 'xdp_drops', 'xdp_redirect', 'xdp_tx'] as const).flatMap((f) => rxQueuePaths(s, dev, f));
    const [nPolled, nOutcomes] = [sumAt(s, polled), sumAt(s, outcomes)];
    if (c.can('veth: one outcome per polled frame', { counters: [...outcomes, ...polled] }) && nOutcomes > nPolled) {
      return { message: `${dev}: drops + xdp_drops + xdp_redirect + xdp_tx ${nOutcomes} > xdp_packets ${nPolled}: `
        + 'veth_xdp_rcv_skb gives each polled frame one outcome', path: `veth.${dev}.rx_queues[*].xdp_packets`,
      expected: `>= ${nOutcomes}`, actual: nPolled };
    }
    const drops = rxQueuePaths(s, dev, 'drops');
    const devDrop = `dev.${dev}.rx_drop`;
    if (c.can('veth drops <= /proc/net/dev rx_drop', { counters: [...drops, devDrop] }) && sumAt(s, drops) > num(s, devDrop)) {
      return { message: `${dev}: ethtool drops ${sumAt(s, drops)} > /proc/net/dev rx_drop ${num(s, devDrop)}: `
        + 'veth_get_stats64 counts them in rx_dropped', path: devDrop, expected: `>= ${sumAt(s, drops)}`, actual: num(s, devDrop) };
    }
    const xdpDrops = rxQueuePaths(s, dev, 'xdp_drops');
    if (verdict !== undefined && c.can('veth: an XDP program drops every frame it polls, or none', { counters: [...xdpDrops, ...polled] })) {
      const want = verdict === 'pass' ? 0 : nPolled;
      if (sumAt(s, xdpDrops) !== want) {
        return { message: `${dev}'s XDP program gives every frame ${verdict}, but xdp_drops is ${sumAt(s, xdpDrops)} of `
          + `xdp_packets ${nPolled}`, path: `veth.${dev}.rx_queues[*].xdp_drops`, expected: want, actual: sumAt(s, xdpDrops) };
      }
    }
  }
  return null;
}

export function checkIdentities(scenario: Scenario, obs: Observations, c: Clauses = new Clauses()): Verdict {
  const profile = scenario.config.profile;
  const memPressure = scenario.config.sysctls?.['net.ipv4.udp_mem'] !== undefined;
  for (const cp of obs.checkpoints) {
    const s = cp.counters;
    const w = { checkpoint: cp.label, step: cp.step };
    if (c.can('IpExt InCsumErrors <= Ip InHdrErrors', { counters: ['netstat.IpExt.InCsumErrors', 'snmp.Ip.InHdrErrors'] })) {
      const ipCsum = num(s, 'netstat.IpExt.InCsumErrors');
      const hdr = num(s, 'snmp.Ip.InHdrErrors');
      if (ipCsum > hdr) return fail(`IpExt InCsumErrors ${ipCsum} > Ip InHdrErrors ${hdr}: a bad IP header checksum counts in both (ip_rcv)`, { ...w, path: 'snmp.Ip.InHdrErrors', expected: `>= ${ipCsum}`, actual: hdr });
    }
    const udpErrPaths = ['snmp.Udp.InErrors', 'snmp.Udp.RcvbufErrors', 'snmp.Udp.InCsumErrors', ...(profile === 'linux-3.13' ? [] : ['snmp.Udp.MemErrors'])];
    if (c.can('Udp InErrors >= RcvbufErrors + InCsumErrors + MemErrors', { counters: udpErrPaths })) {
      const inErr = num(s, 'snmp.Udp.InErrors');
      const rcvbuf = num(s, 'snmp.Udp.RcvbufErrors');
      const udpCsum = num(s, 'snmp.Udp.InCsumErrors');
      const memErr = profile === 'linux-3.13' ? 0 : num(s, 'snmp.Udp.MemErrors');
      if (inErr < rcvbuf + udpCsum + memErr) {
        return fail(`Udp InErrors ${inErr} < RcvbufErrors ${rcvbuf} + InCsumErrors ${udpCsum}${profile === 'linux-3.13' ? '' : ` + MemErrors ${memErr}`}: each of those is also an InErrors`, { ...w, path: 'snmp.Udp.InErrors', expected: `>= ${rcvbuf + udpCsum + memErr}`, actual: inErr });
      }
    }
    if (c.can('Udp NoPorts + InDatagrams <= Ip InDelivers', { counters: ['snmp.Ip.InDelivers', 'snmp.Udp.NoPorts', 'snmp.Udp.InDatagrams'] })) {
      const delivers = num(s, 'snmp.Ip.InDelivers');
      const noPorts = num(s, 'snmp.Udp.NoPorts');
      const inDg = num(s, 'snmp.Udp.InDatagrams');
      if (noPorts + inDg > delivers) return fail(`NoPorts ${noPorts} + InDatagrams ${inDg} > InDelivers ${delivers}: UDP only sees what IP delivered`, { ...w, path: 'snmp.Ip.InDelivers', expected: `>= ${noPorts + inDg}`, actual: delivers });
    }
    const reasm = reassemblyIdentity(s, c);
    if (reasm !== null) return fail(reasm.message, { ...w, path: reasm.path, expected: reasm.expected, actual: reasm.actual });
    // A sum on the small side of an inequality may be taken over its observed part alone.
    // an ICMP error out a veth is a frame of its other end, whose backlog drops count in no config row
    const dropReads = [...devPaths(s, 'rx_drop'), ...vethReplyReads(scenario)];
    const droppedSeen = c.canOnPart('softnet dropped <= /proc/net/dev rx_drop + ICMP errors out a veth', { counters: dropReads }, softnetPaths(s, 'dropped'));
    if (droppedSeen) {
      const dropped = sumAt(s, droppedSeen);
      const devDrop = sumAt(s, devPaths(s, 'rx_drop')) + vethReplies(scenario, s);
      if (dropped > devDrop) return fail(`softnet dropped ${dropped} > /proc/net/dev rx_drop + ICMP errors out a veth ${devDrop}: enqueue_to_backlog bumps the device's rx_dropped with every backlog drop`, { ...w, path: 'dev[*].rx_drop', expected: `>= ${dropped}`, actual: devDrop });
    }
    const flSeen = c.canOnPart('softnet flow_limit_count <= dropped', { counters: softnetPaths(s, 'dropped') }, softnetPaths(s, 'flow_limit_count'));
    if (flSeen) {
      const fl = sumAt(s, flSeen);
      const dropped = sumAt(s, softnetPaths(s, 'dropped'));
      if (fl > dropped) return fail(`flow_limit_count ${fl} > dropped ${dropped}`, { ...w, path: 'softnet_stat[*].flow_limit_count', expected: `<= ${dropped}`, actual: fl });
    }
    const veth = vethIdentity(scenario, s, c);
    if (veth !== null) return fail(veth.message, { ...w, path: veth.path, expected: veth.expected, actual: veth.actual });
    for (const [dev, st] of Object.entries(s.ethtool)) {
      if (!c.can('ethtool rx_packets = sum of per-queue packets', { counters: [`ethtool.${dev}.rx_packets`, ...st.queues.map((_, i) => `ethtool.${dev}.queues[${i}].packets`)] })) continue;
      let q = 0;
      for (const x of st.queues) q += x.packets;
      if (q !== st.rx_packets) return fail(`${dev}: ethtool rx_packets ${st.rx_packets} is not the sum of its queues' packets ${q}`, { ...w, path: `ethtool.${dev}.rx_packets`, expected: q, actual: st.rx_packets });
    }
    for (const [i, r] of s.softnet_stat.entries()) {
      if (!c.can('a CPU that processed packets ran NET_RX', { counters: [`softnet_stat[${i}].processed`, `softirqs.NET_RX[${r.cpu}]`] })) continue;
      if (r.processed > 0 && (s.softirqs.NET_RX[r.cpu] ?? 0) === 0) {
        return fail(`CPU ${r.cpu} processed ${r.processed} packets but never ran NET_RX (/proc/softirqs)`, { ...w, path: `softirqs.NET_RX[${r.cpu}]`, actual: 0 });
      }
    }
    const sockDropsSeen = c.canOnPart('socket drops <= Udp InErrors', { counters: udpBothPaths(s, 'InErrors') }, udpPaths(s, 'drops'));
    if (sockDropsSeen) {
      const inErr = udpBoth(s, 'InErrors'); // an IPv6 datagram's drop counts in Udp6 InErrors
      const drops = c.all(udpPaths(s, 'drops')) ? socketDrops(s) : sumAt(s, sockDropsSeen);
      if (!(profile !== 'linux-3.13' && memPressure) && drops > inErr) {
        return fail(`the sockets' drops add up to ${drops} but Udp InErrors is ${inErr}: every enqueue-side drop also counts InErrors${profile === 'linux-3.13' ? '' : ' (PROTO_MEM excepted, not reachable here)'}`, { ...w, path: 'snmp.Udp.InErrors', expected: `>= ${drops}`, actual: inErr });
      }
    }
    // Which fields exist is the shape of the files (net/ipv4/proc.c:snmp_seq_show,
    // net/core/net-procfs.c:softnet_seq_show): checked where the implementation models the file.
    const v618 = ['softnet_stat[0].backlog_len', 'softnet_stat[0].input_qlen'];
    if (profile === 'linux-3.13') {
      const absent = ['snmp.Udp.IgnoredMulti', 'snmp.Udp.MemErrors', 'snmp.Ip.OutTransmits'];
      for (const p of absent) {
        if (!c.can('linux-3.13 /proc/net/snmp shape', { counters: [p] })) continue;
        if (at(s, p) !== undefined) return fail(`${p} does not exist in linux-3.13 (/proc/net/snmp)`, { ...w, path: p });
      }
      const r = s.softnet_stat[0];
      if (r && c.can('linux-3.13 softnet_stat shape', { counters: v618 }) && (r.backlog_len !== undefined || r.input_qlen !== undefined)) return fail('softnet_stat has 11 columns in linux-3.13 (no backlog_len / input_qlen)', { ...w, path: 'softnet_stat[0]' });
    } else {
      const rules = kernelProfile(profile);
      if (rules.udp.memScheduleDropInEnqueue && c.can('linux-6.18 MemErrors stays 0', { counters: ['snmp.Udp.MemErrors'] })) {
        const memErr = num(s, 'snmp.Udp.MemErrors');
        if (memErr !== 0) return fail(`MemErrors is ${memErr}; ${profile} never bumps it (udp_rmem_schedule failures: the kernel leaves the SNMP update as a to-do comment in __udp_enqueue_schedule_skb)`, { ...w, path: 'snmp.Udp.MemErrors', expected: 0, actual: memErr });
      }
      if (c.can(`${profile} /proc/net/snmp shape`, { counters: ['snmp.Udp.IgnoredMulti'] }) && at(s, 'snmp.Udp.IgnoredMulti') === undefined) return fail(`Udp IgnoredMulti is missing (${profile} /proc/net/snmp has it)`, { ...w, path: 'snmp.Udp.IgnoredMulti' });
      if (!rules.snmpOutTransmits && c.can(`${profile} /proc/net/snmp shape`, { counters: ['snmp.Ip.OutTransmits'] }) && at(s, 'snmp.Ip.OutTransmits') !== undefined) {
        return fail(`snmp.Ip.OutTransmits does not exist in ${profile} (/proc/net/snmp; it came in 6.3)`, { ...w, path: 'snmp.Ip.OutTransmits' });
      }
      const wide = rules.softnetColumns >= 15;
      for (const [i, r] of s.softnet_stat.entries()) {
        const cols = [`softnet_stat[${i}].backlog_len`, `softnet_stat[${i}].input_qlen`, `softnet_stat[${i}].process_qlen`];
        if (!c.can(`${profile} softnet_stat shape`, { counters: cols })) continue;
        if (r.backlog_len === undefined || (wide && (r.input_qlen === undefined || r.process_qlen === undefined))) {
          return fail(`softnet_stat row of CPU ${r.cpu} lacks the ${profile} columns 12-${rules.softnetColumns}`, { ...w, path: `softnet_stat[cpu=${r.cpu}]` });
        }
        if (!wide) {
          if (r.input_qlen !== undefined || r.process_qlen !== undefined) return fail(`softnet_stat has ${rules.softnetColumns} columns in ${profile} (no input_qlen / process_qlen)`, { ...w, path: `softnet_stat[cpu=${r.cpu}]` });
          continue;
        }
        if (!c.can('linux-6.18 softnet backlog_len = input_qlen + process_qlen', { counters: cols })) continue;
        if (r.backlog_len !== r.input_qlen! + r.process_qlen!) return fail(`CPU ${r.cpu}: backlog_len ${r.backlog_len} != input_qlen ${r.input_qlen} + process_qlen ${r.process_qlen} (softnet_backlog_len)`, { ...w, path: `softnet_stat[cpu=${r.cpu}].backlog_len`, expected: r.input_qlen! + r.process_qlen!, actual: r.backlog_len });
      }
    }
  }
  return pass;
}

export const identitiesProperty: Property = {
  name: 'identities',
  title: 'counter identities of /proc/net/snmp, netstat, softnet_stat, /proc/net/dev and ethtool hold at every checkpoint',
  rule: 'net/ipv4/ip_input.c:ip_rcv, net/ipv4/udp.c:__udp_queue_rcv_skb, net/ipv4/udp.c:__udp4_lib_rcv, net/core/dev.c:enqueue_to_backlog, net/core/net-procfs.c:softnet_seq_show, net/ipv4/proc.c:snmp_seq_show',
  reads: 'counters',
  profiles: PROFILES,
  arbitrary: (profile, o) => scenarioArbitrary(profile, {
    name: 'identities', tags: o?.tags,
    // IPv6 over a veth, often flagged: the Ip6 and Icmp6 identities, and the drop reasons only such frames reach
    bias: {
      errors: 0.8, checkpoints: 0.7, tinyRcvbuf: 0.5, tinyBacklog: 0.4, nic: 0.3, veth: 0.7, reads: 0.8, ipv6: 0.8,
      ipv6Fragments: 0.6, xdp: 0.3,
    },
  }),
  ...clausal(checkIdentities),
};
