// The ICMP the IPv4/UDP receive path sends (destination unreachable, parameter problem, time
// exceeded) and receives (its own errors looped back over lo). net/ipv4/icmp.c.
import type { Host } from './host.ts';
import type { IcmpGlobalBucket, InetPeerRate } from './profile-udp.ts';
import { FLAG, IP_HLEN, flagsToBits } from './skb.ts';
import { skb_from_loopback } from './driver.ts';
import { inet_addr_is_local } from './ip_input.ts';
import { NR_ICMP_TYPES } from '../spec/semantic.ts';
import { sysctl_number } from './sysctl.ts';
import { ECHOED_OPTION_FLAGS, ECHOED_OPTIONS_LEN } from '../spec/ip-options.ts';
import { SKB_DATA_ALIGNED_SHINFO, SKB_DATA_ALIGNED_SK_BUFF } from './truesize.ts';

export const ICMP_DEST_UNREACH = 3;
export const ICMP_NET_UNREACH = 0;
export const ICMP_PROT_UNREACH = 2;
export const ICMP_PORT_UNREACH = 3;
/** include/uapi/linux/icmp.h */
export const ICMP_TIME_EXCEEDED = 11;
export const ICMP_EXC_TTL = 0;
export const ICMP_EXC_FRAGTIME = 1;
export const ICMP_PARAMETERPROB = 12;
export const IPPROTO_ICMP = 1;
const ICMP_HLEN = 8;
/**
 * icmp.c:icmp_sk_init (6.x: icmp_init, per CPU; 3.13 icmp_sk_init, per CPU): `sk->sk_sndbuf = 2 *
 * SKB_TRUESIZE(64 * 1024)`, with SKB_DATA_ALIGN(sizeof(struct sk_buff)) 256 and of skb_shared_info 320 in every
 * profile's x86_64 build (src/model/truesize). 3.13's sk_wmem_alloc starts at 1 where 6.x's
 * sk_wmem_alloc_get subtracts it; truesizes are multiples of 64, as is this, so `<` decides alike.
 */
export const ICMP_SK_SNDBUF = 2 * (64 * 1024 + SKB_DATA_ALIGNED_SK_BUFF + SKB_DATA_ALIGNED_SHINFO);
/**
 * icmp.c:__icmp_send: `room = dst_mtu(&rt->dst); if (room > 576) room = 576;` then less sizeof(iphdr), the echoed
 * options and sizeof(icmphdr). 6.1 and later then send nothing while room <= sizeof(iphdr) ("Guard against tiny
 * mtu", not in 3.13), which no device here reaches: the least veth MTU is 68 and at most 8 option bytes are echoed.
 */
const ICMP_ROOM_MAX = 576;
/** The options flags whose option an error echoes (src/spec/ip-options.ts), as FrameFlag bits. */
const ECHOED_BITS = flagsToBits(ECHOED_OPTION_FLAGS);

/**
 * net/ipv4/icmp.c:__icmp_send(skb_in, type, code): an ICMP error about `skb` (still owned by the
 * caller). No error about a multicast/broadcast datagram (rt_flags RTCF_BROADCAST|RTCF_MULTICAST)
 * nor about an ICMP error. Counts Icmp OutMsgs and OutType (icmp_out_count: ICMP_MIB_OUTMSGS and
 * ICMPMSGOUT_INC_STATS(type), shown by net/ipv4/proc.c:icmp_put as OutDestUnreachs (3),
 * OutTimeExcds (11) and OutParmProbs (12)), then the IP output counters (__ip_local_out,
 * ip_output). The rate limits come first (icmp_rate_allow): an error they suppress counts only
 * 6.x's OutRateLimitGlobal / OutRateLimitHost.
 */
