// The reference model passes every property on seeds other than the default one too
// (model-conforms.test.ts runs the default seed at the default run count). A property that claims
// more than the kernel's rules give fails on the model for some seed: `rxpath check --seed S`
// failed for S = 3 (rcvbuf: NIC and loopback frames charged differently) and S = 11 (the
// metamorphic relations: events are in decision order, not time order). A few seeds, fewer runs
// each, to stay within ~30 s on two cores; `npm run soak` is the long run (20,000 scenarios).
import { describe, expect, test } from 'vitest';
import type { ProfileName } from '../../src/generated/schema-types.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import { checkProperty, DEFAULT_SEED } from '../../properties/check.ts';
import { formatResult } from '../../properties/format.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';

const PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.18'];
/** The seeds that found a property claiming too much, and two more; never the default seed. */
const SEEDS = [1, 3, 7, 11];
const RUNS = Math.min(30, Number(process.env.RXPATH_RUNS ?? 30));
const impl = modelImplementation();

describe('the model conforms to every property on other seeds', () => {
  test('the seeds are not the default one', () => {
    expect(SEEDS).not.toContain(DEFAULT_SEED);
  });
  for (const property of ALL_PROPERTIES) {
    for (const profile of PROFILES) {
      // the differential property compares with the model: it does not apply to the model itself
      if (!property.profiles.includes(profile) || property.againstReference) continue;
      test(`${property.name} [${profile}], seeds ${SEEDS.join(', ')}`, async () => {
        for (const seed of SEEDS) {
          const r = await checkProperty(impl, property, { profile, runs: RUNS, seed });
          if (r.status !== 'passed') throw new Error(formatResult(r, property.rule));
          expect(r.runs).toBe(RUNS);
        }
      });
    }
  }
});
