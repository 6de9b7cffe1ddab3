// Frames arrived by a checkpoint (properties/lib/observations.ts:arrivedBy), as the conservation
// property counts them. A workload step after a settled checkpoint runs once the host is idle and
// the snapshot is taken, which can be later than its `at`; `npm run soak` found frames of a step
// after an earlier settled checkpoint (not the last one) counted as arrived by a later checkpoint
// at their nominal times. Every step after a settled checkpoint now bounds the count from above only.
import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { arrivedBy } from '../../properties/lib/observations.ts';
import { conservationProperty } from '../../properties/conservation.ts';

describe('arrivedBy', () => {
  // The counterexample `npm run soak` found (seed 4, run 13622, linux-3.13): 130 frames, a settled
  // checkpoint that takes over a millisecond to settle, then 129 frames every 377764 ns "from 2 ns",
  // which really start after the settling; c2 comes before the last of them.
  const s: Scenario = {
    name: 'frames-after-settled-checkpoint',
    config: {
      profile: 'linux-3.13', cpus: 1, costs: { stackPacketNs: 8607 },
      devices: [{ name: 'eth0', kind: 'nic', rxQueues: 1, gro: false, queues: [{ smpAffinity: '1' }] }],
      sockets: [{ name: 's0', port: 5000 }],
    },
    workload: [
      { at: 1, op: 'frames', device: 'eth0', count: 64, gapNs: 17, flow: { dport: 5000 }, payload: 64 },
      { at: 2, op: 'frames', device: 'eth0', count: 2, gapNs: 5000, flow: { dport: 5000 }, payload: 0 },
      { at: 2, op: 'frames', device: 'eth0', count: 64, gapNs: 334, flow: { dport: 5000 }, payload: 64 },
      { at: 2, op: 'checkpoint', label: 'c0', settle: true },
      { at: 2, op: 'frames', device: 'eth0', count: 129, gapNs: 377764, flow: { dport: 5000 }, payload: 64 },
      { at: 25342365, op: 'checkpoint', label: 'c1', settle: true },
      { at: 25384732, op: 'frames', device: 'eth0', count: 3, gapNs: 4999, flow: { dport: 5000 }, payload: 1472 },
      { at: 47599881, op: 'checkpoint', label: 'c2' },
    ],
  };

  test('bounds the frames arrived by a checkpoint when steps ran late', () => {
    const o = simulate(s, { events: true });
    const c0 = o.checkpoints.find((c) => c.label === 'c0')!;
    const c2 = o.checkpoints.find((c) => c.label === 'c2')!;
    expect(c0.at).toBeGreaterThan(2);
    const late = s.workload[4] as Extract<Scenario['workload'][number], { op: 'frames' }>;
    // what a step on time would have delivered by c2, and what did arrive (the NIC counts every frame)
    const onTime = (s.workload.slice(0, 3) as (typeof late)[]).reduce((n, w) => n + (w.count ?? 1), 0) +
      Array.from({ length: late.count! }, (_, i) => late.at + i * late.gapNs!).filter((t) => t < c2.at).length;
    const arrived = c2.counters.ethtool.eth0.rx_packets + c2.counters.ethtool.eth0.rx_missed_errors;
    expect(arrived).toBeLessThan(onTime);
    const bound = arrivedBy(s, c2);
    expect(bound.min).toBeLessThanOrEqual(arrived);
    expect(bound.max).toBeGreaterThanOrEqual(arrived);
    expect(conservationProperty.check(s, o)).toEqual({ ok: true });
  });
});
