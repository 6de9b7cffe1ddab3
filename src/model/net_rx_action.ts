// The NET_RX softirq on one CPU, as a resumable state machine whose unit of work is one NAPI
// poll (spec section 1): kernel/softirq.c:__do_softirq (restart up to MAX_SOFTIRQ_RESTART times
// within MAX_SOFTIRQ_TIME, then ksoftirqd) around net/core/dev.c:net_rx_action (3.13: checks
// before each poll, same-call repoll to the tail; 6.x: checks after each poll, a repoll list polled
// at most once per call) and __napi_poll / napi_poll.
import type { Host } from './host.ts';
import type { SoftnetData } from './softnet.ts';
import { PH_AFTER, PH_IDLE, PH_NETRX, PH_PASS } from './softnet.ts';
import { CLASS_ARRIVAL, CLASS_OTHER, EV_ARRIVAL, EV_CPU } from './event_queue.ts';
import { NAPI_NIC, NAPI_VETH, NAPIF_STATE_SCHED, type NapiStruct } from './napi.ts';
import { gro_flush, gro_flush_normal } from './gro.ts';
import { igb_poll } from './driver.ts';
import { process_backlog } from './backlog.ts';
import { veth_poll } from './veth.ts';
import { net_rps_action_and_irq_enable } from './rps.ts';

/** kernel/softirq.c MAX_SOFTIRQ_RESTART */
export const MAX_SOFTIRQ_RESTART = 10;
/** kernel/softirq.c MAX_SOFTIRQ_TIME = msecs_to_jiffies(2) */
export function max_softirq_time_jiffies(hz: number): number {
  return Math.ceil((2 * hz) / 1000);
}

/** Charge a hard interrupt's CPU time: it runs now, pushing back whatever the CPU was doing. */
export function hardirq_charge(host: Host, sd: SoftnetData): void {
  const irq = host.core.costs.irqNs;
  if (sd.busyUntil > host.now) sd.busyUntil += irq;
  else sd.busyUntil = host.now + irq;
}

function queueCpu(host: Host, sd: SoftnetData, t: number): void {
  sd.cpuEventQueued = true;
  host.core.events.push(t, CLASS_OTHER, EV_CPU, sd.cpu);
}

/** Frame streams blocked on this CPU (a loopback sender waits while its CPU runs softirqs) resume. */
function wakeBlocked(host: Host, sd: SoftnetData): void {
  const b = sd.blockedStreams;
  // Stryker disable next-line ConditionalExpression: equivalent: the loop and the truncation do nothing on an empty list
  if (b.length === 0) return;
  for (let i = 0; i < b.length; i++) host.core.events.push(host.now, CLASS_ARRIVAL, EV_ARRIVAL, b[i]);
  b.length = 0;
}

/** The CPU is free to do more work (an EV_CPU event at time t). */
export function cpu_run(host: Host, sd: SoftnetData, t: number): void {
  sd.cpuEventQueued = false;
  if (t < sd.busyUntil) { queueCpu(host, sd, sd.busyUntil); return; } // a hard IRQ pushed it back
  host.now = t;
  const core = host.core;
  for (;;) {
    switch (sd.phase) {
      case PH_IDLE:
        if (!sd.softirqPending) { sd.busyUntil = host.now; wakeBlocked(host, sd); return; }
        // irq_exit / local_bh_enable / run_ksoftirqd -> __do_softirq
        sd.restartLeft = MAX_SOFTIRQ_RESTART;
        sd.softirqEnd = core.jiffies(host.now) + max_softirq_time_jiffies(host.hz);
        sd.phase = PH_PASS;
        break;
      case PH_PASS: {
        // __do_softirq: set_softirq_pending(0), then the NET_RX handler
        sd.softirqPending = false;
        sd.netRxSoftirqs++; // kstat_incr_softirqs_this_cpu -> /proc/softirqs
        const tr = host.trace;
        if (tr !== null) tr.emit({ t: host.now, cpu: sd.cpu, event: 'softirq_entry', vec: 3 });
        host.now += core.costs.softirqNs;
        net_rx_action_begin(host, sd);
        sd.phase = PH_NETRX;
        break;
      }
      case PH_NETRX:
        if (net_rx_action_step(host, sd)) {
          sd.busyUntil = host.now;
          // the CPU resumes at the end of the poll; go on at once if nothing else is due before
          // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent: a shortcut; the EV_CPU event queued instead would be the next one popped
          if (core.events.wouldPrecede(host.now, CLASS_OTHER)) { host.countWork(); break; }
          queueCpu(host, sd, host.now);
          return;
        }
        if (host.trace !== null) host.trace.emit({ t: host.now, cpu: sd.cpu, event: 'softirq_exit', vec: 3 });
        sd.phase = PH_AFTER;
        break;
      case PH_AFTER:
        sd.phase = PH_IDLE;
        sd.busyUntil = host.now;
        if (sd.softirqPending) {
          // `if (time_before(jiffies, end) && !need_resched() && --max_restart) goto restart; wakeup_softirqd();`
          if (core.jiffies(host.now) - sd.softirqEnd < 0 && --sd.restartLeft > 0) { sd.phase = PH_PASS; break; }
          // ksoftirqd: the same CPU runs __do_softirq again, after what is already due now
          sd.ksoftirqdWakeups++;
          queueCpu(host, sd, host.now);
          return;
        }
        wakeBlocked(host, sd);
        return;
    }
  }
}

