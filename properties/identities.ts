// Property 5d: counter identities that hold at every checkpoint, per profile.
// Both profiles:
//   IpExt InCsumErrors <= Ip InHdrErrors          (ip_rcv: a bad header checksum bumps both)
//   Udp InErrors >= RcvbufErrors + InCsumErrors    (__udp_queue_rcv_skb "charged twice";
//                                                   __udp4_lib_rcv csum_error: InCsumErrors + InErrors)
//   Udp NoPorts + InDatagrams <= Ip InDelivers     (both counted after ip_local_deliver_finish)
//   softnet dropped <= /proc/net/dev rx_drop       (enqueue_to_backlog bumps dev rx_dropped too)
//   softnet flow_limit_count <= dropped            (a flow-limit hit is a backlog drop)
//   ethtool rx_packets = sum of per-queue packets  (igb_update_stats sums the rings)
//   a CPU that processed packets ran NET_RX         (/proc/softirqs)
// linux-3.13: no IgnoredMulti, MemErrors, OutTransmits, softnet columns 12-15 (net-procfs.c,
//   proc.c:snmp4_udp_list); sum of socket drops <= Udp InErrors (every enqueue drop bumps InErrors).
// linux-6.18: IgnoredMulti, MemErrors present; MemErrors stays 0 (6.18.19 __udp_enqueue_schedule_skb
//   drops PROTO_MEM with "TODO: update SNMP values"); sum of socket drops <= InErrors unless udp_mem
//   is exhausted (PROTO_MEM drops bump sk_drops only); softnet backlog_len = input_qlen + process_qlen.
import type { Observations, Scenario } from '../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { at, devSum, num, softnetSum, socketDrops } from './lib/observations.ts';
import { fail, pass, type Property, type Verdict } from './types.ts';

