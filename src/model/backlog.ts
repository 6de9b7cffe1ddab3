// The per-CPU backlog (spec section 2): net/core/dev.c enqueue_to_backlog, skb_flow_limit,
// process_backlog, and net/core/sysctl_net_core.c flow_limit_cpu_sysctl (table allocation).
import type { Host } from './host.ts';
import type { NapiStruct } from './napi.ts';
import type { SoftnetData } from './softnet.ts';
import { ilog2 } from './hash.ts';
import { skb_protocol } from './skb.ts';
import { NAPIF_STATE_SCHED, ____napi_schedule, napi_list_del } from './napi.ts';
import { rps_ipi_queued, net_rps_action_and_irq_enable, rflowOut, skb_get_hash } from './rps.ts';
import { __netif_receive_skb_core } from './netif.ts';

/** net/core/dev.h FLOW_LIMIT_HISTORY (1 << 7) in both versions (scaling.rst's "256" is wrong). */
export const FLOW_LIMIT_HISTORY = 1 << 7;

/** struct sd_flow_limit */
export class FlowLimitTable {
  readonly numBuckets: number;
  readonly logBuckets: number;
  /** u8 buckets[] */
  readonly buckets: Uint8Array;
  /** history[FLOW_LIMIT_HISTORY], zeroed: starts as 128 entries of bucket 0 */
  readonly history = new Int32Array(FLOW_LIMIT_HISTORY);
  historyHead = 0;
  /** fl->count: softnet_stat flow_limit_count of the CPU that owns the table */
  count = 0;
  constructor(numBuckets: number) {
    this.numBuckets = numBuckets;
    this.logBuckets = ilog2(numBuckets);
    this.buckets = new Uint8Array(numBuckets);
  }
}

/**
 * sysctl_net_core.c:flow_limit_cpu_sysctl: a CPU newly in the mask gets a zeroed table of
 * flow_limit_table_len buckets (read now); a CPU no longer in it loses its table (and its count);
 * a CPU that stays keeps its table as it is.
 */
export function flow_limit_cpu_sysctl(host: Host, cpus: readonly number[]): void {
  const want = new Set(cpus);
  for (const sd of host.core.cpus) {
    if (want.has(sd.cpu)) {
      if (sd.flowLimit === null) sd.flowLimit = new FlowLimitTable(host.sysctl.flow_limit_table_len);
    } else sd.flowLimit = null;
  }
}

/**
 * dev.c:skb_flow_limit: true = drop. Uses the ENQUEUING CPU's table (this_cpu_ptr), consulted
 * only at or above half the backlog limit; the history keeps dropped packets too.
 */
export function skb_flow_limit(host: Host, skb: number, qlen: number, mysd: SoftnetData): boolean {
  if (!host.profile.flowLimitConsulted(qlen, host.sysctl.netdev_max_backlog)) return false;
  const fl = mysd.flowLimit;
  if (fl === null) return false;
  const newFlow = host.profile.flowLimitBucket(skb_get_hash(host, skb), fl.numBuckets);
  const oldFlow = fl.history[fl.historyHead];
  fl.history[fl.historyHead] = newFlow;
  fl.historyHead = (fl.historyHead + 1) & (FLOW_LIMIT_HISTORY - 1);
  if (fl.buckets[oldFlow] > 0) fl.buckets[oldFlow]--;
  if (++fl.buckets[newFlow] > FLOW_LIMIT_HISTORY >> 1) {
    fl.count++;
    return true;
  }
  return false;
}

/**
 * dev.c:enqueue_to_backlog, run on `localCpu` for the backlog of `targetCpu`. Returns true for
 * NET_RX_SUCCESS. A drop counts in the TARGET's softnet `dropped` and the device's rx_dropped.
 * After get_rps_cpu, rflowOut names the rps_dev_flow whose last_qtail takes the new tail.
 */
