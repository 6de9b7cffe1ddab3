// A veth's NAPI mode (drivers/net/veth.c, 6.x): with GRO on the receiving end (veth_set_features ->
// veth_napi_enable) and a frame its other end may aggregate (veth_skb_is_eligible_for_gro: that end's
// TSO off, Device.peerTso), veth_xmit does not call netif_rx: veth_forward_skb -> veth_xdp_rx puts the
// skb on the receiving queue's ptr_ring (VETH_RING_SIZE slots; full: the frame is freed and counted in
// the sending end's tx_dropped) and __veth_xdp_flush schedules the queue's NAPI on the sending CPU.
// veth_poll -> veth_xdp_rcv takes at most its budget off the ring, counts them (rx_queue_0_xdp_packets,
// xdp_bytes: skb->len after eth_type_trans, so no Ethernet header, unlike veth_xmit's netif_rx path)
// and hands each to napi_gro_receive, as a NIC driver does. A veth has one RX queue unless created
// with more (veth_init_queues: real_num_rx_queues 1), so every frame goes to rq[0].
import type { Host } from './host.ts';
import type { SoftnetData } from './softnet.ts';
import { NAPIF_STATE_SCHED, NapiStruct, napi_complete_done, napi_schedule } from './napi.ts';
import { napi_gro_receive } from './gro.ts';
import { kfree_skb } from './skb_drop.ts';
import { PtrRing } from './ptr_ring.ts';

/** drivers/net/veth.c VETH_RING_SIZE */
export const VETH_RING_SIZE = 256;
/** include/linux/netdevice.h NAPI_POLL_WEIGHT: veth_napi_enable_range -> netif_napi_add(dev, &rq->xdp_napi, veth_poll) */
export const VETH_NAPI_WEIGHT = 64;

/** struct veth_rq: one receive queue's ring, NAPI and statistics. */
export class VethRq {
  /** the receiving device's index in core.devices */
  readonly dev: number;
  readonly ring = new PtrRing(VETH_RING_SIZE);
  readonly napi: NapiStruct;
  /** rq->rx_notify_masked: set when __veth_xdp_flush schedules the NAPI, cleared when veth_poll completes */
  rxNotifyMasked = false;
  /** Frames veth_xmit found no room for: atomic64_inc(&priv->dropped) of the sending end (its tx_dropped). */
  peerTxDropped = 0;

  constructor(dev: number, napi: NapiStruct) {
    this.dev = dev;
    this.napi = napi;
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
 * veth.c:veth_poll -> veth_xdp_rcv: up to `budget` skbs off the ring, each counted (xdp_packets, xdp_bytes: the
 * frame without its Ethernet header, padding included; they make the device's rx_packets and rx_bytes,
 * veth_get_stats64) and passed to napi_gro_receive (no XDP program: veth_xdp_rcv_skb returns it as it is). Under
 * budget: napi_complete_done, rx_notify_masked cleared, and the NAPI scheduled again if the ring is not empty.
 */
export function veth_poll(host: Host, sd: SoftnetData, rq: VethRq, budget: number): number {
  const dev = host.core.devices[rq.dev];
  const skbs = host.skbs;
  const costPer = host.core.costs.driverPacketNs;
  let done = 0;
  while (done < budget) {
    const skb = rq.ring.consume();
    if (skb < 0) break;
    host.now += costPer;
    // stats->xdp_bytes += skb->len, rq->stats.vs.xdp_packets += done: veth_get_stats64's rx_bytes and rx_packets
    dev.rxBytes += skbs.len[skb] + skbs.pad[skb];
    dev.rxPackets++;
    napi_gro_receive(host, sd, rq.napi, skb);
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
