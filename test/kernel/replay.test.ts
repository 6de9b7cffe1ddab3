// Every kernel golden trace replayed through the model under its own profile (golden/kernel/linux-6.1,
// linux-6.12 recorded under QEMU, linux-6.18 on the host): the counter deltas on the trace's observed
// paths must be exactly the kernel's. A trace the model cannot match yet must
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
  it.each(['6.1', '6.12', '6.18'])('at least 40 exist for linux-%s, each recorded on a kernel of that series under its profile', (v) => {
    const mine = traces.filter(([id]) => id.startsWith(`kernel/linux-${v}/`));
    expect(mine.length).toBeGreaterThanOrEqual(40);
    for (const [id, t] of mine) {
      expect(t.provenance.kernel?.release, id).toMatch(new RegExp(`^${v.replace('.', '\\.')}\\.`));
      expect(t.scenario.config.profile, id).toBe(`linux-${v}`);
    }
  });

  it.each(traces)('%s is a valid, kernel-sourced trace of a runnable scenario', (_id, t) => {
    validateAgainst('golden-trace.schema.json', t, _id);
    expect(t.provenance.source).toBe('kernel');
    expect(t.provenance.kernel?.release).toMatch(/^\d+\.\d+/);
    expect(Object.keys(t.provenance.kernel?.truesize ?? {}).length).toBeGreaterThan(0);
    expect(t.observed?.length).toBeGreaterThan(0);
    expect(kernelProblems(t.scenario, t.scenario.config.profile)).toEqual([]);
    expect(t.observations.checkpoints.at(-1)?.label).toBe('end');
  });
});

describe('the model replays every kernel trace exactly on the observed counters, under the trace\'s profile', () => {
  it.each(traces)('%s', (id, t) => {
    const obs = simulate(t.scenario);
    const ms = observedMismatches(t, obs);
    const registered = expected.get(id);
    if (registered) {
      expect(ms.length, `${id} is registered in golden/expected-differences.json ("${registered.reason}") but now matches: remove the entry`).toBeGreaterThan(0);
    } else {
      expect(ms, formatMismatches(id, ms)).toEqual([]);
    }
  });
});
