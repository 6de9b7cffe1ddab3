// `rxpath check` as a library: properties and golden traces against fake implementations, with
// skips by profile and tags, expected differences that do not fail, a broken implementation that
// does not stop the run, and the exit codes 0 / 1 / 3.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { checkProperty } from '../../properties/check.ts';
import type { Property } from '../../properties/types.ts';
import { ImplementationError } from '../../src/impl/errors.ts';
import { guard } from '../../src/impl/guard.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { runCheck, type CheckOptions, type CheckPropertyFn } from '../../src/runner/run-check.ts';
import { decodeReplayToken } from '../../src/runner/replay-token.ts';
import { writeFileAtomic } from '../../src/runner/write-atomic.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { toyImpl } from './fakes.ts';
import { deliversAll, rcvbufPaired } from './fake-properties.ts';
import { tempGolden, writeToyTrace } from './golden-fixture.ts';

const eventsProp: Property = { ...deliversAll, name: 'needs-events', reads: 'events' };

const realCheck: CheckPropertyFn = (impl, property, o) => checkProperty(impl, property, { ...o, runs: o.runs ?? 20 });

let g: ReturnType<typeof tempGolden>;
beforeEach(() => {
  g = tempGolden();
  writeToyTrace(g.dir, 'burst-50', 'linux-6.18', 50);
  writeToyTrace(g.dir, 'burst-150', 'linux-6.18', 150);
  writeToyTrace(g.dir, 'burst-150', 'linux-3.13', 150);
});
afterEach(() => g.cleanup());

function opts(impl: Implementation, extra: Partial<CheckOptions> = {}): CheckOptions {
  return {
    impl: guard(impl), properties: [deliversAll, rcvbufPaired, eventsProp], checkProperty: realCheck,
    seed: 42, runs: 20, goldenDir: g.dir, rxpathVersion: 'test', ...extra,
  };
}

