// The reference model passes every property of the suite at the default run count and seed, and
// those runs exercise every drop reason the profile has (the coverage check).
import { afterAll, describe, expect, test } from 'vitest';
import type { ProfileName } from '../../src/generated/schema-types.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import { checkProperty, DEFAULT_RUNS, DEFAULT_SEED } from '../../properties/check.ts';
import { Coverage, dropCounters, UNREACHABLE } from '../../properties/coverage.ts';
import { formatResult } from '../../properties/format.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';

const PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.18'];
// RXPATH_RUNS lowers the run count (npm run mutate); the coverage check needs the default count.
const RUNS = process.env.RXPATH_RUNS ? Number(process.env.RXPATH_RUNS) : DEFAULT_RUNS;
const impl = modelImplementation();
const coverage = new Map(PROFILES.map((p) => [p, new Coverage(p)]));

describe('the model conforms to every property', () => {
  for (const profile of PROFILES) {
    for (const property of ALL_PROPERTIES) {
      if (!property.profiles.includes(profile)) continue;
      test(`${property.name} [${profile}]`, async () => {
        const cov = coverage.get(profile)!;
        if (property.againstReference) {
          // the differential compares with the reference model, which is what is checked here
          const r = await checkProperty(impl, property, { profile, runs: RUNS, seed: DEFAULT_SEED });
          expect(r.status).toBe('skipped');
          expect(r.reason).toMatch(/reference model/);
          return;
        }
        const r = await checkProperty(impl, property, {
          profile,
          runs: RUNS,
          seed: DEFAULT_SEED,
          onRun: (s, obs) => cov.add(s, obs),
        });
        if (r.status !== 'passed') throw new Error(formatResult(r, property.rule));
        expect(r.runs).toBe(RUNS);
      });
    }
  }
});

describe('coverage of the property runs', () => {
  for (const profile of PROFILES) {
    test.skipIf(RUNS !== DEFAULT_RUNS)(`every drop reason of ${profile} was hit across the default run count`, () => {
      const cov = coverage.get(profile)!;
      expect(cov.runs).toBeGreaterThan(0);
      const missing = cov.missing();
      expect(missing.map((m) => `${m.path} (${m.reasons.join(',')})`), cov.table()).toEqual([]);
    });
  }
  test('the unreachable list names only counters the schemas annotate with a drop reason', () => {
    // Guards the exclusion list against drifting from the schemas.
    const annotated = new Set(PROFILES.flatMap((p) => dropCounters(p).map((m) => m.path)));
    for (const path of Object.keys(UNREACHABLE)) expect(annotated.has(path), path).toBe(true);
  });
  afterAll(() => {
    if (process.env.RXPATH_COVERAGE) for (const c of coverage.values()) console.log(c.table());
  });
});
