// UDP receive: net/ipv4/udp.c __udp4_lib_rcv (validation, socket lookup, multicast/broadcast
// delivery, no-socket handling), socket queueing per profile (3.13 udp_queue_rcv_skb ->
// __udp_queue_rcv_skb -> sock_queue_rcv_skb with the socket lock and backlog; 6.x
// udp_queue_rcv_one_skb -> __udp_queue_rcv_skb -> __udp_enqueue_schedule_skb), udp_recvmsg,
// lock_sock / release_sock. Spec: shared/spec/kernel-semantics.md section 6.
import type { Host } from './host.ts';
import type { FlowTuple } from './skb.ts';
import type { UdpProfile } from './profile-udp.ts';
import { FLAG, IP_HLEN, SKB_IPV6 } from './skb.ts';
import type { UdpMib } from './mib.ts';
import { sk_mem_schedule, sk_mem_uncharge_pages, type UdpSock } from './sock.ts';
import { consume_skb, kfree_skb, skb_clone } from './skb_drop.ts';
import { icmp_send, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH } from './icmp.ts';
import { sock_rps_record_flow } from './rps.ts';
import { skb_condense } from './udp_gro.ts';

const ENOMEM = -12;
const ENOBUFS = -105;

/** The UDP MIB a datagram counts in: udp_stats_in6 for an IPv6 one, udp_statistics for an IPv4 one (a dual-stack socket's too). */
export function udp_mib(host: Host, skb: number): UdpMib {
  return (host.skbs.flags[skb] & SKB_IPV6) !== 0 ? host.mib.udp6 : host.mib.udp;
}

/** udp.c:compute_score: -1 = no match; else higher is better (bound address +4, peer address +4, peer port +4). */
function compute_score(sk: UdpSock, flow: FlowTuple, rules: UdpProfile): number {
  // an AF_INET6 socket takes IPv4 datagrams unless ipv6_only_sock (IPV6_V6ONLY, or bound to a non-mapped address)
  // a closed socket is off the hash chains (udp_lib_unhash)
  if (!sk.hashed || sk.port !== flow.dport || sk.v6only) return -1;
  let score = sk.family === 6 ? 1 : 2; // (sk->sk_family == PF_INET) ? 2 : 1
  if (sk.addr !== 0) {
    if (sk.addr !== flow.dst) return -1;
    score += 4;
  }
  if (sk.connected) {
    // inet_daddr must be saddr and inet_dport sport (UdpProfile.udpPeerMatch), +4 each
    if (!rules.udpPeerMatch(sk.peerAddr, sk.peerPort, flow.src, flow.sport)) return -1;
    score += 8;
  }
  return score;
}

/**
 * udp.c:__udp4_lib_lookup for a unicast datagram: the best compute_score. 6.x looks up sockets
 * bound to the destination before INADDR_ANY ones (udp4_lib_lookup2 twice) and 3.13 scores one
 * chain with +4 for a bound address; since connect() binds the source address
 * (ip4_datagram_connect), both pick the same socket here. Ties go to the socket bound last
 * (udp_lib_get_port adds at the chain head). Returns -1 when none matches.
 */
export function udp4_lib_lookup(host: Host, flow: FlowTuple): number {
  const socks = host.sockets;
  const rules = host.profile.udp;
  let best = -1;
  // Stryker disable next-line UnaryOperator: equivalent: compute_score gives -1 or at least 2, so any start below 2 picks the same socket
  let badness = -1;
  for (let i = socks.length - 1; i >= 0; i--) {
    const s = compute_score(socks[i], flow, rules);
    if (s > badness) { badness = s; best = i; }
  }
  return best;
}

/**
 * The socket __udp4_lib_lookup finds for a flow, asked once per flow (FlowTable.udpSock): the answer depends only on
 * the flow and the sockets, and a close step forgets every answer (udp_close.ts).
 */
export function flow_udp4_sock(host: Host, flowIdx: number): UdpSock | null {
  const cache = host.flows.udpSock;
  let i = cache[flowIdx];
  if (i === -2) cache[flowIdx] = i = udp4_lib_lookup(host, host.flows.flows[flowIdx]);
  return i >= 0 ? host.sockets[i] : null;
}

