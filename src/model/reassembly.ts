// IPv6 reassembly: net/ipv6/reassembly.c (ipv6_frag_rcv, ip6_frag_queue, ip6_frag_reasm, ip6_frag_expire ->
// include/net/ipv6_frag.h:ip6frag_expire_frag_queue), on the queues, memory and timers of inet_fragment.ts, 3.13 and
// 6.x. The fragments are the ones a sender cut from a UDP datagram larger than the veth MTU (src/spec/ip-fragment.ts:
// 40-byte header, fragment header, 1448 data bytes each), each datagram with its own identification; the validator
// keeps their memory under ip6frag_high_thresh (src/spec/ipv6-problems.ts), so no queue is ever refused or evicted.
import type { Host } from './host.ts';
import type { ProfileName } from '../generated/schema-types.ts';
import { kfree_skb } from './skb_drop.ts';
import { inet_state, type FragQueue, type InetState } from './sock.ts';
import {
  FIRST_IN, frag_queue_add, frag_queue_position, inet_frag_done, inet_frag_find, inet_frag_reasm,
} from './inet_fragment.ts';
import { icmp6_send, ICMPV6_TIME_EXCEED } from './icmp6.ts';
import { profileSysctlDefaults } from '../spec/defaults.ts';
import { FRAG6_HDR_LEN, l4Len } from '../spec/ip-fragment.ts';
import { IPV6_HLEN } from '../spec/ipv6.ts';

/** include/uapi/linux/icmpv6.h */
const ICMPV6_EXC_FRAGTIME = 1;

const ip6fragTimeDefault = new Map<ProfileName, number>();

/** net.ipv6.ip6frag_time (seconds): the scenario's value, else the profile default from the schema. */
function ip6frag_time(host: Host): number {
  const v = host.sysctl.ip6frag_time;
  if (v !== undefined) return v;
  let d = ip6fragTimeDefault.get(host.profileName);
  if (d === undefined) {
    d = profileSysctlDefaults(host.profileName).get('net.ipv6.ip6frag_time') as number;
    ip6fragTimeDefault.set(host.profileName, d);
  }
  return d;
}

/** A fragment's data bytes: skb->len after the IPv6 and fragment headers (ip6_frag_queue pulls both). */
function frag6DataLen(host: Host, skb: number): number {
  return host.skbs.len[skb] - IPV6_HLEN - FRAG6_HDR_LEN;
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
 * reassembly.c:ip6_frag_queue: the fragment's offset and end, LAST_IN when IP6_MF is clear, FIRST_IN at offset 0
 * (fq->nhoffset), meat, add_frag_mem_limit(skb->truesize), the queue in offset order (6.x inet_frag_queue_insert,
 * 3.13 the sorted list). The sender's cuts never overlap, so a fragment is new or one the queue holds
 * (UdpProfile.fragDuplicate6). Complete (FIRST_IN | LAST_IN and meat == len): ip6_frag_reasm.
 */
function ip6_frag_queue(host: Host, st: InetState, q: FragQueue, skb: number, cpu: number): number {
  const p = host.skbs;
  const offset = p.fragOff[skb];
  const data = frag6DataLen(host, skb);
  const at = frag_queue_position(host, q, offset);
  if (at < 0) return ip6_frag_duplicate(host, st, q, skb, cpu);
  const last = offset + data === l4Len(p.payload[skb]);
  if (frag_queue_add(host, st.frags6, q, at, skb, offset, data, last, cpu)) return ip6_frag_reasm(host, st, q, skb, cpu);
  return -1;
}

/**
 * A fragment the queue already holds (the same offset and length):
 * - 'held' (6.x): inet_frag_queue_insert gives IPFRAG_DUP, and ip6_frag_queue's `insert_error:` frees the new one
 *   (DUP_FRAG where the kernel has it) without a counter: the queue is unchanged.
 * - 'kill' (3.13): ip6_frag_queue finds `next` at the same offset, and `if (next && FRAG6_CB(next)->offset < end)
 *   goto discard_fq;`: RFC 5722 overlap, so inet_frag_kill(&fq->q), IPSTATS_MIB_REASMFAILS and kfree_skb(skb); the
 *   queue's own fragments are freed by inet_frag_destroy when its last reference goes. A later fragment of the
 *   datagram starts a new queue.
 */
function ip6_frag_duplicate(host: Host, st: InetState, q: FragQueue, skb: number, cpu: number): number {
  const rule = host.profile.udp.fragDuplicate6;
  if (rule.keep === 'held') {
    kfree_skb(host, skb, cpu, rule.site, rule.reason);
    return -1;
  }
  inet_frag_done(host, st.frags6, q, cpu);
  host.mib.ip6.ReasmFails++;
  kfree_skb(host, skb, cpu, rule.site, rule.reason);
  for (const fp of q.skbs) kfree_skb(host, fp, cpu, 'net/ipv4/inet_fragment.c:inet_frag_destroy', 'NOT_SPECIFIED');
  return -1;
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
  const sixX = host.profile.udp.dropReasons;
  const t = q.expiry;
  inet_frag_done(host, st.frags6, q, q.cpu);
  host.mib.ip6.ReasmFails++;
  host.mib.ip6.ReasmTimeout++;
  let rest = q.skbs;
  if (q.flags & FIRST_IN) {
    const head = q.skbs[0];
    icmp6_send(host, head, ICMPV6_TIME_EXCEED, ICMPV6_EXC_FRAGTIME, q.cpu);
    if (sixX) {
      kfree_skb(host, head, q.cpu, host.profile.udp.fragExpireSite6, 'FRAG_REASM_TIMEOUT', t);
      rest = q.skbs.slice(1);
    }
  }
  const loc = sixX ? 'net/ipv4/inet_fragment.c:inet_frag_rbtree_purge' : 'net/ipv4/inet_fragment.c:inet_frag_destroy';
  for (const fp of rest) kfree_skb(host, fp, q.cpu, loc, 'FRAG_REASM_TIMEOUT', t);
}
