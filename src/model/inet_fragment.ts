// What IPv4 and IPv6 reassembly share: net/ipv4/inet_fragment.c (inet_frag_find / inet_frag_create, the fragment
// memory, inet_frag_queue_insert's place for a fragment, inet_frag_reasm_prepare / _finish, inet_frag_kill +
// inet_frag_destroy), 3.13 and 6.x. ip_fragment.ts (IPv4) and reassembly.ts (IPv6) count their own MIBs around them.
import type { Host } from './host.ts';
import { SKB_HAS_FRAG_LIST, SKB_SENDER_FRAGMENT } from './skb.ts';
import { kfree_skb, type DropReason } from './skb_drop.ts';
import type { FragDir, FragQueue, InetState } from './sock.ts';
import { fragmentSenderOf, reasmFates } from './truesize.ts';
import { skb_from_loopback } from './driver.ts';

/** INET_FRAG_FIRST_IN, INET_FRAG_LAST_IN (include/net/inet_frag.h). */
export const FIRST_IN = 1;
export const LAST_IN = 2;

/**
 * ipfrag_high_thresh and ipfrag_low_thresh (net.ipv4.* and net.ipv6.ip6frag_*): 4 MiB and 3 MiB in every profile
 * (3.13 ipv4_frags_init_net / ip6_frags_ns_sysctl defaults; 6.x ipv4_frags_init_net / ipv6_frags_init_net); a
 * netns starts with them and the config cannot set them.
 */
export const IPFRAG_HIGH_THRESH = 4 * 1024 * 1024;
export const IPFRAG_LOW_THRESH = 3 * 1024 * 1024;
/**
 * 3.13 include/net/inet_frag.h: frag_percpu_counter_batch, the percpu_counter batch of the fragment memory;
 * frag_mem_limit = percpu_counter_read, add/sub_frag_mem_limit = __percpu_counter_add, inet_frag_lru_move.
 * Read in the 3.10..3.16 form of that header (a public copy), not in a 3.13 tarball.
 */
const FRAG_PERCPU_COUNTER_BATCH = 130000;

/**
 * frag_mem_limit as the defrag reads it: 6.x the exact sum (atomic_long); 3.13 percpu_counter_read, the
 * global count without what each CPU holds back (less than the batch either way).
 */
export function frag_mem_limit(dir: FragDir): number {
  return dir.mem;
}

/** add_frag_mem_limit / sub_frag_mem_limit on `cpu` (3.13: __percpu_counter_add folds a CPU's delta at the batch). */
export function frag_mem_add(host: Host, dir: FragDir, cpu: number, v: number): void {
  if (dir.qsize === null) return;
  if (host.profile.udp.fragMemLimit !== 'evict') {
    dir.mem += v;
    return;
  }
  const c = (dir.memCpu[cpu] ?? 0) + v;
  if (c >= FRAG_PERCPU_COUNTER_BATCH || c <= -FRAG_PERCPU_COUNTER_BATCH) {
    dir.mem += c;
    dir.memCpu[cpu] = 0;
  } else {
    dir.memCpu[cpu] = c;
  }
}

/**
 * The fragment memory is over the high threshold (6.x inet_frag_find: `if (!fqdir->high_thresh ||
 * frag_mem_limit(fqdir) > fqdir->high_thresh) return NULL;`; 3.13 inet_frag_evictor's test). Never for a family
 * whose memory is not kept.
 */
export function frag_mem_over(dir: FragDir): boolean {
  return dir.qsize !== null && frag_mem_limit(dir) > IPFRAG_HIGH_THRESH;
}

/**
 * 3.13 inet_fragment.c:inet_frag_evictor (from ip_defrag and ipv6_frag_rcv when over the high threshold): `work =
 * frag_mem_limit(nf) - nf->low_thresh`; while work > 0, the least recently used queue is killed (inet_frag_kill)
 * and destroyed (inet_frag_destroy frees its fragments, `*work -= sum` of their truesize and qsize). Returns the
 * number evicted, which the caller counts in ReasmFails. No ICMP: only the expiry sends one.
 */
export function inet_frag_evictor(host: Host, dir: FragDir, cpu: number): number {
  let work = frag_mem_limit(dir) - IPFRAG_LOW_THRESH;
  let evicted = 0;
  for (const q of dir.queues.values()) {
    if (work <= 0) break;
    work -= q.mem + (dir.qsize ?? 0);
    inet_frag_done(host, dir, q, cpu);
    for (const fp of q.skbs) kfree_skb(host, fp, cpu, 'net/ipv4/inet_fragment.c:inet_frag_destroy', 'NOT_SPECIFIED');
    evicted++;
  }
  return evicted;
}