/** udp.c:__udp4_lib_demux_lookup (early demux): a connected socket matching the full 4-tuple (INET_MATCH). */
export function udp4_lib_demux_lookup(host: Host, flow: FlowTuple): number {
  const socks = host.sockets;
  for (let i = socks.length - 1; i >= 0; i--) {
    const sk = socks[i];
    if (sk.hashed && sk.connected && sk.port === flow.dport && sk.addr === flow.dst && sk.peerAddr === flow.src && sk.peerPort === flow.sport) return i;
  }
  return -1;
}

/** udp.c:__udp_is_mcast_sock, then ip_mc_sf_allow for a multicast destination. */
function udp_is_mcast_sock(sk: UdpSock, flow: FlowTuple, mcast: boolean): boolean {
  if (!sk.hashed || sk.port !== flow.dport || sk.v6only) return false; // ... || ipv6_only_sock(sk)
  if (sk.connected && (sk.peerAddr !== flow.src || sk.peerPort !== flow.sport)) return false;
  if (sk.addr !== 0 && sk.addr !== flow.dst) return false;
  // igmp.c:ip_mc_sf_allow: a membership of the group on the device passes (no source filter); without one,
  // `ret = inet->mc_all`, which inet_create sets (IP_MULTICAST_ALL) and inet6_create leaves 0 (3.13 and 6.x alike;
  // an AF_INET6 socket's own mc_all is np's, for IPv6 groups). A broadcast passes (`if (!ipv4_is_multicast)`).
  return !mcast || sk.family === 4;
}

/**
 * net/ipv4/udp.c:__udp4_lib_rcv (udp_rcv). The caller (ip_local_deliver_finish) counts
 * InDelivers whatever happens here: udp_rcv returns 0 even when it drops.
 */
export function udp_rcv(host: Host, skb: number, cpu: number): void {
  const pool = host.skbs;
  const f = pool.flags[skb];
  const mib = host.mib;
  const rules = host.profile.udp;
  const loc = 'net/ipv4/udp.c:__udp4_lib_rcv';
  // ulen > skb->len, or ulen < sizeof(struct udphdr) -> short_packet
  if (f & (FLAG.udp_len_long | FLAG.udp_len_short)) {
    rules.chargeUdpLenError(mib.udp); // InErrors
    kfree_skb(host, skb, cpu, loc, 'PKT_TOO_SMALL');
    return;
  }
  // udp4_csum_init: a bad checksum verified now -> csum_error
  const udpLen = pool.len[skb] - IP_HLEN;
  if ((f & FLAG.udp_csum) && rules.udpCsumAtReceive(udpLen)) {
    mib.udp.InCsumErrors++;
    mib.udp.InErrors++;
    kfree_skb(host, skb, cpu, loc, 'UDP_CSUM');
    return;
  }
  // skb_steal_sock / inet_steal_sock: the socket early demux found
  const stolen = pool.sk[skb];
  if (stolen >= 0) {
    // Stryker disable next-line UnaryOperator: equivalent: nothing reads skb->sk after udp_rcv and every skb allocation site sets it to -1
    pool.sk[skb] = -1;
    const sk = host.sockets[stolen];
    sk.rx_dst = true; // udp_sk_rx_dst_set(sk, dst)
    udp_queue_rcv_skb(host, sk, skb, cpu);
    return;
  }
  const flowIdx = pool.flow[skb];
  const flow = host.flows.flows[flowIdx];
  if (f & (FLAG.multicast | FLAG.broadcast)) {
    udp4_lib_mcast_deliver(host, skb, flow, cpu);
    return;
  }
  const sk = flow_udp4_sock(host, flowIdx);
  if (sk !== null) {
    udp_queue_rcv_skb(host, sk, skb, cpu);
    return;
  }
  // No socket. udp_lib_checksum_complete: a bad checksum is found now -> csum_error
  if (f & FLAG.udp_csum) {
    mib.udp.InCsumErrors++;
    mib.udp.InErrors++;
    kfree_skb(host, skb, cpu, loc, 'UDP_CSUM');
    return;
  }
  mib.udp.NoPorts++;
  if (rules.noPortsIcmp) icmp_send(host, skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, cpu);
  kfree_skb(host, skb, cpu, loc, 'NO_SOCKET');
}

/**
 * udp.c:__udp4_lib_mcast_deliver: every matching socket gets the datagram (clones for all but one,
 * each charged the full truesize). None: kfree_skb, and 6.x counts IgnoredMulti.
 */
