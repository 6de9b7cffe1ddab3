// Generic receive offload as it touches the UDP receive path (section 8 of the spec):
// 3.13 net/core/dev.c (dev_gro_receive, napi_gro_flush, napi_skb_finish) and 6.x net/core/gro.c
// (dev_gro_receive with GRO_HASH_BUCKETS, gro_flush_oldest, gro_normal_one/gro_normal_list).
// Plain UDP never merges (profile.groCanHold is false), so GRO changes WHEN skbs go up, not how
// many: in 6.x every GRO_NORMAL skb waits on rx_list until gro_normal_batch segments or the end of
// the poll. The held lists are modelled for skbs a rule lets GRO hold (same flow: the held one is
// completed and the new one held; no payload merging), and for the datagrams of a socket that set
// UDP_GRO, which udp_gro.ts merges.
import type { Host } from './host.ts';
import type { NapiStruct } from './napi.ts';
import type { SoftnetData } from './softnet.ts';
import { SkbQueue } from './queue.ts';
import { netif_receive_skb, netif_receive_skb_list_internal } from './netif.ts';
import { udp_gro_enabled_sock, udp_gro_receive_segment, udp_gro_segment_ok, type UdpGroHeld } from './udp_gro.ts';

/** include/net/gro.h MAX_GRO_SKBS and GRO_HASH_BUCKETS */
export const MAX_GRO_SKBS = 8;
export const GRO_HASH_BUCKETS = 8;

export class GroState {
  /** Held skbs per bucket, oldest first (3.13 uses bucket 0 only: one gro_list). */
  readonly held = new Int32Array(GRO_HASH_BUCKETS * MAX_GRO_SKBS);
  /** NAPI_GRO_CB(skb)->age: jiffies when held. */
  readonly age = new Float64Array(GRO_HASH_BUCKETS * MAX_GRO_SKBS);
  readonly count = new Int32Array(GRO_HASH_BUCKETS);
  /** total held (3.13 napi->gro_count) */
  total = 0;
  /** 6.x gro->rx_list and gro->rx_count (segments). */
  readonly rxList = new SkbQueue(64);
  rxCount = 0;
  /** scratch for netif_receive_skb_list_internal */
  readonly scratch = new SkbQueue(64);
  /** The held skbs of UDP_GRO flows: their first segment's size and IP ID rule (udp_gro.ts). */
  readonly udp = new Map<number, UdpGroHeld>();
}

function removeAt(g: GroState, b: number, i: number): number {
  const base = b * MAX_GRO_SKBS;
  const skb = g.held[base + i];
  for (let k = i + 1; k < g.count[b]; k++) {
    g.held[base + k - 1] = g.held[base + k];
    g.age[base + k - 1] = g.age[base + k];
  }
  g.count[b]--;
  g.total--;
  return skb;
}

function hold(host: Host, g: GroState, b: number, skb: number): void {
  const i = b * MAX_GRO_SKBS + g.count[b]++;
  g.held[i] = skb;
  g.age[i] = host.core.jiffies(host.now);
  g.total++;
}

/**
 * 3.13 napi_gro_complete -> netif_receive_skb; 6.x gro_complete -> gro_normal_one(napi, skb, NAPI_GRO_CB(skb)->count):
 * a merged skb counts its segments towards gro_normal_batch (udp_gro_complete sets gso_segs to them).
 */
function gro_complete(host: Host, sd: SoftnetData, n: NapiStruct, skb: number): void {
  n.gro.udp.delete(skb);
  if (host.profile.groNormalBatching) gro_normal_one(host, sd, n, skb, host.skbs.segs[skb]);
  else netif_receive_skb(host, skb, sd.cpu);
}

/**
 * dev_gro_receive for a datagram of a UDP_GRO socket (udp_gro.ts): merged into its flow's held skb, or held in its
 * place (the held one completed first: `if (pp) gro_complete(pp)`), or held as a new flow, the oldest of a full
 * bucket completed (gro_flush_oldest). There is at most one held skb per flow: a datagram that does not merge
 * completes the held one. False when it goes up as GRO_NORMAL at once, the held skbs left as they are.
 */