/**
 * inet_fragment.c:inet_frag_find: the datagram's queue, else a new one (inet_frag_create -> inet_frag_alloc, its
 * timer armed once with mod_timer at jiffies + the family's reassembly time, `timeSec` seconds). 3.13 moves a
 * found queue to the LRU's tail (inet_frag_lru_move).
 */
export function inet_frag_find(
  host: Host, st: InetState, dir: FragDir, key: number, v6: boolean, timeSec: number, cpu: number,
): FragQueue {
  const found = dir.queues.get(key);
  if (found !== undefined) {
    if (host.profile.udp.fragMemLimit === 'evict') {
      dir.queues.delete(key);
      dir.queues.set(key, found);
    }
    return found;
  }
  const nsPerJiffy = 1e9 / host.hz;
  const jiffies = Math.floor(host.now / nsPerJiffy);
  const q: FragQueue = {
    key, v6, skbs: [], runs: [], meat: 0, len: 0, flags: 0, cpu, done: false, mem: 0,
    expiry: Math.round((jiffies + timeSec * host.hz) * nsPerJiffy),
  };
  dir.queues.set(key, q);
  frag_mem_add(host, dir, cpu, dir.qsize ?? 0); // inet_frag_alloc: add_frag_mem_limit(fqdir, f->qsize)
  // Timers fire in expiry order; the reassembly time may shrink mid-run, so a later queue can expire first.
  const timers = st.fragTimers;
  let i = timers.length;
  while (i > st.fragHead && timers[i - 1].expiry > q.expiry) i--;
  timers.splice(i, 0, q);
  return q;
}

/** inet_frag_queue_insert's answers (include/net/inet_frag.h). */
export const IPFRAG_OK = 0;
export const IPFRAG_DUP = 1;
export const IPFRAG_OVERLAP = 2;

/** A held fragment's end: its offset and data bytes (skb->len after the headers; `hlen` the family's). */
export function frag_end(host: Host, skb: number, hlen: number): number {
  return host.skbs.fragOff[skb] + host.skbs.len[skb] - hlen;
}

/**
 * The family's frag_queue before the insert (ip_frag_queue, ip6_frag_queue): the fragment that ends the datagram (MF
 * clear) sets INET_FRAG_LAST_IN and q->len; another one raises q->len to its end. (The checks that would discard the
 * queue for an end before q->len, or past a known last one, never fail: every fragment is a cut of one datagram.)
 */
export function frag_queue_note_end(q: FragQueue, end: number, last: boolean): void {
  if (last) {
    q.flags |= LAST_IN;
    q.len = end;
  } else if (end > q.len) {
    q.len = end;
  }
}

/**
 * 6.x inet_fragment.c:inet_frag_queue_insert: past the last fragment's end (the common case) a fragment is
 * appended to the last run when it starts where that one ends (fragrun_append_to_last), else starts a run
 * (fragrun_create), and overlaps when it starts before; anywhere else the rbtree of run heads is searched: inside one
 * run it is a duplicate (IPFRAG_DUP), across any other it overlaps (IPFRAG_OVERLAP, RFC 5722), else it is a run of its
 * own. IPFRAG_OK puts the skb in the queue's offset order.
 */
export function inet_frag_queue_insert(
  host: Host, q: FragQueue, skb: number, offset: number, end: number, hlen: number,
): number {
  const skbs = q.skbs;
  const runs = q.runs;
  const last = skbs.length > 0 ? frag_end(host, skbs[skbs.length - 1]!, hlen) : -1;
  if (skbs.length === 0 || last < end) {
    if (skbs.length > 0 && offset < last) return IPFRAG_OVERLAP;
    if (offset === last) runs[runs.length - 1]!.end = end;
    else runs.push({ start: offset, end });
    skbs.push(skb);
    return IPFRAG_OK;
  }
  const met = runs.filter((r) => end > r.start && offset < r.end);
  if (met.length === 1 && offset >= met[0]!.start && end <= met[0]!.end) return IPFRAG_DUP;
  if (met.length > 0) return IPFRAG_OVERLAP;
  let r = runs.length;
  while (r > 0 && runs[r - 1]!.start > offset) r--;
  runs.splice(r, 0, { start: offset, end });
  skbs.splice(frag_list_position(host, q, offset), 0, skb);
  return IPFRAG_OK;
}