function udp4_lib_mcast_deliver(host: Host, skb: number, flow: FlowTuple, cpu: number): void {
  // inlined into __udp4_lib_rcv: its kfree_skb recorded there on 6.12 and 6.18 (golden/kernel mcast-joined-noport);
  // 3.13's own inlining is not recorded, the same function is assumed
  udp_mcast_deliver_to(host, skb, flow, cpu, udp_is_mcast_sock, host.mib.udp, 'net/ipv4/udp.c:__udp4_lib_rcv');
}

/** Whether a socket takes a group's or a broadcast datagram (__udp_is_mcast_sock, __udp_v6_is_mcast_sock). */
export type McastSockMatch = (sk: UdpSock, flow: FlowTuple, mcast: boolean) => boolean;

/**
 * The loop __udp4_lib_mcast_deliver and __udp6_lib_mcast_deliver share (3.13: flush_stack): every socket `takes`
 * accepts gets the datagram, a clone (skbuff.c:__skb_clone, the same truesize) for all but the first found. None:
 * `kfree_skb(skb); __UDP_INC_STATS(net, UDP_MIB_IGNOREDMULTI, ...)` (6.x; 3.13 kfree_skb alone), at `loc`. `takes` is
 * a module function, not a closure: nothing is allocated per datagram.
 */
export function udp_mcast_deliver_to(
  host: Host, skb: number, flow: FlowTuple, cpu: number, takes: McastSockMatch, mib: UdpMib, loc: string,
): void {
  const socks = host.sockets;
  const mcast = (host.skbs.flags[skb] & FLAG.multicast) !== 0;
  let first = -1;
  for (let i = socks.length - 1; i >= 0; i--) {
    if (!takes(socks[i], flow, mcast)) continue;
    if (first < 0) { first = i; continue; }
    udp_queue_rcv_skb(host, socks[i], skb_clone(host, skb), cpu);
  }
  if (first >= 0) {
    udp_queue_rcv_skb(host, socks[first], skb, cpu);
    return;
  }
  host.profile.udp.chargeMcastNoSocket(mib);
  kfree_skb(host, skb, cpu, loc, 'NOT_SPECIFIED');
}

/** udp_queue_rcv_skb: charge the datagram to the socket, per profile. */
export function udp_queue_rcv_skb(host: Host, sk: UdpSock, skb: number, cpu: number): void {
  if (host.profile.udp.queueing === 'sock_queue_rcv_skb') udp_queue_rcv_skb_313(host, sk, skb, cpu);
  else udp_queue_rcv_one_skb(host, sk, skb, cpu);
}

// ---------------------------------------------------------------------------------------------
// linux-3.13

/** 3.13 udp.c:udp_queue_rcv_skb (no xfrm, encap, UDP-Lite or socket filter in the model). */
function udp_queue_rcv_skb_313(host: Host, sk: UdpSock, skb: number, cpu: number): void {
  const rules = host.profile.udp;
  // if (sk_rcvqueues_full(sk, skb, sk->sk_rcvbuf)) goto drop;
  if (rules.rcvqueuesFull(sk.rmem_alloc, sk.backlog_len, sk.rcvbuf)) {
    udp_queue_rcv_skb_drop_313(host, sk, skb, cpu);
    return;
  }
  // bh_lock_sock(sk)
  if (!sk.owned_by_user) {
    __udp_queue_rcv_skb_313(host, sk, skb, cpu);
  } else if (rules.rcvqueuesFull(sk.rmem_alloc, sk.backlog_len, sk.rcvbuf)) {
    // sk_add_backlog fails (the same test; unreachable right after the first one, kept for fidelity)
    udp_queue_rcv_skb_drop_313(host, sk, skb, cpu);
  } else {
    // include/net/sock.h:sk_add_backlog -> __sk_add_backlog; sk_backlog.len += truesize
    sk.backlog.push(skb);
    sk.backlog_len += host.skbs.truesize[skb];
  }
}

/** 3.13 udp_queue_rcv_skb `drop:` UDP_INC_STATS_BH(InErrors); atomic_inc(&sk->sk_drops); kfree_skb. */
function udp_queue_rcv_skb_drop_313(host: Host, sk: UdpSock, skb: number, cpu: number): void {
  host.profile.udp.chargeRcvqueuesFull(udp_mib(host, skb));
  sk.drops++;
  const site = (host.skbs.flags[skb] & SKB_IPV6) !== 0 ? 'net/ipv6/udp.c:udpv6_queue_rcv_skb' : 'net/ipv4/udp.c:udp_queue_rcv_skb';
  // Stryker disable next-line StringLiteral: equivalent: 3.13's skb:kfree_skb has no reason field
  kfree_skb(host, skb, cpu, site, 'SOCKET_BACKLOG');
}

