// Per-profile rules of the IPv4/UDP half, as small named functions (one rule each), so that a
// deliberately faulty implementation is the model with one rule replaced. profile.ts composes
// the object of a profile as `KernelProfile.udp`.
// Sources: spec/kernel-semantics.md sections 5, 6, 9, 10; kernel functions cited per rule.
import type { ProfileName } from '../generated/schema-types.ts';
import type { Mibs, UdpMib } from './mib.ts';
import type { SysctlState } from './host.ts';
import type { DropReason } from './skb_drop.ts';

/**
 * include/net/sock.h: SOCK_MIN_RCVBUF = TCP_SKB_MIN_TRUESIZE = 2048 + SKB_DATA_ALIGN(sizeof(struct sk_buff))
 * = 2048 + 256 on x86_64 (live 6.18: SO_RCVBUF 0 -> 2304). Same definition in 3.13 (introduced by
 * eea86af6b1e1 for v3.13; sizeof(sk_buff) aligned to 256 there too, see truesize/linux-3.13.json).
 */
export const SOCK_MIN_RCVBUF = 2304;
const INT_MAX = 0x7fffffff;
/** include/linux/skbuff.h: CHECKSUM_BREAK, skb->len up to which a checksum is verified at once. */
export const CHECKSUM_BREAK = 76;
/** PAGE_SIZE = SK_MEM_QUANTUM (x86_64). */
export const PAGE_SIZE = 4096;

/** The part of a UDP socket the memory rules touch (sock.ts:UdpSock implements it). */
export interface UdpMemSock {
  rcvbuf: number;
  rmem_alloc: number;
  forward_alloc: number;
  forward_deficit: number;
  forward_threshold: number;
  readonly reader_queue: { readonly length: number };
  /** skb_queue_splice_tail_init(&sk->sk_receive_queue, &up->reader_queue) */
  spliceReceiveToReader(): void;
}

/**
 * An IPv4 input check that dropped a packet (net/ipv4/ip_input.c, net/ipv4/route.c:ip_error): the
 * FrameFlag it stands for in the model. 'short': fewer bytes than an IP header; 'ihl'/'version': `iph->ihl < 5 || iph->version != 4`;
 * 'csum': ip_fast_csum; 'truncated': `skb->len < len`; 'len_short': `len < iph->ihl*4`;
 * 'rp_filter': fib_validate_source -EXDEV; 'options': ip_rcv_options; 'host_unreach'/'net_unreach':
 * ip_error with dst.error EHOSTUNREACH / ENETUNREACH; 'unknown_proto': no protocol handler.
 */
export type IpInputCheck =
  | 'short' | 'ihl' | 'version' | 'csum' | 'truncated' | 'len_short' | 'rp_filter' | 'options'
  | 'host_unreach' | 'net_unreach' | 'unknown_proto';

/**
 * The counters of a failed IPv4 input check, every profile (spec section 5). Only the drop path
 * calls it (error frames), never a good packet.
 */
export function chargeIpInputError(mib: Mibs, check: IpInputCheck): void {
  switch (check) {
    // ip_rcv (6.18 ip_rcv_core) `if (iph->ihl < 5 || iph->version != 4) goto inhdr_error;`,
    // `else if (len < (iph->ihl*4)) goto inhdr_error;` -> IPSTATS_MIB_INHDRERRORS
    // `if (!pskb_may_pull(skb, sizeof(struct iphdr))) goto inhdr_error;`
    case 'short': case 'ihl': case 'version': case 'len_short': mib.ip.InHdrErrors++; break;
    // `csum_error: IPSTATS_MIB_CSUMERRORS;` then falls into `inhdr_error: IPSTATS_MIB_INHDRERRORS`
    case 'csum': mib.ipExt.InCsumErrors++; mib.ip.InHdrErrors++; break;
    // `if (skb->len < len) { IPSTATS_MIB_INTRUNCATEDPKTS; goto drop; }`
    case 'truncated': mib.ipExt.InTruncatedPkts++; break;
    // ip_rcv_finish(_core): `if (err == -EXDEV) __NET_INC_STATS(net, LINUX_MIB_IPRPFILTER)`
    case 'rp_filter': mib.tcpExt.IPReversePathFilter++; break;
    // ip_rcv_options: ip_options_compile fails -> IPSTATS_MIB_INHDRERRORS
    case 'options': mib.ip.InHdrErrors++; break;
    // route.c:ip_error: EHOSTUNREACH -> IPSTATS_MIB_INADDRERRORS, ENETUNREACH -> IPSTATS_MIB_INNOROUTES
    case 'host_unreach': mib.ip.InAddrErrors++; break;
    case 'net_unreach': mib.ipExt.InNoRoutes++; break;
    // 3.13 ip_local_deliver_finish / 6.18 ip_protocol_deliver_rcu: no handler nor raw socket -> IPSTATS_MIB_INUNKNOWNPROTOS
    case 'unknown_proto': mib.ip.InUnknownProtos++; break;
  }
}

/** 3.13 and 6.18 net/ipv4/udp.c:compute_score: a connected socket matches only datagrams from its peer address and port. */
export function udpPeerMatch(peerAddr: number, peerPort: number, saddr: number, sport: number): boolean {
  // `if (inet->inet_daddr) { if (inet->inet_daddr != saddr) return -1; ... }`
  // `if (inet->inet_dport) { if (inet->inet_dport != sport) return -1; ... }`
  return peerAddr === saddr && peerPort === sport;
}