function net_rx_action_begin(host: Host, sd: SoftnetData): void {
  const core = host.core;
  sd.budget = host.sysctl.netdev_budget;
  sd.timeLimit = core.jiffies(host.now) + host.profile.netRxTimeLimitJiffies(host.hz, host.sysctl.netdev_budget_usecs);
  // 6.x `start:` (checkDue is false and repoll empty here: every call ends through the check or tail618).
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: equivalent: with an empty list, step618's `goto start` splices poll_list the same way
  if (host.profile.netRxActionKind === 'repoll-list') start618(sd);
}

/** 6.x `start:` in_net_rx_action = true; list_splice_init(&sd->poll_list, &list) (list is empty here) */
function start618(sd: SoftnetData): void {
  sd.inNetRxAction = true;
  // Stryker disable next-line ConditionalExpression: equivalent: `list` is empty here, so swapping it with an empty poll_list changes nothing
  if (sd.pollList.length === 0) return;
  const empty = sd.list;
  sd.list = sd.pollList;
  sd.pollList = empty;
}

/** The driver's (igb, veth) or the backlog's poll() with the weight read before the call. */
function poll(host: Host, sd: SoftnetData, n: NapiStruct, weight: number): number {
  host.now += host.core.costs.pollNs;
  const work = n.kind === NAPI_NIC
    ? igb_poll(host, sd, host.core.rings[n.ring], weight)
    : n.kind === NAPI_VETH
      ? veth_poll(host, sd, host.core.devices[n.dev].vethRq!, weight)
      : process_backlog(host, sd, n, weight);
  const tr = host.trace;
  if (tr !== null) tr.emit({ t: host.now, cpu: sd.cpu, event: 'napi_poll', napi: n.name, dev_name: n.devName, work, budget: weight });
  return work;
}

/**
 * One step of net_rx_action: runs at most one poll. Returns true when a poll ran (the CPU's time
 * advanced; resume later), false when net_rx_action has returned.
 */
export function net_rx_action_step(host: Host, sd: SoftnetData): boolean {
  return host.profile.netRxActionKind === 'same-call-repoll' ? step313(host, sd) : step618(host, sd);
}

/** A model note (explain mode only) on why net_rx_action counted time_squeeze. */
function noteSqueeze(host: Host, sd: SoftnetData, napisLeft: boolean, when: string): void {
  const tr = host.trace;
  if (tr === null) return;
  const jiffies = host.core.jiffies(host.now);
  tr.note({
    t: host.now, cpu: sd.cpu, where: 'net/core/dev.c:net_rx_action',
    what: `time_squeeze counted ${when}: budget left ${sd.budget}, jiffies ${jiffies} vs time limit ${sd.timeLimit}` +
      ` (${jiffies - sd.timeLimit >= 0 ? 'time is up' : 'time left'}), ${napisLeft ? 'NAPIs left to poll' : 'no NAPI left'}`,
    counters: [`softnet_stat[${sd.cpu}].time_squeeze`],
  });
}

