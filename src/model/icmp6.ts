// The ICMPv6 the IPv6 receive path sends (destination unreachable, port unreachable, for a datagram no socket
// takes) and receives (its own errors looped back over lo). net/ipv6/icmp.c; the rate limits share icmp.ts's
// state (6.x: icmpv6_global_allow takes credit from icmp_global, the IPv4 bucket).
import type { Host } from './host.ts';
import { skb_from_loopback } from './driver.ts';
import { ICMP_SK_SNDBUF, icmp_limits_allow, icmpSysctl } from './icmp.ts';
import { IPV6_HLEN, icmpv6OnlinkTimeout, icmpv6PrefixShift, ipv6AddrIsMulticast, ipv6AddrLoopback } from '../spec/ipv6.ts';

/** include/uapi/linux/icmpv6.h */
export const ICMPV6_DEST_UNREACH = 1;
export const ICMPV6_PORT_UNREACH = 4;
export const ICMPV6_TIME_EXCEED = 3;
export const ICMPV6_PARAMPROB = 4;
export const IPPROTO_ICMPV6 = 58;
const ICMPV6_HLEN = 8;
/** include/linux/ipv6.h IPV6_MIN_MTU: icmp6_send quotes at most IPV6_MIN_MTU - sizeof(ipv6hdr) - sizeof(icmp6hdr). */
const IPV6_MIN_MTU = 1280;

/**
 * net/ipv6/icmp.c:icmp6_send(skb, type, code) (icmpv6_send) about an IPv6 datagram the caller still owns. The
 * model sends destination unreachables (port unreachable from UDP, no route from ip6_pkt_drop), time exceeded
 * (fragment reassembly, reassembly.ts: about the head fragment, offset 0) and parameter problems (an unknown option,
 * exthdrs.ts), about a unicast datagram from a unicast source, so none of the "never answer" checks applies. Rate
 * limits first (icmpv6_rate_allow: net.ipv6.icmp.ratemask's default limits types 1, 3 and 4 alike), then
 * ip6_append_data on the CPU's ICMPv6 socket (MSG_DONTWAIT: sk_wmem_alloc >= sk_sndbuf is -EAGAIN,
 * ICMP6_MIB_OUTERRORS), then icmpv6_push_pending_frames -> __ip6_make_skb: ICMP6MSGOUT_INC_STATS(type) and
 * ICMP6_MIB_OUTMSGS. The error goes back to the source: out lo for a datagram that came in on lo, else out the
 * device (a veth: to its other end, simulator.ts).
 */
export function icmp6_send(host: Host, skb: number, type: number, code: number, cpu: number): void {
  const p = host.skbs;
  const flow = host.flows.flows[p.flow[skb]];
  // icmp6.c:icmp6_send `if (addr_type & IPV6_ADDR_MULTICAST || skb->pkt_type != PACKET_HOST) { if (type !=
  // ICMPV6_PKT_TOOBIG && !(type == ICMPV6_PARAMPROB && code == ICMPV6_UNK_OPTION && opt_unrec(skb, info))) return;`
  // (3.13 alike): no error about a datagram to a group (a reassembly's time exceeded); the validator keeps unknown
  // options away from groups
  if (ipv6AddrIsMulticast(flow.dst6!)) return;
  const inLoopback = skb_from_loopback(host, skb);
  const outLoopback = inLoopback || ipv6AddrLoopback(flow.src6!);
  if (!icmpv6_rate_allow(host, type, flow.src6!, inLoopback, outLoopback)) return;
  const icmp6 = host.mib.icmp6;
  // icmpv6_sk_init: sk_sndbuf = 2 * SKB_TRUESIZE(64 * 1024), as the IPv4 ICMP socket's
  if ((p.icmp6Wmem[cpu] ?? 0) >= ICMP_SK_SNDBUF) {
    icmp6.OutErrors++;
    return;
  }
  icmp6.OutMsgs++;
  // ICMP6MSGOUT_INC_STATS(type): a destination unreachable (no port, no route), a time exceeded (reassembly.ts) or
  // a parameter problem (exthdrs.ts)
  if (type === ICMPV6_TIME_EXCEED) icmp6.OutTimeExcds++;
  else if (type === ICMPV6_PARAMPROB) icmp6.OutParmProblems++;
  else icmp6.OutDestUnreachs++;
  // len = skb->len - skb_network_offset(skb) (the whole datagram), capped at IPV6_MIN_MTU - 40 - 8
  const len = IPV6_HLEN + ICMPV6_HLEN + Math.min(p.len[skb], IPV6_MIN_MTU - IPV6_HLEN - ICMPV6_HLEN);
  const hook = host.ip6_local_out_hook;
  if (hook !== undefined) hook(host, p.dev[skb], len, IPPROTO_ICMPV6, flow.dst6!, flow.src6!, cpu, type, code);
}

