// IPv4 reassembly: net/ipv4/ip_fragment.c (ip_defrag, ip_frag_queue, ip_frag_reasm, ip_expire) and
// net/ipv4/inet_fragment.c (inet_frag_find, inet_frag_reasm_prepare / _finish, inet_frag_destroy), 3.13
// and 6.x. Two kinds of fragment reach it: a lone first fragment (the `fragment` FrameFlag, its own
// datagram, never completed) and the fragments a sender cut from a datagram larger than the veth MTU
// (SKB_SENDER_FRAGMENT, src/spec/ip-fragment.ts), sent in order, each datagram with its own IP id.
import type { Host } from './host.ts';
import { FLAG, IP_HLEN, SKB_SENDER_FRAGMENT } from './skb.ts';
import { kfree_skb } from './skb_drop.ts';
import { icmp_send, ICMP_EXC_FRAGTIME, ICMP_TIME_EXCEEDED } from './icmp.ts';
import { inet_state, type FragQueue, type InetState } from './sock.ts';
import {
  FIRST_IN, IPFRAG_OK, IPFRAG_OVERLAP, frag_end, frag_list_position, frag_mem_over, frag_queue_account,
  frag_queue_insert_run, frag_queue_note_end, frag_queue_unlink, inet_frag_done, inet_frag_evictor, inet_frag_expire_free,
  inet_frag_find, inet_frag_reasm,
} from './inet_fragment.ts';
import { sysctl_number } from './sysctl.ts';
import { l4Len } from '../spec/ip-fragment.ts';

/** net.ipv4.ipfrag_time (seconds): the scenario's value, else the profile default. */
function ipfrag_time(host: Host): number {
  return sysctl_number(host, 'net.ipv4.ipfrag_time', host.sysctl.ipfrag_time);
}

/** The data bytes of a fragment: skb->len after its IP header (ip_frag_queue: `end = offset + skb->len - ihl`). */
function fragDataLen(host: Host, skb: number): number {
  return host.skbs.len[skb] - IP_HLEN;
}

/**
 * ip_fragment.c:ip_defrag (IP_DEFRAG_LOCAL_DELIVER): ReasmReqds, then the fragment joins its datagram's
 * queue (ip_find -> inet_frag_find, created with its timer at jiffies + ipfrag_time). Returns the
 * reassembled datagram's skb when this fragment completed it, else -1 (the fragment is held).
 */
export function ip_defrag(host: Host, skb: number, cpu: number): number {
  host.mib.ip.ReasmReqds++;
  const st = inet_state(host);
  const dir = st.frags4;
  if (frag_mem_over(dir)) {
    if (host.profile.udp.fragMemLimit === 'evict') {
      host.mib.ip.ReasmFails += inet_frag_evictor(host, dir, cpu); // 3.13 ip_evictor
    } else {
      // 6.x inet_frag_find finds no queue: `__IP_INC_STATS(net, IPSTATS_MIB_REASMFAILS); kfree_skb(skb);`
      host.mib.ip.ReasmFails++;
      kfree_skb(host, skb, cpu, 'net/ipv4/ip_fragment.c:ip_defrag', 'NOT_SPECIFIED');
      return -1;
    }
  }
  // A lone first fragment is a datagram of its own (the recorder gives each frame its own IP id).
  const p = host.skbs;
  const key = p.flags[skb] & FLAG.fragment ? -1 - p.id[skb] : p.dgram[skb];
  const q = inet_frag_find(host, st, dir, key, false, ipfrag_time(host), cpu);
  return ip_frag_queue(host, st, q, skb, cpu);
}

/**
 * ip_fragment.c:ip_frag_queue: the fragment's end, LAST_IN when MF is clear (frag_queue_note_end), then its place
 * among the held ones (UdpProfile.fragDuplicate: 6.x inet_frag_queue_insert's runs, 3.13 the trimming list walk),
 * meat, add_frag_mem_limit(skb->truesize) and FIRST_IN at offset 0; when FIRST_IN, LAST_IN and meat == len,
 * ip_frag_reasm. A datagram's fragments come back to back, so ip_frag_too_far (ipfrag_max_dist) never fires.
 */
function ip_frag_queue(host: Host, st: InetState, q: FragQueue, skb: number, cpu: number): number {
  const p = host.skbs;
  const lone = (p.flags[skb] & FLAG.fragment) !== 0;
  if (lone) p.fragOff[skb] = 0;
  const offset = p.fragOff[skb];
  const end = offset + fragDataLen(host, skb);
  frag_queue_note_end(q, end, !lone && end === l4Len(p.payload[skb])); // MF clear: the datagram's length is known
  const kept = host.profile.udp.fragDuplicate.keep === 'held'
    ? ip_frag_insert_run(host, st, q, skb, offset, end, cpu) : ip_frag_insert_list(host, st, q, skb, offset, end, cpu);
  if (!kept || !frag_queue_account(host, st.frags4, q, skb, fragDataLen(host, skb), cpu)) return -1;
  return ip_frag_reasm(host, st, q, skb, cpu);
}