/** 3.13 net/core/dev.c:net_rx_action */
function step313(host: Host, sd: SoftnetData): boolean {
  const core = host.core;
  const empty = sd.pollList.length === 0;
  // "If softirq window is exhuasted then punt." -- checked BEFORE each poll; the loop ends on an empty list
  if (host.profile.netRxSqueeze(empty, sd.budget, core.jiffies(host.now) - sd.timeLimit >= 0)) {
    sd.time_squeeze++;
    noteSqueeze(host, sd, !empty, 'before the next poll');
    // softnet_break: __raise_softirq_irqoff(NET_RX_SOFTIRQ); the kernel gets here with NAPIs left only
    // Stryker disable next-line ConditionalExpression: equivalent under the built-in 3.13 rule (it squeezes only with NAPIs left); a replaced rule may not (examples/faulty/squeeze-when-idle-3-13.ts)
    if (!empty) sd.softirqPending = true;
    net_rps_action_and_irq_enable(host, sd);
    return false;
  }
  if (empty) {
    net_rps_action_and_irq_enable(host, sd);
    return false;
  }
  const n = core.napis[sd.pollList[0]];
  const weight = n.weight;
  // `if (test_bit(NAPI_STATE_SCHED, &n->state))` (a netpoll race): a NAPI on the poll list is scheduled here
  // Stryker disable next-line ConditionalExpression: equivalent: a NAPI on the poll list always has SCHED in the model (no netpoll)
  const work = (n.state & NAPIF_STATE_SCHED) !== 0 ? poll(host, sd, n, weight) : 0;
  sd.budget = host.profile.netRxBudgetLeft(sd.budget, work);
  if (work === weight) {
    // the driver still owns the NAPI: flush too old GRO packets (all if HZ < 1000), move to the tail
    gro_flush(host, sd, n, host.hz >= 1000);
    sd.pollList.splice(sd.pollList.indexOf(n.id), 1); // list_move_tail: n is on the list (it did not complete)
    sd.pollList.push(n.id);
    n.listCpu = sd.cpu;
  }
  return true;
}

/** 6.x tail of net_rx_action: poll_list = list ++ poll_list ++ repoll; re-raise if non-empty; send IPIs. */
function tail618(host: Host, sd: SoftnetData): void {
  const napis = host.core.napis;
  const merged = sd.list.concat(sd.pollList, sd.repoll);
  sd.list.length = 0;
  sd.repoll.length = 0;
  sd.pollList.length = 0;
  for (const id of merged) { sd.pollList.push(id); napis[id].listCpu = sd.cpu; }
  if (sd.pollList.length > 0) sd.softirqPending = true;
  else sd.inNetRxAction = false;
  net_rps_action_and_irq_enable(host, sd);
}

/** 6.x net/core/dev.c:net_rx_action (6.1, 6.12, 6.18) */
function step618(host: Host, sd: SoftnetData): boolean {
  const core = host.core;
  if (sd.checkDue) {
    // "If softirq window is exhausted then punt." -- checked AFTER each poll, at the time it ended
    sd.checkDue = false;
    // Stryker disable next-line all: equivalent: the 6.x rule ignores it (`budget <= 0 || time_after_eq(...)`); it is passed for rules that look at the lists, as 3.13's does
    const nothingLeft = sd.list.length === 0 && sd.repoll.length === 0 && sd.pollList.length === 0;
    if (host.profile.netRxSqueeze(nothingLeft, sd.budget, core.jiffies(host.now) - sd.timeLimit >= 0)) {
      sd.time_squeeze++;
      noteSqueeze(host, sd, !nothingLeft, 'after the poll');
      tail618(host, sd);
      return false;
    }
  }
  for (;;) {
    if (sd.list.length === 0) {
      if (sd.repoll.length === 0) {
        // 6.12+ `if (!list_empty(&sd->poll_list)) goto start;` (sd->in_net_rx_action: nothing raised the softirq)
        if (!host.profile.raiseSoftirqInsideNetRxAction) {
          sd.inNetRxAction = false;
          if (sd.pollList.length > 0) { start618(sd); continue; } // NAPIs scheduled meanwhile: goto start
        }
        // 6.1: NAPIs scheduled meanwhile stay on sd->poll_list, their NET_RX_SOFTIRQ raised
        if (sd.rpsIpiList.length === 0) return false; // goto end
      }
      tail618(host, sd);
      return false;
    }
    const n = core.napis[sd.list.shift()!];
    n.listCpu = -1; // napi_poll: list_del_init(&n->poll_list)
    sd.budget = host.profile.netRxBudgetLeft(sd.budget, napi_poll618(host, sd, n));
    sd.checkDue = true;
    return true;
  }
}

/** 6.x __napi_poll + napi_poll: a full-weight NAPI gets gro_flush_normal and goes on the repoll list. */
function napi_poll618(host: Host, sd: SoftnetData, n: NapiStruct): number {
  const weight = n.weight;
  // __napi_poll `if (napi_is_scheduled(n))`: a NAPI on the list is scheduled in the model (no busy polling, no netpoll)
  // Stryker disable next-line ConditionalExpression: equivalent: a NAPI on the list always has SCHED in the model
  const work = (n.state & NAPIF_STATE_SCHED) !== 0 ? poll(host, sd, n, weight) : 0;
  if (work < weight) return work; // the driver called napi_complete_done
  gro_flush_normal(host, sd, n, host.hz >= 1000);
  sd.repoll.push(n.id);
  n.listCpu = sd.cpu;
  return work;
}
