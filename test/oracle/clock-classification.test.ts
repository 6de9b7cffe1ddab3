// The clock classification (src/oracle/clock.ts) on counters that scaling every cost alike never
// moves: with netdev_budget 1 every net_rx_action that polls ends squeezed (budget <= 0, the time
// limit far off), so time_squeeze on the CPU an RPS'd backlog drains counts the softirq runs its
// packets are batched into, and that is the feeding CPU's cost per packet against the draining
// CPU's cost per run. Scaling every cost by 1/8 or 8 keeps that ratio; the model with every cost
// three times the default one (its own ratios) does not. Both scenarios are counterexamples the
// differential property gave such an implementation declared settled (seeds 4 and 6, linux-6.18).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Costs, Scenario } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { DEFAULT_COSTS } from '../../src/model/softnet.ts';
import { clockDependentPaths, fixedByOrder } from '../../src/oracle/clock.ts';
import { settledForm } from '../../src/oracle/settled-form.ts';
import { checkDifferential, differentialProperty } from '../../properties/differential.ts';
import type { Observed } from '../../properties/lib/clauses.ts';

/** Loopback, the sender on CPU 2, every fifth frame of another flow steered to CPU 1 (RPS). */
const loopbackRps: Scenario = {
  name: 'conservation-linux-6.18', description: 'swarm: loopback smp rps tinyBudget slowCosts',
  config: {
    profile: 'linux-6.18', cpus: 8,
    devices: [{ name: 'lo', kind: 'loopback', queues: [{ rpsCpus: '7' }] }],
    sockets: [{ name: 's0', port: 5000, cpu: 0 }],
    sysctls: { 'net.core.netdev_budget': 1, 'net.core.netdev_budget_usecs': 8000 },
    costs: { stackPacketNs: 1000, backlogPacketNs: 408 },
  },
  workload: [
    { at: 0, op: 'frames', device: 'lo', count: 129, flow: { dport: 5001 }, cpu: 2, payload: 0, interleave: { every: 5, sport: 40100 } },
    { at: 13001056, op: 'advance' },
  ],
};

/** A veth in NAPI mode polled on the sending CPU 1, its packets drained from CPU 0's backlog. */
const vethNapi: Scenario = {
  name: 'identities-linux-6.18', description: 'swarm: veth smp rps tinyBudget slowCosts vethNapi',
  config: {
    profile: 'linux-6.18', cpus: 2,
    devices: [{ name: 'veth0', kind: 'veth', queues: [{ rpsCpus: '3' }], gro: true, peerTso: false }],
    sockets: [{ name: 's0', port: 5000, cpu: 0 }],
    sysctls: { 'net.core.netdev_budget': 1, 'net.core.netdev_budget_usecs': 8000 },
    costs: { driverPacketNs: 0, stackPacketNs: 1000, backlogPacketNs: 1280 },
  },
  workload: [{ at: 0, op: 'frames', device: 'veth0', count: 64, flow: { dport: 5000, sport: 40001 }, cpu: 1 }],
};

const CASES = [
  { scenario: loopbackRps, squeeze: 'softnet_stat[1].time_squeeze' },
  { scenario: vethNapi, squeeze: 'softnet_stat[0].time_squeeze' },
];

/** Every cost three times the model's default, whatever the scenario's own: the model under a clock of other ratios. */
const THREE_TIMES: Costs = { irqNs: 3000, softirqNs: 600, pollNs: 600, driverPacketNs: 300, stackPacketNs: 1500, backlogPacketNs: 300 };
const withCosts = (s: Scenario, costs: Costs): Scenario => ({ ...s, config: { ...s.config, costs } });
const scaled = (s: Scenario, f: number): Scenario => {
  const base = { ...DEFAULT_COSTS, ...s.config.costs };
  return withCosts(s, Object.fromEntries(Object.entries(base).map(([k, v]) => [k, Math.floor(v * f)])));
};
const counter = (s: Scenario, path: string): unknown => {
  const [, cpu, name] = /^softnet_stat\[(\d+)\]\.(\w+)$/.exec(path)!;
  const end = simulate(s).checkpoints.at(-1)!.counters as unknown as { softnet_stat: Record<string, unknown>[] };
  return end.softnet_stat[Number(cpu)]![name!];
};

const settled: Observed = { counter: () => true, events: false, internal: false, clock: false };
const modelClock: Observed = { ...settled, clock: true };

describe('time_squeeze decided by how the CPUs race, not by a time limit', () => {
  test.each(CASES)('$scenario.name: scaling every cost alike keeps $squeeze, other ratios move it', ({ scenario, squeeze }) => {
    expect(settledForm(scenario)).toEqual(scenario); // an order-form scenario, as a settled implementation is given
    const own = counter(scenario, squeeze);
    expect(counter(scaled(scenario, 1 / 8), squeeze)).toBe(own);
    expect(counter(scaled(scenario, 8), squeeze)).toBe(own);
    expect(counter(withCosts(scenario, THREE_TIMES), squeeze)).not.toBe(own);
  });

  test.each(CASES)('$scenario.name: $squeeze is classified clock-dependent', ({ scenario, squeeze }) => {
    const timed = clockDependentPaths(scenario);
    expect(timed.has(squeeze)).toBe(true);
    expect(fixedByOrder(scenario, (p) => p === squeeze)).toBe(false);
    // what order fixes stays compared: every packet is processed where it is, whatever the clock
    expect([...timed].filter((p) => p.endsWith('.processed') || p.startsWith('snmp.Udp.'))).toEqual([]);
  });

  test.each(CASES)('$scenario.name: the model under another clock passes the differential declared settled, not as the model\'s clock', ({ scenario }) => {
    const obs = simulate(withCosts(scenario, THREE_TIMES));
    const asSettled = checkDifferential(scenario, obs, settled).verdict;
    expect(asSettled.ok, asSettled.ok ? '' : asSettled.message).toBe(true);
    const asModel = checkDifferential(scenario, obs, modelClock).verdict;
    expect(asModel.ok).toBe(false);
    if (!asModel.ok) expect(asModel.path).toMatch(/^softnet_stat\[\d\]\.time_squeeze$/);
  });
});

describe('the classification itself', () => {
  test('fixedByOrder agrees with clockDependentPaths on generated scenarios in order form', () => {
    const sample = fc.sample(differentialProperty.arbitrary('linux-6.18').map(settledForm), { numRuns: 25, seed: 4 });
    const udp = (p: string): boolean => p.startsWith('snmp.Udp.');
    for (const s of sample) {
      expect(fixedByOrder(s, udp)).toBe([...clockDependentPaths(s)].filter(udp).length === 0);
      expect(fixedByOrder(s)).toBe(clockDependentPaths(s).size === 0);
    }
  });
});