/** 3.13 udp.c:__udp_queue_rcv_skb (also the socket's sk_backlog_rcv, run by release_sock). */
function __udp_queue_rcv_skb_313(host: Host, sk: UdpSock, skb: number, cpu: number): void {
  // if (inet_sk(sk)->inet_daddr) sock_rps_save_rxhash(sk, skb)
  if (sk.connected) sk.rxhash = host.skbs.hash[skb];
  const rc = sock_queue_rcv_skb(host, sk, skb, cpu);
  if (rc < 0) __udp_queue_rcv_skb_error(host, skb, cpu, rc);
}

/**
 * udp.c:__udp_queue_rcv_skb `if (rc < 0)`, every profile: -ENOMEM "is charged twice" (RcvbufErrors +
 * InErrors, SOCKET_RCVBUFF); -ENOBUFS is the profile's memory-scheduling charge (PROTO_MEM).
 */
function __udp_queue_rcv_skb_error(host: Host, skb: number, cpu: number, rc: number): void {
  const rules = host.profile.udp;
  const udp = udp_mib(host, skb);
  if (rc === ENOMEM) rules.chargeRcvbuf(udp);
  else rules.chargeMemSchedule(udp);
  // udp6.c:__udpv6_queue_rcv_skb charges the same way in udp_stats_in6
  const site = (host.skbs.flags[skb] & SKB_IPV6) !== 0 ? rules.queueRcvDropSite6 : rules.queueRcvDropSite;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent under 3.13: its skb:kfree_skb has no reason field
  kfree_skb(host, skb, cpu, site, rc === ENOMEM ? 'SOCKET_RCVBUFF' : 'PROTO_MEM');
}

/** 3.13 net/core/sock.c:sock_queue_rcv_skb: 0, -ENOMEM or -ENOBUFS (sk_drops bumped on both). */
function sock_queue_rcv_skb(host: Host, sk: UdpSock, skb: number, cpu: number): number {
  const truesize = host.skbs.truesize[skb];
  if (host.profile.udp.sockQueueFull(sk.rmem_alloc, sk.rcvbuf)) {
    sk.drops++;
    const trace = host.trace;
    if (trace !== null) {
      trace.emit({ t: host.now, cpu, event: 'sock_rcvqueue_full', rmem_alloc: sk.rmem_alloc, truesize, sk_rcvbuf: sk.rcvbuf });
      trace.note({
        t: host.now, cpu, skbaddr: host.skbs.id[skb], where: 'net/core/sock.c:sock_queue_rcv_skb',
        what: `receive queue full: rmem ${sk.rmem_alloc} >= rcvbuf ${sk.rcvbuf} (the frame's truesize ${truesize} not counted)`,
        counters: ['snmp.Udp.RcvbufErrors', 'snmp.Udp.InErrors', 'udp'],
      });
    }
    return ENOMEM;
  }
  // sk_filter: none. sk_rmem_schedule: size <= sk_forward_alloc || __sk_mem_schedule(sk, size, SK_MEM_RECV)
  if (!(truesize <= sk.forward_alloc || sk_mem_schedule(host, sk, truesize))) {
    sk.drops++;
    return ENOBUFS;
  }
  // skb_set_owner_r: sk_rmem_alloc += truesize; sk_mem_charge: forward_alloc -= truesize
  sk.rmem_alloc += truesize;
  sk.forward_alloc -= truesize;
  host.skbs.dropcount[skb] = host.profile.udp.skbDropcount(sk.rxqOvfl, sk.drops); // skb->dropcount = sk_drops
  sk.receive_queue.push(skb);
  if (!host.profile.udp.inDatagramsOnRead) udp_mib(host, skb).InDatagrams++; // a replaced rule: counted when queued
  return 0;
}

// ---------------------------------------------------------------------------------------------
// linux-6.18