export interface UdpProfile {
  readonly name: ProfileName;
  /**
   * 'sock_queue_rcv_skb': 3.13 udp_queue_rcv_skb (bh_lock_sock, socket backlog while the user owns
   * the lock, sock_queue_rcv_skb). 'udp_enqueue_schedule_skb': 6.x, no socket lock and no backlog.
   */
  readonly queueing: 'sock_queue_rcv_skb' | 'udp_enqueue_schedule_skb';
  /** kfree_skb carries a drop reason (6.x kfree_skb_reason; 3.13 has none). */
  readonly dropReasons: boolean;
  /** The drop reason of a martian source (ip_input.ts:martian_source) of each kind. */
  martianSourceReason(kind: MartianKind): DropReason;
  /** The drop reason when ip_rcv_options fails (ip_input.ts: the ip_options flag). */
  readonly optionsDropReason: DropReason;
  /** The drop reason of a source-routed datagram without accept_source_route (ip_rcv_options). */
  readonly sourceRouteDropReason: DropReason;
  /** The drop reason of a datagram whose checksum udp_recvmsg finds bad (csum_copy_err). */
  readonly recvmsgCsumDropReason: DropReason;
  /** The function skb:kfree_skb names for a datagram the socket refuses (__udp_queue_rcv_skb, or where it is inlined). */
  readonly queueRcvDropSite: string;
  /** The same for an IPv6 datagram (net/ipv6/udp.c:__udpv6_queue_rcv_skb, or where it is inlined). */
  readonly queueRcvDropSite6: string;
  /**
   * The function skb:kfree_skb names for an IPv6 datagram no route reaches: net/ipv6/route.c:ip6_pkt_drop, or
   * ip6_pkt_discard where the compiler inlined the static ip6_pkt_drop into it (6.18.44).
   */
  readonly noRouteDropSite6: string;
  /**
   * net/ipv6/udp.c:udp6_csum_init refuses a zero UDP checksum at once (3.13: `if (uh->check == 0) return 1`),
   * rather than after the socket lookup (6.x: RFC 6936's no_check6_rx, then udp6_csum_zero_error).
   */
  readonly udp6ZeroCsumAtInit: boolean;
  /**
   * How a reassembled datagram's chained fragments (its frag_list, ip_fragment.ts) are freed with it:
   * skbuff.c:skb_release_data frees the list, firing skb:kfree_skb for each at `site` with `reason`; on
   * a drop always, on a consume unless `consumeIsQuiet` (6.12+: the list gets SKB_CONSUMED, traced as
   * consume_skb). The head's own drop reason is not passed on: 6.x's kfree_skb_reason / sk_skb_reason_drop
   * end in __kfree_skb -> skb_release_all(skb, SKB_DROP_REASON_NOT_SPECIFIED).
   */
  readonly fragListFree: { readonly site: string; readonly reason: DropReason; readonly consumeIsQuiet: boolean };
  /** How ip_defrag keeps the fragment memory under net.ipv4.ipfrag_high_thresh (ip_fragment.ts). */
  readonly fragMemLimit: FragMemLimit;
  /**
   * A fragment the reassembly queue already holds (ip_fragment.ts ip_frag_duplicate): 'held' keeps the held one and
   * frees the new (6.x IPFRAG_DUP), 'new' frees the held one and keeps the new (3.13); `site` is where it is freed,
   * with `reason`.
   */
  readonly fragDuplicate: { readonly keep: 'held' | 'new'; readonly site: string; readonly reason: DropReason };
  /**
   * The same for an IPv6 queue (reassembly.ts ip6_frag_duplicate): 'held' as IPv4's 6.x (ip6_frag_queue's
   * `insert_error:` for IPFRAG_DUP); 'kill' for 3.13, whose ip6_frag_queue takes a fragment at a held offset for an
   * overlap (RFC 5722): discard_fq kills the queue and counts ReasmFails. `site` frees the new fragment.
   */
  readonly fragDuplicate6: { readonly keep: 'held' | 'kill'; readonly site: string; readonly reason: DropReason };
  /**
   * Where 6.x frees an expired IPv6 queue's head after the time exceeded (include/net/ipv6_frag.h:
   * ip6frag_expire_frag_queue, inlined into its caller): reassembly.ts ip6_frag_expire. 3.13 frees it with the
   * others in inet_frag_destroy.
   */
  readonly fragExpireSite6: string;
  /**
   * How a queue killed by an overlap (or, 3.13 IPv6, a duplicate) frees the fragments it held, when its last reference
   * goes: 6.12+ inet_frag_destroy -> inet_frag_rbtree_purge(root, SKB_CONSUMED) (consume_skb: null, no skb:kfree_skb);
   * 6.1 inet_frag_rbtree_purge's plain kfree_skb; 3.13 inet_frag_destroy -> frag_kfree_skb.
   */
  readonly fragKillPurge: { readonly site: string; readonly reason: DropReason } | null;
  /**
   * Where the datagram with an unknown option is freed (exthdrs.ts ip6_tlvopt_unknown): dropped by
   * net/ipv6/exthdrs.c:ip6_tlvopt_unknown (or where the compiler inlined it).
   */
  readonly optUnknownDropSite6: string;
  /**
   * Where a datagram answered with an ICMPv6 parameter problem is freed, by the function `caller` that sent it
   * (exthdrs.ts: ip6_tlvopt_unknown, ipv6_rthdr_rcv): 3.13 in net/ipv6/icmp.c:icmpv6_param_prob; 6.x's
   * icmpv6_param_prob_reason ends in a tail call to kfree_skb_reason, whose return address is then in the caller.
   */
  paramProbDropSite6(caller: string): string;
  /**
   * The function skb:kfree_skb names for a datagram still queued on a socket being closed (udp_close.ts), for
   * both families: 6.x udp_destruct_common's `kfree_skb(skb)` (reason NOT_SPECIFIED; udpv6_destruct_sock calls
   * it too), 3.13 inet_sock_destruct's __skb_queue_purge (inet6_create sets the same sk_destruct).
   */
  readonly closePurgeSite: string;
  /**
   * The drop count a datagram carries from its queueing to recvmsg's SO_RXQ_OVFL control message: 3.13
   * net/core/sock.c:sock_queue_rcv_skb `skb->dropcount = atomic_read(&sk->sk_drops)` for every datagram; 6.x
   * include/net/sock.h:sock_skb_set_dropcount only while SOCK_RXQ_OVFL is set (0 otherwise).
   */
  skbDropcount(rxqOvfl: boolean, drops: number): number;
  /** 3.13 af_inet.c:inet_release calls sock_rps_reset_flow (gone since 4.0's "rfs: add hash collision detection"). */
  readonly rpsResetFlowOnRelease: boolean;

