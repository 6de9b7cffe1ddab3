// Metamorphic relations: the ones that do NOT hold under the kernel's rules, pinned with the
// counterexamples the property runs found (each runs the model twice), so that the properties in
// properties/metamorphic.ts state the relation that does hold; and that those relations still
// catch an implementation whose setting changes decisions it must not.
import { describe, expect, test } from 'vitest';
import type { ProfileName, Scenario, TraceEvent } from '../../src/generated/schema-types.ts';
import { simulate, type KernelProfile } from '../../src/model/index.ts';
import { UDP_PROFILES } from '../../src/model/profile-udp.ts';
import {
  backlogFullDrops, firstBacklogDrop, firstDecision, firstDifference, firstRcvbufDrop, flowLimitThresholdMoves, isBacklogDrop,
  firstBudgetRunOut, isRcvbufDrop, metamorphicBacklogProperty, metamorphicBudgetProperty, metamorphicRcvbufProperty, raiseRcvbuf,
  raiseSysctl, rcvbufNegative313, releaseThresholdMoves,
} from '../../properties/metamorphic.ts';
import { softnetSum } from '../../properties/lib/observations.ts';
import type { Property } from '../../properties/types.ts';

const end = (s: Scenario, rules?: Partial<KernelProfile>) => simulate(s, { events: true, ...(rules ? { rules } : {}) });

/** The property's verdict on `s` and its follow-up, both run by the model (with `rules` replaced). */
function verdict(p: Property, s: Scenario, rules?: Partial<KernelProfile>) {
  const f = p.followUp!(s);
  return p.check(s, end(s, rules), { scenario: f, obs: end(f, rules) });
}

/** Times of the events `pred` matches, in event order. */
const times = (s: Scenario, pred: typeof isBacklogDrop) => end(s).events!.filter(pred).map((e) => e.t);

const raiseBacklog = (s: Scenario) => raiseSysctl(s, 'net.core.netdev_max_backlog', 1, 0);