export function icmp_send(host: Host, skb: number, type: number, code: number, cpu: number): void {
  const p = host.skbs;
  if (p.flags[skb] & (FLAG.multicast | FLAG.broadcast)) return;
  const flow = host.flows.flows[p.flow[skb]];
  // Every type sent here is an error (icmp_pointers[type].error), so: no error about an ICMP error,
  // nor about an unknown ICMP type (`*itp > NR_ICMP_TYPES || icmp_pointers[*itp].error`). The
  // workload's ICMP frames are of those kinds only (src/spec/semantic.ts), so no ICMP frame gets one.
  if (flow.proto === IPPROTO_ICMP) return;
  // The error goes back to the packet's source (fl4.daddr = iph->saddr): out lo when that is a local address
  // (as loopback_xmit_local sends it) and, in the model, whenever the packet came in on lo.
  const inLoopback = skb_from_loopback(host, skb);
  const outLoopback = inLoopback || inet_addr_is_local(host, flow.src);
  if (!icmp_rate_allow(host, type, code, flow.src, inLoopback, outLoopback)) return;
  const mib = host.mib;
  // icmp_push_reply -> ip_append_data -> sock_alloc_send_skb(MSG_DONTWAIT): the CPU's ICMP socket has room
  // while sk_wmem_alloc < sk_sndbuf, else -EAGAIN: ICMP_MIB_OUTERRORS and nothing is sent (errors out a veth
  // hold their truesize until the peer frees them: simulator.ts ip_local_out_xmit)
  if ((p.icmpWmem[cpu] ?? 0) >= ICMP_SK_SNDBUF) {
    mib.icmp.OutErrors++;
    return;
  }
  mib.icmp.OutMsgs++;
  switch (type) {
    case ICMP_DEST_UNREACH: mib.icmp.OutDestUnreachs++; break;
    case ICMP_TIME_EXCEEDED: mib.icmp.OutTimeExcds++; break;
    default: mib.icmp.OutParmProbs++; // ICMP_PARAMETERPROB: the callers send types 3, 11 and 12 only
  }
  // the error's own header echoes the packet's record route or timestamp option (ip_options_echo), and
  // `room -= sizeof(struct iphdr) + icmp_param.replyopts.opt.opt.optlen`
  const echo = p.flags[skb] & ECHOED_BITS ? ECHOED_OPTIONS_LEN : 0;
  // dst_mtu: the device the error leaves by, lo's for a local source (its 64 KiB, or a Device.mtu the validator keeps at
  // IPV6_MIN_MTU or more: above 576 either way), else the one the packet came in on
  const mtu = outLoopback ? ICMP_ROOM_MAX : host.core.devices[p.dev[skb]]!.mtu;
  const room = Math.min(mtu, ICMP_ROOM_MAX) - IP_HLEN - ICMP_HLEN;
  const len = IP_HLEN + echo + ICMP_HLEN + Math.min(p.len[skb], room - echo);
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
  else {
    if (type === ICMP_DEST_UNREACH) icmp.InDestUnreachs++;
    else if (type === ICMP_TIME_EXCEEDED) icmp.InTimeExcds++;
    else if (type === ICMP_PARAMETERPROB) icmp.InParmProbs++;
    // icmp_rcv (3.13 and 6.18 alike) `if (rt->rt_flags & (RTCF_BROADCAST | RTCF_MULTICAST))`: only echo,
    // timestamp and address messages may go to a broadcast or multicast address; others `goto error` (InErrors)
    const toGroup = (host.skbs.flags[skb] & (FLAG.broadcast | FLAG.multicast)) !== 0;
    if (toGroup && !BROADCAST_OK.includes(type)) icmp.InErrors++;
  }
  host.skbs.free(skb);
}

/** ICMP_ECHO, ICMP_TIMESTAMP, ICMP_ADDRESS, ICMP_ADDRESSREPLY: what icmp_rcv takes at a broadcast address. */
const BROADCAST_OK: readonly number[] = [8, 13, 17, 18];

