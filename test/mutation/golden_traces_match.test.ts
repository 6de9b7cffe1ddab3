// Every golden trace, the ones recorded from Linux 6.18 and the ones recorded from the model, is what
// the model gives now (the comparison `rxpath golden check` makes, on the counters each trace
// observed). Under `npm run mutate` this is the cheapest oracle there is: 150 scenarios in a second.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/model/index.ts';
import { compareObservations } from '../../src/oracle/compare.ts';
import { loadCorpus } from '../../src/runner/golden/corpus.ts';
import { pathFilter } from '../../src/oracle/counter-paths.ts';
import { loadExpectedDifferences } from '../../src/runner/golden/expected-differences.ts';

const corpus = loadCorpus();
const expected = new Set([...loadExpectedDifferences().values()].map((e) => e.trace));

describe.each(['kernel', 'model'] as const)('golden traces recorded from the %s', (source) => {
  const traces = corpus.filter((t) => t.trace.provenance.source === source && !expected.has(t.id));
  it(`the model gives every one of them (${traces.length})`, () => {
    expect(traces.length).toBeGreaterThan(30);
    for (const t of traces) {
      const actual = simulate(t.trace.scenario, { profile: t.trace.observations.profile });
      const r = compareObservations(t.trace.scenario, t.trace.observations, actual, pathFilter(t.trace.observed));
      expect(r.diff, `${t.id}: ${JSON.stringify(r.diff?.diffs.slice(0, 3))}`).toBeUndefined();
    }
  });
});
