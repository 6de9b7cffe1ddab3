// IPv6 reassembly: net/ipv6/reassembly.c (ipv6_frag_rcv, ip6_frag_queue, ip6_frag_reasm, ip6_frag_expire ->
// include/net/ipv6_frag.h:ip6frag_expire_frag_queue), on the queues, memory and timers of inet_fragment.ts, 3.13 and
// 6.x. The fragments are the ones a sender cut from a UDP datagram larger than the veth MTU (src/spec/ip-fragment.ts:
// 40-byte header, fragment header, 1448 data bytes each), each datagram with its own identification; the validator
// keeps their memory under ip6frag_high_thresh (src/spec/ipv6-problems.ts), so no queue is ever refused or evicted.
import type { Host } from './host.ts';
import { inet_state, type FragQueue, type InetState } from './sock.ts';
import {
  FIRST_IN, IPFRAG_OK, frag_end, frag_list_position, frag_queue_account, frag_queue_discard, frag_queue_insert_run,
  frag_queue_note_end, inet_frag_done, inet_frag_expire_free, inet_frag_find, inet_frag_reasm,
} from './inet_fragment.ts';
import { icmp6_send, ICMPV6_TIME_EXCEED } from './icmp6.ts';
import { sysctl_number } from './sysctl.ts';
import { FRAG6_HDR_LEN, FRAG6_HLEN, l4Len } from '../spec/ip-fragment.ts';
import { IPV6_HLEN } from '../spec/ipv6.ts';

/** include/uapi/linux/icmpv6.h */
const ICMPV6_EXC_FRAGTIME = 1;

/** net.ipv6.ip6frag_time (seconds): the scenario's value, else the profile default. */
function ip6frag_time(host: Host): number {
  return sysctl_number(host, 'net.ipv6.ip6frag_time', host.sysctl.ip6frag_time);
}

/** The headers before a fragment's data: the IPv6 header and the fragment header (ip6_frag_queue pulls both). */
const FRAG6_HEADERS = FRAG6_HLEN + FRAG6_HDR_LEN;

/** A fragment's data bytes: skb->len after its headers. */
function frag6DataLen(host: Host, skb: number): number {
  return host.skbs.len[skb] - FRAG6_HEADERS;
}

/**
 * reassembly.c:ipv6_frag_rcv, the NEXTHDR_FRAGMENT handler ip6_protocol_deliver_rcu (3.13 ip6_input_finish) calls
 * for a fragment to a local address: `__IP6_INC_STATS(net, ip6_dst_idev(skb_dst(skb)), IPSTATS_MIB_REASMREQDS)`,
 * then fq_find -> inet_frag_find (a new queue's timer at jiffies + ip6frag_time) and ip6_frag_queue. Returns the
 * reassembled datagram's skb when this fragment completed it (the handler returns 1 and the datagram is resubmitted
 * to its next header, UDP), else -1 (held or freed: the handler returns -1, so InDelivers does not count it).
 */
export function ipv6_frag_rcv(host: Host, skb: number, cpu: number): number {
  host.mib.ip6.ReasmReqds++;
  const st = inet_state(host);
  const q = inet_frag_find(host, st, st.frags6, host.skbs.dgram[skb], true, ip6frag_time(host), cpu);
  return ip6_frag_queue(host, st, q, skb, cpu);
}

/**
 * reassembly.c:ip6_frag_queue: the fragment's offset and end, LAST_IN when IP6_MF is clear (frag_queue_note_end),
 * its place among the held ones (UdpProfile.fragDuplicate6: 6.x inet_frag_queue_insert's runs, 3.13 the list walk
 * that refuses any overlap), meat, add_frag_mem_limit(skb->truesize), FIRST_IN at offset 0 (fq->nhoffset). Complete
 * (FIRST_IN | LAST_IN and meat == len): ip6_frag_reasm.
 */
function ip6_frag_queue(host: Host, st: InetState, q: FragQueue, skb: number, cpu: number): number {
  const p = host.skbs;
  const offset = p.fragOff[skb];
  const end = offset + frag6DataLen(host, skb);
  frag_queue_note_end(q, end, end === l4Len(p.payload[skb]));
  const kept = host.profile.udp.fragDuplicate6.keep === 'held'
    ? ip6_frag_insert_run(host, st, q, skb, offset, end, cpu) : ip6_frag_insert_list(host, st, q, skb, offset, end, cpu);
  if (!kept || !frag_queue_account(host, st.frags6, q, skb, end - offset, cpu)) return -1;
  return ip6_frag_reasm(host, st, q, skb, cpu);
}

