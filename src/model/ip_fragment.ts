// IPv4 reassembly: net/ipv4/ip_fragment.c (ip_defrag, ip_frag_queue, ip_frag_reasm, ip_expire) and
// net/ipv4/inet_fragment.c (inet_frag_find, inet_frag_reasm_prepare / _finish, inet_frag_destroy), 3.13
// and 6.x. Two kinds of fragment reach it: a lone first fragment (the `fragment` FrameFlag, its own
// datagram, never completed) and the fragments a sender cut from a datagram larger than the veth MTU
// (SKB_SENDER_FRAGMENT, src/spec/ip-fragment.ts), sent in order, each datagram with its own IP id.
import type { Host } from './host.ts';
import type { ProfileName } from '../generated/schema-types.ts';
import { FLAG, IP_HLEN, SKB_HAS_FRAG_LIST, SKB_SENDER_FRAGMENT } from './skb.ts';
import { kfree_skb } from './skb_drop.ts';
import { icmp_send, ICMP_EXC_FRAGTIME, ICMP_TIME_EXCEEDED } from './icmp.ts';
import { inet_state, type FragQueue, type InetState } from './sock.ts';
import { reasmChained } from './truesize.ts';
import { profileSysctlDefaults } from '../spec/defaults.ts';
import { l4Len } from '../spec/ip-fragment.ts';

/** INET_FRAG_FIRST_IN, INET_FRAG_LAST_IN (include/net/inet_frag.h). */
const FIRST_IN = 1;
const LAST_IN = 2;

/**
 * net.ipv4.ipfrag_high_thresh and ipfrag_low_thresh: 4 MiB and 3 MiB in every profile (3.13 and 6.x
 * ipv4_frags_init_net; a netns starts with them and the config cannot set them).
 */
const IPFRAG_HIGH_THRESH = 4 * 1024 * 1024;
const IPFRAG_LOW_THRESH = 3 * 1024 * 1024;
/**
 * 3.13 include/net/inet_frag.h: frag_percpu_counter_batch, the percpu_counter batch of the fragment memory;
 * frag_mem_limit = percpu_counter_read, add/sub_frag_mem_limit = __percpu_counter_add, inet_frag_lru_move.
 * Read in the 3.10..3.16 form of that header (a public copy), not in a 3.13 tarball.
 */
const FRAG_PERCPU_COUNTER_BATCH = 130000;

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
  const p = host.skbs;
  if (frag_mem_limit(st) > IPFRAG_HIGH_THRESH) {
    if (host.profile.udp.fragMemLimit === 'evict') {
      ip_evictor(host, st, cpu);
    } else {
      // 6.x inet_frag_find finds no queue: `__IP_INC_STATS(net, IPSTATS_MIB_REASMFAILS); kfree_skb(skb);`
      host.mib.ip.ReasmFails++;
      kfree_skb(host, skb, cpu, 'net/ipv4/ip_fragment.c:ip_defrag', 'NOT_SPECIFIED');
      return -1;
    }
  }
  // A lone first fragment is a datagram of its own (the recorder gives each frame its own IP id).
  const key = p.flags[skb] & FLAG.fragment ? -1 - p.id[skb] : p.dgram[skb];
  let q = st.fragQueues.get(key);
  if (q === undefined) {
    q = inet_frag_create(host, st, key, cpu);
  } else if (host.profile.udp.fragMemLimit === 'evict') {
    st.fragQueues.delete(key); // 3.13 inet_frag_lru_move: the queue is the most recently used
    st.fragQueues.set(key, q);
  }
  return ip_frag_queue(host, st, q, skb, cpu);
}

/**
 * frag_mem_limit as ip_defrag reads it: 6.x the exact sum (atomic_long); 3.13 percpu_counter_read, the
 * global count without what each CPU holds back (less than the batch either way).
 */
function frag_mem_limit(st: InetState): number {
  return st.fragMem;
}

/** add_frag_mem_limit / sub_frag_mem_limit on `cpu` (3.13: __percpu_counter_add folds a CPU's delta at the batch). */
function frag_mem_add(host: Host, st: InetState, cpu: number, v: number): void {
  if (host.profile.udp.fragMemLimit !== 'evict') {
    st.fragMem += v;
    return;
  }
  const c = (st.fragMemCpu[cpu] ?? 0) + v;
  if (c >= FRAG_PERCPU_COUNTER_BATCH || c <= -FRAG_PERCPU_COUNTER_BATCH) {
    st.fragMem += c;
    st.fragMemCpu[cpu] = 0;
  } else {
    st.fragMemCpu[cpu] = c;
  }
}

/**
 * 3.13 ip_fragment.c:ip_evictor -> inet_fragment.c:inet_frag_evictor: `work = frag_mem_limit(nf) -
 * nf->low_thresh`; while work > 0, the least recently used queue is killed (inet_frag_kill) and destroyed
 * (inet_frag_destroy frees its fragments, `*work -= sum` of their truesize and qsize); ReasmFails by the
 * number evicted. No ICMP: only ip_expire sends one.
 */
