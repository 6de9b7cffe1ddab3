// IPv6 receive: net/ipv6/ip6_input.c (3.13 ipv6_rcv / ip6_rcv_finish / ip6_input_finish; 6.x ip6_rcv_core /
// ip6_rcv_finish / ip6_protocol_deliver_rcu). The model's IPv6 frames are UDP to a local address, to another
// address of the veth's /64 or to an unrouted one (the validator refuses the rest: src/spec/ipv6-problems.ts), or
// its own ICMPv6 errors over lo; ip6_rcv_core's header checks fail for the ip_version, ip_short and ip_truncated
// flags, the route lookup (ip6_route_input) gives ip6_input, ip6_forward or ip6_pkt_discard, and the extension
// headers are a hop-by-hop one, a routing one, a destination options one (exthdrs.ts) and a sender's fragment header
// (reassembly.ts).
import type { Host } from './host.ts';
import { FLAG, SKB_SENDER_FRAGMENT, extDst, extHop, extRt } from './skb.ts';
import { ipv6_destopt_rcv, ipv6_parse_hopopts, ipv6_rthdr_rcv } from './exthdrs.ts';
import { kfree_skb } from './skb_drop.ts';
import { udpv6_rcv } from './udp6.ts';
import { icmp6_send, icmpv6_rcv, IPPROTO_ICMPV6 } from './icmp6.ts';
import { ipv6_frag_rcv } from './reassembly.ts';
import { inet_frag_run_timers } from './inet_frag_timers.ts';
import {
  ipv6AddrIsMulticast, ipv6AddrLoopback, ipv6Key, ipv6McScope, V6_ALL_NODES, V6_LOCAL, v6OnlinkNotLocal,
} from '../spec/ipv6.ts';

/**
 * ip6_input.c:ipv6_rcv (3.13) / ipv6_rcv -> ip6_rcv_core (6.x), on the processing CPU, for an ETH_P_IPV6 skb.
 * Frees the skb or hands it on; never returns it.
 */
export function ipv6_rcv(host: Host, skb: number, cpu: number): void {
  inet_frag_run_timers(host); // a reassembly timer due before this frame has fired (softirq timers run first)
  const p = host.skbs;
  const mib = host.mib.ip6;
  // `if (skb->pkt_type == PACKET_OTHERHOST) { kfree_skb(skb); ... }`: before any counter (6.x: reason OTHERHOST,
  // and dev_core_stats_rx_otherhost_dropped_inc, an rtnl-only stat)
  if (p.flags[skb] & FLAG.otherhost) {
    const loc = host.profile.udp.dropReasons ? 'net/ipv6/ip6_input.c:ip6_rcv_core' : 'net/ipv6/ip6_input.c:ipv6_rcv';
    kfree_skb(host, skb, cpu, loc, 'OTHERHOST');
    return;
  }
  // __IP6_UPD_PO_STATS(net, idev, IPSTATS_MIB_IN, skb->len): the Ethernet padding too (trimmed below)
  mib.InReceives++;
  mib.InOctets += p.len[skb] + p.pad[skb];
  // skb_share_check, idev / disable_ipv6 (InDiscards): none fails in the model
  const f = p.flags[skb];
  const loc = host.profile.udp.dropReasons ? 'net/ipv6/ip6_input.c:ip6_rcv_core' : 'net/ipv6/ip6_input.c:ipv6_rcv';
  // `if (unlikely(!pskb_may_pull(skb, sizeof(*hdr)))) goto err;`, then `if (hdr->version != 6)` (6.x:
  // SKB_DR_SET(reason, UNHANDLED_PROTO)) `goto err;` -> `err: __IP6_INC_STATS(net, idev, IPSTATS_MIB_INHDRERRORS);
  // SKB_DR_OR(reason, IP_INHDR);` (OR: only a reason still NOT_SPECIFIED becomes IP_INHDR)
  if (f & (FLAG.ip_short | FLAG.ip_version)) {
    mib.InHdrErrors++;
    kfree_skb(host, skb, cpu, loc, f & FLAG.ip_short ? 'IP_INHDR' : 'UNHANDLED_PROTO');
    return;
  }
  // __IP6_ADD_STATS(net, idev, IPSTATS_MIB_NOECTPKTS + (ipv6_get_dsfield(hdr) & INET_ECN_MASK),
  //                 max_t(unsigned short, 1, skb_shinfo(skb)->gso_segs)): the model's frames are Not-ECT; a UDP GRO
  // skb counts each datagram merged into it (udp_gro.ts)
  mib.InNoECTPkts += p.segs[skb];
  // The address checks of RFC 4291: a multicast destination of interface-local scope from the wire (errata 3480:
  // not lo, whose IPv6 frames the validator keeps to ::1) or of the reserved scope 0 `goto err`. The others
  // (loopback or multicast addresses where none may be) do not fail for the addresses the validator lets through.
  // (the validator keeps the multicast flag and a group destination together: the flag spares unicast the lookup)
  if ((f & FLAG.multicast) && mc_scope_dropped(host.flows.flows[p.flow[skb]].dst6!)) {
    mib.InHdrErrors++;
    kfree_skb(host, skb, cpu, loc, 'IP_INHDR');
    return;
  }
  // `if (pkt_len + sizeof(struct ipv6hdr) > skb->len) { __IP6_INC_STATS(net, idev, IPSTATS_MIB_INTRUNCATEDPKTS);
  // SKB_DR_SET(reason, PKT_TOO_SMALL); goto drop; }`
  if (f & FLAG.ip_truncated) {
    mib.InTruncatedPkts++;
    kfree_skb(host, skb, cpu, loc, 'PKT_TOO_SMALL');
    return;
  }
  // pskb_trim_rcsum drops the padding
  p.pad[skb] = 0;
  // `if (hdr->nexthdr == NEXTHDR_HOP) { if (ipv6_parse_hopopts(skb) < 0) { __IP6_INC_STATS(net, idev,
  // IPSTATS_MIB_INHDRERRORS); ... return NULL; } }`: before the route lookup, whatever the destination
  if (extHop(p.ext[skb]) !== 0 && !ipv6_parse_hopopts(host, skb, cpu)) {
    mib.InHdrErrors++;
    return;
  }
  // NF_INET_PRE_ROUTING: no netfilter in the model
  ip6_rcv_finish(host, skb, cpu);
}