describe('runCheck', () => {
  test('a conforming implementation passes everything: exit 0', async () => {
    const r = await runCheck(opts(toyImpl()));
    expect(r.exitCode).toBe(0);
    expect(r.counts.properties).toMatchObject({ passed: 3, failed: 0, broken: 0, skipped: 2 });
    expect(r.counts.golden).toMatchObject({ passed: 3, failed: 0 });
    expect(r.totalRuns).toBe(60);
    expect(r.checks.find((c) => c.name === 'needs-events')?.message).toContain('events');
  });

  test('a conformance failure: counterexample, replay command and evidence; exit 1', async () => {
    const r = await runCheck(opts(toyImpl('buggy', { bug: 'extra-delivers' }), { reference: guard(toyImpl()), implArgs: '--impl ./buggy.ts' }));
    expect(r.exitCode).toBe(1);
    const c = r.checks.find((x) => x.id === 'property/linux-6.18/delivers-what-arrives')!;
    expect(c.status).toBe('failed');
    expect(c.counterexample?.verdict.path).toBe('snmp.Ip.InDelivers');
    expect(c.counterexample?.scenario.workload[0]).toMatchObject({ op: 'frames', count: 1 }); // shrunk
    expect(c.replay).toMatch(/^rxpath check --impl \.\/buggy\.ts --replay rx1\.\S+$/);
    expect(decodeReplayToken(c.replayToken!)).toEqual({ property: 'delivers-what-arrives', profile: 'linux-6.18', seed: 42, path: c.path });
    expect(c.evidence?.expected?.checkpoints.at(-1)?.counters.snmp.Ip.InDelivers).toBe(1);
    expect(c.evidence?.actual?.checkpoints.at(-1)?.counters.snmp.Ip.InDelivers).toBe(2);
    const golden = r.checks.filter((x) => x.kind === 'golden');
    expect(golden.every((x) => x.status === 'failed')).toBe(true);
    expect(golden[0]!.diff?.diffs[0]).toMatchObject({ path: 'snmp.Ip.InDelivers' });
  });

  test('replaying SEED:PATH reproduces the counterexample in one run', async () => {
    const first = await runCheck(opts(toyImpl('buggy', { bug: 'extra-delivers' }), { propertyNames: ['delivers-what-arrives'], profiles: ['linux-6.18'], includeGolden: false }));
    const c = first.checks[0]!;
    const again = await runCheck(opts(toyImpl('buggy', { bug: 'extra-delivers' }), {
      propertyNames: ['delivers-what-arrives'], profiles: ['linux-6.18'], includeGolden: false, replay: { seed: c.seed!, path: c.path! },
    }));
    expect(again.checks[0]!.status).toBe('failed');
    expect(again.checks[0]!.counterexample?.scenario).toEqual(c.counterexample?.scenario);
  });

  test('a broken implementation is reported and the run goes on: exit 3', async () => {
    let calls = 0;
    const flaky: Implementation = {
      ...toyImpl('flaky'),
      run: async (s) => {
        calls++;
        if (s.name === 'burst-50') throw new ImplementationError('crash', 'died', { step: 1, detail: 'exited with status 9' });
        return toyImpl().run(s, { events: false });
      },
    };
    const r = await runCheck(opts(flaky));
    expect(r.exitCode).toBe(3);
    const b = r.checks.find((c) => c.name === 'model/linux-6.18/burst-50')!;
    expect(b.status).toBe('broken');
    expect(b.error).toMatchObject({ fault: 'crash', step: 1, stepText: 'step 1: checkpoint "after-burst" at 1000 ns', detail: 'exited with status 9' });
    expect(r.checks.find((c) => c.name === 'model/linux-6.18/burst-150')!.status).toBe('passed');
    expect(calls).toBeGreaterThan(3);
  });

  test('an exception inside the implementation is broken, not a failure', async () => {
    const throwing: Implementation = { ...toyImpl('throws'), run: async () => { throw new TypeError('x is undefined'); } };
    const r = await runCheck(opts(throwing, { includeGolden: false }));
    expect(r.exitCode).toBe(3);
    expect(r.checks.find((c) => c.status === 'broken')?.error?.message).toContain('TypeError: x is undefined');
  });

  test('traces and properties outside the declared profiles and tags are skipped', async () => {
    const r = await runCheck(opts(toyImpl('narrow', { profiles: ['linux-6.18'], tags: ['socket'] })));
    const golden = r.checks.filter((c) => c.kind === 'golden');
    expect(golden.map((c) => [c.name, c.status])).toEqual([
      ['model/linux-3.13/burst-150', 'skipped'], ['model/linux-6.18/burst-150', 'skipped'], ['model/linux-6.18/burst-50', 'skipped'],
    ]);
    expect(golden[0]!.message).toContain('profile linux-3.13');
    expect(golden[1]!.message).toContain('loopback');
    expect(r.checks.find((c) => c.id === 'property/linux-6.18/delivers-what-arrives')?.message).toContain('loopback');
    expect(r.exitCode).toBe(0);
  });

  test('observed paths (trace) and observes (implementation) narrow the comparison', async () => {
    writeToyTrace(g.dir, 'kernel-burst', 'linux-6.18', 150, { observed: ['snmp.Ip'] }, 'kernel');
    const r1 = await runCheck(opts(toyImpl('nodrop', { bug: 'no-dropped' }), { includeProperties: false, traces: ['kernel-burst'] }));
    expect(r1.checks.map((c) => [c.name, c.status, c.source])).toEqual([['kernel/linux-6.18/kernel-burst', 'passed', 'kernel']]);
    const r2 = await runCheck(opts(toyImpl('ip-only', { bug: 'no-dropped', observes: ['snmp.Ip'] }), { includeProperties: false }));
    expect(r2.checks.every((c) => c.status === 'passed')).toBe(true);
  });

  test('a registered expected difference is shown and does not fail the run', async () => {
    writeToyTrace(g.dir, 'kernel-burst', 'linux-6.18', 150, { observed: ['snmp.Udp'] }, 'kernel');
    writeFileAtomic(join(g.dir, 'expected-differences.json'), JSON.stringify({
      format: 'rxpath-expected-differences/1',
      entries: [{ trace: 'kernel/linux-6.18/kernel-burst', reason: 'the toy does not count RcvbufErrors' }, { trace: 'kernel/linux-6.18/other', reason: 'not in this run' }],
    }));
    const r = await runCheck(opts(toyImpl('nodrop', { bug: 'no-dropped' }), { includeProperties: false, traces: ['kernel'] }));
    expect(r.exitCode).toBe(0);
    expect(r.checks[0]).toMatchObject({ status: 'expected-difference', expectedDifference: 'the toy does not count RcvbufErrors' });
    expect(r.expectedDifferences).toEqual([
      { trace: 'kernel/linux-6.18/kernel-burst', reason: 'the toy does not count RcvbufErrors', seen: true },
      { trace: 'kernel/linux-6.18/other', reason: 'not in this run', seen: null },
    ]);
  });

  test('a bad register and a bad trace are input errors naming the file', async () => {
    writeFileAtomic(join(g.dir, 'expected-differences.json'), JSON.stringify({ format: 'rxpath-expected-differences/1', entries: [{ trace: 'x' }] }));
    await expect(runCheck(opts(toyImpl()))).rejects.toThrow(/expected-differences\.json: \/entries\/0\/reason/);
    writeFileAtomic(join(g.dir, 'expected-differences.json'), JSON.stringify({ format: 'rxpath-expected-differences/1', entries: [] }));
    writeFileAtomic(join(g.dir, 'model', 'linux-6.18', 'broken.json'), '{"format":"rxpath-golden/1"}');
    await expect(runCheck(opts(toyImpl()))).rejects.toThrow(RxpathInputError);
    await expect(runCheck(opts(toyImpl()))).rejects.toThrow(/broken\.json/);
  });

  test('an unknown property name is an input error', async () => {
    await expect(runCheck(opts(toyImpl(), { propertyNames: ['nope'] }))).rejects.toThrow(/unknown property nope/);
  });

  test('shards partition the checks', async () => {
    const all = await runCheck(opts(toyImpl()));
    const parts = await Promise.all([1, 2, 3].map((index) => runCheck(opts(toyImpl(), { shard: { index, count: 3 } }))));
    expect(parts.flatMap((p) => p.checks.map((c) => c.id)).sort()).toEqual(all.checks.map((c) => c.id).sort());
  });
});
