// UDP GRO for a socket that asked for it (Socket.udpGro: setsockopt UDP_GRO), 6.x: net/ipv4/udp_offload.c
// (udp4_gro_receive, udp_gro_receive, udp_gro_receive_segment, udp_gro_complete), net/ipv6/udp_offload.c
// (udp6_gro_receive), net/ipv4/af_inet.c:inet_gro_receive, include/net/gro.h:inet_gro_flush and ipv6_gro_flush,
// net/core/gro.c:skb_gro_receive. The GRO list itself is gro.ts's.
// udp4_gro_receive looks the datagram's socket up (udp_encap_needed_key is on once a socket set UDP_GRO); without
// one that set UDP_GRO, udp_gro_receive flushes and the skb goes up on its own, as plain UDP always does. With one,
// udp_gro_receive_segment merges it into the held skb of its flow (same addresses, ports, TTL, TOS; an IPv4 ID as
// the profile's udpGroIpIdFlush wants) unless it is longer than the held one's first segment; skb_gro_receive
// chains it on the held skb's frag_list (a NAPI-mode veth's skbs are linear: its `merge:` path), adding its
// truesize and payload, unless the merged skb would reach gro_max_size. The held skb is completed (gro.ts
// gro_complete) when a datagram was shorter than its first (merged, then completed), at UDP_GRO_CNT_MAX segments,
// when a datagram could not be merged (it is held in its place), and when the NAPI flushes its GRO lists.
// A merged skb that a socket more than half full admits goes through skb_condense (below).
// The validator (src/spec/udp-gro.ts) keeps to plain UDP datagrams from the veth's peer to a local address.
import type { Host } from './host.ts';
import { ETH_HLEN, SKB_HAS_FRAG_LIST, SKB_IPV6 } from './skb.ts';
import { packetSndTailroom } from './truesize.ts';
import { IPPROTO_UDP } from './ip_input.ts';
import { flow_udp4_sock } from './udp.ts';
import { flow_udp6_sock } from './udp6.ts';
import { inet_state } from './sock.ts';

/** net/ipv4/udp_offload.c UDP_GRO_CNT_MAX */
export const UDP_GRO_CNT_MAX = 64;
/** include/linux/netdevice.h GRO_LEGACY_MAX_SIZE: a veth's gro_max_size (alloc_netdev_mqs: netif_set_gro_max_size) */
export const GRO_MAX_SIZE = 65536;

/** What the held skb of a UDP_GRO flow carries besides the skb (struct napi_gro_cb, skb_shinfo). */
export interface UdpGroHeld {
  /** skb_shinfo(p)->gso_size: the first segment's UDP payload (dev_gro_receive `gso_size = skb_gro_len(skb)`) */
  readonly gsoSize: number;
  /** NAPI_GRO_CB(p)->ip_fixedid (6.12, 6.18) */
  fixedId: boolean;
}

/**
 * udp4_gro_receive / udp6_gro_receive -> udp_gro_receive: does the datagram go to udp_gro_receive_segment, its
 * socket having set UDP_GRO (udp_test_bit(GRO_ENABLED, sk))? Only UDP with a profile that has UDP_GRO; the lookup
 * (udp4_gro_lookup_skb: __udp4_lib_lookup; udp6_gro_lookup_skb) finds the socket udp_rcv will.
 */
export function udp_gro_enabled_sock(host: Host, skb: number): boolean {
  if (!host.udpGroSockets || host.profile.udpGroIpIdFlush === undefined) return false;
  const pool = host.skbs;
  const flowIdx = pool.flow[skb];
  if (host.flows.flows[flowIdx].proto !== IPPROTO_UDP) return false;
  const sk = (pool.flags[skb] & SKB_IPV6) !== 0 ? flow_udp6_sock(host, flowIdx) : flow_udp4_sock(host, flowIdx);
  return sk !== null && sk.udpGro;
}

/**
 * udp_gro_receive_segment's first checks, before it looks at the held skbs: `if (ulen <= sizeof(*uh) || ulen !=
 * skb_gro_len(skb)) { NAPI_GRO_CB(skb)->flush = 1; return NULL; }` ("Do not deal with padded or malicious packets"):
 * a datagram without payload goes up on its own and leaves the held ones held. (A zero checksum, padding: the
 * validator keeps them out.)
 */
export function udp_gro_segment_ok(host: Host, skb: number): boolean {
  return host.skbs.payload[skb] > 0;
}