/** ipv6_addr_is_multicast(daddr) && IPV6_ADDR_MC_SCOPE(daddr) is 0 (reserved) or 1 (interface-local). */
function mc_scope_dropped(dst6: string): boolean {
  return ipv6AddrIsMulticast(dst6) && ipv6McScope(dst6) <= 1;
}

/** ::1 or the veth's fd00::1 (the model's host has no other IPv6 address: src/spec/ipv6-problems.ts). */
function ipv6_addr_is_local(key: string): boolean {
  return ipv6AddrLoopback(key) || key === V6_LOCAL_KEY;
}
const V6_LOCAL_KEY = ipv6Key(V6_LOCAL);

/**
 * net/ipv6/ip6_output.c:ip6_forward with net.ipv6.conf.all.forwarding 0 (the model never turns IPv6 forwarding on):
 * `if (net->ipv6.devconf_all->forwarding == 0) goto error;` -> `error: __IP6_INC_STATS(net, ip6_dst_idev(dst),
 * IPSTATS_MIB_INADDRERRORS)` (6.x reason IP_INADDRERRORS), kfree_skb. No ICMPv6 is sent. 3.13 and 6.x alike.
 */
function ip6_forward(host: Host, skb: number, cpu: number): void {
  host.mib.ip6.InAddrErrors++;
  kfree_skb(host, skb, cpu, 'net/ipv6/ip6_output.c:ip6_forward', 'IP_INADDRERRORS');
}

/**
 * net/ipv6/route.c:ip6_pkt_drop(skb, ICMPV6_NOROUTE, IPSTATS_MIB_INNOROUTES), from ip6_pkt_discard, the input of
 * ip6_null_entry: what the lookup gives a destination no table routes. Not the unspecified address, so
 * `IP6_INC_STATS(net, idev, IPSTATS_MIB_INNOROUTES)` (6.x reason IP_INNOROUTES), then `icmpv6_send(skb,
 * ICMPV6_DEST_UNREACH, code, 0)` to the source and kfree_skb. 3.13 and 6.x alike.
 */
function ip6_pkt_drop(host: Host, skb: number, cpu: number): void {
  host.mib.ip6.InNoRoutes++;
  icmp6_send(host, skb, ICMPV6_DEST_UNREACH, ICMPV6_NOROUTE, cpu);
  kfree_skb(host, skb, cpu, host.profile.udp.noRouteDropSite6, 'IP_INNOROUTES');
}

/** include/uapi/linux/icmpv6.h */
const ICMPV6_DEST_UNREACH = 1;
const ICMPV6_NOROUTE = 0;

/** What ip6_route_input makes of a destination (FlowTable.dstLocal): local, on-link not ours, or no route. */
const ROUTE6_FORWARD = 0;
const ROUTE6_LOCAL = 1;
const ROUTE6_NONE = 2;
/** The local table's ff00::/8 route (addrconf.c:addrconf_add_mroute), whose dst.input is ip6_mc_input. */
const ROUTE6_MULTICAST = 3;

function ip6_route_input_kind(dst6: string): number {
  if (ipv6AddrIsMulticast(dst6)) return ROUTE6_MULTICAST;
  if (ipv6_addr_is_local(dst6)) return ROUTE6_LOCAL;
  return v6OnlinkNotLocal(dst6) ? ROUTE6_FORWARD : ROUTE6_NONE;
}

