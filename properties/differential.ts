// The differential property: the reference model is the oracle. On every generated scenario within
// the implementation's capabilities, every counter it observes must equal the model's at every
// checkpoint. The invariant properties hold without the model and say in kernel terms what went
// wrong; this one says what the value should have been and where the model's value comes from
// (src/oracle/explain.ts). For an implementation without a clock (timing `settled`) only the
// counters that order alone fixes are compared (src/oracle/clock.ts).
import { PROFILES } from '../src/spec/registry.ts';
import type { Observations, Scenario } from '../src/generated/schema-types.ts';
import fc from 'fast-check';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { withRcvbufSteps } from '../src/arbitraries/rcvbuf-steps.ts';
import { backlogProperty } from './backlog.ts';
import { budgetProperty } from './budget.ts';
import { conservationProperty } from './conservation.ts';
import { flowLimitProperty } from './flow-limit.ts';
import { identitiesProperty } from './identities.ts';
import { napiContractProperty } from './napi-contract.ts';
import { rcvbufProperty } from './rcvbuf.ts';
import { clockDependentPaths } from '../src/oracle/clock.ts';
import { compareObservations, type GoldenDiff } from '../src/oracle/compare.ts';
import { udpGroScenarioArbitrary, udpGroScenariosFit } from '../src/arbitraries/udp-gro-scenarios.ts';
import { xdpScenarioArbitrary, xdpScenariosFit } from '../src/arbitraries/xdp-scenarios.ts';
import { multicastScenarioArbitrary, multicastScenariosFit } from '../src/arbitraries/multicast-scenarios.ts';
import { explainCounters } from '../src/oracle/explain.ts';
import { referenceObservations } from '../src/oracle/reference.ts';
import { Clauses, EVERYTHING, type Observed } from './lib/clauses.ts';
import { fail, pass, type ObservedVerdict, type Property } from './types.ts';

/** The properties whose generators the differential draws from too, each focused on a stage of the path. */
const FOCUSED: readonly Property[] = [
  budgetProperty, napiContractProperty, backlogProperty, flowLimitProperty, rcvbufProperty,
  conservationProperty, identitiesProperty,
];

const CLAUSE = 'every observed counter equals the reference model\'s at every checkpoint';
/** How many further differing counters a failure names. */
const MORE_SHOWN = 3;

/** One line per failure: the first counter that differs, where, and the model's account of it. */
export function differenceMessage(scenario: Scenario, d: GoldenDiff): string {
  const first = d.diffs[0]!;
  const others = d.diffs.slice(1).map((x) => x.path);
  const listed = others.slice(0, MORE_SHOWN).join(', ') + (others.length > MORE_SHOWN ? ', ...' : '');
  const more = others.length === 0 ? '' : ` (${others.length} more differ: ${listed})`;
  const step = d.label === 'end' || !d.afterText ? d.stepText : `${d.stepText}, after ${d.afterText}`;
  const head = `checkpoint "${d.label}" (${step}): ${first.path} is ${String(first.actual)}, ` +
    `the reference model gives ${String(first.expected)}${more}`;
  const why = first.path === '(checkpoint)' ? [] : explainCounters(scenario, d.checkpoint, d.diffs.map((x) => x.path));
  return why.length > 0 ? `${head}. Where the model's values come from: ${why.join('; ')}` : head;
}

/** The comparison, on what `observed` covers (and, without a clock, on what order fixes). */
export function checkDifferential(scenario: Scenario, obs: Observations, observed: Observed = EVERYTHING): ObservedVerdict {
  const c = new Clauses(observed);
  const expected = referenceObservations(scenario);
  let include = (p: string): boolean => observed.counter(p);
  if (observed.clock === false) {
    const timed = clockDependentPaths(scenario, include);
    if (timed.size > 0) include = (p) => observed.counter(p) && !timed.has(p);
  }
  const cmp = compareObservations(scenario, expected, obs, include);
  if (cmp.compared === 0) {
    c.can(CLAUSE, { counters: ['(a counter the model and the implementation both have)'] });
    return { verdict: pass, ...c.report() };
  }
  c.can(CLAUSE, {});
  if (!cmp.diff) return { verdict: pass, ...c.report() };
  const d = cmp.diff;
  const first = d.diffs[0]!;
  const verdict = fail(differenceMessage(scenario, d), {
    checkpoint: d.label, path: first.path, step: d.step,
    expected: first.expected ?? '(absent)', actual: first.actual ?? '(absent)',
  });
  return { verdict, ...c.report() };
}

export const differentialProperty: Property = {
  name: 'differential',
  title: 'every observed counter equals the reference model\'s at every checkpoint',
  rule: 'the reference model (src/model), held to Linux 6.18 recordings (golden/kernel) and written from ' +
    'the 3.13 and 6.18 sources: each counter has the value its kernel function gives',
  reads: 'counters',
  profiles: PROFILES,
  againstReference: true,
  defaultRuns: 400,
  // every stage gets its share: the generic mix, and each invariant property's generator, biased toward its stage
  arbitrary: (profile, o) =>
    fc.oneof(
      scenarioArbitrary(profile, { name: 'differential', tags: o?.tags }),
      ...FOCUSED.map((p) => p.arbitrary(profile, o)),
      // the receive buffer changed mid-run (setsockopt), on the receive-buffer generator's scenarios
      withRcvbufSteps(rcvbufProperty.arbitrary(profile, o), o?.tags),
      // UDP GRO, which the generic mix seldom reaches (a burst on a NAPI-mode veth to a socket with UDP_GRO)
      ...(udpGroScenariosFit(profile, o?.tags) ? [udpGroScenarioArbitrary(profile, 'differential-udp-gro')] : []),
      // XDP programs on a veth, which the generic mix gives a veth only now and then
      ...(xdpScenariosFit(profile, o?.tags) ? [xdpScenarioArbitrary(profile, 'differential-xdp')] : []),
      // multicast: groups joined or not, of both families, which the generic mix reaches now and then
      ...(multicastScenariosFit(o?.tags) ? [multicastScenarioArbitrary(profile, 'differential-multicast')] : []),
    ),
  check: (scenario, obs) => checkDifferential(scenario, obs).verdict,
  checkObserved: (scenario, obs, observed) => checkDifferential(scenario, obs, observed),
};
