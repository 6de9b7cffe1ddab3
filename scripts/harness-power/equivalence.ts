// Is a mutant visible at all? It runs on the scenarios of the equivalence sample (scenarios.ts)
// and its observations, events included, are compared with the original model's. Any difference
// makes it non-equivalent; the search goes on until it finds the most visible kind (a counter every
// implementation reports, or a crash), preferring a generated scenario, which fast-check then
// shrinks (the same seed and index generate it again) to a small scenario that still differs so.
import fc from 'fast-check';
import type { Observations, Scenario } from '../../src/generated/schema-types.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { compareObservations, digest, visibilityRank, type Difference } from './observe.ts';
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
export async function differenceOn(
  mutant: Implementation, original: Implementation, s: Scenario, known?: string,
): Promise<Difference | null> {
  const actual = await observe(mutant, s);
  if (actual instanceof Error) return { kind: 'throws', where: `${actual.name}: ${actual.message}` };
  if (known !== undefined && digest(actual) === known) return null;
  const expected = await observe(original, s);
  if (expected instanceof Error) throw new Error(`the original model threw on ${s.name}: ${expected.message}`);
  return compareObservations(expected, actual);
}

/** A generated scenario shrunk while it still differs at least as visibly; null when it cannot be. */
async function shrink(
  mutant: Implementation, original: Implementation, found: SampleScenario, rank: number, timeLimitMs: number,
): Promise<Scenario | null> {
  const g = found.generator;
  if (!g) return null;
  const prop = fc.asyncProperty(arbitraryOf(g.profile, g.name), async (s) => {
    const d = await differenceOn(mutant, original, s);
    return d === null || visibilityRank(d.kind) > rank;
  });
  const out = await fc.check(prop, { seed: g.seed, numRuns: g.index + 1, interruptAfterTimeLimit: timeLimitMs });
  return out.failed && out.counterexample ? out.counterexample[0] : null;
}

export interface SearchOptions {
  /** Called before each scenario runs (progress; a watchdog that can name the scenario a mutant hangs on). */
  onScenario?: (index: number, source: string) => void;
  /** Called with the best difference so far, and once more before shrinking it. */
  onFound?: (v: Visible) => void;
  onShrink?: () => void;
  shrinkTimeMs?: number;
}

/** Lower is better: the most visible kind, then a generated (shrinkable) scenario. */
const score = (d: Difference, s: SampleScenario): number => 2 * visibilityRank(d.kind) + (s.generator ? 0 : 1);

/** The most visible difference the sample shows, shrunk; null when the mutant is never visible. */
export async function findDifference(
  mutant: Implementation, original: Implementation, sample: readonly SampleScenario[], opts: SearchOptions = {},
): Promise<Visible | null> {
  let best: { d: Difference; s: SampleScenario } | null = null;
  for (const [i, s] of sample.entries()) {
    opts.onScenario?.(i, s.source);
    const d = await differenceOn(mutant, original, s.scenario, s.digest);
    if (!d || (best && score(d, s) >= score(best.d, best.s))) continue;
    best = { d, s };
    opts.onFound?.({ source: s.source, difference: d, scenario: s.scenario, shrunk: false });
    if (score(d, s) === 0) break;
  }
  if (!best) return null;
  opts.onShrink?.();
  const rank = visibilityRank(best.d.kind);
  const small = await shrink(mutant, original, best.s, rank, opts.shrinkTimeMs ?? 10_000);
  const shrunk = small ? await differenceOn(mutant, original, small) : null;
  return shrunk
    ? { source: best.s.source, difference: shrunk, scenario: small!, shrunk: true }
    : { source: best.s.source, difference: best.d, scenario: best.s.scenario, shrunk: false };
}
