// struct napi_struct and its scheduling (net/core/dev.c: napi_schedule_prep, ____napi_schedule,
// __napi_complete / napi_complete_done). A NAPI is a NIC RX queue's, a CPU's backlog, or a veth queue's in
// NAPI mode (veth.ts).
import type { Host } from './host.ts';
import type { SoftnetData } from './softnet.ts';
import { PH_IDLE } from './softnet.ts';
import { EV_CPU, CLASS_OTHER } from './event_queue.ts';
import { GroState, gro_flush, gro_flush_normal } from './gro.ts';

export const NAPI_NIC = 0;
export const NAPI_BACKLOG = 1;
export const NAPI_VETH = 2;

/**
 * include/linux/netdevice.h NAPI_STATE_SCHED as a bit of NapiStruct.state. NAPI_STATE_MISSED (6.x)
 * is not modelled: it records a napi_schedule that found the NAPI scheduled, which needs an IRQ while
 * the NAPI runs (busy polling, threaded NAPI); the model's driver masks its IRQ until
 * napi_complete_done (igb_poll), and a veth keeps rx_notify_masked set until veth_poll completes,
 * so napi_schedule_prep never finds SCHED set.
 */
export const NAPIF_STATE_SCHED = 1;

export class NapiStruct {
  readonly id: number;
  readonly kind: number;
  /** napi->weight: what net_rx_action passes to poll(). */
  weight: number;
  state = 0;
  /** CPU whose poll_list (or net_rx_action list) holds it, -1 when on none. */
  listCpu = -1;
  /** NIC: device index and global ring index; veth: device index (ring -1); backlog: -1. */
  readonly dev: number;
  readonly ring: number;
  /** napi_poll trace name: "DEV:rx-N" or "backlog:CPU". */
  readonly name: string;
  /** napi_poll trace dev_name ("(no_device)" for the backlog, include/trace/events/napi.h NO_DEV). */
  readonly devName: string;
  /** Whether the device has GRO on (NETIF_F_GRO); the backlog never does GRO. */
  readonly groEnabled: boolean;
  readonly gro: GroState;

  constructor(id: number, kind: number, weight: number, dev: number, ring: number,
    name: string, devName: string, groEnabled: boolean) {
    this.id = id; this.kind = kind; this.weight = weight; this.dev = dev; this.ring = ring;
    this.name = name; this.devName = devName; this.groEnabled = groEnabled;
    this.gro = new GroState();
  }
}

/**
 * __raise_softirq_irqoff(NET_RX_SOFTIRQ) on `sd`'s CPU, and make sure the CPU gets to run it:
 * an idle CPU runs it at irq_exit / local_bh_enable (when its current work ends).
 */
export function raise_net_rx_softirq(host: Host, sd: SoftnetData): void {
  sd.softirqPending = true;
  if (sd.phase === PH_IDLE && !sd.cpuEventQueued) {
    sd.cpuEventQueued = true;
    host.core.events.push(Math.max(host.now, sd.busyUntil), CLASS_OTHER, EV_CPU, sd.cpu);
  }
}

/** net/core/dev.c:____napi_schedule: add to the tail of sd->poll_list and raise NET_RX. */
export function ____napi_schedule(host: Host, sd: SoftnetData, n: NapiStruct): void {
  sd.pollList.push(n.id);
  n.listCpu = sd.cpu;
  // 3.13 raises unconditionally; 6.x only `if (!sd->in_net_rx_action)` (the loop will see it).
  if (host.profile.raiseSoftirqInsideNetRxAction || !sd.inNetRxAction) raise_net_rx_softirq(host, sd);
}

/**
 * napi_schedule (include/linux/netdevice.h): napi_schedule_prep (set SCHED) + __napi_schedule.
 * Only the driver's interrupt calls it, or a veth's __veth_xdp_flush (veth.ts), and only while the NAPI is idle
 * (see NAPIF_STATE_SCHED; a veth's rx_notify_masked stays set until veth_poll completes).
 */
export function napi_schedule(host: Host, n: NapiStruct, cpu: number): void {
  n.state |= NAPIF_STATE_SCHED;
  ____napi_schedule(host, host.core.cpus[cpu], n);
}

/**
 * 3.13 __napi_complete / __napi_schedule's list_del(&n->poll_list): off the poll list of the CPU
 * that holds it. 6.x napi_poll took it off with list_del_init before calling poll(), so listCpu is
 * already -1 there.
 */
export function napi_list_del(host: Host, n: NapiStruct): void {
  if (n.listCpu < 0) return;
  const sd = host.core.cpus[n.listCpu];
  sd.pollList.splice(sd.pollList.indexOf(n.id), 1);
  n.listCpu = -1;
}

/**
 * 3.13 net/core/dev.c:napi_complete (napi_gro_flush(n, false) + __napi_complete) and 6.x
 * napi_complete_done (gro_flush_normal(&n->gro, false); clear SCHED; MISSED is never set here, see
 * NAPIF_STATE_SCHED). The driver may then re-enable its IRQ.
 */
export function napi_complete_done(host: Host, sd: SoftnetData, n: NapiStruct): void {
  if (host.profile.napiCompleteFlushesRxList) gro_flush_normal(host, sd, n, false);
  else gro_flush(host, sd, n, false); // a replaced rule: the held skbs only, rx_list left for a later poll
  napi_list_del(host, n);
  n.state = 0;
}
