// A veth's NAPI mode (drivers/net/veth.c, 6.x): with GRO on the receiving end (veth_set_features ->
// veth_napi_enable) and a frame its other end may aggregate (veth_skb_is_eligible_for_gro: that end's
// TSO off, Device.peerTso), veth_xmit does not call netif_rx: veth_forward_skb -> veth_xdp_rx puts the
// skb on the receiving queue's ptr_ring (VETH_RING_SIZE slots; full: the frame is freed and counted in
// the sending end's tx_dropped) and __veth_xdp_flush schedules the queue's NAPI on the sending CPU.
// veth_poll -> veth_xdp_rcv takes at most its budget off the ring, counts them (rx_queue_0_xdp_packets,
// xdp_bytes: skb->len after eth_type_trans, so no Ethernet header, unlike veth_xmit's netif_rx path)
// and hands each to napi_gro_receive, as a NIC driver does. A veth has one RX queue unless created
// with more (veth_init_queues: real_num_rx_queues 1), so every frame goes to rq[0]. An XDP program (Device.xdp;
// veth_xdp_set -> veth_enable_xdp) gives the queue its NAPI too, and veth_xdp_rcv_skb runs it on every skb.
import type { Host } from './host.ts';
import type { KernelProfile } from './profile.ts';
import type { SoftnetData } from './softnet.ts';
import { NAPIF_STATE_SCHED, NapiStruct, napi_complete_done, napi_schedule } from './napi.ts';
import { napi_gro_receive } from './gro.ts';
import { kfree_skb } from './skb_drop.ts';
import { PtrRing } from './ptr_ring.ts';
import { PAGE_SIZE, PagePool } from './page_pool.ts';
import { ETH_HLEN } from './skb.ts';
import { CACHE_LINE, SKB_DATA_ALIGNED_SHINFO, SKB_DATA_ALIGNED_SK_BUFF } from './truesize.ts';

/** drivers/net/veth.c VETH_RING_SIZE */
export const VETH_RING_SIZE = 256;
/** include/linux/netdevice.h NAPI_POLL_WEIGHT: veth_napi_enable_range -> netif_napi_add(dev, &rq->xdp_napi, veth_poll) */
export const VETH_NAPI_WEIGHT = 64;

/** The verdict of the queue's XDP program (rq->xdp_prog), or null without one. */
export type XdpVerdict = 'pass' | 'drop' | 'aborted';

/** include/uapi/linux/bpf.h XDP_PACKET_HEADROOM: skb_pp_cow_data's headroom for the program. */
const XDP_PACKET_HEADROOM = 256;

/** struct veth_rq: one receive queue's ring, NAPI and statistics. */
export class VethRq {
  readonly ring = new PtrRing(VETH_RING_SIZE);
  readonly napi: NapiStruct;
  /** rq->xdp_prog: the one verdict the program gives, or null */
  readonly xdpProg: XdpVerdict | null;
  /** rq->stats.vs (veth_get_ethtool_stats rx_queue_0_*): xdp_packets, xdp_bytes, xdp_drops */
  xdpPackets = 0;
  xdpBytes = 0;
  xdpDrops = 0;
  /** rq->page_pool (veth_create_page_pool, made with the queue's NAPI): where an XDP program's copies come from */
  readonly pagePool = new PagePool();
  /** rq->rx_notify_masked: set when __veth_xdp_flush schedules the NAPI, cleared when veth_poll completes */
  rxNotifyMasked = false;
  /** Frames veth_xmit found no room for: atomic64_inc(&priv->dropped) of the sending end (its tx_dropped). */
  peerTxDropped = 0;

  constructor(napi: NapiStruct, xdpProg: XdpVerdict | null) {
    this.napi = napi;
    this.xdpProg = xdpProg;
  }
}

/** veth.c:__veth_xdp_flush: schedule the NAPI on this CPU unless it is already (rx_notify_masked / NAPI_STATE_SCHED). */
function __veth_xdp_flush(host: Host, rq: VethRq, cpu: number): void {
  if (!rq.rxNotifyMasked && (rq.napi.state & NAPIF_STATE_SCHED) === 0) {
    rq.rxNotifyMasked = true;
    napi_schedule(host, rq.napi, cpu);
  }
}

/**
 * veth_xmit on the sending CPU with use_napi: veth_forward_skb -> veth_xdp_rx (ptr_ring_produce), then
 * __veth_xdp_flush. A full ring frees the skb (profile.vethRingFullSite) and counts it in the sending end's
 * tx_dropped; no receive-side counter sees it. (6.1 calls __veth_xdp_flush after the drop as well: the ring
 * holds entries, so the NAPI is already scheduled and it does nothing.) Returns whether the ring took it.
 */
export function veth_xmit_napi(host: Host, rq: VethRq, skb: number, cpu: number): boolean {
  if (!rq.ring.produce(skb)) {
    rq.peerTxDropped++;
    kfree_skb(host, skb, cpu, host.profile.vethRingFullSite, 'NOT_SPECIFIED');
    return false;
  }
  __veth_xdp_flush(host, rq, cpu);
  return true;
}

