// Generation respects the scenario features an implementation declares (Implementation.tags):
// every scenario a property generates for a set of declared tags needs only those tags
// (src/arbitraries/feature-tags.ts maps swarm features and knobs to the tags they give), and
// without declared tags (or with every tag declared) generation is exactly what it always was.
import { RCVBUF_STEP_TAG } from '../../src/arbitraries/rcvbuf-steps.ts';
import { STEP_FIELD_TAGS } from '../../src/arbitraries/workload.ts';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fittingArbitrary, tagsNeeded } from '../../properties/check.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';
import { propertyByName } from '../../properties/index.ts';
import { featureTags, KNOB_TAGS } from '../../src/arbitraries/feature-tags.ts';
import { scenarioArbitrary } from '../../src/arbitraries/scenario.ts';
import { FEATURES } from '../../src/arbitraries/swarm.ts';
import type { ProfileName, Scenario } from '../../src/generated/schema-types.ts';
import { scenarioTags } from '../../src/spec/scenario-tags.ts';
import { validateScenario } from '../../src/spec/validate.ts';

const PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.18'];
const DEVICE_KINDS = ['nic', 'loopback', 'veth'];

/** Every tag unconstrained generation gives, over every property and profile. */
const UNIVERSE = [...new Set(PROFILES.flatMap((profile) => ALL_PROPERTIES.flatMap((p) =>
  fc.sample(p.arbitrary(profile), { numRuns: 150, seed: 21 }).flatMap(scenarioTags))))].sort();

const subset = (tags: readonly string[], of: readonly string[]) => tags.filter((t) => !of.includes(t));

