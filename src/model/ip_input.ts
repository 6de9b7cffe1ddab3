// IPv4 receive: net/ipv4/ip_input.c (3.13 ip_rcv / ip_rcv_finish / ip_local_deliver_finish;
// 6.18 ip_rcv_core / ip_rcv_finish_core / ip_protocol_deliver_rcu), the route decision of
// net/ipv4/route.c (ip_route_input_slow, ip_error) and ip_forward; fragments go to ip_fragment.ts.
// Spec: shared/spec/kernel-semantics.md section 5. The frame's problems are FrameFlag bits.
import type { Host } from './host.ts';
import { FLAG } from './skb.ts';
import { ip_defrag, is_fragment } from './ip_fragment.ts';
import { inet_frag_run_timers } from './inet_frag_timers.ts';
import { skb_from_loopback } from './driver.ts';
import { consume_skb, kfree_skb } from './skb_drop.ts';
import {
  icmp_rcv, icmp_send, ip_rt_error_allow, ICMP_DEST_UNREACH, ICMP_EXC_FRAGTIME, ICMP_EXC_TTL, ICMP_NET_UNREACH, ICMP_PARAMETERPROB, ICMP_PROT_UNREACH,
  ICMP_TIME_EXCEEDED, IPPROTO_ICMP,
} from './icmp.ts';
import { udp4_lib_demux_lookup, udp_rcv } from './udp.ts';
import { inet_state } from './sock.ts';
import { profileSysctlDefaults } from '../spec/defaults.ts';
import type { MartianKind } from './profile-udp.ts';
import type { ProfileName } from '../generated/schema-types.ts';

export const IPPROTO_UDP = 17;

const ROUTE_LOCAL = 0;
const ROUTE_FORWARD = 1;
/** dst.input = ip_error with dst.error = EHOSTUNREACH */
const ROUTE_HOSTUNREACH = 2;
/** dst.input = ip_error with dst.error = ENETUNREACH */
const ROUTE_NETUNREACH = 3;

/** 127.0.0.0/8 or one of the host's addresses (fib RTN_LOCAL). */
export function inet_addr_is_local(host: Host, addr: number): boolean {
  return (addr >>> 24) === 127 || host.localAddrs.has(addr);
}

/** inet_addr_is_local for a flow's destination, asked once per flow (FlowTable.dstLocal). */
function flow_dst_is_local(host: Host, flow: number, dst: number): boolean {
  const c = host.flows.dstLocal;
  let v = c[flow];
  if (v === -2) c[flow] = v = inet_addr_is_local(host, dst) ? 1 : 0;
  return v === 1;
}

/** IGMP_ALL_HOSTS, 224.0.0.1: igmp.c:ip_mc_up joins it on every device as it comes up (3.13 and 6.x alike). */
const IGMP_ALL_HOSTS = 0xe0000001;

/**
 * route.c:ip_check_mc_rcu: the group is in the device's mc_list, so "ours": the all-hosts group (ip_mc_up), or one
 * some socket joined (IP_ADD_MEMBERSHIP; the model's sockets join on every device).
 */
function ip_check_mc(host: Host, group: number): boolean {
  if (group === IGMP_ALL_HOSTS) return true;
  const socks = host.sockets;
  // inet_release's ip_mc_drop_socket leaves the group when its socket closes
  for (let i = 0; i < socks.length; i++) if (socks[i].hashed && socks[i].mcastGroup === group) return true;
  return false;
}

/**
 * ip_input.c:ip_rcv (3.13) / ip_rcv + ip_rcv_core (6.18), called by __netif_receive_skb_core on
 * the processing CPU. Frees the skb or hands it on; never returns it.
 */