/**
 * 6.x: inet_frag_queue_insert's runs and ip6_frag_queue's `insert_error:` (inet_fragment.ts frag_queue_insert_run);
 * the overlap's IPSTATS_MIB_REASM_OVERLAPS has no /proc/net/snmp6 line.
 */
function ip6_frag_insert_run(
  host: Host, st: InetState, q: FragQueue, skb: number, offset: number, end: number, cpu: number,
): boolean {
  const rule = host.profile.udp.fragDuplicate6;
  const r = frag_queue_insert_run(host, st.frags6, q, skb, offset, end, FRAG6_HEADERS, cpu, host.mib.ip6, rule);
  return r === IPFRAG_OK;
}

/**
 * 3.13 ip6_frag_queue's list walk: `prev` is the held fragment before `offset`, `next` the first at or past it;
 * `if (prev && (FRAG6_CB(prev)->offset + prev->len) > offset) goto discard_fq;` and `if (next &&
 * FRAG6_CB(next)->offset < end) goto discard_fq;` (RFC 5722: a fragment at a held offset, a duplicate, too).
 */
function ip6_frag_insert_list(
  host: Host, st: InetState, q: FragQueue, skb: number, offset: number, end: number, cpu: number,
): boolean {
  const at = frag_list_position(host, q, offset);
  const prevEnd = at > 0 ? frag_end(host, q.skbs[at - 1]!, FRAG6_HEADERS) : -1;
  const nextOff = at < q.skbs.length ? host.skbs.fragOff[q.skbs[at]!]! : Infinity;
  if (prevEnd > offset || nextOff < end) {
    const rule = host.profile.udp.fragDuplicate6;
    frag_queue_discard(host, st.frags6, q, skb, cpu, host.mib.ip6, rule.site, rule.reason);
    return false;
  }
  q.skbs.splice(at, 0, skb);
  return true;
}

/**
 * reassembly.c:ip6_frag_reasm: inet_frag_kill, the fragment header taken out of the head (its nexthdr into the
 * header before it, the headers moved up 8 bytes), inet_frag_reasm_prepare / _finish with try_coalesce (3.13: the
 * same skb_try_coalesce loop of its own) (inet_fragment.ts inet_frag_reasm), payload_len set, and
 * `__IP6_INC_STATS(net, __in6_dev_stats_get(dev, skb), IPSTATS_MIB_REASMOKS)`. Returns the datagram's skb.
 */
function ip6_frag_reasm(host: Host, st: InetState, q: FragQueue, skb: number, cpu: number): number {
  host.mib.ip6.ReasmOKs++;
  const lens = q.skbs.map((fp) => frag6DataLen(host, fp));
  inet_frag_reasm(host, st, st.frags6, q, skb, lens, host.skbs.len[q.skbs[0]], cpu);
  host.skbs.len[skb] = IPV6_HLEN + q.len;
  return skb;
}

/**
 * reassembly.c:ip6_frag_expire -> ip6frag_expire_frag_queue (3.13 ip6_expire_frag_queue), the timer of an IPv6
 * queue: inet_frag_kill, then IPSTATS_MIB_REASMFAILS and IPSTATS_MIB_REASMTIMEOUT; "Don't send error if the first
 * segment did not arrive" (INET_FRAG_FIRST_IN), else icmpv6_send(head, ICMPV6_TIME_EXCEED, ICMPV6_EXC_FRAGTIME, 0)
 * and, 6.x, kfree_skb_reason(head, FRAG_REASM_TIMEOUT) (UdpProfile.fragExpireSite6). The other fragments go with the
 * queue: 6.x inet_frag_destroy -> inet_frag_rbtree_purge (INET_FRAG_DROP: FRAG_REASM_TIMEOUT), 3.13
 * inet_frag_destroy -> frag_kfree_skb.
 */
export function ip6_frag_expire(host: Host, st: InetState, q: FragQueue): void {
  inet_frag_done(host, st.frags6, q, q.cpu);
  host.mib.ip6.ReasmFails++;
  host.mib.ip6.ReasmTimeout++;
  const first = (q.flags & FIRST_IN) !== 0;
  if (first) icmp6_send(host, q.skbs[0]!, ICMPV6_TIME_EXCEED, ICMPV6_EXC_FRAGTIME, q.cpu);
  inet_frag_expire_free(host, q, first, host.profile.udp.fragExpireSite6);
}