function udp_gro_hold_or_merge(host: Host, sd: SoftnetData, n: NapiStruct, skb: number): boolean {
  const g = n.gro;
  const skbs = host.skbs;
  if (!udp_gro_segment_ok(host, skb)) return false;
  const bucket = skbs.hash[skb] & (GRO_HASH_BUCKETS - 1);
  const base = bucket * MAX_GRO_SKBS;
  const flow = skbs.flow[skb];
  for (let i = 0; i < g.count[bucket]; i++) {
    const p = g.held[base + i];
    if (skbs.flow[p] !== flow) continue;
    const v = udp_gro_receive_segment(host, p, g.udp.get(p)!, skb);
    if (v.complete) gro_complete(host, sd, n, removeAt(g, bucket, i));
    if (v.merged) return true;
    break;
  }
  if (g.count[bucket] >= MAX_GRO_SKBS) gro_complete(host, sd, n, removeAt(g, bucket, 0));
  hold(host, g, bucket, skb);
  g.udp.set(skb, { gsoSize: skbs.payload[skb], fixedId: false });
  return true;
}

/** 6.x net/core/gro.c:gro_normal_list: pass rx_list up as a list. */
export function gro_normal_list(host: Host, sd: SoftnetData, n: NapiStruct): void {
  const g = n.gro;
  if (g.rxList.length === 0) return;
  netif_receive_skb_list_internal(host, g.rxList, g.scratch, sd.cpu);
  g.rxCount = 0;
}

/** 6.x net/core/gro.c:gro_normal_one: queue on rx_list, pass the list up at gro_normal_batch segments. */
export function gro_normal_one(host: Host, sd: SoftnetData, n: NapiStruct, skb: number, segs: number): void {
  const g = n.gro;
  g.rxList.push(skb);
  g.rxCount += segs;
  if (g.rxCount >= host.sysctl.gro_normal_batch) gro_normal_list(host, sd, n);
}

/**
 * napi_gro_receive: 3.13 dev_gro_receive + napi_skb_finish, 6.x gro_receive_skb. GRO off
 * (3.13 `!(dev->features & NETIF_F_GRO)`, 6.x netif_elide_gro) and flushed skbs go up as GRO_NORMAL.
 */
export function napi_gro_receive(host: Host, sd: SoftnetData, n: NapiStruct, skb: number): void {
  const skbs = host.skbs;
  if (n.groEnabled) {
    if (udp_gro_enabled_sock(host, skb) && udp_gro_hold_or_merge(host, sd, n, skb)) return;
    const flow = skbs.flow[skb];
    if (host.profile.groCanHold(host.flows.flows[flow].proto, skbs.flags[skb])) {
      const g = n.gro;
      const bucket = host.profile.groLayout === 'buckets' ? skbs.hash[skb] & (GRO_HASH_BUCKETS - 1) : 0;
      const base = bucket * MAX_GRO_SKBS;
      // gro_list_prepare + the protocol's gro_receive: a held skb of the same flow is returned as pp
      for (let i = 0; i < g.count[bucket]; i++) {
        if (skbs.flow[g.held[base + i]] === flow) {
          gro_complete(host, sd, n, removeAt(g, bucket, i));
          hold(host, g, bucket, skb);
          return;
        }
      }
      if (host.profile.groLayout === 'list') {
        // 3.13: `if (NAPI_GRO_CB(skb)->flush || napi->gro_count >= MAX_GRO_SKBS) goto normal;`
        if (g.total < MAX_GRO_SKBS) { hold(host, g, 0, skb); return; }
      } else {
        // 6.x: `if (unlikely(gro_list->count >= MAX_GRO_SKBS)) gro_flush_oldest(gro, &gro_list->list);`
        if (g.count[bucket] >= MAX_GRO_SKBS) gro_complete(host, sd, n, removeAt(g, bucket, 0));
        hold(host, g, bucket, skb);
        return;
      }
    }
  }
  // GRO_NORMAL
  if (host.profile.groNormalBatching) gro_normal_one(host, sd, n, skb, 1);
  else netif_receive_skb(host, skb, sd.cpu);
}

/**
 * 3.13 napi_gro_flush(napi, flush_old) / 6.x __gro_flush: complete held skbs oldest first; with
 * flush_old, stop (per list) at the first one held in the current jiffy.
 */
export function gro_flush(host: Host, sd: SoftnetData, n: NapiStruct, flushOld: boolean): void {
  const g = n.gro;
  if (g.total === 0) return;
  const now = host.core.jiffies(host.now);
  for (let b = 0; b < GRO_HASH_BUCKETS; b++) {
    while (g.count[b] > 0) {
      if (flushOld && g.age[b * MAX_GRO_SKBS] === now) break;
      gro_complete(host, sd, n, removeAt(g, b, 0));
    }
  }
}

/** 6.x gro_flush_normal(gro, flush_old) = gro_flush + gro_normal_list; 3.13 napi_gro_flush. */
export function gro_flush_normal(host: Host, sd: SoftnetData, n: NapiStruct, flushOld: boolean): void {
  gro_flush(host, sd, n, flushOld);
  if (host.profile.groNormalBatching) gro_normal_list(host, sd, n);
}