/** What udp_gro_receive_segment makes of `skb` against the held skb `p` of its flow. */
export interface SegmentVerdict {
  /** skb_gro_receive chained it to p */
  merged: boolean;
  /** p is returned as pp: dev_gro_receive completes it */
  complete: boolean;
}

/**
 * udp_gro_receive_segment against the held skb `p` of the same flow (ports and addresses). The network flush
 * (6.12+: gro_receive_network_flush; 6.1: inet_gro_receive's flush_id): IPv4 by udpGroIpIdFlush (TTL, TOS and DF are
 * the same in a flow's frames), IPv6 none (ipv6_gro_flush: traffic class and hop limit, the same too).
 */
export function udp_gro_receive_segment(host: Host, p: number, held: UdpGroHeld, skb: number): SegmentVerdict {
  const pool = host.skbs;
  let flush = false;
  if ((pool.flags[skb] & SKB_IPV6) === 0) {
    const r = host.profile.udpGroIpIdFlush!((pool.ipId[skb] - pool.ipId[p]) & 0xffff, pool.segs[p], held.fixedId);
    held.fixedId = r.fixedId;
    flush = r.flush;
  }
  const ulen = pool.payload[skb];
  // `if (ulen > ntohs(uh2->len) || flush) pp = p;`: p's UDP header is still its first segment's
  if (ulen > held.gsoSize || flush) return { merged: false, complete: true };
  const merged = skb_gro_receive(host, p, skb);
  // `if (ret || ulen != ntohs(uh2->len) || NAPI_GRO_CB(p)->count >= UDP_GRO_CNT_MAX) pp = p;`
  return { merged, complete: !merged || ulen !== held.gsoSize || pool.segs[p] >= UDP_GRO_CNT_MAX };
}

/**
 * net/core/gro.c:skb_gro_receive, the `merge:` path (a linear skb: skb_headlen > the GRO offset, no head_frag):
 * `if (unlikely(p->len + len >= gro_max_size || ...)) return -E2BIG;` (p->len from the network header, len the
 * new segment's payload); else the skb goes on p's frag_list, `p->truesize += delta_truesize` (all of skb's),
 * p->len and p->data_len grow by its payload, NAPI_GRO_CB(p)->count by one.
 */
function skb_gro_receive(host: Host, p: number, skb: number): boolean {
  const pool = host.skbs;
  const len = pool.payload[skb];
  if (pool.len[p] + len >= GRO_MAX_SIZE) return false;
  const lists = inet_state(host).fragLists;
  let chain = lists.get(p);
  if (chain === undefined) {
    chain = [];
    lists.set(p, chain);
    pool.flags[p] |= SKB_HAS_FRAG_LIST;
  }
  chain.push(skb);
  pool.truesize[p] += pool.truesize[skb];
  pool.len[p] += len;
  pool.payload[p] += len;
  pool.segs[p]++;
  return true;
}

/**
 * net/core/skbuff.c:skb_condense, which __udp_enqueue_schedule_skb calls on an skb it admits while `rmem >
 * (sk_rcvbuf >> 1)`, for a skb GRO merged: when the merged datagrams' data (skb->data_len: the frag_list's) fits
 * the head's tailroom (packetSndTailroom of its own frame), __pskb_pull_tail copies it into the head and
 * consume_skb's the chained skbs (no kfree_skb event), and `skb->truesize = SKB_TRUESIZE(skb_end_offset(skb))`:
 * the head's own truesize, which the socket is then charged for all the segments. When it does not fit, nothing
 * changes. Any other skb of the model is linear (data_len 0: truesize stays SKB_TRUESIZE of its end offset), a
 * reassembled datagram's chain is longer than its head's tailroom (ip_fragment.ts), and a NIC's page fragments
 * longer than its head's (driver.ts).
 */
export function skb_condense(host: Host, skb: number): void {
  const pool = host.skbs;
  if (pool.segs[skb] < 2) return;
  const lists = inet_state(host).fragLists;
  const chain = lists.get(skb)!;
  let dataLen = 0;
  let chainTruesize = 0;
  for (const c of chain) {
    dataLen += pool.payload[c];
    chainTruesize += pool.truesize[c];
  }
  if (dataLen > packetSndTailroom(host.profileName, ETH_HLEN + pool.len[skb] - dataLen, host.profile)) return;
  for (const c of chain) pool.free(c);
  lists.delete(skb);
  pool.flags[skb] &= ~SKB_HAS_FRAG_LIST;
  pool.truesize[skb] -= chainTruesize;
}