  /** sk_rcvbuf after setsockopt(SO_RCVBUF / SO_RCVBUFFORCE, val). */
  sockSetRcvbuf(val: number, force: boolean, rmemMax: number): number;
  /** 3.13 include/net/sock.h:sk_rcvqueues_full: true = drop (skb size not counted). */
  rcvqueuesFull(rmem: number, backlogLen: number, rcvbuf: number): boolean;
  /** 3.13 net/core/sock.c:sock_queue_rcv_skb first test: true = -ENOMEM. */
  sockQueueFull(rmem: number, rcvbuf: number): boolean;
  /** 6.x net/ipv4/udp.c:__udp_enqueue_schedule_skb admission: true = admit. */
  udpAdmit(rmem: number, truesize: number, rcvbuf: number): boolean;
  /**
   * 6.x __udp_enqueue_schedule_skb: the bytes to forward-allocate (rounded up to pages by
   * sk_mem_schedule) before queueing a datagram of `size` with `forwardAlloc` bytes in hand; 0: none.
   */
  udpRmemScheduleBytes(forwardAlloc: number, size: number): number;
  /**
   * 6.x: a forward-allocation failure is dropped inside __udp_enqueue_schedule_skb, which returns 0
   * (6.18's producer-queue batch); false: it returns -ENOBUFS and __udp_queue_rcv_skb counts it (6.1, 6.12).
   */
  readonly memScheduleDropInEnqueue: boolean;

  /** Counters of a 3.13 sk_rcvqueues_full / sk_add_backlog drop (udp_queue_rcv_skb `drop:`). */
  chargeRcvqueuesFull(udp: UdpMib): void;
  /** Counters of an -ENOMEM (receive buffer full) drop in __udp_queue_rcv_skb. */
  chargeRcvbuf(udp: UdpMib): void;
  /** Counters of a memory scheduling failure (3.13, 6.1, 6.12 -ENOBUFS; 6.18 the llist path's PROTO_MEM drop). */
  chargeMemSchedule(udp: UdpMib): void;
  /** Counters when a multicast/broadcast datagram matches no socket (__udp4_lib_mcast_deliver). */
  chargeMcastNoSocket(udp: UdpMib): void;
  /** Counters of a failed IPv4 input check (chargeIpInputError, every profile). */
  chargeIpInputError(mib: Mibs, check: IpInputCheck): void;
  /** Counters of a datagram whose UDP length is wrong (__udp4_lib_rcv `short_packet`). */
  chargeUdpLenError(udp: UdpMib): void;
  /** compute_score: does a connected socket (peer address and port) match a datagram from saddr:sport? */
  udpPeerMatch(peerAddr: number, peerPort: number, saddr: number, sport: number): boolean;
  /** __udp4_lib_rcv with no socket (and a good checksum): NoPorts and an ICMP port unreachable. */
  readonly noPortsIcmp: boolean;
  /** udp_recvmsg counts InDatagrams when a datagram is read (true), never when it is queued. */
  readonly inDatagramsOnRead: boolean;

  /** Release the memory of a datagram read by recvmsg; returns pages to uncharge from udp_mem. */
  readRelease(sk: UdpMemSock, truesize: number): number;
  /** 6.x udp_sk(sk)->forward_threshold for a given sk_rcvbuf (udp_lib_init_sock, udp_lib_setsockopt). */
  forwardThreshold(rcvbuf: number): number;
  /** /proc/net/udp rx_queue (net/ipv4/udp.c:udp4_format_sock). */
  procRxQueue(rmemAlloc: number, forwardDeficit: number): number;
  /** Is a (bad) UDP checksum of a datagram with this UDP length verified in __udp4_lib_rcv? Else at read. */
  udpCsumAtReceive(udpLen: number): boolean;
  /** Is UDP early demux on (ip_rcv_finish)? */
  earlyDemux(sysctl: SysctlState): boolean;
  /** Does recvmsg record this socket's flow for RFS (sock_rps_record_flow)? */
  rpsRecordOnRead(connected: boolean, rxhash: number): boolean;
  /** Counters of a locally generated packet in __ip_local_out (before ip_output). */
  ipLocalOut(mib: Mibs): void;
  /** Counters of ip_output (IPSTATS_MIB_OUT + OUTOCTETS) for a packet of `len` bytes. */
  ipOutput(mib: Mibs, len: number): void;
  /** Counters of a forwarded packet of `len` bytes before it reaches ip_output (ip_forward / ip_forward_finish). */
  ipForward(mib: Mibs, len: number): void;

  // --- ICMP rate limiting (net/ipv4/icmp.c, net/ipv4/inetpeer.c)
  /** Is an ICMP error of this type and code subject to the rate limits under icmp_ratemask? */
  icmpRateMasked(type: number, code: number, ratemask: number): boolean;
  /** Are the limits applied to an error about a packet that came in on (`inLoopback`) lo or another device? */
  icmpApplyRatelimit(inLoopback: boolean): boolean;
  /** The global limiter (6.x icmp_global_allow); 3.13 has none (always true). */
  icmpGlobalAllow(g: IcmpGlobalBucket, jiffies: number, hz: number, msgsPerSec: number, msgsBurst: number): boolean;
  /** Credits an error that passed the per-destination check takes from the global bucket (6.x icmp_global_consume). */
  icmpGlobalConsume(g: IcmpGlobalBucket): void;
  /** The per-destination token bucket (inetpeer.c:inet_peer_xrlim_allow). */
  inetPeerXrlimAllow(peer: InetPeerRate, jiffies: number, timeout: number): boolean;
  /** Counters of an error the global limiter suppressed (6.x ICMP_MIB_RATELIMITGLOBAL; 3.13 none). */
  chargeIcmpRateLimitGlobal(mib: Mibs): void;
  /** Counters of an error the per-destination limiter suppressed (6.x ICMP_MIB_RATELIMITHOST; 3.13 none). */
  chargeIcmpRateLimitHost(mib: Mibs): void;
}

/**
 * 3.13 and 6.1 ip_forward.c:ip_forward_finish: `IP_INC_STATS_BH(.., IPSTATS_MIB_OUTFORWDATAGRAMS);
 * IP_ADD_STATS_BH(.., IPSTATS_MIB_OUTOCTETS, skb->len);` and ip_output adds OUTOCTETS again.
 */
function ipForwardFinishWithOctets(mib: Mibs, len: number): void {
  mib.ip.ForwDatagrams++;
  mib.ipExt.OutOctets += len;
}

/** 3.13 net/core/sock.c:sock_setsockopt SO_RCVBUF / SO_RCVBUFFORCE. */
function sockSetRcvbuf313(val: number, force: boolean, rmemMax: number): number {
  // val = min_t(u32, val, sysctl_rmem_max) (not for SO_RCVBUFFORCE)
  let v = val >>> 0;
  if (!force) v = Math.min(v, rmemMax >>> 0);
  // sk->sk_rcvbuf = max_t(u32, val * 2, SOCK_MIN_RCVBUF): u32 arithmetic stored into an int,
  // so SO_RCVBUFFORCE with a huge or negative val can give a negative sk_rcvbuf.
  const doubled = (v * 2) >>> 0;
  return Math.max(doubled, SOCK_MIN_RCVBUF) | 0;
}