/**
 * 6.x: inet_frag_queue_insert's runs and ip_frag_queue's `insert_error:` (inet_fragment.ts frag_queue_insert_run),
 * an overlap counting IPSTATS_MIB_REASM_OVERLAPS (IpExt ReasmOverlaps) before `discard_qp:`.
 */
function ip_frag_insert_run(
  host: Host, st: InetState, q: FragQueue, skb: number, offset: number, end: number, cpu: number,
): boolean {
  const rule = host.profile.udp.fragDuplicate;
  const r = frag_queue_insert_run(host, st.frags4, q, skb, offset, end, IP_HLEN, cpu, host.mib.ip, rule);
  if (r === IPFRAG_OVERLAP) host.mib.ipExt.ReasmOverlaps++;
  return r === IPFRAG_OK;
}

/**
 * 3.13 ip_frag_queue's list walk: `prev` is the held fragment before `offset`, `next` the first at or past it. Where
 * prev reaches past offset the new fragment loses its head (pskb_pull; freed by `goto err`, with no counter, when
 * nothing is left); each next it reaches loses its head (`FRAG_CB(next)->offset += i; qp->q.meat -= i`) or, covered
 * whole, is unlinked and freed (frag_kfree_skb). The fragment then takes its place. Returns false when it was freed.
 */
function ip_frag_insert_list(
  host: Host, st: InetState, q: FragQueue, skb: number, offset: number, end: number, cpu: number,
): boolean {
  const p = host.skbs;
  const rule = host.profile.udp.fragDuplicate;
  const at = frag_list_position(host, q, offset);
  if (at > 0) {
    const i = frag_end(host, q.skbs[at - 1]!, IP_HLEN) - offset;
    if (i > 0) {
      if (end <= offset + i) {
        kfree_skb(host, skb, cpu, rule.site, rule.reason);
        return false;
      }
      p.fragOff[skb] = offset + i;
      p.len[skb] -= i;
    }
  }
  while (at < q.skbs.length && p.fragOff[q.skbs[at]!]! < end) {
    const next = q.skbs[at]!;
    const i = end - p.fragOff[next];
    const nextLen = fragDataLen(host, next);
    if (i < nextLen) {
      p.fragOff[next] += i;
      p.len[next] -= i;
      q.meat -= i;
      break;
    }
    frag_queue_unlink(host, st.frags4, q, at, nextLen, cpu, rule.site, rule.reason);
  }
  q.skbs.splice(at, 0, skb);
  return true;
}

/**
 * ip_fragment.c:ip_frag_reasm -> inet_frag_reasm_prepare / inet_frag_reasm_finish (inet_fragment.ts
 * inet_frag_reasm): ReasmOKs; the datagram's tot_len is the header and q->len. Returns the datagram's skb.
 */
function ip_frag_reasm(host: Host, st: InetState, q: FragQueue, skb: number, cpu: number): number {
  host.mib.ip.ReasmOKs++;
  const lens = q.skbs.map((fp) => fragDataLen(host, fp));
  inet_frag_reasm(host, st, st.frags4, q, skb, lens, host.skbs.len[q.skbs[0]], cpu);
  host.skbs.len[skb] = IP_HLEN + q.len;
  return skb;
}

/**
 * ip_fragment.c:ip_expire, the timer of an IPv4 queue (inet_frag_timers.ts runs it at its expiry): ReasmFails and
 * ReasmTimeout; when the queue holds its first fragment (INET_FRAG_FIRST_IN) it routes the head again (a local
 * destination: ip_defrag ran from ip_local_deliver) and sends ICMP time exceeded / fragment reassembly time exceeded
 * about it (3.13: `if ((qp->q.last_in & INET_FRAG_FIRST_IN) && qp->q.fragments != NULL) ... icmp_send(head,
 * ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0)`; 6.x: `if (!(qp->q.flags & INET_FRAG_FIRST_IN)) goto out;` ... the same
 * icmp_send). Then the fragments are freed:
 * - 6.x: the head by ip_expire's kfree_skb_reason(head, FRAG_REASM_TIMEOUT), the others by
 *   inet_frag_destroy -> inet_frag_rbtree_purge with the same reason (ip_expire sets INET_FRAG_DROP);
 * - 3.13: ipq_put -> inet_frag_destroy frees each (frag_kfree_skb -> kfree_skb).
 */
export function ip_expire(host: Host, st: InetState, q: FragQueue): void {
  inet_frag_done(host, st.frags4, q, q.cpu);
  host.mib.ip.ReasmFails++;
  host.mib.ip.ReasmTimeout++;
  const first = (q.flags & FIRST_IN) !== 0;
  if (first) icmp_send(host, q.skbs[0]!, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, q.cpu);
  inet_frag_expire_free(host, q, first, 'net/ipv4/ip_fragment.c:ip_expire');
}

/** A sender's fragment (or a lone first fragment) goes to ip_defrag in ip_local_deliver. */
export function is_fragment(flags: number): boolean {
  return (flags & (FLAG.fragment | SKB_SENDER_FRAGMENT)) !== 0;
}
