// Which value a sysctl has when (properties/lib/sysctl-timeline.ts), as the budget, backlog and
// napi-contract properties read it. `npm run soak` found the budget property wrong twice:
//  - a workload step after a settled checkpoint runs once the host is idle and the snapshot is
//    taken, which can be later than its `at` (the model runs it at max(at, the time settling
//    ended); the scenario does not say how long settling takes): a netdev_budget of 1 written "at
//    1 ns" after a settled checkpoint was taken to apply to the softirq the settling ran, which
//    used the budget of 300. From such a write's `at` on, both values are candidates;
//  - netdev_budget_usecs defaults to 2 * USEC_PER_SEC / HZ (net/core/hotdata.c), and the HZ=250
//    default (8000) was taken at HZ=100 (20000), which made a squeeze of a call that never hit
//    the time limit. The default is read at the scenario's HZ, and a write below that minimum is
//    refused (EINVAL) and changes nothing.
import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { budgetProperty } from '../../properties/budget.ts';
import { SysctlTimeline } from '../../properties/lib/sysctl-timeline.ts';
import { brackets } from '../../properties/lib/softirqs.ts';
import { sysctlDefault } from '../../src/arbitraries/schema-ranges.ts';

/** include/linux/time64.h USEC_PER_SEC; net/core/hotdata.c netdev_budget_usecs = 2 * USEC_PER_SEC / HZ. */
const budgetUsecs = (hz: number) => Math.floor((2 * 1_000_000) / hz);

const BUDGET = 'net.core.netdev_budget';

/** One frame, a checkpoint at 1 ns (settled or not), then netdev_budget = 1 at 1 ns. */
function scenario(settle: boolean): Scenario {
  return {
    name: `budget-after-${settle ? 'settled' : 'plain'}-checkpoint`,
    config: {
      profile: 'linux-6.18', cpus: 1,
      devices: [{ name: 'eth0', kind: 'nic', rxQueues: 1, gro: false, queues: [{ smpAffinity: '1' }] }],
      sockets: [{ name: 's0', port: 5000 }],
    },
    workload: [
      { at: 0, op: 'frames', device: 'eth0', count: 1, flow: { dport: 5000 }, payload: 64 },
      { at: 1, op: 'checkpoint', label: 'c0', ...(settle ? { settle: true } : {}) },
      { at: 1, op: 'sysctl', name: BUDGET, value: 1 },
    ],
  };
}

describe('SysctlTimeline after a settled checkpoint', () => {
  const initial = sysctlDefault('linux-6.18', BUDGET);

  test('a write applies from its `at`; exactly at it, both values are candidates', () => {
    const tl = new SysctlTimeline(scenario(false), BUDGET);
    expect(tl.valuesAt(0)).toEqual([initial]);
    expect(tl.valuesAt(1).sort()).toEqual([1, initial].sort());
    expect(tl.valuesAt(2)).toEqual([1]);
  });

  test('a write after a settled checkpoint may apply any time from its `at` on', () => {
    const tl = new SysctlTimeline(scenario(true), BUDGET);
    expect(tl.valuesAt(0)).toEqual([initial]);
    for (const t of [1, 2, 1e9]) expect(tl.valuesAt(t).sort(), `t=${t}`).toEqual([1, initial].sort());
  });

  test('the model runs the settled checkpoint first: its softirq keeps the old budget', () => {
    for (const settle of [false, true]) {
      const s = scenario(settle);
      const o = simulate(s, { events: true });
      const [softirq] = brackets(o.events!).byCpu.get(0)!;
      expect(softirq.entry).toBeGreaterThan(1);
      const squeezes = o.checkpoints.at(-1)!.counters.softnet_stat[0].time_squeeze;
      // linux-6.18 net_rx_action: one poll of one frame uses up a budget of 1, not one of 300
      expect(squeezes, settle ? 'settled' : 'plain').toBe(settle ? 0 : 1);
      expect(new SysctlTimeline(s, BUDGET).valuesAt(softirq.entry)).toContain(settle ? initial : 1);
      expect(budgetProperty.check(s, o)).toEqual({ ok: true });
    }
  });
});

describe('SysctlTimeline of netdev_budget_usecs', () => {
  const USECS = 'net.core.netdev_budget_usecs';
  // Found by `npm run soak` (seed 7, linux-6.18): HZ=100, a NIC with weight 3, one NET_RX call that
  // runs from jiffy 4 into jiffy 5; its time limit is 2 jiffies at HZ=100, not 1.
  const s: Scenario = {
    name: 'budget-usecs-hz-100',
    config: {
      profile: 'linux-6.18', cpus: 1, hz: 100,
      devices: [{ name: 'eth0', kind: 'nic', rxQueues: 1, napiWeight: 3, gro: false, queues: [{ smpAffinity: '1' }] }],
      sockets: [{ name: 's0', port: 5000 }],
    },
    workload: [
      { at: 17310250, op: 'frames', device: 'eth0', count: 1, gapNs: 1, flow: { dport: 5000 }, payload: 0 },
      { at: 23367275, op: 'frames', device: 'eth0', count: 1, gapNs: 5000, flow: { dport: 5000 }, payload: 64 },
      { at: 33739897, op: 'frames', device: 'eth0', count: 1, gapNs: 1, flow: { dport: 5000 }, payload: 64 },
      { at: 49785600, op: 'frames', device: 'eth0', count: 1, gapNs: 1, flow: { dport: 5002 }, payload: 0 },
      { at: 49785600, op: 'frames', device: 'eth0', count: 300, flow: { dport: 7 }, payload: 1472 },
      { at: 49812977, op: 'frames', device: 'eth0', count: 122, flow: { dport: 7 }, payload: 1472 },
    ],
  };

  test('defaults to 2 * USEC_PER_SEC / HZ of the scenario', () => {
    for (const hz of [100, 250, 300, 1000] as const) {
      expect(new SysctlTimeline({ ...s, config: { ...s.config, hz } }, USECS).valuesAt(0)).toEqual([budgetUsecs(hz)]);
    }
    const o = simulate(s, { events: true });
    expect(o.checkpoints.at(-1)!.counters.softnet_stat[0].time_squeeze).toBe(0);
    expect(budgetProperty.check(s, o)).toEqual({ ok: true });
  });

  test('a write below the minimum is refused and changes nothing', () => {
    const w = (value: number): Scenario => ({ ...s, workload: [...s.workload, { at: 5, op: 'sysctl', name: USECS, value }] });
    expect(new SysctlTimeline(w(budgetUsecs(100) - 1), USECS).valuesAt(10)).toEqual([budgetUsecs(100)]);
    expect(new SysctlTimeline(w(budgetUsecs(100) + 1), USECS).valuesAt(10)).toEqual([budgetUsecs(100) + 1]);
  });
});