/** 6.x net/core/sock.c:sk_setsockopt + __sock_set_rcvbuf. */
function sockSetRcvbuf6(val: number, force: boolean, rmemMax: number): number {
  // SO_RCVBUF: __sock_set_rcvbuf(sk, min_t(u32, val, rmem_max)); SO_RCVBUFFORCE: max(val, 0)
  let v = force ? Math.max(val | 0, 0) : Math.min(val >>> 0, rmemMax >>> 0) | 0;
  v = Math.min(v, Math.floor(INT_MAX / 2)); // min_t(int, val, INT_MAX / 2)
  return Math.max(v * 2, SOCK_MIN_RCVBUF); // max_t(int, val * 2, SOCK_MIN_RCVBUF)
}

/** 3.13 net/core/sock.c:sock_rfree + sk_mem_uncharge, then datagram.c:skb_free_datagram_locked -> sk_mem_reclaim_partial. */
function readRelease313(sk: UdpMemSock, truesize: number): number {
  sk.rmem_alloc -= truesize;
  sk.forward_alloc += truesize;
  // include/net/sock.h:sk_mem_reclaim_partial: if (forward_alloc > SK_MEM_QUANTUM) __sk_mem_reclaim
  if (sk.forward_alloc > PAGE_SIZE) {
    const pages = Math.floor(sk.forward_alloc / PAGE_SIZE);
    sk.forward_alloc -= pages * PAGE_SIZE;
    return pages;
  }
  return 0;
}

/** 6.x net/ipv4/udp.c:udp_rmem_release(sk, size, partial = 1), called as each datagram is dequeued. */
function udpRmemRelease(sk: UdpMemSock, truesize: number): number {
  sk.forward_deficit += truesize;
  const size = sk.forward_deficit;
  if (size < sk.forward_threshold && sk.reader_queue.length !== 0) return 0; // rmem NOT reduced
  sk.forward_deficit = 0;
  const partial = 1;
  const amt = (size + sk.forward_alloc - partial) & ~(PAGE_SIZE - 1);
  sk.forward_alloc += size - amt;
  sk.rmem_alloc -= size;
  sk.spliceReceiveToReader();
  return amt / PAGE_SIZE; // __sk_mem_reduce_allocated(sk, amt >> PAGE_SHIFT)
}

/** include/net/inetpeer.h struct inet_peer: the rate-limit fields (rate_tokens, rate_last; jiffies). */
export interface InetPeerRate {
  tokens: number;
  last: number;
}

/** 6.x include/net/netns/ipv4.h: icmp_global_credit, icmp_global_stamp (per netns). */
export interface IcmpGlobalBucket {
  credit: number;
  /** jiffies of the last refill; -Infinity before the first (the kernel's 0 is far behind jiffies). */
  stamp: number;
}

/** net/ipv4/inetpeer.c: XRLIM_BURST_FACTOR, the per-destination bucket's depth in timeouts. */
export const XRLIM_BURST_FACTOR = 6;
/** include/uapi/linux/icmp.h */
const ICMP_DEST_UNREACH = 3;
const ICMP_FRAG_NEEDED = 4;
const NR_ICMP_TYPES = 18;

/**
 * Is an ICMP error of this type rate limited? 3.13 icmp.c:icmpv4_xrlim_allow (`if (type > NR_ICMP_TYPES)
 * goto out;` ... `if ((1 << type) & net->ipv4.sysctl_icmp_ratemask)`), 6.x icmp.c:icmpv4_mask_allow negated.
 */
function icmpRateMasked(type: number, code: number, ratemask: number): boolean {
  if (type > NR_ICMP_TYPES) return false;
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) return false; // "Don't limit PMTU discovery."
  return ((1 << type) & ratemask) !== 0;
}

/**
 * net/ipv4/inetpeer.c:inet_peer_xrlim_allow(peer, timeout): `token += now - rate_last` capped at
 * XRLIM_BURST_FACTOR * timeout; allowed iff `token >= timeout` (then `token -= timeout`). 3.13 and 6.18
 * alike (6.x updates rate_last only when delta != 0: the same values).
 */
function inetPeerXrlimAllow(peer: InetPeerRate, jiffies: number, timeout: number): boolean {
  let token = peer.tokens + (jiffies - peer.last);
  peer.last = jiffies;
  if (token > XRLIM_BURST_FACTOR * timeout) token = XRLIM_BURST_FACTOR * timeout;
  let rc = false;
  if (token >= timeout) {
    token -= timeout;
    rc = true;
  }
  peer.tokens = token;
  return rc;
}

/**
 * 6.x net/ipv4/icmp.c:icmp_global_allow (per netns since 6.12): true while credit > 0; else a refill of
 * msgs_per_sec * min(now - stamp, HZ) / HZ, no sooner than HZ/50 jiffies after the last, up to msgs_burst.
 */
function icmpGlobalAllow6(g: IcmpGlobalBucket, jiffies: number, hz: number, msgsPerSec: number, msgsBurst: number): boolean {
  if (g.credit > 0) return true;
  const delta = Math.min(jiffies - g.stamp, hz);
  if (delta < Math.floor(hz / 50)) return false;
  const incr = Math.floor((msgsPerSec * delta) / hz); // div_u64((u64)incr * delta, HZ)
  if (incr === 0) return false;
  g.stamp = jiffies;
  g.credit = Math.min(g.credit + incr, msgsBurst);
  return true;
}

/** A martian source (ip_input.ts:martian_source): 127.0.0.0/8, one of the host's addresses, or another kind. */
export type MartianKind = 'loopback' | 'local' | 'invalid';

const MARTIAN_REASONS_618: Readonly<Record<MartianKind, DropReason>> = {
  loopback: 'IP_LOCALNET', local: 'IP_LOCAL_SOURCE', invalid: 'IP_INVALID_SOURCE',
};

