// Which counters depend on the model's clock. Order fixes a burst queued before the softirq runs
// (budget, squeeze, admissions); the time limit of net_rx_action and frames spread out in time
// against a slow stack do not.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Scenario } from '../../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../../src/arbitraries/scenario.ts';
import { clockDependentPaths, fixedByOrder, isClockCounter } from '../../src/oracle/clock.ts';
import { settledForm } from '../../src/oracle/settled-form.ts';

const nic = (profile: Scenario['config']['profile'], extra: Partial<Scenario['config']> = {}): Scenario['config'] => ({
  profile, cpus: 1, devices: [{ name: 'eth0', kind: 'nic', gro: false, ringSize: 4096 }], sockets: [{ name: 'app', port: 9000, soRcvbuf: 8388608, soRcvbufForce: true }], ...extra,
});

describe('clock dependence', () => {
  test.each(['linux-3.13', 'linux-6.18'] as const)('a burst all queued before the softirq runs: budget and squeeze fixed by order (%s)', (profile) => {
    const s: Scenario = { name: 'burst', config: nic(profile), workload: [{ at: 0, op: 'frames', device: 'eth0', count: 1000, flow: { dport: 9000 } }] };
    const timed = clockDependentPaths(s);
    expect([...timed].filter((p) => p.includes('time_squeeze') || p.includes('processed') || p.startsWith('snmp'))).toEqual([]);
  });

  test('frames spread out in time against a stack of another speed: the counters move with the clock', () => {
    const s: Scenario = {
      name: 'spread', config: nic('linux-6.18', { sysctls: { 'net.core.netdev_budget': 8 } }),
      workload: [{ at: 0, op: 'frames', device: 'eth0', count: 400, gapNs: 600, flow: { dport: 9000 } }],
    };
    expect(fixedByOrder(s)).toBe(false);
    expect([...clockDependentPaths(s)].some((p) => p.includes('time_squeeze'))).toBe(true);
  });

  test('a read right after its frames depends on the clock; in order form it does not', () => {
    const s: Scenario = {
      name: 'read-race', config: { profile: 'linux-6.18', cpus: 1, devices: [{ name: 'lo', kind: 'loopback' }], sockets: [{ name: 'app', port: 9000 }] },
      workload: [
        { at: 0, op: 'frames', device: 'lo', count: 50, gapNs: 100, flow: { dport: 9000 } },
        { at: 2000, op: 'read', socket: 'app' },
      ],
    };
    expect(clockDependentPaths(s).has('snmp.Udp.InDatagrams')).toBe(true);
    // all but the counters of how often the machinery ran, which the schema marks as the clock's by nature
    expect(fixedByOrder(settledForm(s), (p) => !isClockCounter(p))).toBe(true);
    expect([...clockDependentPaths(settledForm(s))].every(isClockCounter)).toBe(true);
  });

  test('the order form keeps the steps and their order, drops gaps, and is idempotent', () => {
    fc.assert(fc.property(scenarioArbitrary('linux-6.18'), (s) => {
      const o = settledForm(s);
      expect(o.workload.map((x) => x.op)).toEqual(s.workload.map((x) => x.op));
      expect(o.workload.every((x) => x.op !== 'frames' || x.gapNs === undefined)).toBe(true);
      expect(o.workload.every((x, i) => i === 0 || x.at > o.workload[i - 1]!.at)).toBe(true);
      expect(settledForm(o)).toEqual(o);
    }), { numRuns: 100, seed: 4 });
  });

  test('the schema marks interrupts, NET_RX softirq runs and RPS IPIs as the clock\'s (x-rxpath.clock)', () => {
    for (const p of ['softirqs.NET_RX[1]', 'interrupts.eth0-rx-0[0]', 'softnet_stat[3].received_rps']) expect(isClockCounter(p), p).toBe(true);
    for (const p of ['softnet_stat[0].dropped', 'softnet_stat[0].time_squeeze', 'snmp.Udp.RcvbufErrors']) expect(isClockCounter(p), p).toBe(false);
  });

  test('many generated scenarios in order form are fixed by order (the filter keeps most of them)', () => {
    const sample = fc.sample(scenarioArbitrary('linux-6.18').map(settledForm), { numRuns: 100, seed: 7 });
    const fixed = sample.filter((s) => fixedByOrder(s, (p) => p.startsWith('snmp') || p.startsWith('udp'))).length;
    expect(fixed).toBeGreaterThan(50);
  });
});