export function enqueue_to_backlog(host: Host, skb: number, targetCpu: number, localCpu: number): boolean {
  const core = host.core;
  host.now += core.costs.backlogPacketNs;
  const sd = core.cpus[targetCpu];
  const mysd = core.cpus[localCpu];
  const q = sd.inputPktQueue;
  const qlen = q.length;
  // 3.13: `if (qlen <= netdev_max_backlog && !skb_flow_limit(skb, qlen))`;
  // 6.18: `if (qlen > max_backlog || skb_flow_limit(skb, qlen, max_backlog)) goto cpu_backlog_drop` then
  // the same test under the lock (one CPU at a time here, so it gives the same answer).
  if (host.profile.backlogHasRoom(qlen, host.sysctl.netdev_max_backlog) && !skb_flow_limit(host, skb, qlen, mysd)) {
    const n = sd.backlog;
    if (qlen === 0 && (n.state & NAPIF_STATE_SCHED) === 0) {
      n.state |= NAPIF_STATE_SCHED;
      if (!rps_ipi_queued(host, sd, mysd)) ____napi_schedule(host, sd, n);
    }
    q.push(skb);
    sd.inputQueueTail = (sd.inputQueueTail + 1) >>> 0;
    const ft = rflowOut.table;
    if (ft !== null) { ft.lastQtail[rflowOut.slot] = sd.inputQueueTail; rflowOut.table = null; }
    return true;
  }
  rflowOut.table = null;
  core.cpus[host.profile.backlogDropCpu(targetCpu, localCpu)].dropped++; // the target's (KernelProfile.backlogDropCpu)
  host.devRxDropped[host.skbs.dev[skb]]++;
  const tr = host.trace;
  if (tr !== null) {
    const max = host.sysctl.netdev_max_backlog;
    const byFlowLimit = host.profile.backlogHasRoom(qlen, max);
    tr.note({
      t: host.now, cpu: localCpu, skbaddr: host.skbs.id[skb], where: 'net/core/dev.c:enqueue_to_backlog',
      what: `dropped on CPU ${sd.cpu}'s backlog (enqueued from CPU ${localCpu}): qlen ${qlen}, netdev_max_backlog ${max}` +
        (byFlowLimit ? `: room, but skb_flow_limit of CPU ${localCpu} says the flow is heavy` : ': no room'),
      counters: [
        `softnet_stat[${sd.cpu}].dropped`, `dev.${host.deviceNames[host.skbs.dev[skb]]}.rx_dropped`,
        ...(byFlowLimit ? [`softnet_stat[${localCpu}].flow_limit_count`] : []),
      ],
    });
    const reason = host.profile.backlogDropReason;
    tr.emit(reason === undefined
      ? { t: host.now, cpu: localCpu, event: 'kfree_skb', skbaddr: host.skbs.id[skb], protocol: skb_protocol(host.skbs.flags[skb]), location: 'net/core/dev.c:enqueue_to_backlog' }
      : { t: host.now, cpu: localCpu, event: 'kfree_skb', skbaddr: host.skbs.id[skb], protocol: skb_protocol(host.skbs.flags[skb]), location: 'net/core/dev.c:enqueue_to_backlog', reason });
  }
  host.skbs.free(skb);
  return false;
}

/**
 * dev.c:process_backlog, the backlog NAPI's poll. Sends pending RPS IPIs first, sets
 * napi->weight for the NEXT poll, then drains process_queue, splicing input_pkt_queue into it.
 * 3.13 completes early when the spliced remainder fits the quota; 6.18 only on an empty input queue.
 * Either way exactly `quota` remaining packets give work == quota and a repoll that completes with 0.
 */
export function process_backlog(host: Host, sd: SoftnetData, n: NapiStruct, quota: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: net_rps_action_and_irq_enable returns at once on an empty list (the kernel tests first to skip local_irq_disable)
  if (sd.rpsIpiList.length > 0) net_rps_action_and_irq_enable(host, sd);
  n.weight = host.sysctl.dev_rx_weight;
  const pq = sd.processQueue;
  const iq = sd.inputPktQueue;
  const cpu = sd.cpu;
  let work = 0;
  if (host.profile.processBacklogKind === 'early-complete') {
    while (work < quota) {
      let skb: number;
      while ((skb = pq.shift()) >= 0) {
        __netif_receive_skb_core(host, skb, cpu);
        sd.inputQueueHead = (sd.inputQueueHead + 1) >>> 0; // input_queue_head_incr
        if (++work >= quota) return work;
      }
      const qlen = iq.length;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: splicing an empty queue does nothing (the kernel's test mirrors `if (qlen)`)
      if (qlen > 0) iq.spliceInto(pq);
      if (qlen < quota - work) {
        // "Inline a custom version of __napi_complete()": list_del + state = 0
        napi_list_del(host, n);
        n.state = 0;
        quota = work + qlen;
      }
    }
    return work;
  }
  for (;;) {
    let skb: number;
    while ((skb = pq.shift()) >= 0) {
      __netif_receive_skb_core(host, skb, cpu);
      sd.inputQueueHead = (sd.inputQueueHead + 1) >>> 0; // rps_input_queue_head_add
      if (++work >= quota) return work;
    }
    if (iq.length === 0) {
      n.state = 0; // napi->state &= NAPIF_STATE_THREADED
      napi_list_del(host, n);
      return work;
    }
    iq.spliceInto(pq);
  }
}
