// Every kernel golden trace replayed through the model's linux-6.18 profile: the counter deltas on
// the trace's observed paths must be exactly the kernel's. A trace the model cannot match yet must
// be registered in golden/expected-differences.json with the reason (and is reported there); a
// registered trace that now matches must leave the register.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/model/index.ts';
import { loadExpectedDifferences } from '../../src/runner/golden/expected-differences.ts';
import { validateAgainst } from '../../src/spec/validate.ts';
import { kernelProblems } from '../../src/kernel/expressible.ts';
import { formatMismatches, observedMismatches } from './compare.ts';
import { kernelTraces } from './golden-files.ts';

const traces = kernelTraces();
const expected = loadExpectedDifferences();

describe('kernel golden traces', () => {
  it('exist (golden/kernel/linux-6.18 is recorded by `rxpath record`)', () => {
    expect(traces.filter(([id]) => id.startsWith('kernel/linux-6.18/')).length).toBeGreaterThan(0);
  });

  it.each(traces)('%s is a valid, kernel-sourced trace of a runnable scenario', (_id, t) => {
    validateAgainst('golden-trace.schema.json', t, _id);
    expect(t.provenance.source).toBe('kernel');
    expect(t.provenance.kernel?.release).toMatch(/^\d+\.\d+/);
    expect(Object.keys(t.provenance.kernel?.truesize ?? {}).length).toBeGreaterThan(0);
    expect(t.observed?.length).toBeGreaterThan(0);
    expect(kernelProblems(t.scenario)).toEqual([]);
    expect(t.observations.checkpoints.at(-1)?.label).toBe('end');
  });
});

describe('the model (linux-6.18) replays every kernel trace exactly on the observed counters', () => {
  it.each(traces)('%s', (id, t) => {
    const obs = simulate(t.scenario, { profile: 'linux-6.18' });
    const ms = observedMismatches(t, obs);
    const registered = expected.get(id);
    if (registered) {
      expect(ms.length, `${id} is registered in golden/expected-differences.json ("${registered.reason}") but now matches: remove the entry`).toBeGreaterThan(0);
    } else {
      expect(ms, formatMismatches(id, ms)).toEqual([]);
    }
  });
});