describe('raising netdev_max_backlog', () => {
  // 2 CPUs, RPS from CPU 1 to CPU 0, backlog weight 1: process_backlog splices all of
  // input_pkt_queue whenever process_queue is empty, so room comes back in bulk and the total
  // admitted depends on the phase of those splices against the NIC's 16-packet polls.
  const s: Scenario = {
    name: 'backlog-splice-phase',
    config: {
      profile: 'linux-6.18', cpus: 2,
      sysctls: { 'net.core.dev_weight': 1, 'net.core.dev_weight_rx_bias': 1, 'net.core.netdev_max_backlog': 8 },
      devices: [{ name: 'eth0', kind: 'nic', rxQueues: 1, napiWeight: 16, gro: false, queues: [{ smpAffinity: '2', rpsCpus: '3' }] }],
      sockets: [{ name: 's0', port: 5000, cpu: 0 }],
    },
    workload: [{ at: 1, op: 'frames', device: 'eth0', count: 100, flow: { dport: 5000 }, payload: 0 }],
  };

  test('can add backlog drops (8 -> 9: one more drop)', () => {
    const a = end(s);
    const b = end(raiseBacklog(s));
    expect(backlogFullDrops(a)).toBeGreaterThan(0);
    expect(backlogFullDrops(b)).toBeGreaterThan(backlogFullDrops(a));
  });

  test('but both runs report the same events until the first backlog drop', () => {
    const a = end(s).events!;
    const b = end(raiseBacklog(s)).events!;
    const k = firstDecision(a, isBacklogDrop);
    expect(k).toBeLessThan(a.length);
    expect(firstDifference(a, b, k)).toBe(-1);
    // the frame the generated limit dropped first got through the raised one
    const first = a[k] as Extract<TraceEvent, { event: 'kfree_skb' }>;
    expect(b.some((e) => isBacklogDrop(e) && (e as typeof first).skbaddr === first.skbaddr)).toBe(false);
    expect(verdict(metamorphicBacklogProperty, s)).toEqual({ ok: true });
  });

  // Found by `rxpath check --seed 11`: CPU 0 polls eth0 (three frames steered by RPS to CPU 3)
  // while CPU 1 sends two loopback frames to CPU 3. The model runs CPU 0's poll to its end, whose
  // last frame is dropped at t=2000, before CPU 1's second frame finds the queue full at t=1101.
  // With the limit raised the poll's frames all fit and only the t=1101 drop is left: in time
  // the first drop came no later, but it is "earlier" than the generated run's first drop in
  // event order. Events are in decision order, not time order, across CPUs.
  const crossCpu: Scenario = {
    name: 'backlog-cross-cpu-order',
    config: {
      profile: 'linux-6.18', cpus: 4, sysctls: { 'net.core.netdev_max_backlog': 2 },
      devices: [
        { name: 'eth0', kind: 'nic', rxQueues: 1, gro: false, queues: [{ smpAffinity: '1', rpsCpus: '9' }] },
        { name: 'lo', kind: 'loopback', queues: [{ rpsCpus: '8' }] },
      ],
      sockets: [{ name: 's0', port: 5000, cpu: 0 }],
    },
    workload: [
      { at: 0, op: 'frames', device: 'eth0', count: 3, flow: { dport: 5000 }, hash: 0, payload: 0 },
      { at: 0, op: 'frames', device: 'lo', count: 2, flow: { dport: 5000 }, cpu: 1, gapNs: 1001 },
    ],
  };

  test('event order is not time order across CPUs: the time of the first drop is no measure', () => {
    const a = times(crossCpu, isBacklogDrop);
    expect(a.length).toBe(2);
    expect(a[1]).toBeLessThan(a[0]);
    expect(firstBacklogDrop(end(raiseBacklog(crossCpu)))).toBeLessThan(firstBacklogDrop(end(crossCpu)));
    expect(verdict(metamorphicBacklogProperty, crossCpu)).toEqual({ ok: true });
  });

  test('the flow limit is out of scope only when its threshold (max >> 1) moves', () => {
    const on = (max: number): Scenario => ({
      ...s,
      config: { ...s.config, sysctls: { ...s.config.sysctls, 'net.core.netdev_max_backlog': max, 'net.core.flow_limit_cpu_bitmap': '1' } },
    });
    expect(flowLimitThresholdMoves(s)).toBeNull();
    expect(flowLimitThresholdMoves(on(8))).toBeNull();
    expect(flowLimitThresholdMoves(on(9))).toContain('odd');
    const later = { ...s, workload: [...s.workload, { at: 5, op: 'sysctl' as const, name: 'net.core.flow_limit_cpu_bitmap' as const, value: '3' }] };
    expect(flowLimitThresholdMoves({ ...later, config: { ...later.config, sysctls: { 'net.core.netdev_max_backlog': 1 } } })).toContain('odd');
  });

  test('a limit that does not only add room is caught before the first drop', () => {
    // odd limits halved: raising 8 to 9 makes the queue shorter. Loopback frames show each
    // admission (netif_rx, then a drop or not), so the raised run's earlier drop shows at once.
    const rules = { backlogHasRoom: (qlen: number, max: number) => qlen >>> 0 <= (max % 2 === 1 ? max >> 1 : max) >>> 0 };
    const burst: Scenario = {
      name: 'backlog-burst',
      config: { profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.netdev_max_backlog': 8 }, devices: [{ name: 'lo', kind: 'loopback' }], sockets: [{ name: 's0', port: 5000 }] },
      workload: [{ at: 0, op: 'frames', device: 'lo', count: 20, burst: true, flow: { dport: 5000 } }],
    };
    expect(verdict(metamorphicBacklogProperty, burst)).toEqual({ ok: true });
    const v = verdict(metamorphicBacklogProperty, burst, rules);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.message).toMatch(/^raising netdev_max_backlog changed the run before its first backlog drop \(event \d+: kfree_skb of frame/);
      expect(v.actual).toMatch(/enqueue_to_backlog/);
    }
  });
});