/**
 * - 'refuse': 6.x inet_fragment.c:inet_frag_find `if (!high_thresh || frag_mem_limit(fqdir) > high_thresh)
 *   return NULL;` (an atomic_long): ip_defrag counts ReasmFails and frees the fragment;
 * - 'evict': 3.13 ip_fragment.c:ip_defrag `if (frag_mem_limit(&net->ipv4.frags) > high_thresh)
 *   ip_evictor(net);`, frag_mem_limit a percpu_counter_read (batch frag_percpu_counter_batch 130000):
 *   inet_frag_evictor frees the least recently used queues until low_thresh, ReasmFails per queue.
 */
export type FragMemLimit = 'refuse' | 'evict';

export const UDP_313: UdpProfile = {
  name: 'linux-3.13',
  queueing: 'sock_queue_rcv_skb',
  dropReasons: false,
  martianSourceReason: () => 'NOT_SPECIFIED', // 3.13 kfree_skb has no reason
  optionsDropReason: 'NOT_SPECIFIED',
  sourceRouteDropReason: 'NOT_SPECIFIED',
  recvmsgCsumDropReason: 'NOT_SPECIFIED',
  queueRcvDropSite: 'net/ipv4/udp.c:__udp_queue_rcv_skb',
  queueRcvDropSite6: 'net/ipv6/udp.c:__udpv6_queue_rcv_skb',
  udp6ZeroCsumAtInit: true,
  // skbuff.c:skb_release_data -> skb_drop_fraglist -> skb_drop_list -> kfree_skb_list -> kfree_skb (traced
  // there), for a drop and for a read alike (skb_free_datagram_locked -> __kfree_skb)
  fragListFree: { site: 'net/core/skbuff.c:kfree_skb_list', reason: 'NOT_SPECIFIED', consumeIsQuiet: false },
  // ip_fragment.c:ip_frag_queue: `free_it = next; ... frag_kfree_skb(qp->q.net, free_it);` (kfree_skb inlined there)
  fragDuplicate: { keep: 'new', site: 'net/ipv4/ip_fragment.c:ip_frag_queue', reason: 'NOT_SPECIFIED' },
  // 3.13 reassembly.c:ip6_frag_queue `discard_fq:` ... `kfree_skb(skb)` (as the source has it; no 3.13 build here)
  fragDuplicate6: { keep: 'kill', site: 'net/ipv6/reassembly.c:ip6_frag_queue', reason: 'NOT_SPECIFIED' },
  fragExpireSite6: 'net/ipv4/inet_fragment.c:inet_frag_destroy',
  fragKillPurge: { site: 'net/ipv4/inet_fragment.c:inet_frag_destroy', reason: 'NOT_SPECIFIED' },
  // 3.13 exthdrs.c:ip6_tlvopt_unknown's kfree_skb and icmp.c:icmpv6_param_prob's, as the source has them
  optUnknownDropSite6: 'net/ipv6/exthdrs.c:ip6_tlvopt_unknown',
  paramProbDropSite6: () => 'net/ipv6/icmp.c:icmpv6_param_prob',
  // af_inet.c:inet_sock_destruct: `__skb_queue_purge(&sk->sk_receive_queue)` (kfree_skb inlined into the caller)
  closePurgeSite: 'net/ipv4/af_inet.c:inet_sock_destruct',
  // af_inet.c:inet_release: `sock_rps_reset_flow(sk);` before sk_prot->close
  rpsResetFlowOnRelease: true,
  // route.c:ip6_pkt_drop's own kfree_skb, as the source has it (no 3.13 build here to say whether it is inlined)
  noRouteDropSite6: 'net/ipv6/route.c:ip6_pkt_drop',
  // sock.c:sock_queue_rcv_skb: `skb->dropcount = atomic_read(&sk->sk_drops);` whatever the socket's flags
  skbDropcount: (_rxqOvfl, drops) => drops,
  fragMemLimit: 'evict',
  sockSetRcvbuf: sockSetRcvbuf313,
  // unsigned int qsize = sk->sk_backlog.len + atomic_read(&sk->sk_rmem_alloc); return qsize > limit;
  rcvqueuesFull: (rmem, backlogLen, rcvbuf) => ((rmem + backlogLen) >>> 0) > (rcvbuf >>> 0),
  // if (atomic_read(&sk->sk_rmem_alloc) >= sk->sk_rcvbuf): int comparison, the `>=` quirk
  sockQueueFull: (rmem, rcvbuf) => (rmem | 0) >= (rcvbuf | 0),
  udpAdmit: () => {
    throw new Error('linux-3.13 has no __udp_enqueue_schedule_skb');
  },
  udpRmemScheduleBytes: () => {
    throw new Error('linux-3.13 has no __udp_enqueue_schedule_skb');
  },
  memScheduleDropInEnqueue: false,
  // udp.c:udp_queue_rcv_skb `drop:` UDP_INC_STATS_BH(InErrors) only (no RcvbufErrors in 3.13)
  chargeRcvqueuesFull: (udp) => { udp.InErrors++; },
  // udp.c:__udp_queue_rcv_skb: "Note that an ENOMEM error is charged twice"
  chargeRcvbuf: (udp) => { udp.RcvbufErrors++; udp.InErrors++; },
  // __udp_queue_rcv_skb with rc == -ENOBUFS: InErrors only (MemErrors does not exist in 3.13)
  chargeMemSchedule: (udp) => { udp.InErrors++; },
  // udp.c:__udp4_lib_mcast_deliver: no socket -> kfree_skb, no counter
  chargeMcastNoSocket: () => {},
  chargeIpInputError,
  // udp.c:__udp4_lib_rcv `short_packet:` ... `drop: UDP_INC_STATS(..., UDP_MIB_INERRORS, ...)`
  chargeUdpLenError: (udp) => { udp.InErrors++; },
  udpPeerMatch,
  // udp.c:__udp4_lib_rcv: `__UDP_INC_STATS(net, UDP_MIB_NOPORTS, ...);`
  // `icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);`
  noPortsIcmp: true,
  // udp.c:udp_recvmsg: `if (!peeking) UDP_INC_STATS(sock_net(sk), UDP_MIB_INDATAGRAMS, is_udplite);` (not at enqueue)
  inDatagramsOnRead: true,
  readRelease: readRelease313,
  forwardThreshold: () => 0,
  // udp.c:udp4_format_sock: sk_rmem_alloc_get(sp)
  procRxQueue: (rmem) => rmem,
  // udp.c:udp4_csum_init only sets up skb->csum; the full checksum is computed at read
  // (skb_copy_and_csum_datagram_iovec) or in the no-socket path (udp_lib_checksum_complete).
  // Stryker disable next-line ArrowFunction: equivalent: `() => undefined` is falsy like `() => false`
  udpCsumAtReceive: () => false,
  // ip_input.c:ip_rcv_finish: sysctl_ip_early_demux covers every protocol (udp_v4_early_demux new in 3.13)
  earlyDemux: (s) => s.ip_early_demux !== 0,
  // include/net/sock.h:sock_rps_record_flow -> rps_record_sock_flow: `if (table && hash)`
  rpsRecordOnRead: (_connected, rxhash) => rxhash !== 0,
  // 3.13 __ip_local_out bumps nothing; OutRequests is IPSTATS_MIB_OUTPKTS, counted in ip_output
  ipLocalOut: () => {},
  // ip_output.c:ip_output: IP_UPD_PO_STATS(net, IPSTATS_MIB_OUT, skb->len) (shown as OutRequests)
  ipOutput: (mib, len) => { mib.ip.OutRequests++; mib.ipExt.OutOctets += len; },
  ipForward: ipForwardFinishWithOctets,
  icmpRateMasked,
  // 3.13 icmp.c:icmpv4_xrlim_allow tests only the output device (loopback: no limit), not the input one
  icmpApplyRatelimit: () => true,
  // 3.13 icmp.c:icmp_send calls only icmpv4_xrlim_allow: no global limiter (icmp_global_allow came in 3.18)
  icmpGlobalAllow: () => true,
  icmpGlobalConsume: () => {},
  inetPeerXrlimAllow,
  // 3.13 icmp.c:icmp_send `if (!icmpv4_xrlim_allow(...)) goto ende;`: suppressed without a counter
  chargeIcmpRateLimitGlobal: () => {},
  chargeIcmpRateLimitHost: () => {},
};

