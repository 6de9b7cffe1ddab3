// Freeing an skb: net/core/skbuff.c:kfree_skb / kfree_skb_reason (a drop, traced as skb:kfree_skb)
// and consume_skb (normal end of life, not a drop). Used by the IPv4/UDP half.
import type { KfreeSkbEvent } from '../generated/schema-types.ts';
import type { Host } from './host.ts';
import { ETH_P_IP } from './skb.ts';

/**
 * Drop reasons (enum skb_drop_reason) the IPv4/UDP half uses, as tracefs prints them
 * (SKB_DROP_REASON_ without the prefix). All are in the print fmt of
 * /sys/kernel/tracing/events/skb/kfree_skb/format on Linux 6.18.44 (checked on this machine).
 */
export type DropReason =
  | 'NOT_SPECIFIED' | 'OTHERHOST' | 'IP_INHDR' | 'IP_CSUM' | 'PKT_TOO_SMALL' | 'IP_RPFILTER'
  | 'IP_INADDRERRORS' | 'IP_INNOROUTES' | 'IP_NOPROTO' | 'FRAG_REASM_TIMEOUT'
  | 'NO_SOCKET' | 'UDP_CSUM' | 'SOCKET_RCVBUFF' | 'PROTO_MEM' | 'SOCKET_BACKLOG'
  | 'IP_INVALID_SOURCE' | 'IP_LOCAL_SOURCE' | 'IP_LOCALNET';

/**
 * kfree_skb(skb) (3.13) / kfree_skb_reason(skb, reason) (6.x): frees the skb and fires
 * skb:kfree_skb with the caller's location; the reason is shown only where the profile has them.
 */
export function kfree_skb(host: Host, skb: number, cpu: number, location: string, reason: DropReason, t = host.now): void {
  const trace = host.trace;
  if (trace !== null) {
    const e: KfreeSkbEvent = {
      t, cpu, event: 'kfree_skb', skbaddr: host.skbs.id[skb], protocol: ETH_P_IP, location,
    };
    if (host.profile.udp.dropReasons) e.reason = reason;
    trace.emit(e);
  }
  host.skbs.free(skb);
}

/** consume_skb: the skb was used (delivered, read, forwarded); no kfree_skb event. */
export function consume_skb(host: Host, skb: number): void {
  host.skbs.free(skb);
}

/** skb_clone for one more multicast/broadcast receiver: same data, same truesize (skbuff.c:__skb_clone). */
export function skb_clone(host: Host, skb: number): number {
  const p = host.skbs;
  const n = p.alloc();
  p.id[n] = p.id[skb]; p.len[n] = p.len[skb]; p.payload[n] = p.payload[skb];
  p.truesize[n] = p.truesize[skb]; p.hash[n] = p.hash[skb]; p.flow[n] = p.flow[skb];
  p.flags[n] = p.flags[skb]; p.dev[n] = p.dev[skb]; p.queue[n] = p.queue[skb];
  // Stryker disable next-line UnaryOperator: equivalent: skb->sk is read only by early demux and udp_rcv, before any clone exists
  p.sk[n] = -1; p.arrival[n] = p.arrival[skb]; p.pad[n] = p.pad[skb];
  return n;
}
