// UDP over IPv6: net/ipv6/udp.c __udp6_lib_rcv (udpv6_rcv) and its socket lookup. Queueing, memory accounting
// and reads are the IPv4 code's (udp.ts), counted in udp_stats_in6 (udp.ts:udp_mib): 3.13 udpv6_queue_rcv_skb ->
// __udpv6_queue_rcv_skb -> sock_queue_rcv_skb, 6.x udpv6_queue_rcv_one_skb -> __udpv6_queue_rcv_skb ->
// __udp_enqueue_schedule_skb, both with the IPv4 path's checks and charges.
import type { Host } from './host.ts';
import type { FlowTuple } from './skb.ts';
import type { UdpSock } from './sock.ts';
import { FLAG, extLen } from './skb.ts';
import { kfree_skb } from './skb_drop.ts';
import { icmp6_send, ICMPV6_DEST_UNREACH, ICMPV6_PORT_UNREACH } from './icmp6.ts';
import { udp_mcast_deliver_to, udp_queue_rcv_skb } from './udp.ts';
import { IPV6_HLEN, ipv6AddrAny } from '../spec/ipv6.ts';

/**
 * udp.c:__udp6_lib_lookup for a unicast datagram: udp6_lib_lookup2 on (daddr, port), then on (::, port). Only
 * AF_INET6 sockets match (compute_score: `sk->sk_family != PF_INET6`); one bound to a v4-mapped address never
 * equals an IPv6 destination, and a connect()ed one matches only its peer's address and port (3.13 and 6.x
 * compute_score: `if (inet->inet_dport) { if (inet->inet_dport != sport) return -1; ...}` and
 * `if (!ipv6_addr_any(&sk->sk_v6_daddr)) { if (!ipv6_addr_equal(&sk->sk_v6_daddr, saddr)) return -1; ...}`).
 * Two sockets never share a port and address (the validator refuses the second bind), so the first match is the
 * best. Returns the index in host.sockets, or -1.
 */
export function udp6_lib_lookup(host: Host, flow: FlowTuple): number {
  const socks = host.sockets;
  let any = -1;
  for (let i = socks.length - 1; i >= 0; i--) {
    const sk = socks[i];
    if (!sk.hashed || sk.family !== 6 || sk.port !== flow.dport) continue;
    if (sk.connected && (sk.peerAddr6 !== flow.src6 || sk.peerPort !== flow.sport)) continue;
    if (sk.addr6 === flow.dst6) return i;
    if (any < 0 && ipv6AddrAny(sk.addr6)) any = i;
  }
  return any;
}

/** The socket __udp6_lib_lookup finds for a flow, asked once per flow (FlowTable.udpSock). */
export function flow_udp6_sock(host: Host, flowIdx: number): UdpSock | null {
  const cache = host.flows.udpSock;
  let i = cache[flowIdx];
  if (i === -2) cache[flowIdx] = i = udp6_lib_lookup(host, host.flows.flows[flowIdx]);
  return i >= 0 ? host.sockets[i] : null;
}