export const UDP_618: UdpProfile = {
  // Stryker disable next-line StringLiteral: equivalent: UdpProfile.name is read nowhere in src/
  name: 'linux-6.18',
  // Stryker disable next-line StringLiteral: equivalent: udp.ts only tests `queueing === 'sock_queue_rcv_skb'`, so any other string is the 6.x path
  queueing: 'udp_enqueue_schedule_skb',
  dropReasons: true,
  // route.c:ip_route_input_slow (6.13 on: routing returns drop reasons): recorded on 6.18.44
  // (golden/kernel/linux-6.18/crafted-martian-*.json): a loopback source IP_LOCALNET, one of ours (fib_validate_source)
  // IP_LOCAL_SOURCE, a multicast, limited-broadcast or 0.0.0.0/8 source IP_INVALID_SOURCE
  martianSourceReason: (kind) => MARTIAN_REASONS_618[kind],
  // ip_input.c:ip_rcv_options returns a reason (6.13 on): IP_INHDR, recorded (golden/kernel/linux-6.18/crafted-ip-options.json)
  optionsDropReason: 'IP_INHDR',
  // ip_input.c:ip_rcv_options: a source route without accept_source_route; recorded on 6.18.44
  // (golden/kernel/linux-6.18/crafted-ip-options-lsrr.json, -ssrr.json)
  sourceRouteDropReason: 'NOT_SPECIFIED',
  // udp.c:udp_recvmsg `csum_copy_err: ... kfree_skb_reason(skb, SKB_DROP_REASON_UDP_CSUM)` (crafted-udp-csum-large.json)
  recvmsgCsumDropReason: 'UDP_CSUM',
  // the static __udp_queue_rcv_skb is inlined: skb:kfree_skb names udp_queue_rcv_one_skb (recorded on 6.12 and 6.18,
  // golden/kernel/linux-6.1x/trace-flood-lo-rcvbuf2304.json; 6.1 prints the location as a pointer, so it takes
  // the same site unobserved)
  queueRcvDropSite: 'net/ipv4/udp.c:udp_queue_rcv_one_skb',
  queueRcvDropSite6: 'net/ipv6/udp.c:udpv6_queue_rcv_one_skb',
  // 3.16 (RFC 6936 support) on: skb_checksum_init_zero_check lets 0 through to the lookup
  udp6ZeroCsumAtInit: false,
  // skbuff.c:skb_release_data -> kfree_skb_list_reason(shinfo->frag_list, reason), __sk_skb_reason_drop
  // inlined there (recorded: skb_release_data NOT_SPECIFIED); a read: skb_consume_udp ->
  // __consume_stateless_skb -> skb_release_data(skb, SKB_CONSUMED): consume_skb events
  fragListFree: { site: 'net/core/skbuff.c:skb_release_data', reason: 'NOT_SPECIFIED', consumeIsQuiet: true },
  // ip_fragment.c:ip_frag_queue `insert_error: if (err == IPFRAG_DUP) { kfree_skb_reason(skb, SKB_DROP_REASON_DUP_FRAG);
  // return -EINVAL; }`: recorded at ip_defrag (the static ip_frag_queue inlined) on 6.12.118 and 6.18.44
  // (golden/kernel/linux-6.1x/frag-veth-order-duplicate.json)
  fragDuplicate: { keep: 'held', site: 'net/ipv4/ip_fragment.c:ip_defrag', reason: 'DUP_FRAG' },
  fragDuplicate6: { keep: 'held', site: 'net/ipv6/reassembly.c:ipv6_frag_rcv', reason: 'DUP_FRAG' },
  fragExpireSite6: 'net/ipv6/reassembly.c:ip6_frag_expire',
  fragKillPurge: null,
  optUnknownDropSite6: 'net/ipv6/exthdrs.c:ip6_tlvopt_unknown',
  // recorded on 6.18.44: icmpv6_param_prob_reason ends in a tail call to kfree_skb_reason, whose return address is
  // then in its caller (golden/kernel/linux-6.18/ipv6-veth-opt-icmp.json)
  paramProbDropSite6: (caller) => caller,
  // udp.c:udp_destruct_common: `while ((skb = __skb_dequeue(&up->reader_queue)) != NULL) { total += skb->truesize;
  // kfree_skb(skb); }` after splicing sk_receive_queue onto the reader queue
  closePurgeSite: 'net/ipv4/udp.c:udp_destruct_common',
  // af_inet.c:inet_release: no RFS reset (the socket flow table tolerates stale entries)
  rpsResetFlowOnRelease: false,
  // recorded on 6.18.44 (golden/kernel/linux-6.18/ipv6-veth-no-route.json): ip6_pkt_drop inlined into ip6_pkt_discard
  noRouteDropSite6: 'net/ipv6/route.c:ip6_pkt_discard',
  // udp.c:__udp_enqueue_schedule_skb: sock_skb_set_dropcount (6.1, 6.12); 6.18's producer batch takes
  // `dropcount = sock_flag(sk, SOCK_RXQ_OVFL) ? sk_drops_read(sk) : 0` once for the skbs it queues
  skbDropcount: (rxqOvfl, drops) => (rxqOvfl ? drops : 0),
  fragMemLimit: 'refuse',
  sockSetRcvbuf: sockSetRcvbuf6,
  rcvqueuesFull: () => {
    throw new Error('linux-6.18 UDP has no socket backlog (sk_rcvqueues_full)');
  },
  sockQueueFull: () => {
    throw new Error('linux-6.18 UDP does not use sock_queue_rcv_skb');
  },
  // udp.c:__udp_enqueue_schedule_skb (6.18): rmem and rcvbuf are unsigned int;
  //   if (rmem + size > rcvbuf) { if (rcvbuf > INT_MAX >> 1) drop; if (rmem) drop; }
  // i.e. a datagram that does not fit is admitted only into an empty queue.
  udpAdmit: (rmem, truesize, rcvbuf) => {
    const r = rmem >>> 0;
    const b = rcvbuf >>> 0;
    if ((r + truesize) > b) {
      if (b > (INT_MAX >>> 1)) return false;
      if (r !== 0) return false;
    }
    return true;
  },
  // udp.c:udp_rmem_schedule: `delta = size - sk->sk_forward_alloc; if (delta > 0 && !__sk_mem_schedule(sk, delta, ...))`
  udpRmemScheduleBytes: (forwardAlloc, size) => Math.max(0, size - forwardAlloc),
  memScheduleDropInEnqueue: true,
  chargeRcvqueuesFull: () => {
    throw new Error('linux-6.x UDP has no sk_rcvqueues_full');
  },
  // udp.c:__udp_queue_rcv_skb: -ENOMEM -> RcvbufErrors and InErrors ("charged twice")
  chargeRcvbuf: (udp) => { udp.RcvbufErrors++; udp.InErrors++; },
  // 6.18 udp.c:__udp_enqueue_schedule_skb: a udp_rmem_schedule() failure in the llist batch is
  // dropped with reason PROTO_MEM where the kernel leaves a to-do comment ("update SNMP values") and returns 0:
  // no MemErrors, no InErrors (spec 6c). The socket's drop counter is bumped by the caller.
  chargeMemSchedule: () => {},
  // udp.c:__udp4_lib_mcast_deliver: kfree_skb + UDP_MIB_IGNOREDMULTI (__udp6_lib_mcast_deliver alike)
  chargeMcastNoSocket: (udp) => { udp.IgnoredMulti++; },
  chargeIpInputError,
  // udp.c:__udp4_lib_rcv `short_packet:` ... `drop: UDP_INC_STATS(..., UDP_MIB_INERRORS, ...)`
  chargeUdpLenError: (udp) => { udp.InErrors++; },
  udpPeerMatch,
  // udp.c:__udp4_lib_rcv: `__UDP_INC_STATS(net, UDP_MIB_NOPORTS, ...);`
  // `icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);`
  noPortsIcmp: true,
  // udp.c:udp_recvmsg: `if (!peeking) UDP_INC_STATS(sock_net(sk), UDP_MIB_INDATAGRAMS, is_udplite);` (not at enqueue)
  inDatagramsOnRead: true,
  readRelease: udpRmemRelease,
  forwardThreshold: (rcvbuf) => rcvbuf >> 2,
  // udp.c:udp4_format_sock: udp_rqueue_get(sp) = sk_rmem_alloc - forward_deficit
  procRxQueue: (rmem, deficit) => rmem - deficit,
  // udp.c:udp4_csum_init -> skb_checksum_init_zero_check -> __skb_checksum_validate_complete:
  // a checksum not proven by the device is computed at once when skb->len <= CHECKSUM_BREAK,
  // else deferred to the copy at read (skb_copy_and_csum_datagram_msg) or the no-socket path.
  udpCsumAtReceive: (udpLen) => udpLen <= CHECKSUM_BREAK,
  // ip_input.c:ip_rcv_finish_core: ip_early_demux && udp_early_demux
  earlyDemux: (s) => s.ip_early_demux !== 0 && s.udp_early_demux !== 0,
  // include/net/rps.h:sock_rps_record_flow: only sk_state == TCP_ESTABLISHED (a connected UDP socket)
  rpsRecordOnRead: (connected) => connected,
  // ip_output.c:__ip_local_out: IP_INC_STATS(net, IPSTATS_MIB_OUTREQUESTS)
  ipLocalOut: (mib) => { mib.ip.OutRequests++; },
  // ip_output.c:ip_output: IP_UPD_PO_STATS(net, IPSTATS_MIB_OUT, skb->len) (shown as OutTransmits)
  ipOutput: (mib, len) => { mib.ip.OutTransmits++; mib.ipExt.OutOctets += len; },
  // ip_forward.c:ip_forward (6.3 on, read in 6.12.118): `__IP_INC_STATS(net, IPSTATS_MIB_OUTFORWDATAGRAMS)`
  // only; OutOctets is counted once, on output
  ipForward: (mib) => { mib.ip.ForwDatagrams++; },
  icmpRateMasked,
  // 6.x icmp.c:__icmp_send: `if (!(skb_in->dev && (skb_in->dev->flags & IFF_LOOPBACK)) && !icmpv4_global_allow(..,
  // &apply_ratelimit))`: apply_ratelimit stays false for a loopback input device, and icmpv4_xrlim_allow returns true
  icmpApplyRatelimit: (inLoopback) => !inLoopback,
  icmpGlobalAllow: icmpGlobalAllow6,
  // icmp.c:icmp_global_consume takes get_random_u32_below(3) credits ("one in average"): the model takes 1,
  // exact while min(icmp_msgs_per_sec, icmp_msgs_burst) > 2 x the errors sent, or with either at 0, or while one
  // destination's limiter spaces them past the refill interval (the validator refuses the rest:
  // src/spec/semantic.ts icmpRateLimitProblems).
  icmpGlobalConsume: (g) => { g.credit -= 1; },
  inetPeerXrlimAllow,
  // icmp.c:icmpv4_global_allow `__ICMP_INC_STATS(net, ICMP_MIB_RATELIMITGLOBAL)`
  chargeIcmpRateLimitGlobal: (mib) => { mib.icmp.OutRateLimitGlobal++; },
  // icmp.c:icmpv4_xrlim_allow `if (!rc) __ICMP_INC_STATS(net, ICMP_MIB_RATELIMITHOST)`
  chargeIcmpRateLimitHost: (mib) => { mib.icmp.OutRateLimitHost++; },
};