function ip_evictor(host: Host, st: InetState, cpu: number): void {
  let work = frag_mem_limit(st) - IPFRAG_LOW_THRESH;
  let evicted = 0;
  for (const q of st.fragQueues.values()) {
    if (work <= 0) break;
    work -= q.mem + st.ipqSize;
    inet_frag_done(host, st, q, cpu);
    for (const fp of q.skbs) kfree_skb(host, fp, cpu, 'net/ipv4/inet_fragment.c:inet_frag_destroy', 'NOT_SPECIFIED');
    evicted++;
  }
  host.mib.ip.ReasmFails += evicted;
}

/** inet_fragment.c:inet_frag_create -> inet_frag_alloc: a queue, its timer armed once (mod_timer). */
function inet_frag_create(host: Host, st: InetState, key: number, cpu: number): FragQueue {
  const nsPerJiffy = 1e9 / host.hz;
  const jiffies = Math.floor(host.now / nsPerJiffy);
  const q: FragQueue = {
    key, skbs: [], meat: 0, len: 0, flags: 0, cpu, done: false, mem: 0,
    expiry: Math.round((jiffies + ipfrag_time(host) * host.hz) * nsPerJiffy),
  };
  st.fragQueues.set(key, q);
  frag_mem_add(host, st, cpu, st.ipqSize); // inet_frag_alloc: add_frag_mem_limit(fqdir, f->qsize)
  // Timers fire in expiry order; ipfrag_time may shrink mid-run, so a later queue can expire first.
  const timers = st.fragTimers;
  let i = timers.length;
  while (i > st.fragHead && timers[i - 1].expiry > q.expiry) i--;
  timers.splice(i, 0, q);
  return q;
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
  const end = offset + data;
  // where it goes in offset order; a fragment already there is the same cut
  let at = q.skbs.length;
  while (at > 0 && p.fragOff[q.skbs[at - 1]] >= offset) at--;
  if (at < q.skbs.length && p.fragOff[q.skbs[at]] === offset && !lone) return ip_frag_duplicate(host, st, q, at, skb, cpu);
  if (!lone && end === l4Len(p.payload[skb])) {
    q.flags |= LAST_IN; // the last fragment (MF clear): the datagram's length is known
    q.len = end;
  } else if (end > q.len) {
    q.len = end;
  }
  if (offset === 0) q.flags |= FIRST_IN;
  q.skbs.splice(at, 0, skb);
  q.meat += data;
  q.mem += p.truesize[skb];
  frag_mem_add(host, st, cpu, p.truesize[skb]);
  if (q.flags === (FIRST_IN | LAST_IN) && q.meat === q.len) return ip_frag_reasm(host, st, q, skb, cpu);
  return -1;
}

/**
 * A fragment the queue already holds (the same offset and length). 6.x inet_frag_queue_insert: `offset >=
 * curr->ip_defrag_offset && end <= curr_run_end` -> IPFRAG_DUP, and ip_frag_queue's `insert_error:` frees it
 * (kfree_skb_reason DUP_FRAG) and returns -EINVAL: nothing but ReasmReqds counted, the queue unchanged. 3.13
 * ip_frag_queue: the new fragment covers the held one, which is unlinked, `qp->q.meat -= free_it->len`,
 * sub_frag_mem_limit(free_it->truesize) and frag_kfree_skb; the new one takes its place (meat and memory added
 * back): the same queue, with the new skb in it.
 */
function ip_frag_duplicate(host: Host, st: InetState, q: FragQueue, at: number, skb: number, cpu: number): number {
  const rule = host.profile.udp.fragDuplicate;
  if (rule.keep === 'held') {
    kfree_skb(host, skb, cpu, rule.site, rule.reason);
    return -1;
  }
  const p = host.skbs;
  const held = q.skbs[at];
  q.mem += p.truesize[skb] - p.truesize[held];
  frag_mem_add(host, st, cpu, -p.truesize[held]);
  frag_mem_add(host, st, cpu, p.truesize[skb]);
  q.skbs[at] = skb;
  kfree_skb(host, held, cpu, rule.site, rule.reason);
  return -1;
}

/**
 * ip_fragment.c:ip_frag_reasm -> inet_frag_reasm_prepare / inet_frag_reasm_finish: ReasmOKs. The skb
 * that completed the queue becomes the datagram (skb_morph of the head into it; the head's struct is
 * consumed and a clone of it takes its place in the chain). Each later fragment, in offset order,
 * goes through skb_try_coalesce: copied into the head's tailroom while the head is linear and it fits
 * (no truesize), else chained on frag_list and charged whole, after which the head is nonlinear
 * (truesize.ts reasmHeadTailroom). Returns the datagram's skb.
 */