/**
 * The family's frag_queue with 6.x's runs (inet_frag_queue_insert) and its `insert_error:`: a duplicate is freed at
 * `rule` (DUP_FRAG where the kernel has it) with no counter; an overlap (the caller adds IPv4's
 * IPSTATS_MIB_REASM_OVERLAPS) discards the queue (frag_queue_discard, reason NOT_SPECIFIED). Returns the insert's
 * answer: IPFRAG_OK when the fragment joined the queue.
 */
export function frag_queue_insert_run(
  host: Host, dir: FragDir, q: FragQueue, skb: number, offset: number, end: number, hlen: number, cpu: number,
  mib: { ReasmFails: number }, rule: { readonly site: string; readonly reason: DropReason },
): number {
  const r = inet_frag_queue_insert(host, q, skb, offset, end, hlen);
  if (r === IPFRAG_DUP) kfree_skb(host, skb, cpu, rule.site, rule.reason);
  else if (r === IPFRAG_OVERLAP) frag_queue_discard(host, dir, q, skb, cpu, mib, rule.site, 'NOT_SPECIFIED');
  return r;
}

/**
 * The family's frag_queue `discard_qp:` / `discard_fq:`: inet_frag_kill, IPSTATS_MIB_REASMFAILS and the fragment
 * freed at `site`; the queue goes whole when the family's defrag puts its last reference (inet_frag_kill_destroy).
 */
export function frag_queue_discard(
  host: Host, dir: FragDir, q: FragQueue, skb: number, cpu: number, mib: { ReasmFails: number }, site: string,
  reason: DropReason,
): void {
  mib.ReasmFails++;
  kfree_skb(host, skb, cpu, site, reason);
  inet_frag_kill_destroy(host, dir, q, cpu);
}

/** Where a fragment at `offset` goes in a queue's offset order: before the first held one at or past it (3.13's walk). */
export function frag_list_position(host: Host, q: FragQueue, offset: number): number {
  const off = host.skbs.fragOff;
  let at = q.skbs.length;
  while (at > 0 && off[q.skbs[at - 1]!]! >= offset) at--;
  return at;
}

/**
 * The fragment joined the queue: `q->meat += skb->len`, add_frag_mem_limit(skb->truesize), INET_FRAG_FIRST_IN at
 * offset 0. Returns true when the queue is complete (FIRST_IN, LAST_IN and meat == len): the caller reassembles it.
 */
export function frag_queue_account(host: Host, dir: FragDir, q: FragQueue, skb: number, data: number, cpu: number): boolean {
  q.meat += data;
  q.mem += host.skbs.truesize[skb];
  frag_mem_add(host, dir, cpu, host.skbs.truesize[skb]);
  if (host.skbs.fragOff[skb] === 0) q.flags |= FIRST_IN;
  return q.flags === (FIRST_IN | LAST_IN) && q.meat === q.len;
}

/**
 * A held fragment leaves the queue (3.13 ip_frag_queue: one the new fragment covers whole): `qp->q.meat -=
 * free_it->len`, sub_frag_mem_limit(free_it->truesize), and it is freed.
 */
export function frag_queue_unlink(
  host: Host, dir: FragDir, q: FragQueue, at: number, data: number, cpu: number, site: string, reason: DropReason,
): void {
  const skb = q.skbs[at]!;
  q.skbs.splice(at, 1);
  q.meat -= data;
  q.mem -= host.skbs.truesize[skb];
  frag_mem_add(host, dir, cpu, -host.skbs.truesize[skb]);
  kfree_skb(host, skb, cpu, site, reason);
}

/**
 * inet_frag_kill, then inet_frag_destroy when the last reference goes (at the end of the family's defrag): the queue
 * is gone, its timer deleted, its memory given back, and its fragments freed by inet_frag_rbtree_purge with
 * SKB_CONSUMED (6.2+: consume_skb, no skb:kfree_skb) or kfree_skb (6.1; 3.13 frag_kfree_skb): UdpProfile.fragKillPurge.
 */
export function inet_frag_kill_destroy(host: Host, dir: FragDir, q: FragQueue, cpu: number): void {
  inet_frag_done(host, dir, q, cpu);
  const purge = host.profile.udp.fragKillPurge;
  for (const fp of q.skbs) {
    if (purge !== null) kfree_skb(host, fp, cpu, purge.site, purge.reason);
    else host.skbs.free(fp);
  }
}