/** 6.1 and 6.12 __udp_queue_rcv_skb: `rc == -ENOBUFS`: UDP_MIB_MEMERRORS and UDP_MIB_INERRORS (PROTO_MEM). */
function chargeMemScheduleEnobufs(udp: UdpMib): void {
  udp.MemErrors++;
  udp.InErrors++;
}

/**
 * 6.12.118 net/ipv4/udp.c:__udp_enqueue_schedule_skb (rmem, rcvbuf unsigned int):
 *   if (rmem + size > rcvbuf) { if (rcvbuf > INT_MAX >> 1) goto drop; if (rmem > rcvbuf) goto drop; }
 * A datagram that does not fit is still admitted while rmem <= rcvbuf: the queue overshoots by one.
 */
function udpAdmit612(rmem: number, truesize: number, rcvbuf: number): boolean {
  const r = rmem >>> 0;
  const b = rcvbuf >>> 0;
  if (((r + truesize) >>> 0) > b) {
    if (b > (INT_MAX >>> 1)) return false;
    if (r > b) return false;
  }
  return true;
}

/**
 * 6.1.192 net/ipv4/udp.c:__udp_enqueue_schedule_skb (rmem int): `if (rmem > sk->sk_rcvbuf) goto drop;`, then
 * `rmem = atomic_add_return(size, &sk->sk_rmem_alloc); if (rmem > (size + (unsigned int)sk->sk_rcvbuf)) goto
 * uncharge_drop;` (an unsigned comparison).
 */