/** skb->truesize the implementation charges for one datagram of `payload` bytes (learned, not assumed). */
function truesizeOf(profile: ProfileName, payload: number, kind: 'nic' | 'loopback' = 'nic'): number {
  const device = kind === 'nic' ? { name: 'eth0', kind, rxQueues: 1, gro: false } : { name: 'eth0', kind };
  const o = simulate({
    name: 'truesize',
    config: { profile, cpus: 1, devices: [device], sockets: [{ name: 's0', port: 5000 }] },
    workload: [{ at: 0, op: 'frames', device: 'eth0', count: 1, flow: { dport: 5000 }, payload }],
  });
  return o.checkpoints.at(-1)!.counters.internal!.sockets![0].rmem_alloc;
}

const nic = [{ name: 'eth0', kind: 'nic' as const, rxQueues: 1, gro: false }];
const rcvbufDrops = (o: ReturnType<typeof end>) => o.checkpoints.at(-1)!.counters.udp[0].drops;

describe('raising SO_RCVBUF', () => {
  // linux-6.18 admits while rmem + truesize <= rcvbuf. Large datagrams (truesize T1) then three
  // small ones (T2), no reads: with rcvbuf R = (n+1)*T1 - 4096 the n large ones leave T1 - 4096
  // bytes, room for the small ones; raised by 4096 bytes, one more large one fits exactly and
  // keeps all three small ones out. The admission is a byte budget, not a count.
  const T1 = truesizeOf('linux-6.18', 16000);
  const n = 4;
  const R = (n + 1) * T1 - 4096;
  const binPacking: Scenario = {
    name: 'rcvbuf-bin-packing',
    config: { profile: 'linux-6.18', cpus: 1, devices: nic, sockets: [{ name: 's0', port: 5000, soRcvbuf: R / 2, soRcvbufForce: true }] },
    workload: [
      { at: 0, op: 'frames', device: 'eth0', count: n + 5, gapNs: 20_000, flow: { dport: 5000 }, payload: 16000 },
      { at: 10_000_000, op: 'frames', device: 'eth0', count: 3, gapNs: 20_000, flow: { dport: 5000 }, payload: 64 },
    ],
  };

  test('can add receive-buffer drops (a larger datagram fits and keeps small ones out)', () => {
    expect(T1 - 4096).toBeGreaterThanOrEqual(3 * truesizeOf('linux-6.18', 64));
    const a = end(binPacking);
    const b = end(raiseRcvbuf(binPacking, 2048));
    expect(b.checkpoints.at(-1)!.counters.internal!.sockets![0].rcvbuf).toBe(R + 4096);
    expect(rcvbufDrops(a)).toBe(5);
    expect(rcvbufDrops(b)).toBe(7);
  });

  test('but both runs report the same events until the first receive-buffer drop', () => {
    const a = end(binPacking).events!;
    const b = end(raiseRcvbuf(binPacking, 2048)).events!;
    const k = firstDecision(a, isRcvbufDrop);
    expect(k).toBeLessThan(a.length);
    expect(firstDifference(a, b, k)).toBe(-1);
    expect(firstRcvbufDrop(end(raiseRcvbuf(binPacking, 2048)))).toBeGreaterThanOrEqual(firstRcvbufDrop(end(binPacking)));
    expect(verdict(metamorphicRcvbufProperty, binPacking)).toEqual({ ok: true });
  });

  // linux-3.13: RcvbufErrors counts only the rmem_alloc == sk_rcvbuf case (sock_queue_rcv_skb's
  // `>=`); a queue that overshoots sk_rcvbuf drops in sk_rcvqueues_full with InErrors only. A
  // buffer raised to an exact multiple of the truesize turns InErrors-only drops into RcvbufErrors.
  test('linux-3.13: raising it can raise RcvbufErrors from 0 (the rmem == rcvbuf quirk)', () => {
    const T = truesizeOf('linux-3.13', 64);
    let m = Math.ceil((2304 + 4096) / T) + 1;
    while ((m * T - 4096) % T === 0 || (m * T) % 2 !== 0) m++;
    const R313 = m * T - 4096;
    const s: Scenario = {
      name: 'rcvbuf-313-quirk',
      config: { profile: 'linux-3.13', cpus: 1, devices: nic, sockets: [{ name: 's0', port: 5000, soRcvbuf: R313 / 2, soRcvbufForce: true }] },
      workload: [{ at: 0, op: 'frames', device: 'eth0', count: m + 5, gapNs: 20_000, flow: { dport: 5000 }, payload: 64 }],
    };
    const a = end(s).checkpoints.at(-1)!.counters;
    const b = end(raiseRcvbuf(s, 2048)).checkpoints.at(-1)!.counters;
    expect(b.internal!.sockets![0].rcvbuf).toBe(m * T);
    expect(a.snmp.Udp.RcvbufErrors).toBe(0);
    expect(a.snmp.Udp.InErrors).toBeGreaterThan(0);
    expect(b.snmp.Udp.RcvbufErrors).toBeGreaterThan(0);
    // the drops themselves did not grow
    expect(b.udp[0].drops).toBeLessThanOrEqual(a.udp[0].drops);
    expect(verdict(metamorphicRcvbufProperty, s)).toEqual({ ok: true });
  });

  // linux-6.18 with reads: udp_rmem_release keeps read memory charged until forward_deficit reaches
  // sk_rcvbuf >> 2. A full buffer R = 4 * m * T, m datagrams read: the generated run releases them
  // (deficit m * T = R / 4), the raised one (threshold (R + 4096) / 4) keeps them charged, and its
  // 4096 extra bytes are fewer than the m * T it still holds, so it drops what the generated run admits.
  test('linux-6.18 with reads: the raised buffer can drop first (the release threshold moves)', () => {
    const T = truesizeOf('linux-6.18', 64, 'loopback');
    const m = 8;
    expect(m * T).toBeGreaterThan(4096);
    const s: Scenario = {
      name: 'rcvbuf-release-threshold',
      config: { profile: 'linux-6.18', cpus: 1, devices: [{ name: 'lo', kind: 'loopback' }], sockets: [{ name: 's0', port: 5000, soRcvbuf: 2 * m * T, soRcvbufForce: true }] },
      workload: [
        { at: 0, op: 'frames', device: 'lo', count: 4 * m, gapNs: 1000, flow: { dport: 5000 }, payload: 64 },
        { at: 1_000_000, op: 'read', socket: 's0', count: m },
        { at: 2_000_000, op: 'frames', device: 'lo', count: m, gapNs: 1000, flow: { dport: 5000 }, payload: 64 },
      ],
    };
    const a = end(s);
    const b = end(raiseRcvbuf(s, 2048));
    expect(rcvbufDrops(a)).toBe(0);
    expect(rcvbufDrops(b)).toBeGreaterThan(0);
    expect(releaseThresholdMoves(s)).toMatch(/udp_rmem_release/);
    expect(releaseThresholdMoves({ ...s, workload: s.workload.filter((w) => w.op !== 'read') })).toBeNull();
    expect(releaseThresholdMoves({ ...s, config: { ...s.config, profile: 'linux-3.13' } })).toBeNull();
    // so the relation leaves such scenarios out (and does not generate them)
    expect(verdict(metamorphicRcvbufProperty, s)).toEqual({ ok: true });
  });

  // Found by `npm run soak` (seed 7, linux-3.13): SO_RCVBUFFORCE(-1) stores sk_rcvbuf = -2.
  // sk_rcvqueues_full compares it unsigned (the socket backlog takes all 64 datagrams while the
  // socket is locked) and sock_queue_rcv_skb signed (release_sock then drops them all); "raised"
  // to 4094 the backlog holds five and drops the sixth at once.
  test('linux-3.13: a negative sk_rcvbuf cannot be raised (signed in one test, unsigned in the other)', () => {
    const s: Scenario = {
      name: 'rcvbuf-313-negative',
      config: { profile: 'linux-3.13', cpus: 1, devices: nic, sockets: [{ name: 's0', port: 5000, soRcvbuf: -1, soRcvbufForce: true }] },
      workload: [
        { at: 0, op: 'lock_sock', socket: 's0', durationNs: 100000 },
        { at: 1, op: 'frames', device: 'eth0', count: 64, gapNs: 1, flow: { dport: 5000 }, payload: 0 },
        { at: 50001, op: 'lock_sock', socket: 's0', durationNs: 0 },
      ],
    };
    const a = end(s);
    const b = end(raiseRcvbuf(s, 2048));
    expect(a.checkpoints.at(-1)!.counters.internal!.sockets![0].rcvbuf).toBeLessThan(0);
    expect(firstDecision(b.events!, isRcvbufDrop)).toBeLessThan(firstDecision(a.events!, isRcvbufDrop));
    expect(rcvbufNegative313(s)).toMatch(/signed in sock_queue_rcv_skb and unsigned in sk_rcvqueues_full/);
    // a positive buffer raised past 2^31 wraps negative too
    const big = { ...s, config: { ...s.config, sockets: [{ name: 's0', port: 5000, soRcvbuf: 2 ** 30 - 1024, soRcvbufForce: true }] } };
    expect(rcvbufNegative313(big)).toBeNull();
    expect(rcvbufNegative313(raiseRcvbuf(big, 2048))).not.toBeNull();
    expect(verdict(metamorphicRcvbufProperty, s)).toEqual({ ok: true });
  });

  // Found by `rxpath check --seed 11`: two NICs polled on two CPUs deliver to one socket; the
  // model runs CPU 0's poll (whose datagram is dropped at t=51620) before CPU 1's (t=51600).
  test('event order is not time order across CPUs: the time of the first drop is no measure', () => {
    const s: Scenario = {
      name: 'rcvbuf-cross-cpu-order',
      config: {
        profile: 'linux-6.18', cpus: 2, costs: { stackPacketNs: 1930 },
        devices: [
          { name: 'eth0', kind: 'nic', rxQueues: 1, gro: false, queues: [{ smpAffinity: '2' }] },
          { name: 'eth1', kind: 'nic', rxQueues: 1, gro: false, queues: [{ smpAffinity: '1' }] },
        ],
        sockets: [{ name: 's0', port: 5000, soRcvbuf: 0, cpu: 0 }],
      },
      workload: [
        { at: 0, op: 'frames', device: 'eth1', count: 23, flow: { dport: 5001 }, gapNs: 46 },
        { at: 0, op: 'frames', device: 'eth1', count: 64, flow: { dport: 5000 }, gapNs: 24546 },
        { at: 50000, op: 'frames', device: 'eth0', count: 1, flow: { dport: 5000 }, payload: 0 },
        { at: 50001, op: 'frames', device: 'eth0', count: 1, flow: { dport: 5000 } },
      ],
    };
    const drops = times(s, (e) => e.event === 'kfree_skb' && isRcvbufDrop(e));
    expect(drops[1]).toBeLessThan(drops[0]);
    expect(firstRcvbufDrop(end(raiseRcvbuf(s, 2048)))).toBeLessThan(firstRcvbufDrop(end(s)));
    expect(verdict(metamorphicRcvbufProperty, s)).toEqual({ ok: true });
  });

  test('an admission that a larger buffer makes stricter is caught before the first drop', () => {
    // above R, one datagram at a time
    const udp = { ...UDP_PROFILES['linux-6.18'], udpAdmit: (rmem: number, truesize: number, rcvbuf: number) => rmem + truesize <= rcvbuf && (rcvbuf <= R || rmem === 0) };
    const v = verdict(metamorphicRcvbufProperty, binPacking, { udp });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.message).toMatch(/^raising SO_RCVBUF changed the run before its first receive-buffer drop/);
      expect(v.actual).toMatch(/SOCKET_RCVBUFF/);
    }
  });
});

