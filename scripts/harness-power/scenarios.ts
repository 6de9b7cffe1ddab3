// The scenarios on which a mutant is compared with the original model, to tell a mutant the
// properties miss from one nobody can see: every scenario of the golden corpus (golden/**) and a
// generated sample, spread evenly over the general scenario arbitrary and every property's own
// (each biased toward what its property checks), both profiles, seeds derived from one seed.
import fc from 'fast-check';
import type { Observations, ProfileName, Scenario } from '../../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../../src/arbitraries/scenario.ts';
import { loadCorpus } from '../../src/runner/golden/corpus.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';
import { digest } from './observe.ts';

export const PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.18'];

/** Where a generated scenario came from, enough to generate (and shrink) it again. */
export interface GeneratorRef {
  profile: ProfileName;
  /** `scenario` (src/arbitraries) or a property's name (its arbitrary). */
  name: string;
  seed: number;
  index: number;
}

export interface SampleScenario {
  /** `golden/<trace id>` or `generated/<profile>/<generator>#<index>`. */
  source: string;
  scenario: Scenario;
  /** Digest of the original model's observations, with events. */
  digest: string;
  generator?: GeneratorRef;
}

export function arbitraryOf(profile: ProfileName, name: string): fc.Arbitrary<Scenario> {
  if (name === 'scenario') return scenarioArbitrary(profile);
  const p = ALL_PROPERTIES.find((q) => q.name === name);
  if (!p) throw new Error(`no property named ${name}`);
  return p.arbitrary(profile);
}

function generatorNames(profile: ProfileName): string[] {
  return ['scenario', ...ALL_PROPERTIES.filter((p) => p.profiles.includes(profile)).map((p) => p.name)];
}

/** A seed per generator, so that adding a property does not change the others' scenarios. */
export function generatorSeed(seed: number, profile: ProfileName, name: string): number {
  let h = seed | 0;
  for (const c of `${profile}/${name}`) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

export function goldenScenarios(): { source: string; scenario: Scenario }[] {
  const seen = new Set<string>();
  const out: { source: string; scenario: Scenario }[] = [];
  for (const t of loadCorpus()) {
    const key = JSON.stringify(t.trace.scenario);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: `golden/${t.id}`, scenario: t.trace.scenario });
  }
  return out;
}

export function generatedScenarios(count: number, seed: number): (Omit<SampleScenario, 'digest'> & { generator: GeneratorRef })[] {
  const gens = PROFILES.flatMap((profile) => generatorNames(profile).map((name) => ({ profile, name })));
  return gens.flatMap(({ profile, name }, g) => {
    const n = Math.floor(count / gens.length) + (g < count % gens.length ? 1 : 0);
    if (n === 0) return [];
    const gseed = generatorSeed(seed, profile, name);
    return fc.sample(arbitraryOf(profile, name), { seed: gseed, numRuns: n }).map((scenario, index) => ({
      source: `generated/${profile}/${name}#${index}`, scenario, generator: { profile, name, seed: gseed, index },
    }));
  });
}

/** The golden scenarios and `count` generated ones, each with the digest of the original's observations. */
export async function equivalenceSample(
  original: (s: Scenario) => Promise<Observations>, opts: { count: number; seed: number; golden?: boolean },
): Promise<SampleScenario[]> {
  const all = [...(opts.golden === false ? [] : goldenScenarios()), ...generatedScenarios(opts.count, opts.seed)];
  const out: SampleScenario[] = [];
  for (const s of all) out.push({ ...s, digest: digest(await original(s.scenario)) });
  return out;
}