export function ip_rcv(host: Host, skb: number, cpu: number): void {
  inet_frag_run_timers(host); // a reassembly timer due before this frame has fired (softirq timers run first)
  const p = host.skbs;
  const f = p.flags[skb];
  const mib = host.mib;
  const loc = host.profile.udp.dropReasons ? 'net/ipv4/ip_input.c:ip_rcv_core' : 'net/ipv4/ip_input.c:ip_rcv';
  // "When the interface is in promisc. mode, drop all the crap that it receives": before any
  // counter. (6.x also bumps the device's rx_otherhost_dropped core stat: rtnl stats only.)
  if (f & FLAG.otherhost) {
    kfree_skb(host, skb, cpu, loc, 'OTHERHOST');
    return;
  }
  // __IP_UPD_PO_STATS(net, IPSTATS_MIB_IN, skb->len): the frame's padding too (trimmed below)
  const len = p.len[skb];
  mib.ip.InReceives++;
  mib.ipExt.InOctets += len + p.pad[skb];
  // skb_share_check cannot fail in the model (InDiscards).
  // if (!pskb_may_pull(skb, sizeof(struct iphdr))) goto inhdr_error;  (6.x: reason NOT_SPECIFIED -> IP_INHDR)
  if (f & FLAG.ip_short) {
    host.profile.udp.chargeIpInputError(mib, 'short'); // InHdrErrors
    kfree_skb(host, skb, cpu, loc, 'IP_INHDR');
    return;
  }
  // if (iph->ihl < 5 || iph->version != 4) goto inhdr_error;
  if (f & (FLAG.ip_version | FLAG.ip_ihl)) {
    host.profile.udp.chargeIpInputError(mib, f & FLAG.ip_ihl ? 'ihl' : 'version'); // InHdrErrors
    kfree_skb(host, skb, cpu, loc, 'IP_INHDR');
    return;
  }
  // IPSTATS_MIB_NOECTPKTS + (iph->tos & INET_ECN_MASK), max(1, gso_segs): the model's frames are Not-ECT; a
  // UDP GRO skb counts each datagram merged into it (udp_gro.ts)
  mib.ipExt.InNoECTPkts += p.segs[skb];
  // if (unlikely(ip_fast_csum((u8 *)iph, iph->ihl))) goto csum_error;  (csum_error falls into inhdr_error)
  if (f & FLAG.ip_csum) {
    host.profile.udp.chargeIpInputError(mib, 'csum'); // InCsumErrors + InHdrErrors
    kfree_skb(host, skb, cpu, loc, 'IP_CSUM');
    return;
  }
  // if (skb->len < len) { InTruncatedPkts; goto drop; } else if (len < (iph->ihl*4)) goto inhdr_error;
  if (f & FLAG.ip_truncated) {
    host.profile.udp.chargeIpInputError(mib, 'truncated'); // InTruncatedPkts
    kfree_skb(host, skb, cpu, loc, 'PKT_TOO_SMALL');
    return;
  }
  if (f & FLAG.ip_len_short) {
    host.profile.udp.chargeIpInputError(mib, 'len_short'); // InHdrErrors
    kfree_skb(host, skb, cpu, loc, 'IP_INHDR');
    return;
  }
  // pskb_trim_rcsum(skb, len): "Our transport medium may have padded the buffer out" (truesize stays)
  p.pad[skb] = 0;
  // NF_INET_PRE_ROUTING: no netfilter in the model.
  ip_rcv_finish(host, skb, cpu);
}

/** What route.c's checks make of a source address (a host's addresses are fixed: asked once per flow). */
const SRC_ORDINARY = 0;
/** ipv4_is_multicast (224.0.0.0/4) or ipv4_is_lbcast (255.255.255.255): martian whatever the destination */
const SRC_MCAST_LBCAST = 1;
/** ipv4_is_zeronet: 0.0.0.0/8 */
const SRC_ZERONET = 2;
/** ipv4_is_loopback: 127.0.0.0/8 */
const SRC_LOOPBACK = 3;
/** one of the host's own addresses */
const SRC_LOCAL = 4;

function source_class(host: Host, flow: number, src: number): number {
  const c = host.flows.srcClass;
  let v = c[flow];
  if (v === -2) {
    const top = src >>> 24;
    v = top >= 224 && (top < 240 || src === 0xffffffff) ? SRC_MCAST_LBCAST
      : top === 0 ? SRC_ZERONET : top === 127 ? SRC_LOOPBACK : host.localAddrs.has(src) ? SRC_LOCAL : SRC_ORDINARY;
    c[flow] = v;
  }
  return v;
}

