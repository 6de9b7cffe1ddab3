// Is a mutant visible at all? It runs on every scenario of the equivalence sample (scenarios.ts)
// and its observations, events included, are compared with the original model's. The first
// scenario on which they differ makes the mutant non-equivalent; a generated one is then shrunk
// by fast-check (the same seed and index generate it again) to a small scenario that still differs.
import fc from 'fast-check';
import type { Observations, Scenario } from '../../src/generated/schema-types.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { compareObservations, digest, type Difference } from './observe.ts';
import { arbitraryOf, type SampleScenario } from './scenarios.ts';

export interface Visible {
  /** The sample scenario it was found on (`golden/...` or `generated/<profile>/<generator>#<i>`). */
  source: string;
  difference: Difference;
  /** The scenario shown: the shrunk one for a generated scenario, else the sample's. */
  scenario: Scenario;
  shrunk: boolean;
}

async function observe(impl: Implementation, s: Scenario): Promise<Observations | Error> {
  try {
    return await impl.run(s, { events: true });
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** How the mutant differs from the original on `s` (null: not at all). `known` is the original's digest. */
export async function differenceOn(mutant: Implementation, original: Implementation, s: Scenario, known?: string): Promise<Difference | null> {
  const actual = await observe(mutant, s);
  if (actual instanceof Error) return { kind: 'throws', where: `${actual.name}: ${actual.message}` };
  if (known !== undefined && digest(actual) === known) return null;
  const expected = await observe(original, s);
  if (expected instanceof Error) throw new Error(`the original model threw on ${s.name}: ${expected.message}`);
  return compareObservations(expected, actual);
}

async function shrink(mutant: Implementation, original: Implementation, found: SampleScenario, timeLimitMs: number): Promise<Scenario | null> {
  const g = found.generator;
  if (!g) return null;
  const prop = fc.asyncProperty(arbitraryOf(g.profile, g.name), async (s) => (await differenceOn(mutant, original, s)) === null);
  const out = await fc.check(prop, { seed: g.seed, numRuns: g.index + 1, interruptAfterTimeLimit: timeLimitMs });
  return out.failed && out.counterexample ? out.counterexample[0] : null;
}

export interface SearchOptions {
  /** Called before each scenario runs (progress; a watchdog that can name the scenario a mutant hangs on). */
  onScenario?: (index: number, source: string) => void;
  /** Called with the unshrunk difference before shrinking starts (kept if the mutant hangs while shrinking). */
  onFound?: (v: Visible) => void;
  shrinkTimeMs?: number;
}

/** The first sample scenario on which the mutant is visible, shrunk; null when none is. */
export async function findDifference(
  mutant: Implementation, original: Implementation, sample: readonly SampleScenario[], opts: SearchOptions = {},
): Promise<Visible | null> {
  for (const [i, s] of sample.entries()) {
    opts.onScenario?.(i, s.source);
    const d = await differenceOn(mutant, original, s.scenario, s.digest);
    if (!d) continue;
    opts.onFound?.({ source: s.source, difference: d, scenario: s.scenario, shrunk: false });
    const small = await shrink(mutant, original, s, opts.shrinkTimeMs ?? 10_000);
    const difference = small ? (await differenceOn(mutant, original, small)) ?? d : d;
    return { source: s.source, difference, scenario: small ?? s.scenario, shrunk: small !== null };
  }
  return null;
}