/** 6.x udp.c:udp_queue_rcv_one_skb -> __udp_queue_rcv_skb (no xfrm, encap, UDP-Lite or filter). */
function udp_queue_rcv_one_skb(host: Host, sk: UdpSock, skb: number, cpu: number): void {
  if (sk.connected) sk.rxhash = host.skbs.hash[skb]; // sock_rps_save_rxhash
  const rc = __udp_enqueue_schedule_skb(host, sk, skb, cpu);
  if (rc < 0) __udp_queue_rcv_skb_error(host, skb, cpu, rc); // -ENOBUFS only in 6.1 and 6.12
}

/**
 * 6.x udp.c:__udp_enqueue_schedule_skb. Admission by the profile's udpAdmit (6.18: fits, or the queue
 * is empty; 6.1 and 6.12: rmem <= rcvbuf). skb_condense (rmem > rcvbuf/2) changes only a skb UDP GRO merged
 * whose merged data fits its head's tailroom (udp_gro.ts): the model's other skbs are linear, or their
 * chained or page-frag data is larger than the head's tailroom, so it leaves their truesize unchanged.
 * Then `atomic_add(size, &sk->sk_rmem_alloc)` and the forward allocation
 * (udpRmemScheduleBytes; sk_mem_schedule sees rmem_alloc with this datagram in it). 6.18's per-NUMA
 * producer queue is drained at once (one producer at a time in the model); its scheduling failure is a
 * PROTO_MEM drop that returns 0 and moves only the socket's drop counter. 6.1 and 6.12 return -ENOBUFS.
 * Verified live on Linux 6.18.44 (udp_mem 1 1 1, 3000 sends): drops 2941, InErrors = MemErrors =
 * RcvbufErrors = 0. How many get in first differs: the kernel's per-CPU reserve of
 * udp_memory_allocated (net.core.mem_pcpu_rsv) is not modelled.
 */
function __udp_enqueue_schedule_skb(host: Host, sk: UdpSock, skb: number, cpu: number): number {
  const rules = host.profile.udp;
  let size = host.skbs.truesize[skb];
  if (!rules.udpAdmit(sk.rmem_alloc, size, sk.rcvbuf)) {
    sk.drops++;
    host.trace?.note({
      t: host.now, cpu, skbaddr: host.skbs.id[skb], where: 'net/ipv4/udp.c:__udp_enqueue_schedule_skb',
      what: sk.rmem_alloc > sk.rcvbuf
        ? `not admitted: rmem ${sk.rmem_alloc} > rcvbuf ${sk.rcvbuf}`
        : `not admitted: rmem ${sk.rmem_alloc} + truesize ${size} > rcvbuf ${sk.rcvbuf} and the queue is not empty`,
      counters: ['snmp.Udp.RcvbufErrors', 'snmp.Udp.InErrors', 'udp'],
    });
    return ENOMEM;
  }
  // `if (rmem > (sk->sk_rcvbuf >> 1)) skb_condense(skb);` then `size = skb->truesize` (udp_gro.ts: a merged skb)
  if (sk.rmem_alloc > (sk.rcvbuf >> 1)) {
    skb_condense(host, skb);
    size = host.skbs.truesize[skb];
  }
  sk.rmem_alloc += size; // atomic_add(size, &sk->sk_rmem_alloc)
  const need = rules.udpRmemScheduleBytes(sk.forward_alloc, size);
  if (need > 0 && !sk_mem_schedule(host, sk, need)) {
    sk.rmem_alloc -= size; // uncharge_drop: atomic_sub(skb->truesize, &sk->sk_rmem_alloc)
    sk.drops++;
    if (!rules.memScheduleDropInEnqueue) return ENOBUFS;
    rules.chargeMemSchedule(udp_mib(host, skb));
    kfree_skb(host, skb, cpu, 'net/ipv4/udp.c:__udp_enqueue_schedule_skb', 'PROTO_MEM');
    return 0;
  }
  sk.forward_alloc -= size;
  host.skbs.dropcount[skb] = rules.skbDropcount(sk.rxqOvfl, sk.drops); // sock_skb_set_dropcount
  sk.receive_queue.push(skb);
  if (!rules.inDatagramsOnRead) udp_mib(host, skb).InDatagrams++; // a replaced rule: counted when queued
  return 0;
}

// ---------------------------------------------------------------------------------------------
// recvmsg, lock_sock, release_sock

