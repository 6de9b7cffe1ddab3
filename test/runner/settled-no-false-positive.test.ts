// A correct implementation without the model's clock, declared settled, passes the whole of
// `rxpath check` (every property and golden trace it is given); the same one claiming the model's
// clock is caught. Timing never produces a false positive, and is never a hiding place.
import { describe, expect, test } from 'vitest';
import { checkProperty, DEFAULT_SEED } from '../../properties/check.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';
import type { Property } from '../../properties/types.ts';
import { guard } from '../../src/impl/guard.ts';
import { checkGoldenTrace, runCheck } from '../../src/runner/run-check.ts';
import type { LoadedTrace } from '../../src/runner/golden/corpus.ts';
import type { GoldenTrace, Scenario } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { otherClock } from '../fixtures/impl/other-clock.ts';

function check(timing: 'model' | 'settled', propertyNames?: string[]) {
  return runCheck({
    impl: guard(otherClock(timing)), properties: ALL_PROPERTIES as Property[],
    checkProperty: (i, p, o) => checkProperty(i, p, { ...o, runs: o.runs ?? 60 }),
    seed: DEFAULT_SEED, rxpathVersion: 'test', ...(propertyNames ? { propertyNames } : {}),
  });
}

describe('timing settled', () => {
  test('a correct implementation with another clock passes every check it is given', async () => {
    const r = await check('settled');
    const bad = r.checks.filter((c) => c.status === 'failed' || c.status === 'broken').map((c) => `${c.id}: ${c.message}`);
    expect(bad).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.checks.find((c) => c.id === 'property/linux-6.18/differential')?.status).toBe('passed');
    const golden = r.checks.filter((c) => c.kind === 'golden');
    expect(golden.filter((c) => c.status === 'passed').length).toBeGreaterThan(40);
  }, 240_000);

  test('a golden trace whose compared counters all depend on the clock is skipped as timed', async () => {
    const scenario: Scenario = {
      name: 'spread', config: { profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.netdev_budget': 8 }, devices: [{ name: 'eth0', kind: 'nic', gro: false }], sockets: [{ name: 'app', port: 9000 }] },
      workload: [{ at: 0, op: 'frames', device: 'eth0', count: 400, gapNs: 600, flow: { dport: 9000 } }],
    };
    const trace: LoadedTrace = {
      id: 'test/spread', file: 'spread.json',
      trace: {
        format: 'rxpath-golden/1', summary: 'frames spread out against a small budget', scenario,
        observed: ['softnet_stat[*].time_squeeze'], observations: simulate(scenario),
        provenance: { source: 'model', profile: 'linux-6.18', rxpathVersion: 'test', recordedAt: '2026-12-06T00:00:00Z' },
      } as GoldenTrace,
    };
    const settled = await checkGoldenTrace(guard(otherClock('settled')), trace);
    expect(settled.status).toBe('skipped');
    expect(settled.message).toMatch(/^timed: .*time_squeeze/);
    expect((await checkGoldenTrace(guard(otherClock('model')), trace)).status).toBe('failed');
  });

  test('the same implementation claiming the model\'s clock fails the differential property', async () => {
    const r = await check('model', ['differential']);
    expect(r.exitCode).toBe(1);
  }, 120_000);
});