describe('raising netdev_budget', () => {
  // Found by `npm run soak` (seed 4, linux-6.18): with slow per-packet costs a NET_RX call that
  // goes on with the larger budget outlasts netdev_budget_usecs, and the calls after it start at
  // other times: 2 -> 66 (and the later write 300 -> 364) gives 3 time squeezes instead of 2.
  const s: Scenario = {
    name: 'budget-time-limit',
    config: {
      profile: 'linux-6.18', cpus: 1,
      sysctls: { 'net.core.netdev_budget': 2, 'net.core.netdev_budget_usecs': 24001 },
      costs: { driverPacketNs: 31086, stackPacketNs: 176636 },
      devices: [{ name: 'eth0', kind: 'nic', rxQueues: 2, gro: false, queues: [{ smpAffinity: '1' }, { smpAffinity: '1' }] }],
      sockets: [{ name: 's0', port: 5000 }],
    },
    workload: [
      { at: 22030, op: 'frames', device: 'eth0', count: 1, flow: { dport: 5000 }, payload: 64 },
      { at: 23030, op: 'frames', device: 'eth0', count: 216, queue: 0, flow: { sport: 40003, dport: 5002 }, payload: 1472 },
      { at: 23030, op: 'frames', device: 'eth0', count: 1, gapNs: 3682, flow: { sport: 40001, dport: 5001 }, payload: 1472 },
      { at: 44510, op: 'frames', device: 'eth0', count: 320, queue: 1, gapNs: 1499, flow: { sport: 40004, dport: 5002 }, payload: 64 },
      { at: 3019698, op: 'sysctl', name: 'net.core.netdev_budget', value: 300 },
    ],
  };
  const raise = (x: Scenario) => raiseSysctl(x, 'net.core.netdev_budget', 64, 1);
  const squeezes = (o: ReturnType<typeof end>) => softnetSum(o.checkpoints.at(-1)!.counters, 'time_squeeze');

  test('can add time squeezes', () => {
    expect(squeezes(end(raise(s)))).toBeGreaterThan(squeezes(end(s)));
  });

  test('but both runs report the same events until the budget first runs out', () => {
    const a = end(s).events!;
    const b = end(raise(s)).events!;
    const { index: k } = firstBudgetRunOut(s, a);
    expect(k).toBeLessThan(a.length);
    expect(a[k].event).toBe('napi_poll');
    expect(firstDifference(a, b, k + 1)).toBe(-1);
    expect(verdict(metamorphicBudgetProperty, s)).toEqual({ ok: true });
  });

  test('a budget that a larger value uses up sooner is caught before the budget runs out', () => {
    // two busy NAPIs in one call: 128 of 300 used, no run-out; above 300 the first poll uses it all
    const twoQueues: Scenario = {
      name: 'budget-two-napis',
      config: {
        profile: 'linux-6.18', cpus: 1,
        devices: [{ name: 'eth0', kind: 'nic', rxQueues: 2, gro: false, queues: [{ smpAffinity: '1' }, { smpAffinity: '1' }] }],
        sockets: [{ name: 's0', port: 5000 }],
      },
      workload: [
        { at: 0, op: 'frames', device: 'eth0', count: 100, queue: 0, flow: { dport: 5000 } },
        { at: 0, op: 'frames', device: 'eth0', count: 100, queue: 1, flow: { dport: 5000 } },
      ],
    };
    expect(firstBudgetRunOut(twoQueues, end(twoQueues).events!).index).toBe(end(twoQueues).events!.length);
    expect(verdict(metamorphicBudgetProperty, twoQueues)).toEqual({ ok: true });
    const rules = { netRxBudgetLeft: (budget: number, work: number) => (budget > 300 ? 0 : budget - work) };
    const v = verdict(metamorphicBudgetProperty, twoQueues, rules);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.message).toMatch(/^raising netdev_budget changed the run before its end \(it had no use of its whole budget/);
      // the generated run goes on to poll the second NAPI; the raised one has stopped
      expect(v.expected).toMatch(/^netif_receive_skb of frame \d+ on eth0/);
      expect(v.actual).toMatch(/^softirq_exit/);
    }
  });
});