/**
 * ip6_input.c:ip6_mc_input: `__IP6_UPD_PO_STATS(..., IPSTATS_MIB_INMCAST, skb->len)`, then `deliver =
 * ipv6_chk_mcast_addr(dev, &hdr->daddr, NULL)`: ip6_input when the device is in the group, else kfree_skb (reason
 * NOT_SPECIFIED) with no other counter. IPv6 multicast forwarding (mc_forwarding) is off. 3.13 and 6.x alike.
 * ip6_protocol_deliver_rcu asks ipv6_chk_mcast_addr again with the source, which no source filter refuses.
 * Returns true when the datagram goes on to ip6_input.
 */
function ip6_mc_input(host: Host, skb: number, cpu: number, dst6: string): boolean {
  const mib = host.mib.ip6;
  mib.InMcastPkts++;
  mib.InMcastOctets += host.skbs.len[skb];
  if (ipv6_chk_mcast_addr(host, dst6)) return true;
  kfree_skb(host, skb, cpu, 'net/ipv6/ip6_input.c:ip6_mc_input', 'NOT_SPECIFIED');
  return false;
}

/**
 * mcast.c:ipv6_chk_mcast_addr: the group is in the device's mc_list: the link-local all-nodes group ipv6_add_dev
 * joins on every device, or one a socket joined (IPV6_JOIN_GROUP; the model's sockets join on every device, and
 * inet6_release's ipv6_sock_mc_close leaves it when the socket closes). The validator refuses the groups the
 * device's flags decide (the solicited-node ones); the all-routers groups only IPv6 forwarding would join, which the
 * model never turns on.
 */
function ipv6_chk_mcast_addr(host: Host, dst6: string): boolean {
  if (dst6 === V6_ALL_NODES_KEY) return true;
  const socks = host.sockets;
  for (let i = 0; i < socks.length; i++) if (socks[i].hashed && socks[i].mcastGroup6 === dst6) return true;
  return false;
}
const V6_ALL_NODES_KEY = ipv6Key(V6_ALL_NODES);

/**
 * ip6_input.c:ip6_rcv_finish: early demux (6.x udp_v6_early_demux; 3.13 has none for UDP) finds a connected
 * socket for the 4-tuple and gives the skb its cached route, the same local route ip6_route_input gives, and
 * __udp6_lib_rcv takes that socket (skb_steal_sock), the one its lookup would find: nothing counted differs, so
 * the model looks up the route. Then ip6_route_input: for a local destination dst_input is ip6_input ->
 * ip6_input_finish -> (6.x) ip6_protocol_deliver_rcu; for another on-link one, ip6_forward; for one no table routes
 * (the validator lets through global and unique-local ones off fd00::/64), ip6_pkt_discard.
 */
function ip6_rcv_finish(host: Host, skb: number, cpu: number): void {
  const fi = host.skbs.flow[skb];
  const flow = host.flows.flows[fi];
  // the answer depends on the flow alone: asked once per flow (FlowTable.dstLocal, as IPv4's)
  const cache = host.flows.dstLocal;
  let route = cache[fi];
  if (route === -2) cache[fi] = route = ip6_route_input_kind(flow.dst6!);
  if (route === ROUTE6_FORWARD) {
    ip6_forward(host, skb, cpu);
    return;
  }
  if (route === ROUTE6_NONE) {
    ip6_pkt_drop(host, skb, cpu);
    return;
  }
  if (route === ROUTE6_MULTICAST && !ip6_mc_input(host, skb, cpu, flow.dst6!)) return;
  // nexthdr NEXTHDR_ROUTING, then NEXTHDR_DEST: rthdr_protocol's ipv6_rthdr_rcv and destopt_protocol's
  // ipv6_destopt_rcv, each returning 1 (goto resubmit: the next header) or -1 (dropped: no InDelivers)
  const ext = host.skbs.ext[skb];
  if (extRt(ext) !== 0 && !ipv6_rthdr_rcv(host, skb, cpu)) return;
  if (extDst(ext) !== 0 && !ipv6_destopt_rcv(host, skb, cpu)) return;
  // nexthdr NEXTHDR_FRAGMENT (a sender's fragment): frag_protocol, ipv6_frag_rcv, returns -1 while it holds or frees
  // the fragment (no InDelivers) and 1 with the reassembled datagram, which `goto resubmit` hands to its next header.
  if (host.skbs.flags[skb] & SKB_SENDER_FRAGMENT) {
    skb = ipv6_frag_rcv(host, skb, cpu);
    if (skb < 0) return;
  }
  // nexthdr IPPROTO_UDP: udpv6_protocol (INET6_PROTO_NOPOLICY | INET6_PROTO_FINAL); IPPROTO_ICMPV6 (the model's own
  // errors looped back over lo): icmpv6_protocol. No raw socket. Both handlers return 0 whatever they do with the
  // packet, so InDelivers counts it: `else if (ret == 0) __IP6_INC_STATS(net, idev, IPSTATS_MIB_INDELIVERS)`
  // (3.13: ip6_input_finish).
  if (flow.proto === IPPROTO_ICMPV6) icmpv6_rcv(host, skb);
  else udpv6_rcv(host, skb, cpu);
  host.mib.ip6.InDelivers++;
}