function ip_frag_reasm(host: Host, st: InetState, q: FragQueue, skb: number, cpu: number): number {
  host.mib.ip.ReasmOKs++;
  const p = host.skbs;
  const frags = q.skbs; // in offset order (ip_frag_queue keeps them so)
  const head = frags[0];
  let truesize = p.truesize[head];
  const chained = reasmChained(host.profileName, frags.map((fp) => fragDataLen(host, fp)));
  const chain: number[] = [];
  for (let i = 1; i < frags.length; i++) {
    const fp = frags[i];
    if (chained[i - 1]) {
      truesize += p.truesize[fp];
      chain.push(fp);
    } else if (fp !== skb) {
      p.free(fp); // copied into the head: kfree_skb_partial, no tracepoint
    }
  }
  // skb_morph(skb, head): `skb` carries the datagram; the head's own slot becomes `skb`'s clone in the chain.
  if (skb !== head) {
    const at = chain.indexOf(skb);
    if (at >= 0) {
      chain[at] = head;
      p.len[head] = p.len[skb]; p.truesize[head] = p.truesize[skb]; p.fragOff[head] = p.fragOff[skb];
    } else {
      p.free(head); // consume_skb(head): no kfree_skb event
    }
  }
  const total = IP_HLEN + q.len;
  p.len[skb] = total;
  p.truesize[skb] = truesize;
  p.flags[skb] = (p.flags[skb] & ~SKB_SENDER_FRAGMENT) | (chain.length > 0 ? SKB_HAS_FRAG_LIST : 0);
  if (chain.length > 0) st.fragLists.set(skb, chain);
  inet_frag_done(host, st, q, cpu);
  return skb;
}

/**
 * inet_frag_kill + inet_frag_destroy: the queue is gone, its timer deleted, and the memory it held (its
 * fragments' truesize, then qsize) given back on `cpu` (reasm_finish's sub_frag_mem_limit, then destroy's).
 */
function inet_frag_done(host: Host, st: InetState, q: FragQueue, cpu: number): void {
  q.done = true;
  st.fragQueues.delete(q.key);
  frag_mem_add(host, st, cpu, -q.mem);
  frag_mem_add(host, st, cpu, -st.ipqSize);
}

/** Time (ns) the next fragment queue timer fires; Infinity when none is armed. */
export function ip_frag_next_timer(host: Host): number {
  const st = host.inet;
  if (st === undefined) return Infinity;
  drop_done_timers(st);
  return st.fragHead < st.fragTimers.length ? st.fragTimers[st.fragHead].expiry : Infinity;
}

/** A queue timer is pending. */
export function ip_frag_pending(st: InetState): boolean {
  return st.fragHead < st.fragTimers.length;
}

function drop_done_timers(st: InetState): void {
  const t = st.fragTimers;
  while (st.fragHead < t.length && t[st.fragHead].done) st.fragHead++;
  // Stryker disable next-line BlockStatement: equivalent: the reset only reclaims memory
  if (st.fragHead === t.length) {
    t.length = 0;
    st.fragHead = 0;
  }
}

/**
 * Fires every fragment queue timer due at host.now: ip_fragment.c:ip_expire bumps ReasmFails and
 * ReasmTimeout; when the queue holds its first fragment (INET_FRAG_FIRST_IN) it routes the head again (a
 * local destination: ip_defrag ran from ip_local_deliver) and sends ICMP time exceeded / fragment
 * reassembly time exceeded about it (3.13: `if ((qp->q.last_in & INET_FRAG_FIRST_IN) && qp->q.fragments
 * != NULL) ... icmp_send(head, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0)`; 6.x: `if (!(qp->q.flags &
 * INET_FRAG_FIRST_IN)) goto out;` ... the same icmp_send). Then the fragments are freed:
 * - 6.x: the head by ip_expire's kfree_skb_reason(head, FRAG_REASM_TIMEOUT), the others by
 *   inet_frag_destroy -> inet_frag_rbtree_purge with the same reason (ip_expire sets INET_FRAG_DROP);
 * - 3.13: ipq_put -> inet_frag_destroy frees each (frag_kfree_skb -> kfree_skb).
 * The event loop calls this when host.now reaches ip_frag_next_timer(host); ip_rcv also calls it.
 */
export function ip_frag_run_timers(host: Host): void {
  const st = host.inet;
  if (st === undefined) return;
  const mib = host.mib;
  const sixX = host.profile.udp.dropReasons;
  for (;;) {
    drop_done_timers(st);
    if (st.fragHead >= st.fragTimers.length || st.fragTimers[st.fragHead].expiry > host.now) break;
    const q = st.fragTimers[st.fragHead++];
    const t = q.expiry;
    inet_frag_done(host, st, q, q.cpu);
    mib.ip.ReasmFails++;
    mib.ip.ReasmTimeout++;
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
}

/** A sender's fragment (or a lone first fragment) goes to ip_defrag in ip_local_deliver. */
export function is_fragment(flags: number): boolean {
  return (flags & (FLAG.fragment | SKB_SENDER_FRAGMENT)) !== 0;
}