/**
 * Per-netns ICMP rate-limit state: the inet_peer trees' rate fields by address (net->ipv4.peers; net->ipv6.peers,
 * keyed by src/spec/ipv6.ts key), the 6.x global bucket (icmp_global, which ICMPv6 shares).
 */
export interface IcmpRateState {
  readonly peers: Map<number, InetPeerRate>;
  readonly peers6: Map<string, InetPeerRate>;
  readonly global: IcmpGlobalBucket;
}

const rateStates = new WeakMap<Host, IcmpRateState>();

/** The ICMP rate-limit sysctls, by their SysctlState field (host.ts). */
const ICMP_SYSCTLS = {
  icmp_ratelimit: 'net.ipv4.icmp_ratelimit', icmp_ratemask: 'net.ipv4.icmp_ratemask',
  icmp_msgs_per_sec: 'net.ipv4.icmp_msgs_per_sec', icmp_msgs_burst: 'net.ipv4.icmp_msgs_burst',
  icmpv6_ratelimit: 'net.ipv6.icmp.ratelimit',
} as const;

/** A rate-limit sysctl: the scenario's value, else the profile default (schemas/sysctls.schema.json); 0 if absent. */
export function icmpSysctl(host: Host, name: keyof typeof ICMP_SYSCTLS): number {
  return sysctl_number(host, ICMP_SYSCTLS[name], host.sysctl[name]);
}

export function rateState(host: Host): IcmpRateState {
  let st = rateStates.get(host);
  if (st === undefined) {
    st = { peers: new Map(), peers6: new Map(), global: { credit: 0, stamp: -Infinity } };
    rateStates.set(host, st);
  }
  return st;
}

/** The model's jiffies (host.now in ns at CONFIG_HZ). */
export function jiffiesOf(host: Host): number {
  return Math.floor(host.now / (1e9 / host.hz));
}

/**
 * net/ipv4/inetpeer.c:inet_getpeer_v4 / inet_getpeer_v6(base, addr, create): the address's inet_peer, created with
 * rate_tokens 0 and rate_last = jiffies - 60*HZ ("chosen enough high so that the first calculation
 * of tokens is at its maximum"). One peer per address serves every limiter that keys on it.
 */
export function inet_getpeer<K>(peers: Map<K, InetPeerRate>, addr: K, jiffies: number, hz: number): InetPeerRate {
  let peer = peers.get(addr);
  if (peer === undefined) {
    peer = { tokens: 0, last: jiffies - 60 * hz };
    peers.set(addr, peer);
  }
  return peer;
}

/**
 * net/ipv4/route.c:ip_error's own limiter, before its icmp_send (3.13 and 6.18 alike): the source's
 * inet_peer (the same one icmpv4_xrlim_allow uses: an error goes back to the source) gains the
 * jiffies since rate_last, capped at ip_rt_error_burst (5 * HZ); the error is sent only if it holds
 * ip_rt_error_cost (HZ), which it then pays. Independent of icmp_ratemask.
 */
export function ip_rt_error_allow(host: Host, saddr: number): boolean {
  const hz = host.hz;
  const jiffies = jiffiesOf(host);
  const peer = inet_getpeer(rateState(host).peers, saddr, jiffies, hz);
  peer.tokens = Math.min(peer.tokens + (jiffies - peer.last), IP_RT_ERROR_BURST * hz);
  peer.last = jiffies;
  if (peer.tokens < hz) return false;
  peer.tokens -= hz;
  return true;
}

/** net/ipv4/route.c: ip_rt_error_burst = 5 * HZ, ip_rt_error_cost = HZ. */
const IP_RT_ERROR_BURST = 5;

/** kernel/time/time.c:msecs_to_jiffies (rounds up), as proc_dointvec_ms_jiffies stores icmp_ratelimit. */
export function msecs_to_jiffies(ms: number, hz: number): number {
  return Math.ceil((ms * hz) / 1000);
}