function udpAdmit61(rmem: number, truesize: number, rcvbuf: number): boolean {
  if ((rmem | 0) > (rcvbuf | 0)) return false;
  return !(((rmem + truesize) >>> 0) > ((truesize + rcvbuf) >>> 0));
}

export const UDP_612: UdpProfile = {
  ...UDP_618,
  name: 'linux-6.12',
  // recorded on 6.12.118 (golden/kernel/linux-6.12/ipv6-veth-no-route.json): ip6_pkt_drop itself; 6.1 prints a pointer
  noRouteDropSite6: 'net/ipv6/route.c:ip6_pkt_drop',
  udpAdmit: udpAdmit612,
  // ip_input.c:ip_rcv_finish_core: ip_route_input_noref's -EINVAL leaves `drop_reason = SKB_DROP_REASON_NOT_SPECIFIED`
  martianSourceReason: () => 'NOT_SPECIFIED',
  // ip_rcv_finish_core `if (iph->ihl > 5 && ip_rcv_options(skb, dev)) goto drop;` (a bool): NOT_SPECIFIED, recorded
  optionsDropReason: 'NOT_SPECIFIED',
  sourceRouteDropReason: 'NOT_SPECIFIED',
  // udp.c:udp_recvmsg `csum_copy_err: ... kfree_skb(skb);` NOT_SPECIFIED, recorded
  recvmsgCsumDropReason: 'NOT_SPECIFIED',
  // udp.c:__udp_enqueue_schedule_skb `err = udp_rmem_schedule(sk, size); if (err) ... goto uncharge_drop;` (-ENOBUFS)
  memScheduleDropInEnqueue: false,
  chargeMemSchedule: chargeMemScheduleEnobufs,
};

export const UDP_61: UdpProfile = {
  ...UDP_612,
  name: 'linux-6.1',
  udpAdmit: udpAdmit61,
  // udp.c:__udp_enqueue_schedule_skb `if (size >= sk->sk_forward_alloc) { amt = sk_mem_pages(size); ...
  // __sk_mem_raise_allocated(sk, delta, amt, SK_MEM_RECV)` (whole pages for the datagram, not the shortfall)
  udpRmemScheduleBytes: (forwardAlloc, size) => (size >= forwardAlloc ? size : 0),
  // 6.1 has no __ip_local_out count; ip_output.c:ip_output `IP_UPD_PO_STATS(net, IPSTATS_MIB_OUT, skb->len)`
  // is IPSTATS_MIB_OUTPKTS, shown as OutRequests (net/ipv4/proc.c): as in 3.13 (OutTransmits came in 6.3)
  ipLocalOut: UDP_313.ipLocalOut,
  ipOutput: UDP_313.ipOutput,
  // ip_forward.c:ip_forward_finish (6.1.192): OUTFORWDATAGRAMS and OUTOCTETS, as in 3.13
  ipForward: UDP_313.ipForward,
  // skbuff.c:skb_release_data -> kfree_skb_list(frag_list) -> kfree_skb_list_reason(segs, NOT_SPECIFIED) ->
  // kfree_skb_reason (traced there), for a read too (__consume_stateless_skb -> skb_release_data(skb))
  fragListFree: { site: 'net/core/skbuff.c:kfree_skb_list_reason', reason: 'NOT_SPECIFIED', consumeIsQuiet: false },
  // ip_fragment.c:ip_frag_queue `if (err == IPFRAG_DUP) { kfree_skb(skb); return -EINVAL; }` (6.1.192): no reason yet,
  // recorded (golden/kernel/linux-6.1/frag-veth-order-duplicate.json: NOT_SPECIFIED, the location a pointer)
  fragDuplicate: { keep: 'held', site: 'net/ipv4/ip_fragment.c:ip_defrag', reason: 'NOT_SPECIFIED' },
  fragDuplicate6: { keep: 'held', site: 'net/ipv6/reassembly.c:ipv6_frag_rcv', reason: 'NOT_SPECIFIED' },
  fragKillPurge: { site: 'net/ipv4/inet_fragment.c:inet_frag_rbtree_purge', reason: 'NOT_SPECIFIED' },
};

export const UDP_PROFILES: Readonly<Record<ProfileName, UdpProfile>> = {
  'linux-3.13': UDP_313,
  'linux-6.1': UDP_61,
  'linux-6.12': UDP_612,
  'linux-6.18': UDP_618,
};
