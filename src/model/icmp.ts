// The ICMP the IPv4/UDP receive path sends (destination unreachable, parameter problem, time
// exceeded) and receives (its own errors looped back over lo). net/ipv4/icmp.c.
import type { Host } from './host.ts';
import { FLAG, IP_HLEN } from './skb.ts';
import { NR_ICMP_TYPES } from '../spec/semantic.ts';

export const ICMP_DEST_UNREACH = 3;
export const ICMP_NET_UNREACH = 0;
export const ICMP_PROT_UNREACH = 2;
export const ICMP_PORT_UNREACH = 3;
/** include/uapi/linux/icmp.h */
export const ICMP_TIME_EXCEEDED = 11;
export const ICMP_EXC_FRAGTIME = 1;
export const ICMP_PARAMETERPROB = 12;
export const IPPROTO_ICMP = 1;
const ICMP_HLEN = 8;
/** icmp.c:__icmp_send: room = min(dst_mtu, 576) - sizeof(iphdr) - sizeof(icmphdr). */
const ICMP_ERROR_ROOM = 576 - IP_HLEN - ICMP_HLEN;

/**
 * net/ipv4/icmp.c:__icmp_send(skb_in, type, code): an ICMP error about `skb` (still owned by the
 * caller). No error about a multicast/broadcast datagram (rt_flags RTCF_BROADCAST|RTCF_MULTICAST)
 * nor about an ICMP error. Counts Icmp OutMsgs and OutType (icmp_out_count: ICMP_MIB_OUTMSGS and
 * ICMPMSGOUT_INC_STATS(type), shown by net/ipv4/proc.c:icmp_put as OutDestUnreachs (3),
 * OutTimeExcds (11) and OutParmProbs (12)), then the IP output counters (__ip_local_out,
 * ip_output). Rate limits are not modelled: loopback is exempt from the per-destination limit
 * (icmpv4_xrlim_allow); record veth runs with icmp_ratemask=0.
 */
export function icmp_send(host: Host, skb: number, type: number, code: number, cpu: number): void {
  const p = host.skbs;
  if (p.flags[skb] & (FLAG.multicast | FLAG.broadcast)) return;
  const flow = host.flows.flows[p.flow[skb]];
  // Every type sent here is an error (icmp_pointers[type].error), so: no error about an ICMP error,
  // nor about an unknown ICMP type (`*itp > NR_ICMP_TYPES || icmp_pointers[*itp].error`). The
  // workload's ICMP frames are of those kinds only (src/spec/semantic.ts), so no ICMP frame gets one.
  if (flow.proto === IPPROTO_ICMP) return;
  const mib = host.mib;
  mib.icmp.OutMsgs++;
  switch (type) {
    case ICMP_DEST_UNREACH: mib.icmp.OutDestUnreachs++; break;
    case ICMP_TIME_EXCEEDED: mib.icmp.OutTimeExcds++; break;
    default: mib.icmp.OutParmProbs++; // ICMP_PARAMETERPROB: the callers send types 3, 11 and 12 only
  }
  const len = IP_HLEN + ICMP_HLEN + Math.min(p.len[skb], ICMP_ERROR_ROOM);
  const rules = host.profile.udp;
  rules.ipLocalOut(mib);
  rules.ipOutput(mib, len);
  const hook = host.ip_local_out_hook;
  if (hook !== undefined) hook(host, p.dev[skb], len, IPPROTO_ICMP, flow.dst, flow.src, cpu, type, code);
}

/**
 * net/ipv4/icmp.c:icmp_rcv for ICMP errors (the model's own, looped back over lo, and the
 * workload's ICMP frames, which are errors or of unknown type: src/spec/semantic.ts): Icmp InMsgs
 * and the per-type ICMPMSGIN_INC_STATS(type) counter (InDestUnreachs, InTimeExcds, InParmProbs in
 * net/ipv4/proc.c:icmp_put), then icmp_unreach -> the protocol's err_handler for the sending socket
 * (outside the model: no counter). A type above NR_ICMP_TYPES is `goto error`: Icmp InErrors (3.13
 * and 6.18 alike). The type is in the flow's sport (see loopback_xmit_local). The caller counts
 * InDelivers. (icmp_rcv's own skb:kfree_skb events are not modelled.)
 */
export function icmp_rcv(host: Host, skb: number): void {
  const icmp = host.mib.icmp;
  icmp.InMsgs++;
  const type = host.flows.flows[host.skbs.flow[skb]].sport;
  if (type > NR_ICMP_TYPES) icmp.InErrors++; // "18 is the highest 'known' ICMP type. Anything else is a mystery"
  else if (type === ICMP_DEST_UNREACH) icmp.InDestUnreachs++;
  else if (type === ICMP_TIME_EXCEEDED) icmp.InTimeExcds++;
  else if (type === ICMP_PARAMETERPROB) icmp.InParmProbs++;
  host.skbs.free(skb);
}
