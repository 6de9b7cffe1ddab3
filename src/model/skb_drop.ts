// Freeing an skb: net/core/skbuff.c:kfree_skb / kfree_skb_reason (a drop, traced as skb:kfree_skb)
// and consume_skb (normal end of life, not a drop). Used by the IPv4/UDP half.
import type { KfreeSkbEvent } from '../generated/schema-types.ts';
import type { Host } from './host.ts';
import { SKB_HAS_FRAG_LIST, skb_protocol } from './skb.ts';

/**
 * Drop reasons (enum skb_drop_reason) the IPv4/UDP half uses, as tracefs prints them
 * (SKB_DROP_REASON_ without the prefix). All are in the print fmt of
 * /sys/kernel/tracing/events/skb/kfree_skb/format on Linux 6.18.44 (checked on this machine).
 */
export type DropReason =
  | 'NOT_SPECIFIED' | 'OTHERHOST' | 'IP_INHDR' | 'IP_CSUM' | 'PKT_TOO_SMALL' | 'IP_RPFILTER'
  | 'IP_INADDRERRORS' | 'IP_INNOROUTES' | 'IP_NOPROTO' | 'FRAG_REASM_TIMEOUT'
  | 'NO_SOCKET' | 'UDP_CSUM' | 'SOCKET_RCVBUFF' | 'PROTO_MEM' | 'SOCKET_BACKLOG'
  | 'IP_INVALID_SOURCE' | 'IP_LOCAL_SOURCE' | 'IP_LOCALNET' | 'DUP_FRAG' | 'UNHANDLED_PROTO';

/**
 * kfree_skb(skb) (3.13) / kfree_skb_reason(skb, reason) (6.x): frees the skb and fires
 * skb:kfree_skb with the caller's location; the reason is shown only where the profile has them.
 */
export function kfree_skb(host: Host, skb: number, cpu: number, location: string, reason: DropReason, t = host.now): void {
  emit_kfree_skb(host, skb, cpu, location, reason, t);
  if (host.skbs.flags[skb] & SKB_HAS_FRAG_LIST) release_frag_list(host, skb, cpu, t, false);
  host.skbs.free(skb);
}

/** skbuff.c:skb_release_data for a reassembled datagram: its chained fragments go with it (UdpProfile.fragListFree). */
function release_frag_list(host: Host, skb: number, cpu: number, t: number, consumed: boolean): void {
  const rule = host.profile.udp.fragListFree;
  for (const fp of take_frag_list(host, skb)) {
    if (!(consumed && rule.consumeIsQuiet)) emit_kfree_skb(host, fp, cpu, rule.site, rule.reason, t);
    host.skbs.free(fp);
  }
}

/** The fragments chained to a reassembled datagram's skb (ip_fragment.ts), unlinked from it. */
function take_frag_list(host: Host, skb: number): number[] {
  const lists = host.inet!.fragLists;
  const chain = lists.get(skb)!;
  lists.delete(skb);
  host.skbs.flags[skb] &= ~SKB_HAS_FRAG_LIST;
  return chain;
}

function emit_kfree_skb(host: Host, skb: number, cpu: number, location: string, reason: DropReason, t: number): void {
  const trace = host.trace;
  if (trace !== null) {
    const e: KfreeSkbEvent = {
      t, cpu, event: 'kfree_skb', skbaddr: host.skbs.id[skb], protocol: skb_protocol(host.skbs.flags[skb]), location,
    };
    if (host.profile.udp.dropReasons) e.reason = reason;
    trace.emit(e);
  }
}

/** consume_skb: the skb was used (delivered, read, forwarded); no kfree_skb event. */
export function consume_skb(host: Host, skb: number, cpu = 0): void {
  if (host.skbs.flags[skb] & SKB_HAS_FRAG_LIST) release_frag_list(host, skb, cpu, host.now, true);
  host.skbs.free(skb);
}

/** skb_clone for one more multicast/broadcast receiver: same data, same truesize (skbuff.c:__skb_clone). */
export function skb_clone(host: Host, skb: number): number {
  const p = host.skbs;
  const n = p.alloc();
  p.id[n] = p.id[skb]; p.len[n] = p.len[skb]; p.payload[n] = p.payload[skb];
  p.truesize[n] = p.truesize[skb]; p.hash[n] = p.hash[skb]; p.flow[n] = p.flow[skb];
  // a clone shares the frag_list; the original frees it
  p.flags[n] = p.flags[skb] & ~SKB_HAS_FRAG_LIST; p.dev[n] = p.dev[skb]; p.queue[n] = p.queue[skb];
  // Stryker disable next-line UnaryOperator: equivalent: skb->sk is read only by early demux and udp_rcv, before any clone exists
  p.sk[n] = -1; p.arrival[n] = p.arrival[skb]; p.pad[n] = p.pad[skb]; p.ext[n] = p.ext[skb];
  return n;
}