export function checkIdentities(scenario: Scenario, obs: Observations): Verdict {
  const profile = scenario.config.profile;
  const memPressure = scenario.config.sysctls?.['net.ipv4.udp_mem'] !== undefined;
  for (const cp of obs.checkpoints) {
    const s = cp.counters;
    const w = { checkpoint: cp.label, step: cp.step };
    const ipCsum = num(s, 'netstat.IpExt.InCsumErrors');
    const hdr = num(s, 'snmp.Ip.InHdrErrors');
    if (ipCsum > hdr) return fail(`IpExt InCsumErrors ${ipCsum} > Ip InHdrErrors ${hdr}: a bad IP header checksum counts in both (ip_rcv)`, { ...w, path: 'snmp.Ip.InHdrErrors', expected: `>= ${ipCsum}`, actual: hdr });
    const inErr = num(s, 'snmp.Udp.InErrors');
    const rcvbuf = num(s, 'snmp.Udp.RcvbufErrors');
    const udpCsum = num(s, 'snmp.Udp.InCsumErrors');
    const memErr = profile === 'linux-3.13' ? 0 : num(s, 'snmp.Udp.MemErrors');
    if (inErr < rcvbuf + udpCsum + memErr) {
      return fail(`Udp InErrors ${inErr} < RcvbufErrors ${rcvbuf} + InCsumErrors ${udpCsum}${profile === 'linux-3.13' ? '' : ` + MemErrors ${memErr}`}: each of those is also an InErrors`, { ...w, path: 'snmp.Udp.InErrors', expected: `>= ${rcvbuf + udpCsum + memErr}`, actual: inErr });
    }
    const delivers = num(s, 'snmp.Ip.InDelivers');
    const noPorts = num(s, 'snmp.Udp.NoPorts');
    const inDg = num(s, 'snmp.Udp.InDatagrams');
    if (noPorts + inDg > delivers) return fail(`NoPorts ${noPorts} + InDatagrams ${inDg} > InDelivers ${delivers}: UDP only sees what IP delivered`, { ...w, path: 'snmp.Ip.InDelivers', expected: `>= ${noPorts + inDg}`, actual: delivers });
    const dropped = softnetSum(s, 'dropped');
    const devDrop = devSum(s, 'rx_drop');
    if (dropped > devDrop) return fail(`softnet dropped ${dropped} > /proc/net/dev rx_drop ${devDrop}: enqueue_to_backlog bumps the device's rx_dropped with every backlog drop`, { ...w, path: 'dev[*].rx_drop', expected: `>= ${dropped}`, actual: devDrop });
    const fl = softnetSum(s, 'flow_limit_count');
    if (fl > dropped) return fail(`flow_limit_count ${fl} > dropped ${dropped}`, { ...w, path: 'softnet_stat[*].flow_limit_count', expected: `<= ${dropped}`, actual: fl });
    for (const [dev, st] of Object.entries(s.ethtool)) {
      let q = 0;
      for (const x of st.queues) q += x.packets;
      if (q !== st.rx_packets) return fail(`${dev}: ethtool rx_packets ${st.rx_packets} is not the sum of its queues' packets ${q}`, { ...w, path: `ethtool.${dev}.rx_packets`, expected: q, actual: st.rx_packets });
    }
    for (const r of s.softnet_stat) {
      if (r.processed > 0 && (s.softirqs.NET_RX[r.cpu] ?? 0) === 0) {
        return fail(`CPU ${r.cpu} processed ${r.processed} packets but never ran NET_RX (/proc/softirqs)`, { ...w, path: `softirqs.NET_RX[${r.cpu}]`, actual: 0 });
      }
    }
    const drops = socketDrops(s);
    if (!(profile !== 'linux-3.13' && memPressure) && drops > inErr) {
      return fail(`the sockets' drops add up to ${drops} but Udp InErrors is ${inErr}: every enqueue-side drop also counts InErrors${profile === 'linux-3.13' ? '' : ' (PROTO_MEM excepted, not reachable here)'}`, { ...w, path: 'snmp.Udp.InErrors', expected: `>= ${drops}`, actual: inErr });
    }
    if (profile === 'linux-3.13') {
      for (const p of ['snmp.Udp.IgnoredMulti', 'snmp.Udp.MemErrors', 'snmp.Ip.OutTransmits']) {
        if (at(s, p) !== undefined) return fail(`${p} does not exist in linux-3.13 (/proc/net/snmp)`, { ...w, path: p });
      }
      const r = s.softnet_stat[0];
      if (r && (r.backlog_len !== undefined || r.input_qlen !== undefined)) return fail('softnet_stat has 11 columns in linux-3.13 (no backlog_len / input_qlen)', { ...w, path: 'softnet_stat[0]' });
    } else {
      if (memErr !== 0) return fail(`MemErrors is ${memErr}; linux-6.18 never bumps it (udp_rmem_schedule failures: "TODO: update SNMP values")`, { ...w, path: 'snmp.Udp.MemErrors', expected: 0, actual: memErr });
      if (at(s, 'snmp.Udp.IgnoredMulti') === undefined) return fail('Udp IgnoredMulti is missing (linux-6.18 /proc/net/snmp has it)', { ...w, path: 'snmp.Udp.IgnoredMulti' });
      for (const r of s.softnet_stat) {
        if (r.backlog_len === undefined || r.input_qlen === undefined || r.process_qlen === undefined) return fail(`softnet_stat row of CPU ${r.cpu} lacks the 6.18 columns 12-15`, { ...w, path: `softnet_stat[cpu=${r.cpu}]` });
        if (r.backlog_len !== r.input_qlen + r.process_qlen) return fail(`CPU ${r.cpu}: backlog_len ${r.backlog_len} != input_qlen ${r.input_qlen} + process_qlen ${r.process_qlen} (softnet_backlog_len)`, { ...w, path: `softnet_stat[cpu=${r.cpu}].backlog_len`, expected: r.input_qlen + r.process_qlen, actual: r.backlog_len });
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
  profiles: ['linux-3.13', 'linux-6.18'],
  arbitrary: (profile) => scenarioArbitrary(profile, { name: 'identities', bias: { errors: 0.7, checkpoints: 0.7, tinyRcvbuf: 0.5, tinyBacklog: 0.4 } }),
  check: checkIdentities,
};