describe('generation with declared tags', () => {
  test('the tag vocabulary of the mapping covers what generation gives (and the other way round)', () => {
    const mapped = new Set([
      ...PROFILES.flatMap((p) => Object.values(featureTags(p)).flat()),
      ...Object.values(KNOB_TAGS), 'socket', 'sysctl_step', ...DEVICE_KINDS, RCVBUF_STEP_TAG, ...Object.values(STEP_FIELD_TAGS),
    ]);
    // A generated tag no feature or knob names would escape the gate; frames are gated tag by tag
    // (frame:FLAG, proto:*, in the workload generator).
    const gatedOneByOne = (t: string) => t.startsWith('sysctl:') || t.startsWith('frame:') || t.startsWith('proto:');
    expect(UNIVERSE.filter((t) => !mapped.has(t) && !gatedOneByOne(t))).toEqual([]);
    expect(UNIVERSE.filter((t) => t.startsWith('frame:')).length).toBeGreaterThan(5);
    expect(UNIVERSE.length).toBeGreaterThan(20);
  });

  test('for random declared tag sets, every generated scenario needs only declared tags (and is valid)', () => {
    // A scenario always has a socket and a device, so the declared sets always allow one of each.
    const declared = fc.tuple(fc.subarray(UNIVERSE), fc.constantFrom(...DEVICE_KINDS))
      .map(([tags, kind]) => [...new Set([...tags, 'socket', kind])].sort());
    fc.assert(
      fc.property(declared, fc.constantFrom(...ALL_PROPERTIES), fc.constantFrom(...PROFILES), fc.integer(), (tags, property, profile, seed) => {
        for (const s of fc.sample(property.arbitrary(profile, { tags }), { numRuns: 15, seed })) {
          const extra = subset(scenarioTags(s), tags);
          if (extra.length) throw new Error(`${property.name} [${profile}] declared ${tags.join(' ')}; the scenario needs ${extra.join(' ')}: ${JSON.stringify(s)}`);
          validateScenario(s, `<${property.name}>`);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  test('a feature the tags do not allow is never on; one they allow still occurs', () => {
    const tags = ['loopback', 'socket', 'rcvbuf', 'multi_cpu', 'sysctl:net.core.netdev_max_backlog'];
    const samples = fc.sample(scenarioArbitrary('linux-6.18', { tags, bias: { tinyBacklog: 0.5, tinyRcvbuf: 0.5, smp: 0.5, nic: 1, flowLimit: 1 } }), { numRuns: 300, seed: 3 });
    const on = (f: string) => samples.filter((s) => (s.description ?? '').split(' ').includes(f)).length;
    for (const f of FEATURES) {
      const allowed = featureTags('linux-6.18')[f].every((t) => tags.includes(t));
      if (!allowed) expect(on(f), f).toBe(0);
    }
    for (const f of ['tinyBacklog', 'tinyRcvbuf', 'smp', 'loopback', 'reads', 'checkpoints', 'bigPayload']) expect(on(f), f).toBeGreaterThan(0);
  });

  test('a loopback-only implementation gets loopback frames, one CPU, and no sysctl it does not declare', () => {
    const tags = ['loopback', 'socket', 'rcvbuf', 'rcvbuf_force', 'sysctl:net.core.rmem_max', 'sysctl:net.core.rmem_default'];
    for (const property of ALL_PROPERTIES) {
      for (const s of fc.sample(property.arbitrary('linux-6.18', { tags }), { numRuns: 100, seed: 5 })) {
        expect(s.config.devices, property.name).toEqual([{ name: 'lo', kind: 'loopback' }]);
        expect(s.config.cpus).toBe(1);
        expect(s.config.sysctls).toBeUndefined();
        for (const w of s.workload) {
          expect(['frames', 'read', 'advance', 'checkpoint']).toContain(w.op);
          if (w.op === 'frames') expect(w.device).toBe('lo');
        }
      }
    }
  });

  test('mid-run sysctl writes name only declared sysctls', () => {
    const tags = ['nic', 'socket', 'sysctl_step', 'sysctl:net.core.netdev_budget', 'sysctl:net.core.flow_limit_cpu_bitmap'];
    const steps = fc.sample(scenarioArbitrary('linux-3.13', { tags, bias: { sysctlSteps: 1 } }), { numRuns: 200, seed: 8 })
      .flatMap((s) => s.workload.filter((w) => w.op === 'sysctl'));
    expect(steps.length).toBeGreaterThan(0);
    // flow_limit_cpu_bitmap is declared but a non-zero bitmap is also `flow_limit`, which is not.
    expect(new Set(steps.map((w) => w.op === 'sysctl' && w.name))).toEqual(new Set(['net.core.netdev_budget']));
  });

  test('without tags, generation is unchanged: no options, an empty one, and every tag declared give the same scenarios', () => {
    for (const profile of PROFILES) {
      for (const p of ALL_PROPERTIES) {
        const plain = JSON.stringify(fc.sample(p.arbitrary(profile), { numRuns: 40, seed: 13 }));
        expect(JSON.stringify(fc.sample(p.arbitrary(profile, {}), { numRuns: 40, seed: 13 })), p.name).toBe(plain);
        expect(JSON.stringify(fc.sample(fittingArbitrary(p, profile), { numRuns: 40, seed: 13 })), p.name).toBe(plain);
        const everything = [...UNIVERSE, ...PROFILES.flatMap((pr) => Object.values(featureTags(pr)).flat()), ...Object.values(KNOB_TAGS)];
        expect(JSON.stringify(fc.sample(p.arbitrary(profile, { tags: everything }), { numRuns: 40, seed: 13 })), p.name).toBe(plain);
      }
    }
  });

  test("a metamorphic property's follow-up counts too: raising netdev_budget needs its sysctl tag", () => {
    const p = propertyByName('metamorphic-budget')!;
    const tags = ['nic', 'socket'];
    const s: Scenario = fc.sample(p.arbitrary('linux-6.18', { tags }), { numRuns: 1, seed: 1 })[0]!;
    expect(subset(scenarioTags(s), tags)).toEqual([]);
    expect(tagsNeeded(p, s)).toContain('sysctl:net.core.netdev_budget');
    // So nothing of it fits, and fittingArbitrary would filter everything out: the runner skips it.
    const withBudget = [...tags, 'sysctl:net.core.netdev_budget'];
    for (const x of fc.sample(fittingArbitrary(p, 'linux-6.18', withBudget), { numRuns: 30, seed: 2 })) {
      expect(subset(tagsNeeded(p, x), withBudget)).toEqual([]);
    }
  });
});
