// Metamorphic relations that do NOT hold under the kernel's rules, pinned with the
// counterexamples the property runs found (each runs the model twice), so that the properties in
// properties/metamorphic.ts state the relation that does hold.
import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { backlogFullDrops, firstBacklogDrop, firstRcvbufDrop, raiseRcvbuf, raiseSysctl } from '../../properties/metamorphic.ts';

const end = (s: Scenario) => simulate(s, { events: true });

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
    const b = end(raiseSysctl(s, 'net.core.netdev_max_backlog', 1, 0));
    expect(backlogFullDrops(a)).toBeGreaterThan(0);
    expect(backlogFullDrops(b)).toBeGreaterThan(backlogFullDrops(a));
  });
  test('but the first backlog drop never comes earlier', () => {
    const a = end(s);
    const b = end(raiseSysctl(s, 'net.core.netdev_max_backlog', 1, 0));
    expect(firstBacklogDrop(b)).toBeGreaterThanOrEqual(firstBacklogDrop(a));
  });
});

/** skb->truesize the implementation charges for one datagram of `payload` bytes (learned, not assumed). */
function truesizeOf(profile: Scenario['config']['profile'], payload: number): number {
  const o = simulate({
    name: 'truesize',
    config: { profile, cpus: 1, devices: [{ name: 'eth0', kind: 'nic', rxQueues: 1, gro: false }], sockets: [{ name: 's0', port: 5000 }] },
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
  test('can add receive-buffer drops (a larger datagram fits and keeps small ones out)', () => {
    const T1 = truesizeOf('linux-6.18', 16000);
    const T2 = truesizeOf('linux-6.18', 64);
    expect(T1 - 4096).toBeGreaterThanOrEqual(3 * T2);
    const n = 4;
    const R = (n + 1) * T1 - 4096;
    const s: Scenario = {
      name: 'rcvbuf-bin-packing',
      config: { profile: 'linux-6.18', cpus: 1, devices: nic, sockets: [{ name: 's0', port: 5000, soRcvbuf: R / 2, soRcvbufForce: true }] },
      workload: [
        { at: 0, op: 'frames', device: 'eth0', count: n + 5, gapNs: 20_000, flow: { dport: 5000 }, payload: 16000 },
        { at: 10_000_000, op: 'frames', device: 'eth0', count: 3, gapNs: 20_000, flow: { dport: 5000 }, payload: 64 },
      ],
    };
    const a = end(s);
    const b = end(raiseRcvbuf(s, 2048));
    expect(b.checkpoints.at(-1)!.counters.internal!.sockets![0].rcvbuf).toBe(R + 4096);
    expect(rcvbufDrops(a)).toBe(5);
    expect(rcvbufDrops(b)).toBe(7);
    // what does hold: the first receive-buffer drop comes no earlier
    expect(firstRcvbufDrop(b)).toBeGreaterThanOrEqual(firstRcvbufDrop(a));
  });

  // linux-3.13: RcvbufErrors counts only the rmem_alloc == sk_rcvbuf case (sock_queue_rcv_skb's
  // `>=`); a queue that overshoots sk_rcvbuf drops in sk_rcvqueues_full with InErrors only. A
  // buffer raised to an exact multiple of the truesize turns InErrors-only drops into RcvbufErrors.
  test('linux-3.13: raising it can raise RcvbufErrors from 0 (the rmem == rcvbuf quirk)', () => {
    const T = truesizeOf('linux-3.13', 64);
    let m = Math.ceil((2304 + 4096) / T) + 1;
    while ((m * T - 4096) % T === 0 || (m * T) % 2 !== 0) m++;
    const R = m * T - 4096;
    const s: Scenario = {
      name: 'rcvbuf-313-quirk',
      config: { profile: 'linux-3.13', cpus: 1, devices: nic, sockets: [{ name: 's0', port: 5000, soRcvbuf: R / 2, soRcvbufForce: true }] },
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
  });
});