/** include/uapi/linux/in.h INADDR_BROADCAST */
const LBCAST = 0xffffffff;

/**
 * The kind of martian source (one no packet may come from), or null, for a unicast or broadcast destination, as
 * route.c:ip_route_input_slow finds it (read in 6.1.192 and 6.12.118; linux-3.13 is given the same rules, not
 * read there), route_localnet off:
 * - a multicast or limited-broadcast source, always (the first check);
 * - to 255.255.255.255 (brd_input): any source but 0.0.0.0/8 goes through fib_validate_source;
 * - else a 0.0.0.0/8 source, or a 127.0.0.0/8 one;
 * - fib_validate_source (RTN_LOCAL, RTN_BROADCAST, and ip_mkroute_input when forwarding; not a
 *   destination left to ip_error): one of the host's own addresses, RTN_LOCAL in the reverse
 *   lookup, is e_inval without accept_local (fib_frontend.c:__fib_validate_source).
 * A multicast destination (ip_route_input_mc) is not asked here: the model's groups take no such source.
 */
function martian_source(cls: number, dst: number, route: number, bcast: boolean): MartianKind | null {
  if (cls === SRC_ORDINARY) return null;
  if (cls === SRC_MCAST_LBCAST) return 'invalid';
  // fib_validate_source: the reverse lookup of a local source is RTN_LOCAL, e_inval (loopback sources included)
  const validated = cls === SRC_LOOPBACK || cls === SRC_LOCAL ? 'local' : null;
  if (dst === LBCAST) return validated;
  if (cls === SRC_ZERONET) return 'invalid';
  if (cls === SRC_LOOPBACK) return 'loopback'; // `ipv4_is_loopback(saddr) && !IN_DEV_NET_ROUTE_LOCALNET`
  return bcast || route === ROUTE_LOCAL || route === ROUTE_FORWARD ? validated : null;
}