/**
 * The truesize of the copy veth_convert_skb_to_xdp_buff makes of a `frameLen`-byte frame (Ethernet header and
 * padding on) for the program. 6.1: build_skb(page, PAGE_SIZE), a page of its own. 6.12, 6.18: skb_pp_cow_data asks
 * the page pool for SKB_HEAD_ALIGN(len) + XDP_PACKET_HEADROOM and napi_build_skb charges what it got. Either way
 * __finalize_skb_around: truesize = SKB_TRUESIZE(frag_size - SKB_DATA_ALIGN(shinfo)) = frag_size + SKB_DATA_ALIGN(skb).
 */
function veth_xdp_cow_truesize(host: Host, rq: VethRq, frameLen: number): number {
  if (host.profile.xdpCow === 'page') return PAGE_SIZE + SKB_DATA_ALIGNED_SK_BUFF;
  return rq.pagePool.allocSize(xdpCowSize(frameLen)) + SKB_DATA_ALIGNED_SK_BUFF;
}

/**
 * The least and the most truesize veth_xdp_cow_truesize can give a `frameLen`-byte frame, whatever came before it:
 * the page pool's fragment as asked, or the rest of a page (below a page: a fragment ends a page only where another
 * fitted before it); a page where the profile copies into pages or the fragment is more than half a page.
 */
export function xdpCowTruesizeRange(profile: KernelProfile, frameLen: number): [number, number] {
  const page = PAGE_SIZE + SKB_DATA_ALIGNED_SK_BUFF;
  const size = xdpCowSize(frameLen);
  if (profile.xdpCow === 'page' || size * 2 > PAGE_SIZE) return [page, page];
  return [size + SKB_DATA_ALIGNED_SK_BUFF, page];
}

/** What skb_pp_cow_data asks the page pool for: SKB_HEAD_ALIGN(len) + XDP_PACKET_HEADROOM. */
function xdpCowSize(frameLen: number): number {
  return Math.ceil(frameLen / CACHE_LINE) * CACHE_LINE + SKB_DATA_ALIGNED_SHINFO + XDP_PACKET_HEADROOM;
}

/**
 * veth.c:veth_xdp_rcv_skb: without a program the skb goes on as it is. With one, the skb is copied where the program
 * may write (veth_convert_skb_to_xdp_buff: the recorder's frames, cloned or short of XDP_PACKET_HEADROOM, always
 * are; the copy never fails for a frame within the veth MTU) and the program runs. XDP_PASS hands the copy on (its
 * truesize the copy's); XDP_DROP, and XDP_ABORTED after trace_xdp_exception, count stats->xdp_drops and free the copy
 * (`xdp_drop: kfree_skb(skb)`). `frameLen`: the frame with its Ethernet header and padding. Returns whether the skb
 * goes on to GRO.
 */
function veth_xdp_rcv_skb(host: Host, rq: VethRq, skb: number, frameLen: number, cpu: number): boolean {
  if (rq.xdpProg === null) return true;
  // XDP_PASS: the copy goes on (eth_type_trans again; the program changed nothing). A drop program's copies are
  // allocated too, but its verdict is every frame's, so the pool's state it leaves is never seen: not followed.
  if (rq.xdpProg === 'pass') {
    host.skbs.truesize[skb] = veth_xdp_cow_truesize(host, rq, frameLen);
    return true;
  }
  rq.xdpDrops++;
  kfree_skb(host, skb, cpu, 'veth_xdp_rcv_skb', 'NOT_SPECIFIED');
  return false;
}

/**
 * veth.c:veth_poll -> veth_xdp_rcv: up to `budget` skbs off the ring, each counted (xdp_packets, xdp_bytes: the
 * frame without its Ethernet header, padding included; they make the device's rx_packets and rx_bytes,
 * veth_get_stats64), given to the XDP program if there is one (veth_xdp_rcv_skb), and passed to napi_gro_receive.
 * Under budget: napi_complete_done, rx_notify_masked cleared, and the NAPI scheduled again if the ring is not empty.
 */
export function veth_poll(host: Host, sd: SoftnetData, rq: VethRq, budget: number): number {
  const skbs = host.skbs;
  const costPer = host.core.costs.driverPacketNs;
  let done = 0;
  while (done < budget) {
    const skb = rq.ring.consume();
    if (skb < 0) break;
    host.now += costPer;
    // stats->xdp_bytes += skb->len, rq->stats.vs.xdp_packets += done (veth_get_stats64 adds them to rx_bytes and
    // rx_packets: snapshot.ts devRows)
    const bytes = skbs.len[skb] + skbs.pad[skb];
    rq.xdpBytes += bytes;
    rq.xdpPackets++;
    if (veth_xdp_rcv_skb(host, rq, skb, ETH_HLEN + bytes, sd.cpu)) napi_gro_receive(host, sd, rq.napi, skb);
    done++;
  }
  if (done < budget) {
    // `if (done < budget && napi_complete_done(napi, done))`: true, NAPI_STATE_MISSED is never set (napi.ts)
    napi_complete_done(host, sd, rq.napi);
    rq.rxNotifyMasked = false;
    if (!rq.ring.empty()) {
      rq.rxNotifyMasked = true;
      napi_schedule(host, rq.napi, sd.cpu);
    }
  }
  return done;
}
