// IPv4 reassembly: net/ipv4/ip_fragment.c (ip_defrag, ip_frag_queue, ip_frag_reasm, ip_expire) and
// net/ipv4/inet_fragment.c (inet_frag_find, inet_frag_reasm_prepare / _finish, inet_frag_destroy), 3.13
// and 6.x. Two kinds of fragment reach it: a lone first fragment (the `fragment` FrameFlag, its own
// datagram, never completed) and the fragments a sender cut from a datagram larger than the veth MTU
// (SKB_SENDER_FRAGMENT, src/spec/ip-fragment.ts), sent in order, each datagram with its own IP id.
import type { Host } from './host.ts';
import type { ProfileName } from '../generated/schema-types.ts';
import { FLAG, IP_HLEN, SKB_SENDER_FRAGMENT } from './skb.ts';
import { kfree_skb } from './skb_drop.ts';
import { icmp_send, ICMP_EXC_FRAGTIME, ICMP_TIME_EXCEEDED } from './icmp.ts';
import { inet_state, type FragQueue, type InetState } from './sock.ts';
import {
  FIRST_IN, frag_mem_over, frag_queue_add, frag_queue_position, frag_queue_replace, inet_frag_done, inet_frag_evictor,
  inet_frag_find, inet_frag_reasm,
} from './inet_fragment.ts';
import { profileSysctlDefaults } from '../spec/defaults.ts';
import { l4Len } from '../spec/ip-fragment.ts';

const ipfragTimeDefault = new Map<ProfileName, number>();

/** net.ipv4.ipfrag_time (seconds): the scenario's value, else the profile default from the schema. */
function ipfrag_time(host: Host): number {
  const v = host.sysctl.ipfrag_time;
  if (v !== undefined) return v;
  let d = ipfragTimeDefault.get(host.profileName);
  if (d === undefined) {
    d = profileSysctlDefaults(host.profileName).get('net.ipv4.ipfrag_time') as number;
    ipfragTimeDefault.set(host.profileName, d);
  }
  return d;
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
 * ip_fragment.c:ip_frag_queue for a fragment of a sender's stream (FramesStep.fragments may reorder or repeat
 * them): its end, LAST_IN when MF is clear, FIRST_IN at offset 0, meat; add_frag_mem_limit(skb->truesize); the
 * queue kept in offset order (6.x the rbtree of fragment runs, 3.13 the sorted list). The sender's cuts never
 * overlap, so a fragment is new or a duplicate of one held (UdpProfile.fragDuplicate). A datagram's fragments come
 * back to back, so ip_frag_too_far (ipfrag_max_dist) never fires. When FIRST_IN, LAST_IN and meat == len,
 * ip_frag_reasm.
 */
function ip_frag_queue(host: Host, st: InetState, q: FragQueue, skb: number, cpu: number): number {
  const p = host.skbs;
  const lone = (p.flags[skb] & FLAG.fragment) !== 0;
  const offset = lone ? 0 : p.fragOff[skb];
  const data = fragDataLen(host, skb);
  const at = frag_queue_position(host, q, offset);
  if (at < 0 && !lone) return ip_frag_duplicate(host, st, q, -1 - at, skb, cpu);
  const last = !lone && offset + data === l4Len(p.payload[skb]); // MF clear: the datagram's length is known
  if (frag_queue_add(host, st.frags4, q, at < 0 ? -1 - at : at, skb, offset, data, last, cpu)) {
    return ip_frag_reasm(host, st, q, skb, cpu);
  }
  return -1;
}

/**
 * A fragment the queue already holds (the same offset and length). 6.x inet_frag_queue_insert: `offset >=
 * curr->ip_defrag_offset && end <= curr_run_end` -> IPFRAG_DUP, and ip_frag_queue's `insert_error:` frees it
 * (kfree_skb_reason DUP_FRAG) and returns -EINVAL: nothing but ReasmReqds counted, the queue unchanged. 3.13
 * ip_frag_queue: the new fragment covers the held one, which is freed and replaced (inet_fragment.ts
 * frag_queue_replace): the same queue, with the new skb in it.
 */
function ip_frag_duplicate(host: Host, st: InetState, q: FragQueue, at: number, skb: number, cpu: number): number {
  const rule = host.profile.udp.fragDuplicate;
  if (rule.keep === 'held') kfree_skb(host, skb, cpu, rule.site, rule.reason);
  else frag_queue_replace(host, st.frags4, q, at, skb, cpu, rule.site, rule.reason);
  return -1;
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
  const sixX = host.profile.udp.dropReasons;
  const t = q.expiry;
  inet_frag_done(host, st.frags4, q, q.cpu);
  host.mib.ip.ReasmFails++;
  host.mib.ip.ReasmTimeout++;
  let rest = q.skbs;
  if (q.flags & FIRST_IN) {
    const head = q.skbs[0];
    icmp_send(host, head, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, q.cpu);
    if (sixX) {
      kfree_skb(host, head, q.cpu, 'net/ipv4/ip_fragment.c:ip_expire', 'FRAG_REASM_TIMEOUT', t);
      rest = q.skbs.slice(1);
    }
  }
  const loc = sixX ? 'net/ipv4/inet_fragment.c:inet_frag_rbtree_purge' : 'net/ipv4/inet_fragment.c:inet_frag_destroy';
  for (const fp of rest) kfree_skb(host, fp, q.cpu, loc, 'FRAG_REASM_TIMEOUT', t);
}

/** A sender's fragment (or a lone first fragment) goes to ip_defrag in ip_local_deliver. */
export function is_fragment(flags: number): boolean {
  return (flags & (FLAG.fragment | SKB_SENDER_FRAGMENT)) !== 0;
}