/** ip_input.c:ip_rcv_finish (3.13) / ip_rcv_finish + ip_rcv_finish_core (6.18), then dst_input. */
function ip_rcv_finish(host: Host, skb: number, cpu: number): void {
  const p = host.skbs;
  const f = p.flags[skb];
  const mib = host.mib;
  const rules = host.profile.udp;
  const loc = rules.dropReasons ? 'net/ipv4/ip_input.c:ip_rcv_finish_core' : 'net/ipv4/ip_input.c:ip_rcv_finish';
  const flowIdx = p.flow[skb];
  const flow = host.flows.flows[flowIdx];
  const mcast = (f & FLAG.multicast) !== 0;
  const bcast = (f & FLAG.broadcast) !== 0;

  // Early demux: `ip_early_demux && !skb_dst(skb) && !skb->sk` (6.x: && !ip_is_fragment, and the
  // udp_early_demux switch). udp_v4_early_demux matches connected sockets only (the multicast
  // single-socket case is not modelled: it changes no counter). A socket whose sk_rx_dst is cached
  // gives the skb its dst, so the route lookup (and rp_filter) is skipped.
  let cachedDst = false;
  if (flow.proto === IPPROTO_UDP && p.sk[skb] < 0 && !is_fragment(f) && !(f & (FLAG.multicast | FLAG.broadcast | FLAG.not_local | FLAG.no_route))
    && rules.earlyDemux(host.sysctl) && flow_dst_is_local(host, flowIdx, flow.dst)) {
    const d = host.flows.demuxSock;
    let i = d[flowIdx];
    if (i === -2) d[flowIdx] = i = udp4_lib_demux_lookup(host, flow);
    if (i >= 0) {
      p.sk[skb] = i;
      cachedDst = host.sockets[i].rx_dst;
    }
  }

  // ip_route_input_noref (route.c:ip_route_input_slow / ip_route_input_mc)
  let route = ROUTE_LOCAL;
  if (!cachedDst) {
    if (mcast) {
      // ip_route_input_rcu: a group no socket joined is not "ours" -> -EINVAL, dropped without an IP counter
      if (!ip_check_mc(host, flow.dst)) {
        // 6.18: NOT_SPECIFIED at ip_rcv_finish_core, recorded live (golden/kernel/linux-6.18/crafted-multicast.json)
        kfree_skb(host, skb, cpu, loc, 'NOT_SPECIFIED');
        return;
      }
    } else if (!bcast) {
      if (f & FLAG.no_route) {
        // fib_lookup fails: `if (!IN_DEV_FORWARD(in_dev)) err = -EHOSTUNREACH; goto no_route;`
        route = host.forwarding ? ROUTE_NETUNREACH : ROUTE_HOSTUNREACH;
      } else if ((f & FLAG.not_local) || !flow_dst_is_local(host, flowIdx, flow.dst)) {
        // RTN_UNICAST, not local: `if (!IN_DEV_FORWARD(in_dev)) { err = -EHOSTUNREACH; goto no_route; }`
        route = host.forwarding ? ROUTE_FORWARD : ROUTE_HOSTUNREACH;
      }
    }
    // a loopback frame keeps the output route's dst (ip_rcv_finish_core: `if (!skb_valid_dst(skb))`): no input route
    const martian = skb_from_loopback(host, skb) ? null : martian_source(source_class(host, flowIdx, flow.src), flow.dst, route, bcast);
    if (martian !== null) {
      // -EINVAL after RT_CACHE_STAT_INC(in_martian_src) (/proc/net/stat/rt_cache, not modelled): no SNMP counter
      kfree_skb(host, skb, cpu, loc, rules.martianSourceReason(martian));
      return;
    }
    // fib_validate_source (RTN_LOCAL, broadcast, multicast, and __mkroute_input when forwarding):
    // rp_filter fails -> -EXDEV -> LINUX_MIB_IPRPFILTER in ip_rcv_finish
    if ((f & FLAG.rp_filter) && (route === ROUTE_LOCAL || route === ROUTE_FORWARD)) {
      rules.chargeIpInputError(mib, 'rp_filter'); // TcpExt IPReversePathFilter
      kfree_skb(host, skb, cpu, loc, 'IP_RPFILTER');
      return;
    }
  }

  // if (iph->ihl > 5 && ip_rcv_options(skb)) goto drop;  The flag's option is malformed, so
  // ip_options_compile fails: it sends ICMP parameter problem (3.13 ip_options.c:ip_options_compile
  // `error: if (skb) icmp_send(skb, ICMP_PARAMETERPROB, 0, ...)`; 6.x ip_options_compile after
  // __ip_options_compile), then ip_rcv_options counts InHdrErrors.
  // A CIPSO option of an unknown DOI fails so too (cipso_v4_validate, called by __ip_options_compile).
  if (f & (FLAG.ip_options | FLAG.ip_options_cipso)) {
    icmp_send(host, skb, ICMP_PARAMETERPROB, 0, cpu);
    rules.chargeIpInputError(mib, 'options'); // InHdrErrors
    kfree_skb(host, skb, cpu, loc, rules.optionsDropReason);
    return;
  }
  // A source route compiles, then `if (unlikely(opt->srr)) { ... if (!IN_DEV_SOURCE_ROUTE(in_dev)) goto drop; }`
  // (accept_source_route: a new namespace's `all` is 0, ANDed with the device's): no counter. The other
  // valid options (NOP, record route, timestamp, router alert, a security option) are taken and the datagram goes on.
  if (f & (FLAG.ip_options_lsrr | FLAG.ip_options_ssrr)) {
    kfree_skb(host, skb, cpu, loc, rules.sourceRouteDropReason);
    return;
  }

  // rt_type RTN_MULTICAST / RTN_BROADCAST: __IP_UPD_PO_STATS(net, IPSTATS_MIB_INMCAST/INBCAST, skb->len)
  if (mcast) {
    mib.ipExt.InMcastPkts++;
    mib.ipExt.InMcastOctets += p.len[skb];
  } else if (bcast) {
    mib.ipExt.InBcastPkts++;
    mib.ipExt.InBcastOctets += p.len[skb];
  }

  // dst_input
  if (route === ROUTE_LOCAL) ip_local_deliver(host, skb, cpu);
  else if (route === ROUTE_FORWARD) ip_forward(host, skb, cpu);
  else ip_error(host, skb, cpu, route);
}