/**
 * May an ICMP error of `type`/`code` go to `daddr`? In kernel order:
 * - 6.x net/ipv4/icmp.c:__icmp_send: `if (!(skb_in->dev && (skb_in->dev->flags & IFF_LOOPBACK)) &&
 *   !icmpv4_global_allow(net, type, code, &apply_ratelimit)) goto out_bh_enable;` -> icmpv4_mask_allow
 *   (type not in icmp_ratemask, or PMTU discovery: not limited), then icmp_global_allow, else
 *   ICMP_MIB_RATELIMITGLOBAL. 3.13 has no global limiter.
 * - icmpv4_xrlim_allow (both, after the route lookup): 6.x `if (!apply_ratelimit) return true;` (the global
 *   check was skipped: a loopback input device); no limit for a loopback output device (an error to a
 *   local address: 6.x still calls icmp_global_consume) nor for an unmasked type; else the destination's
 *   inet_peer (inet_getpeer_v4 creates it with rate_tokens 0, rate_last = jiffies - 60*HZ: "the first
 *   calculation of tokens is at its maximum") and inet_peer_xrlim_allow(peer, icmp_ratelimit); 6.x
 *   counts ICMP_MIB_RATELIMITHOST when refused and calls icmp_global_consume when allowed.
 * Time is the model's jiffies (host.now). Peers are never garbage collected here (inetpeer.c:inet_peer_gc
 * frees an idle peer after >= inet_peer_minttl, 120 s, when another address is looked up; a full bucket
 * then looks the same unless 6 * icmp_ratelimit > 120 s, which src/spec/semantic.ts rejects).
 * route.c:ip_error's own limiter on the same peer comes before (ip_rt_error_allow); 6.x's
 * icmp_global_consume draws 0-2 credits at random, the model 1 (profile-udp.ts icmpGlobalConsume).
 */
export function icmp_rate_allow(host: Host, type: number, code: number, daddr: number, inLoopback: boolean, outLoopback: boolean): boolean {
  const rules = host.profile.udp;
  if (!rules.icmpRateMasked(type, code, icmpSysctl(host, 'icmp_ratemask'))) return true;
  const tmo = msecs_to_jiffies(icmpSysctl(host, 'icmp_ratelimit'), host.hz);
  return icmp_limits_allow(host, inLoopback, outLoopback, (st) => st.peers, daddr, tmo, () => rules.chargeIcmpRateLimitHost(host.mib));
}

/**
 * What IPv4 and IPv6 errors share past their type masks (icmp_rate_allow, icmp6.ts icmpv6_rate_allow): the 6.x
 * global bucket (ICMP_MIB_RATELIMITGLOBAL when it refuses), no limit out a loopback device (6.x still consumes a
 * global credit), else the destination's inet_peer in `peers` with `tmo` jiffies a token (`chargeHost` when it
 * refuses), then icmp_global_consume.
 */
export function icmp_limits_allow<K>(
  host: Host, inLoopback: boolean, outLoopback: boolean, peers: (st: IcmpRateState) => Map<K, InetPeerRate>, daddr: K,
  tmo: number, chargeHost: () => void,
): boolean {
  const rules = host.profile.udp;
  if (!rules.icmpApplyRatelimit(inLoopback)) return true;
  const st = rateState(host);
  const hz = host.hz;
  const jiffies = jiffiesOf(host);
  if (!rules.icmpGlobalAllow(st.global, jiffies, hz, icmpSysctl(host, 'icmp_msgs_per_sec'), icmpSysctl(host, 'icmp_msgs_burst'))) {
    rules.chargeIcmpRateLimitGlobal(host.mib);
    return false;
  }
  if (outLoopback) { // "No rate limit on loopback": `goto out` with rc = true
    rules.icmpGlobalConsume(st.global);
    return true;
  }
  if (!rules.inetPeerXrlimAllow(inet_getpeer(peers(st), daddr, jiffies, hz), jiffies, tmo)) {
    chargeHost();
    return false;
  }
  rules.icmpGlobalConsume(st.global);
  return true;
}
