// A golden comparison names the first checkpoint that differs, each differing counter with its
// expected and actual value, and the workload step; it covers only the observed paths.
import { describe, expect, test } from 'vitest';
import { compareObservations } from '../../src/oracle/compare.ts';
import { pathFilter } from '../../src/oracle/counter-paths.ts';
import { toyRun, toyScenario } from '../runner/fakes.ts';

describe('golden comparison', () => {
  const scenario = toyScenario('linux-6.18', 150);
  const expected = toyRun(scenario);

  test('identical observations: no difference, every counter compared', () => {
    const r = compareObservations(scenario, expected, toyRun(scenario), () => true);
    expect(r.diff).toBeUndefined();
    expect(r.compared).toBeGreaterThan(100);
  });

  test('the first differing checkpoint, its counters and its step', () => {
    const actual = toyRun(scenario, { bug: 'no-dropped' });
    const r = compareObservations(scenario, expected, actual, () => true);
    expect(r.diff?.label).toBe('after-burst');
    expect(r.diff?.step).toBe(1);
    expect(r.diff?.stepText).toBe('step 1: checkpoint "after-burst" at 1000 ns');
    expect(r.diff?.afterText).toContain('step 0: frames x150 on lo');
    expect(r.diff?.diffs).toEqual(expect.arrayContaining([
      { path: 'snmp.Udp.RcvbufErrors', expected: 50, actual: 0 },
      { path: 'snmp.Udp.InErrors', expected: 50, actual: 0 },
    ]));
  });

  test('only the observed paths are compared', () => {
    const actual = toyRun(scenario, { bug: 'no-dropped' });
    expect(compareObservations(scenario, expected, actual, pathFilter(['snmp.Ip', 'snmp.Udp.InDatagrams'])).diff).toBeUndefined();
    expect(compareObservations(scenario, expected, actual, pathFilter(['snmp.Udp'])).diff?.diffs).toHaveLength(2);
  });

  test('internal state is compared only when both sides report it', () => {
    const actual = toyRun(scenario);
    for (const c of actual.checkpoints) c.counters.internal!.backlog![0]!.input_qlen += 1;
    expect(compareObservations(scenario, expected, actual, () => true).diff?.diffs[0]?.path).toBe('internal.backlog[0].input_qlen');
    for (const c of actual.checkpoints) delete c.counters.internal;
    expect(compareObservations(scenario, expected, actual, () => true).diff).toBeUndefined();
  });

  test('a missing checkpoint is a difference', () => {
    const actual = toyRun(scenario);
    actual.checkpoints.splice(1, 1);
    const r = compareObservations(scenario, expected, actual, () => true);
    expect(r.diff?.label).toBe('after-read');
    expect(r.diff?.diffs[0]).toEqual({ path: '(checkpoint)', expected: 'after-read@3', actual: 'end@4' });
  });
});