/**
 * route.c:ip_error. dst.error EHOSTUNREACH (only with forwarding off: a non-local or unroutable
 * destination) -> InAddrErrors, no ICMP. ENETUNREACH (no route, forwarding on) -> InNoRoutes and an
 * ICMP net unreachable when the source's inet_peer allows it (ip_rt_error_allow).
 */
function ip_error(host: Host, skb: number, cpu: number, route: number): void {
  const mib = host.mib;
  const loc = 'net/ipv4/route.c:ip_error';
  if (route === ROUTE_HOSTUNREACH) {
    host.profile.udp.chargeIpInputError(mib, 'host_unreach'); // InAddrErrors
    kfree_skb(host, skb, cpu, loc, 'IP_INADDRERRORS');
    return;
  }
  host.profile.udp.chargeIpInputError(mib, 'net_unreach'); // IpExt InNoRoutes
  const src = host.flows.flows[host.skbs.flow[skb]].src;
  if (ip_rt_error_allow(host, src)) icmp_send(host, skb, ICMP_DEST_UNREACH, ICMP_NET_UNREACH, cpu);
  kfree_skb(host, skb, cpu, loc, 'IP_INNOROUTES');
}

/**
 * ip_forward.c:ip_forward -> ip_forward_finish (the profile's ipForward: ForwDatagrams, and OutOctets up
 * to 6.1) -> ip_output (IPSTATS_MIB_OUT + OutOctets) and out of another device (not modelled further; the model's
 * frames fit the MTU and do not leave by the device they came in on, so no ICMP redirect). A frame
 * flagged ttl_1 dies here (too_many_hops).
 */
function ip_forward(host: Host, skb: number, cpu: number): void {
  const mib = host.mib;
  // `if (ip_hdr(skb)->ttl <= 1) goto too_many_hops;` (3.13 and 6.18): InHdrErrors, time exceeded (ttl_1, ttl_0)
  if (host.skbs.flags[skb] & (FLAG.ttl_1 | FLAG.ttl_0)) {
    mib.ip.InHdrErrors++;
    icmp_send(host, skb, ICMP_TIME_EXCEEDED, ICMP_EXC_TTL, cpu);
    kfree_skb(host, skb, cpu, 'net/ipv4/ip_forward.c:ip_forward', 'IP_INHDR');
    return;
  }
  const len = host.skbs.len[skb];
  host.profile.udp.ipForward(mib, len);
  host.profile.udp.ipOutput(mib, len);
  consume_skb(host, skb);
}

/** ip_input.c:ip_local_deliver: fragments to ip_defrag, then (no NF_INET_LOCAL_IN) ip_local_deliver_finish. */
function ip_local_deliver(host: Host, skb: number, cpu: number): void {
  if (is_fragment(host.skbs.flags[skb])) {
    skb = ip_defrag(host, skb, cpu); // held until its datagram is whole (ip_fragment.ts)
    if (skb < 0) return;
  }
  // ip_local_deliver_finish -> ip_protocol_deliver_rcu (6.18). No raw sockets in the model.
  const mib = host.mib;
  const proto = host.flows.flows[host.skbs.flow[skb]].proto;
  if (proto === IPPROTO_UDP) {
    udp_rcv(host, skb, cpu);
    mib.ip.InDelivers++; // handler returned >= 0 (udp_rcv returns 0 even when it drops)
    return;
  }
  if (proto === IPPROTO_ICMP) {
    icmp_rcv(host, skb);
    mib.ip.InDelivers++;
    return;
  }
  // no handler and no raw socket: InUnknownProtos + ICMP protocol unreachable
  host.profile.udp.chargeIpInputError(mib, 'unknown_proto'); // InUnknownProtos
  icmp_send(host, skb, ICMP_DEST_UNREACH, ICMP_PROT_UNREACH, cpu);
  kfree_skb(host, skb, cpu,
    host.profile.udp.dropReasons ? 'net/ipv4/ip_input.c:ip_protocol_deliver_rcu' : 'net/ipv4/ip_input.c:ip_local_deliver_finish',
    'IP_NOPROTO');
}
