// struct softnet_data (include/linux/netdevice.h), one per CPU, and the rest of the net/core
// state of a simulated host: NAPI instances, devices, the RFS socket flow table, the event queue
// and the per-packet cost model. simulator.ts builds it; Host.core points to it.
import type { Costs } from '../generated/schema-types.ts';
import type { EventQueue } from './event_queue.ts';
import type { NapiStruct } from './napi.ts';
import type { NetDevice, RxRing } from './driver.ts';
import type { FlowLimitTable } from './backlog.ts';
import { SkbQueue } from './queue.ts';

/** What one CPU is doing (the simulator's view; the kernel's is preempt_count and current). */
export const PH_IDLE = 0; // nothing, or process context between sends
export const PH_PASS = 1; // __do_softirq about to run a pass (the restart loop)
export const PH_NETRX = 2; // inside net_rx_action, between polls
export const PH_AFTER = 3; // net_rx_action returned; __do_softirq decides restart / ksoftirqd

export class SoftnetData {
  readonly cpu: number;
  // --- /proc/net/softnet_stat
  processed = 0;
  dropped = 0;
  time_squeeze = 0;
  /** TX lock contention (sch_generic.c); the model has no TX path, so it stays 0. */
  readonly cpu_collision = 0;
  received_rps = 0;
  // --- /proc/softirqs NET_RX
  netRxSoftirqs = 0;

  /** sd->poll_list: NAPI ids. */
  pollList: number[] = [];
  readonly inputPktQueue = new SkbQueue(256);
  readonly processQueue = new SkbQueue(256);
  backlog!: NapiStruct;
  /** sd->input_queue_head / input_queue_tail (u32, wrap). */
  inputQueueHead = 0;
  inputQueueTail = 0;
  /** sd->flow_limit: allocated when this CPU is in flow_limit_cpu_bitmap. */
  flowLimit: FlowLimitTable | null = null;
  /** sd->rps_ipi_list: CPUs whose backlog this CPU must kick with an IPI. */
  readonly rpsIpiList: number[] = [];
  /** 6.x sd->in_net_rx_action */
  inNetRxAction = false;
  /** NET_RX bit of local_softirq_pending(). */
  softirqPending = false;

  // --- execution state (simulator)
  /** The CPU's clock: when what it is doing now ends. */
  busyUntil = 0;
  phase = PH_IDLE;
  /** An EV_CPU event is pending for this CPU. */
  cpuEventQueued = false;
  /** __do_softirq: restarts left and the jiffy it must stop at. */
  restartLeft = 0;
  softirqEnd = 0;
  /** ksoftirqd wake-ups (wakeup_softirqd). */
  ksoftirqdWakeups = 0;
  // net_rx_action locals
  budget = 0;
  timeLimit = 0;
  /** 6.x: the spliced local list and the repoll list. */
  list: number[] = [];
  readonly repoll: number[] = [];
  /** 6.x: a poll ran and its post-poll check is due when the CPU resumes. */
  checkDue = false;
  /** Loopback/veth frame streams whose sender waits for this CPU. */
  readonly blockedStreams: number[] = [];

  constructor(cpu: number) {
    this.cpu = cpu;
  }
}

/**
 * The per-packet cost model (config.costs): a modelling assumption, not a kernel fact. These
 * defaults are the model's documented choice, of the order a 2-4 GHz x86 core spends: a hard IRQ
 * ~1 us, softirq entry/exit ~0.2 us, a NAPI poll call ~0.2 us, the driver ~0.1 us per descriptor,
 * the stack from __netif_receive_skb to the socket ~0.5 us per datagram (about 2 Mpps per core,
 * the order of a real loopback UDP receive path), and enqueue_to_backlog ~0.1 us.
 */
export const DEFAULT_COSTS: Readonly<Required<Costs>> = {
  irqNs: 1000,
  softirqNs: 200,
  pollNs: 200,
  driverPacketNs: 100,
  stackPacketNs: 500,
  backlogPacketNs: 100,
};

/** The RFS global socket flow table (net/core/sysctl_net_core.c:rps_sock_flow_sysctl). */
export class RpsSockFlowTable {
  readonly ents: Uint32Array;
  readonly mask: number;
  constructor(size: number, fill: number) {
    this.ents = new Uint32Array(size).fill(fill);
    this.mask = size - 1;
  }
}

export class NetCore {
  readonly cpus: SoftnetData[];
  readonly napis: NapiStruct[] = [];
  readonly devices: NetDevice[] = [];
  /** Every NIC RX ring, global index = EV_IRQ/EV_COALESCE argument. */
  readonly rings: RxRing[] = [];
  readonly events: EventQueue;
  readonly costs: Readonly<Required<Costs>>;
  /** Nanoseconds per jiffy (1e9 / HZ). */
  readonly tickNs: number;
  /** net_hotdata.rps_sock_flow_table (null when rps_sock_flow_entries = 0). */
  sockFlowTable: RpsSockFlowTable | null = null;
  /** 6.x rps_cpu_mask = roundup_pow_of_two(nr_cpu_ids) - 1. */
  readonly rpsCpuMask: number;
  /** Software flow hash per FlowTable index (rps.ts:flowSoftwareHash), computed once per flow. */
  readonly flowSwHash: number[] = [];

  constructor(ncpus: number, hz: number, events: EventQueue, costs: Readonly<Required<Costs>>) {
    this.cpus = [];
    for (let c = 0; c < ncpus; c++) this.cpus.push(new SoftnetData(c));
    this.events = events;
    this.costs = costs;
    this.tickNs = 1e9 / hz;
    let p = 1;
    while (p < ncpus) p <<= 1;
    this.rpsCpuMask = p - 1;
  }

  /** jiffies at simulated time t. */
  jiffies(t: number): number {
    return Math.floor(t / this.tickNs);
  }
}