/**
 * inet_frag_reasm_prepare / inet_frag_reasm_finish (3.13: the family's own reasm loop, the same rule): the skb that
 * completed the queue becomes the datagram (skb_morph of the head into it; the head's struct is consumed and a
 * clone of it takes its place in the chain). Each later fragment, in offset order, goes through skb_try_coalesce:
 * copied into the head's tailroom while the head is linear and it fits (no truesize), its page frags moved to the head
 * when it has no linear data and the head no frag_list yet (charged those bytes), else chained on frag_list and
 * charged whole (truesize.ts reasmFates). `dataLens` are the queue's
 * fragments' data bytes in offset order; `headIpLen` the head fragment's IP length (its buffer's tailroom, as the
 * sender of the device it came in on built it: truesize.ts fragmentSenderOf).
 * Then inet_frag_kill and the memory given back. The datagram's length is the caller's to set.
 */
export function inet_frag_reasm(
  host: Host, st: InetState, dir: FragDir, q: FragQueue, skb: number, dataLens: number[], headIpLen: number, cpu: number,
): void {
  const p = host.skbs;
  const frags = q.skbs;
  const head = frags[0];
  let truesize = p.truesize[head];
  const sender = fragmentSenderOf(skb_from_loopback(host, head) ? 'loopback' : 'veth');
  const steps = reasmFates(host.profileName, dataLens, headIpLen, sender, dir === st.frags6, host.profile);
  const chain: number[] = [];
  for (let i = 1; i < frags.length; i++) {
    const fp = frags[i];
    const step = steps[i - 1]!;
    if (step.fate === 'chained') {
      truesize += p.truesize[fp]; // the skb as it came (3.13 may have trimmed its data)
      chain.push(fp);
    } else {
      if (step.fate === 'merged') truesize += step.pages;
      if (fp !== skb) p.free(fp); // copied into the head, or its page frags moved there: kfree_skb_partial, no tracepoint
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
  p.truesize[skb] = truesize;
  p.flags[skb] = (p.flags[skb] & ~SKB_SENDER_FRAGMENT) | (chain.length > 0 ? SKB_HAS_FRAG_LIST : 0);
  if (chain.length > 0) st.fragLists.set(skb, chain);
  inet_frag_done(host, dir, q, cpu);
}

/**
 * inet_frag_kill + inet_frag_destroy: the queue is gone, its timer deleted, and the memory it held (its
 * fragments' truesize, then qsize) given back on `cpu` (reasm_finish's sub_frag_mem_limit, then destroy's).
 */
export function inet_frag_done(host: Host, dir: FragDir, q: FragQueue, cpu: number): void {
  q.done = true;
  dir.queues.delete(q.key);
  frag_mem_add(host, dir, cpu, -q.mem);
  frag_mem_add(host, dir, cpu, -(dir.qsize ?? 0));
}

/** Time (ns) the next fragment queue timer fires; Infinity when none is armed. */
export function inet_frag_next_timer(host: Host): number {
  const st = host.inet;
  if (st === undefined) return Infinity;
  drop_done_timers(st);
  return st.fragHead < st.fragTimers.length ? st.fragTimers[st.fragHead].expiry : Infinity;
}

/** A queue timer is pending. */
export function inet_frag_pending(st: InetState): boolean {
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

/** The next queue whose timer is due at host.now (its timer is then gone), else null. */
export function inet_frag_next_due(host: Host, st: InetState): FragQueue | null {
  drop_done_timers(st);
  if (st.fragHead >= st.fragTimers.length || st.fragTimers[st.fragHead].expiry > host.now) return null;
  return st.fragTimers[st.fragHead++];
}

/**
 * The fragments of an expired queue, freed once the family's expire has sent its error about the head (when
 * `sentAboutHead`): 6.x the head by the expire itself (kfree_skb_reason(head, FRAG_REASM_TIMEOUT) at `headSite`) and
 * the others by inet_frag_destroy -> inet_frag_rbtree_purge with the same reason (the expire sets INET_FRAG_DROP);
 * 3.13 each by inet_frag_destroy (frag_kfree_skb -> kfree_skb). At the timer's time.
 */
export function inet_frag_expire_free(host: Host, q: FragQueue, sentAboutHead: boolean, headSite: string): void {
  const sixX = host.profile.udp.dropReasons;
  let rest = q.skbs;
  if (sentAboutHead && sixX) {
    kfree_skb(host, q.skbs[0]!, q.cpu, headSite, 'FRAG_REASM_TIMEOUT', q.expiry);
    rest = q.skbs.slice(1);
  }
  const loc = sixX ? 'net/ipv4/inet_fragment.c:inet_frag_rbtree_purge' : 'net/ipv4/inet_fragment.c:inet_frag_destroy';
  for (const fp of rest) kfree_skb(host, fp, q.cpu, loc, 'FRAG_REASM_TIMEOUT', q.expiry);
}