/** Dequeue the next datagram for recvmsg and release its memory per profile; -1 when none. */
function skb_recv_udp(host: Host, sk: UdpSock): number {
  const rules = host.profile.udp;
  let skb: number;
  if (rules.queueing === 'sock_queue_rcv_skb') {
    // 3.13 datagram.c:__skb_recv_datagram; freeing it runs sock_rfree at once
    skb = sk.receive_queue.shift();
  } else {
    // 6.x udp.c:__skb_recv_udp: reader_queue first, refilled by splicing sk_receive_queue
    skb = sk.reader_queue.shift();
    if (skb < 0 && sk.receive_queue.length > 0) {
      sk.spliceReceiveToReader();
      skb = sk.reader_queue.shift();
    }
  }
  if (skb < 0) return -1;
  // 3.13: skb_free_datagram_locked / skb_kill_datagram -> sock_rfree; 6.x: udp_skb_destructor
  sk_mem_uncharge_pages(host, rules.readRelease(sk, host.skbs.truesize[skb]));
  return skb;
}

/**
 * udp.c:udp_recvmsg, `count` times (Infinity: until the queue is empty; the read that finds it
 * empty returns EAGAIN). A datagram whose checksum was not verified on receive and is bad is
 * found while copying (skb_copy_and_csum_datagram*): InCsumErrors + InErrors + sk_drops, skipped
 * (`goto try_again`), InDatagrams unchanged. Each good datagram read: InDatagrams++.
 * inet_recvmsg first records the flow for RFS (sock_rps_record_flow). Returns datagrams read.
 */
export function udp_recvmsg(host: Host, sk: UdpSock, count: number, cpu: number): number {
  const rules = host.profile.udp;
  if (rules.rpsRecordOnRead(sk.connected, sk.rxhash)) sock_rps_record_flow(host, sk.rxhash, cpu);
  const flags = host.skbs.flags;
  // an AF_INET6 socket reads with udpv6_recvmsg, which counts each datagram in its own family's MIB
  // (`is_udp4 = (skb->protocol == htons(ETH_P_IP))`), a dual-stack socket's IPv4 ones in Udp
  const site = sk.family === 6 ? 'net/ipv6/udp.c:udpv6_recvmsg' : 'net/ipv4/udp.c:udp_recvmsg';
  let read = 0;
  while (read < count) {
    const skb = skb_recv_udp(host, sk);
    if (skb < 0) break;
    const udp = udp_mib(host, skb);
    if (flags[skb] & FLAG.udp_csum) {
      // csum_copy_err: 3.13 skb_kill_datagram / 6.x __sk_queue_drop_skb bump sk_drops
      sk.drops++;
      udp.InCsumErrors++;
      udp.InErrors++;
      kfree_skb(host, skb, cpu, site, rules.recvmsgCsumDropReason);
      continue;
    }
    if (rules.inDatagramsOnRead) udp.InDatagrams++;
    sock_recv_drops(sk, host.skbs.dropcount[skb]);
    consume_skb(host, skb, cpu);
    read++;
  }
  return read;
}

/**
 * net/core/sock.c:sock_recv_drops (from 3.13 sock_recv_ts_and_drops, 6.x sock_recv_cmsgs): `if (sock_flag(sk,
 * SOCK_RXQ_OVFL) && skb && dropcount) put_cmsg(msg, SOL_SOCKET, SO_RXQ_OVFL, ...)`: the application keeps the last.
 */
function sock_recv_drops(sk: UdpSock, dropcount: number): void {
  if (sk.rxqOvfl && dropcount !== 0) sk.rxqOvflSeen = dropcount;
}

/** net/core/sock.c:lock_sock: the application owns the socket (sock_owned_by_user). */
export function lock_sock(_host: Host, sk: UdpSock): void {
  sk.owned_by_user = true;
}

/**
 * net/core/sock.c:release_sock. 3.13: __release_sock runs sk_backlog_rcv (= __udp_queue_rcv_skb)
 * on every backlogged skb, then zeroes sk_backlog.len (only at the end, so the backlog keeps
 * counting in sk_rcvqueues_full meanwhile). 6.x UDP never has a socket backlog.
 */
export function release_sock(host: Host, sk: UdpSock): void {
  if (host.profile.udp.queueing === 'sock_queue_rcv_skb') {
    while (sk.backlog.length > 0) __udp_queue_rcv_skb_313(host, sk, sk.backlog.shift(), sk.cpu);
    sk.backlog_len = 0;
  }
  sk.owned_by_user = false;
}
