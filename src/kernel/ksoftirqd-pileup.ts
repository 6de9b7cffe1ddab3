// Where a live linux-6.1 kernel's backlog drops depend on its clock: generated scenarios whose outcome
// the scheduler decides are left out of the kernel form (kernel-form.ts), as the other clock-dependent
// settings are.
//
// kernel/softirq.c (read in 6.1.192; "softirq: Let ksoftirqd do its job", 4.9 to 6.2):
//   do_softirq, __local_bh_enable_ip, invoke_softirq: `if (pending && !ksoftirqd_running(pending))`
//   ksoftirqd_running: false only for HI and TASKLET (SOFTIRQ_NOW_MASK); NET_RX waits while ksoftirqd is runnable
//   __do_softirq: still pending once `jiffies` passes `end = jiffies + MAX_SOFTIRQ_TIME` (2 ms: one jiffy at
//   HZ 250), or after MAX_SOFTIRQ_RESTART passes -> wakeup_softirqd()
// A tick during a long softirq wakes ksoftirqd; from then until the scheduler runs it, the local_bh_enable
// after each datagram a process sends (loopback, veth) runs no softirq, so its CPU's backlog fills with
// nothing taken off. How far it fills is the scheduler's business. 6.12.118 and 6.18 have no such check
// (the sender's own local_bh_enable runs NET_RX), and neither has 3.13. A veth in NAPI mode fills its ring
// instead (src/model/veth.ts), which drops past 256 slots, or 241 when 15 taken ones are not freed yet.
import type { Device, ProfileName, Scenario } from '../generated/schema-types.ts';
import { cpusInMask, icmpErrorTypes, sysctlValues } from '../spec/semantic.ts';
import { socketsOpenAt } from '../spec/close-problems.ts';
import { framesOnWire } from '../spec/ip-fragment.ts';
import { vethNapiMode } from '../spec/veth-napi.ts';
import { scenarioUsesUdpGro } from '../spec/udp-gro.ts';

/** The fewest free slots a NAPI-mode veth's ring may have: VETH_RING_SIZE less a batch of 16 taken, but one (ptr_ring.ts). */
const VETH_RING_ROOM = 256 - 15;

/** Profiles whose softirq entry points leave NET_RX to a runnable ksoftirqd (kernel/softirq.c:ksoftirqd_running). */
const KSOFTIRQD_TAKES_OVER: ReadonlySet<ProfileName> = new Set<ProfileName>(['linux-6.1']);

/**
 * The most skbs a process's sends could leave in one backlog if no softirq ran between them: every
 * loopback or veth frame (every fragment of a datagram a veth sender cuts), and the ICMP error each datagram may bring back (over lo, or into the veth's other
 * end: netif_rx on the same CPU). A scenario whose only frames are one burst is exempt: a burst fills
 * the backlog inside one BH-disabled section anyway (FramesStep.burst), with or without ksoftirqd.
 */
export function pileUpBound(s: Scenario): number {
  const devices = new Map((s.config.devices ?? []).map((d) => [d.name, d]));
  const frames = s.workload.flatMap((st, i) => (st.op === 'frames' && devices.get(st.device)?.kind !== 'nic' ? [{ st, i }] : []));
  if (frames.length === 1 && frames[0].st.burst === true) return 0;
  let n = 0;
  for (const { st, i } of frames) {
    const d = devices.get(st.device) ?? { kind: 'nic' };
    const errors = icmpErrorTypes(st, socketsOpenAt(s, i), s.config, d).length > 0;
    // a datagram above the veth MTU is its fragments on the wire, each an skb of the backlog (src/spec/ip-fragment.ts)
    n += framesOnWire(st, d, s.config.profile) + (errors ? st.count ?? 1 : 0);
  }
  return n;
}

/** The scenario's NAPI-mode veths under `live` by name (src/spec/veth-napi.ts). */
function napiVeths(s: Scenario, live: ProfileName): Map<string, Device> {
  return new Map((s.config.devices ?? []).filter((d) => vethNapiMode(live, d)).map((d) => [d.name, d]));
}

/** The frames a process's sends could leave in a NAPI-mode veth's ring (one burst alone is exempt, as in pileUpBound). */
function ringPileUp(s: Scenario, live: ProfileName): number {
  const napi = napiVeths(s, live);
  const frames = s.workload.filter((st) => st.op === 'frames' && napi.has(st.device));
  if (frames.length === 1 && frames[0].op === 'frames' && frames[0].burst === true) return 0;
  return frames.reduce((n, st) => n + (st.op === 'frames' ? framesOnWire(st, napi.get(st.device)!, live) : 0), 0);
}

/** The frames of steps sent one by one (not bursts) to a NAPI-mode veth. */
function singleFramesOnRing(s: Scenario, live: ProfileName): number {
  const napi = napiVeths(s, live);
  return s.workload.reduce((n, st) => n + (st.op === 'frames' && napi.has(st.device) && st.burst !== true
    ? framesOnWire(st, napi.get(st.device)!, live) : 0), 0);
}

/**
 * Why the live kernel's backlog drops in `s` depend on its clock under `live`'s softirq rules, or undefined.
 * The backlog drops past netdev_max_backlog (dev.c:enqueue_to_backlog), and flow limits act once it is half
 * full (skb_flow_limit): a pile-up that cannot pass that point cannot drop.
 */
export function ksoftirqdPileUpProblem(s: Scenario, live: ProfileName): string | undefined {
  if (!KSOFTIRQD_TAKES_OVER.has(live)) return undefined;
  const ring = ringPileUp(s, live);
  if (ring > VETH_RING_ROOM) {
    return `${live}: up to ${ring} frames could wait in a NAPI-mode veth's ring (${VETH_RING_ROOM} slots may be free):` +
      ' kernel/softirq.c leaves NET_RX to ksoftirqd while it is runnable (ksoftirqd_running), and when a tick wakes it' +
      ' is the clock\'s';
  }
  // with a UDP_GRO socket, frames sent one by one that wait together in the ring are polled together, and GRO merges
  // them (a burst's are polled together anyway)
  const single = singleFramesOnRing(s, live);
  if (single > 1 && scenarioUsesUdpGro(s)) {
    return `${live}: up to ${single} frames sent one by one could wait in a NAPI-mode veth's ring, and a socket with` +
      ' UDP_GRO has GRO merge the datagrams one veth_poll takes: kernel/softirq.c leaves NET_RX to ksoftirqd while it is runnable' +
      ' (ksoftirqd_running), so how many wait together is the clock\'s';
  }
  const bound = pileUpBound(s);
  const maxes = sysctlValues(s, 'net.core.netdev_max_backlog').filter((v): v is number => typeof v === 'number');
  const limited = sysctlValues(s, 'net.core.flow_limit_cpu_bitmap')
    .some((v) => typeof v === 'string' && cpusInMask(v).length > 0);
  const max = Math.min(...maxes);
  const room = limited ? max >> 1 : max;
  if (bound <= room) return undefined;
  return `${live}: up to ${bound} skbs could wait in one backlog (${limited ? 'half of ' : ''}netdev_max_backlog ${max}` +
    ' is less): kernel/softirq.c leaves NET_RX to ksoftirqd while it is runnable (ksoftirqd_running), and when' +
    ' a tick wakes it, and how long the sender runs before it, is the clock\'s and the scheduler\'s';
}