/**
 * May an ICMPv6 error of `type` go to `daddr` (a src/spec/ipv6.ts key)? In kernel order:
 * - 6.x icmp6_send: `if (!(skb->dev->flags & IFF_LOOPBACK) && !icmpv6_global_allow(net, type, &apply_ratelimit))`:
 *   icmpv6_mask_allow (net.ipv6.icmp.ratemask, default 0-1,3-127: destination unreachable is limited), then
 *   icmp_global_allow on the IPv4 bucket, else __ICMP_INC_STATS(ICMP_MIB_RATELIMITGLOBAL) (Icmp OutRateLimitGlobal,
 *   the IPv4 MIB). 3.13 has no global limiter.
 * - icmpv6_xrlim_allow: 6.x `if (!apply_ratelimit) return true`; no limit when the route goes out a loopback device;
 *   else `tmo = net->ipv6.sysctl.icmpv6_time` (net.ipv6.icmp.ratelimit: 1000 ms, 100 ms in 6.18.y since
 *   0201eedb69b2), divided by 4 for the /64 on-link route where `if (rt->rt6i_dst.plen < 128) tmo >>= ((128 - plen)
 *   >> 5)` is still there (not in 6.18.y), and inet_peer_xrlim_allow on the peer of fl6->daddr (3.13: of
 *   rt->rt6i_dst.addr, the route's prefix, which the model's one source address makes the same bucket); refused: 6.x
 *   ICMP6_MIB_RATELIMITHOST (Icmp6 OutRateLimitHost); allowed: 6.18 icmp_global_consume.
 * The IPv6 ratemask is not in the scenario format: its default holds.
 */
export function icmpv6_rate_allow(host: Host, _type: number, daddr: string, inLoopback: boolean, outLoopback: boolean): boolean {
  const tmo = icmpv6OnlinkTimeout(icmpSysctl(host, 'icmpv6_ratelimit'), host.hz, icmpv6PrefixShift(host.profileName));
  const chargeHost = (): void => { if (host.profile.snmpIcmpRateLimit === true) host.mib.icmp6.OutRateLimitHost++; };
  return icmp_limits_allow(host, inLoopback, outLoopback, (st) => st.peers6, daddr, tmo, chargeHost);
}

/**
 * net/ipv6/icmp.c:icmpv6_rcv for the model's own errors looped back over lo: ICMP6_MIB_INMSGS, the checksum is
 * good, ICMP6MSGIN_INC_STATS(type) (InDestUnreachs), then icmpv6_notify -> udpv6_err, which finds the sending
 * socket (the workload's loopback sender, outside the model: no counter). The caller counts Ip6 InDelivers.
 */
export function icmpv6_rcv(host: Host, skb: number): void {
  const icmp6 = host.mib.icmp6;
  icmp6.InMsgs++;
  const type = host.flows.flows[host.skbs.flow[skb]].sport;
  if (type === ICMPV6_DEST_UNREACH) icmp6.InDestUnreachs++;
  host.skbs.free(skb);
}