/** udp.c:__udp6_lib_rcv (udpv6_rcv). Returns 0 to ip6_protocol_deliver_rcu whatever happens (InDelivers). */
export function udpv6_rcv(host: Host, skb: number, cpu: number): void {
  const p = host.skbs;
  const f = p.flags[skb];
  const udp = host.mib.udp6;
  const rules = host.profile.udp;
  const loc = 'net/ipv6/udp.c:__udp6_lib_rcv';
  // `if (ulen > skb->len) goto short_packet;` ... `if (ulen < sizeof(*uh)) goto short_packet;` -> discard:
  // UDP_MIB_INERRORS (6.x reason PKT_TOO_SMALL)
  if (f & (FLAG.udp_len_long | FLAG.udp_len_short)) {
    rules.chargeUdpLenError(udp);
    kfree_skb(host, skb, cpu, loc, 'PKT_TOO_SMALL');
    return;
  }
  const zero = (f & FLAG.udp_csum_zero) !== 0;
  // udp6_csum_init. 3.13: `if (uh->check == 0) { LIMIT_NETDEBUG("IPv6: udp checksum is 0 ..."); return 1; }`:
  // csum_error at once. 6.x: skb_checksum_init_zero_check accepts 0 here (RFC 6936 sockets, no_check6_rx)
  // and the check after the lookup refuses it (udp6_csum_zero_error).
  // A nonzero checksum not proven by the device is verified now when skb->len <= CHECKSUM_BREAK (6.x), as IPv4's.
  if (zero && rules.udp6ZeroCsumAtInit) {
    csum_error(host, skb, cpu, loc, 'UDP_CSUM');
    return;
  }
  // skb->len here: the UDP datagram, past the IPv6 header and its extension headers
  if (!zero && (f & FLAG.udp_csum) && rules.udpCsumAtReceive(p.len[skb] - IPV6_HLEN - extLen(p.ext[skb]))) {
    csum_error(host, skb, cpu, loc, 'UDP_CSUM');
    return;
  }
  // `if (ipv6_addr_is_multicast(daddr)) return __udp6_lib_mcast_deliver(...)` (udp_v6_early_demux takes PACKET_HOST
  // frames only, so no socket was stolen); the multicast flag goes with a group destination (the validator)
  if (f & FLAG.multicast) {
    udp6_lib_mcast_deliver(host, skb, host.flows.flows[p.flow[skb]], cpu, zero);
    return;
  }
  const sk = flow_udp6_sock(host, p.flow[skb]);
  if (sk !== null) {
    // `if (!uh->check && !udp_sk(sk)->no_check6_rx) goto report_csum_error;`
    if (zero) {
      csum_error(host, skb, cpu, loc, 'UDP_CSUM');
      return;
    }
    // udp6_unicast_rcv_skb -> udpv6_queue_rcv_skb
    udp_queue_rcv_skb(host, sk, skb, cpu);
    return;
  }
  // no_sk: `reason = SKB_DROP_REASON_NO_SOCKET; if (!uh->check) goto report_csum_error;` (the reason stays)
  if (zero) {
    csum_error(host, skb, cpu, loc, 'NO_SOCKET');
    return;
  }
  // `if (udp_lib_checksum_complete(skb)) goto csum_error;`
  if (f & FLAG.udp_csum) {
    csum_error(host, skb, cpu, loc, 'UDP_CSUM');
    return;
  }
  // `__UDP6_INC_STATS(net, UDP_MIB_NOPORTS, ...); icmpv6_send(skb, ICMPV6_DEST_UNREACH, ICMPV6_PORT_UNREACH, 0);`
  udp.NoPorts++;
  icmp6_send(host, skb, ICMPV6_DEST_UNREACH, ICMPV6_PORT_UNREACH, cpu);
  kfree_skb(host, skb, cpu, loc, 'NO_SOCKET');
}

/**
 * udp.c:__udp_v6_is_mcast_sock (3.13 udp_v6_mcast_next): an AF_INET6 socket on the port, bound to :: or the group,
 * connected (if at all) to the source, and inet6_mc_check: a membership of the group, or without one np->mc_all,
 * which inet6_create sets (IPV6_MULTICAST_ALL). Its bound device is none.
 */
function udp_v6_is_mcast_sock(sk: UdpSock, flow: FlowTuple): boolean {
  if (!sk.hashed || sk.family !== 6 || sk.port !== flow.dport) return false;
  if (sk.connected && (sk.peerAddr6 !== flow.src6 || sk.peerPort !== flow.sport)) return false;
  return ipv6AddrAny(sk.addr6) || sk.addr6 === flow.dst6;
}

/**
 * udp.c:__udp6_lib_mcast_deliver: every matching socket gets the datagram (clones for all but one, each charged the
 * full truesize; 3.13 flush_stack alike). 6.x skips a socket without no_check6_rx for a zero checksum (`if
 * (!uh->check && !udp_get_no_check6_rx(sk)) continue;`: every socket here), which 3.13 refused in udp6_csum_init. None:
 * kfree_skb (reason NOT_SPECIFIED), and 6.x counts UDP_MIB_IGNOREDMULTI in udp_stats_in6.
 */
function udp6_lib_mcast_deliver(host: Host, skb: number, flow: FlowTuple, cpu: number, zero: boolean): void {
  // inlined into __udp6_lib_rcv: its kfree_skb recorded there on 6.12 and 6.18 (golden/kernel mcast6-joined-noport)
  const takes = zero ? no_socket_takes : udp_v6_is_mcast_sock;
  udp_mcast_deliver_to(host, skb, flow, cpu, takes, host.mib.udp6, 'net/ipv6/udp.c:__udp6_lib_rcv');
}

/** A zero checksum: no socket has no_check6_rx, so none takes the datagram. */
function no_socket_takes(): boolean {
  return false;
}

/** __udp6_lib_rcv `csum_error:` UDP_MIB_CSUMERRORS, then `discard:` UDP_MIB_INERRORS, kfree_skb. */
function csum_error(host: Host, skb: number, cpu: number, loc: string, reason: 'UDP_CSUM' | 'NO_SOCKET'): void {
  const udp = host.mib.udp6;
  udp.InCsumErrors++;
  udp.InErrors++;
  kfree_skb(host, skb, cpu, loc, reason);
}
