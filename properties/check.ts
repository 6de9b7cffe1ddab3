// checkProperty: one property, one profile, one implementation, `runs` generated scenarios
// (fast-check, fixed seed, replayable from seed + path). An ImplementationError thrown by the
// implementation makes the result `broken`, never a counterexample. For an implementation that
// supports only some scenario features (`tags`), the scenarios are generated with those features
// only; for one that models only some counters (`observed`), only the clauses it can answer run,
// and the result says which (a property none of whose clauses it can answer is skipped).
import fc from 'fast-check';
import type { Observations, ProfileName, Scenario } from '../src/generated/schema-types.ts';
import { ImplementationError } from '../src/impl/errors.ts';
import type { Implementation } from '../src/impl/types.ts';
import { missingTags } from '../src/spec/scenario-tags.ts';
import { neededTags } from '../src/oracle/needed-tags.ts';
import { isReferenceModel } from '../src/impl/reference-marker.ts';
import { fixedByOrder } from '../src/oracle/clock.ts';
import { settledForm } from '../src/oracle/settled-form.ts';
import { pathFilter } from '../src/oracle/counter-paths.ts';
import { EVERYTHING, type ClauseReport, type Observed } from './lib/clauses.ts';
import type { FailedVerdict, FollowUp, Property, PropertyResult, Verdict } from './types.ts';

export const DEFAULT_SEED = 4;
export const DEFAULT_RUNS = 200;
/**
 * Scenario runs a failing check may spend shrinking its counterexample. Past them every further
 * candidate counts as passing, so fast-check keeps the smallest failure found so far: shrinking
 * ends in bounded time and, counting runs rather than seconds, the same seed gives the same result.
 */
export const MAX_SHRINK_RUNS = 1500;

export interface CheckOptions {
  profile: ProfileName;
  runs: number;
  seed: number;
  /** fast-check replay path (from a previous failure). */
  path?: string;
  /** Per implementation run; exceeding it makes the result `broken` (fault `timeout`). */
  timeoutMs?: number;
  /** Called after every run with what the implementation returned (coverage statistics). */
  onRun?: (scenario: Scenario, obs: Observations, verdict: Verdict) => void;
  /**
   * The scenario features the implementation supports (Implementation.tags): scenarios are
   * generated with these only (and any that still need another, or whose follow-up does, are
   * filtered out). Absent: every feature, exactly as without it.
   */
  tags?: readonly string[];
  /**
   * What the implementation models when it is not everything (its `observes`, whether it emits
   * events): only the clauses whose reads it models are applied. Absent: everything, unless the
   * implementation emits no events (then every clause but the events ones).
   */
  observed?: Observed;
}

/** Why a property does not apply to this implementation and profile, or null when it does. */
export function skipReason(impl: Implementation, property: Property, profile: ProfileName): string | null {
  if (!property.profiles.includes(profile)) return `${property.name} does not apply to ${profile}`;
  if (!impl.profiles.includes(profile)) return `${impl.name} does not implement ${profile}`;
  if (property.againstReference && isReferenceModel(impl)) return `${property.name} compares with the reference model, which is the implementation checked`;
  // A property made of clauses still runs its counter clauses on an implementation without events.
  if (property.reads === 'events' && !impl.events && !property.checkObserved) return `${property.name} reads trace events and ${impl.name} emits none`;
  return null;
}

/**
 * The tags a property's run of `scenario` needs of an implementation that declares `supported`:
 * the scenario's and its follow-up's (src/oracle/needed-tags.ts: `gro` only where GRO matters).
 */
export function tagsNeeded(property: Property, scenario: Scenario, supported?: readonly string[]): string[] {
  const tags = neededTags(scenario, supported);
  if (!property.followUp) return tags;
  return [...new Set([...tags, ...neededTags(property.followUp(scenario), supported)])].sort();
}

/**
 * The property's scenarios under `profile`, generated with the supported `tags` only; for an
 * implementation without a clock (`observed.clock` false), in order form (src/oracle/settled-form.ts)
 * and only those whose observed outcome order alone fixes (src/oracle/clock.ts).
 */
export function fittingArbitrary(
  property: Property, profile: ProfileName, tags?: readonly string[], observed?: Observed, form?: ScenarioForm,
): fc.Arbitrary<Scenario> {
  let arb = tags ? property.arbitrary(profile, { tags }).filter((s) => missingTags(tagsNeeded(property, s, tags), tags).length === 0)
    : property.arbitrary(profile);
  if (form) arb = inForm(arb, property, form);
  if (observed?.clock === false) {
    arb = arb.map(settledForm);
    // the differential leaves the clock-dependent counters out of its comparison instead (properties/differential.ts)
    if (!property.againstReference) {
      const include = (p: string): boolean => observed.counter(p);
      arb = arb.filter((s) => fixedByOrder(s, include) && (!property.followUp || fixedByOrder(property.followUp(s), include)));
    }
  }
  return arb;
}

/** Implementation.scenarioForm: the nearest scenario an implementation carries out exactly, or null. */
export type ScenarioForm = (scenario: Scenario) => Scenario | null;

/**
 * The scenarios in the implementation's form (Implementation.scenarioForm), those without one left
 * out; a metamorphic property keeps only those whose follow-up the implementation carries out as is.
 */
function inForm(arb: fc.Arbitrary<Scenario>, property: Property, form: ScenarioForm): fc.Arbitrary<Scenario> {
  // fast-check's filter draws until one passes: a form that takes nothing would spin for ever
  let misses = 0;
  const formed = arb.map((s) => form(s)).filter((s): s is Scenario => {
    if (s !== null) { misses = 0; return true; }
    if (++misses >= MAX_FORM_MISSES) throw new FormTakesNothingError(property.name, MAX_FORM_MISSES);
    return false;
  });
  if (!property.followUp) return formed;
  return formed.filter((s) => {
    const next = property.followUp!(s);
    return JSON.stringify(form(next)) === JSON.stringify(next);
  });
}

/** Generated scenarios in a row that an implementation's scenarioForm may refuse before generation gives up. */
export const MAX_FORM_MISSES = 5000;

/** The implementation's scenarioForm refused MAX_FORM_MISSES generated scenarios in a row. */
export class FormTakesNothingError extends Error {
  constructor(property: string, misses: number) {
    super(`${property}: the implementation's scenarioForm refused ${misses} generated scenarios in a row (it carries out none of them)`);
    this.name = 'FormTakesNothingError';
  }
}

/** Scenarios sampled to see that order alone fixes some of a property's (timing settled). */
export const ORDER_SAMPLE = 60;

/**
 * Whether order alone fixes the observed outcome of some of the property's scenarios in order
 * form: the generator then filters for them in bounded time; when none of a sample qualifies
 * (an implementation that observes only clock-driven counters), the property is skipped instead.
 */
function orderFixesSome(
  property: Property, profile: ProfileName, seed: number, tags: readonly string[] | undefined, observed: Observed, form?: ScenarioForm,
): boolean {
  const arb = fittingArbitrary(property, profile, tags, undefined, form).map(settledForm);
  const include = (p: string): boolean => observed.counter(p);
  return fc.sample(arb, { numRuns: ORDER_SAMPLE, seed }).some((s) => fixedByOrder(s, include));
}

/**
 * What an implementation observes, for the clauses of the properties (properties/lib/clauses.ts):
 * its `observes` counter paths, whether and which events it emits, and whether it keeps the
 * model's clock (`timing`). Undefined when it observes everything. `internal` (the model-only
 * section) counts only when `observes` names it.
 */
export function observedBy(impl: Implementation): Observed | undefined {
  if (!impl.observes && impl.events && !impl.eventTypes && impl.timing !== 'settled') return undefined;
  const counter = pathFilter(impl.observes);
  return {
    counter, events: impl.events, internal: counter('internal'),
    ...(impl.events && impl.eventTypes ? { eventTypes: new Set<string>(impl.eventTypes) } : {}),
    ...(impl.timing === 'settled' ? { clock: false } : {}),
  };
}

/** What an implementation observes, as far as properties/ can tell without its counter paths. */
function observedOf(impl: Implementation, property: Property, given?: Observed): Observed | undefined {
  if (given) return given;
  const o = observedBy(impl);
  if (o) return o;
  if (property.reads === 'events' && !impl.events) return { ...EVERYTHING, events: false };
  return undefined;
}

/** Clause reports of many runs, merged: a clause applied in any run counts as applied. */
class ClauseTally {
  private readonly applied = new Set<string>();
  private readonly skipped = new Map<string, Set<string>>();

  add(r: ClauseReport): void {
    for (const c of r.applied) this.applied.add(c);
    for (const s of r.skipped) {
      let m = this.skipped.get(s.clause);
      if (!m) this.skipped.set(s.clause, (m = new Set()));
      for (const x of s.missing) m.add(x);
    }
  }

  report(): ClauseReport {
    return { applied: [...this.applied], skipped: [...this.skipped].map(([clause, m]) => ({ clause, missing: [...m].sort() })) };
  }
}

/** Why none of a property's clauses could be applied, in one line. */
function noClauseReason(property: Property, impl: Implementation, r: ClauseReport): string {
  const shown = r.skipped.slice(0, 4).map((s) => {
    const miss = s.missing.length > 3 ? `${s.missing.slice(0, 3).join(', ')}, ...` : s.missing.join(', ');
    return `"${s.clause}" reads ${miss}`;
  });
  const more = r.skipped.length > 4 ? `; ${r.skipped.length - 4} more` : '';
  return `no clause of ${property.name} reads only what ${impl.name} models${shown.length ? `: ${shown.join('; ')}${more}` : ''}`;
}

async function runWithTimeout(impl: Implementation, scenario: Scenario, events: boolean, timeoutMs?: number): Promise<Observations> {
  if (!timeoutMs) return impl.run(scenario, { events });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ImplementationError('timeout', `no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([impl.run(scenario, { events }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function asImplementationError(e: unknown): ImplementationError {
  if (e instanceof ImplementationError) return e;
  const err = e instanceof Error ? e : new Error(String(e));
  return new ImplementationError('exception', err.message, { detail: err.stack ?? '' });
}

/** Runs the implementation on the scenario (and its follow-up) and applies the property. */
export async function evaluate(
  impl: Implementation,
  property: Property,
  scenario: Scenario,
  timeoutMs?: number,
  observed?: Observed,
): Promise<{ verdict: Verdict; obs: Observations; followUp?: FollowUp; clauses?: ClauseReport }> {
  const events = property.reads === 'events' && impl.events;
  const obs = await runWithTimeout(impl, scenario, events, timeoutMs);
  let followUp: FollowUp | undefined;
  if (property.followUp) {
    const s2 = property.followUp(scenario);
    followUp = { scenario: s2, obs: await runWithTimeout(impl, s2, events, timeoutMs) };
  }
  let verdict: Verdict;
  let clauses: ClauseReport | undefined;
  try {
    if (observed && property.checkObserved) {
      const r = property.checkObserved(scenario, obs, observed);
      verdict = r.verdict;
      clauses = { applied: r.applied, skipped: r.skipped };
    } else {
      verdict = property.check(scenario, obs, followUp);
    }
  } catch (e) {
    // A property that cannot read what the implementation returned (a missing snapshot, a
    // malformed counter) is the implementation's fault only if the output is invalid; report it
    // as a failure with the reason, so it is shrunk and shown.
    verdict = { ok: false, message: `property could not read the observations: ${(e as Error).message}` };
  }
  return { verdict, obs, ...(followUp ? { followUp } : {}), ...(clauses ? { clauses } : {}) };
}

export async function checkProperty(impl: Implementation, property: Property, opts: CheckOptions): Promise<PropertyResult> {
  const t0 = performance.now();
  const base = { property: property.name, profile: opts.profile, seed: opts.seed };
  const skip = skipReason(impl, property, opts.profile);
  if (skip) return { ...base, status: 'skipped', runs: 0, reason: skip, ms: 0 };
  const observed = observedOf(impl, property, opts.observed);
  if (observed && !property.checkObserved) {
    const unread = (property.readsCounters ?? []).filter((p) => !observed.counter(p));
    if (unread.length) return { ...base, status: 'skipped', runs: 0, reason: `${property.name} reads ${unread.join(', ')}, which ${impl.name} does not model`, ms: 0 };
  }
  const settled = observed?.clock === false && !property.againstReference;
  const form = impl.scenarioForm ? (s: Scenario) => impl.scenarioForm!(s) : undefined;
  if (settled && !orderFixesSome(property, opts.profile, opts.seed, opts.tags, observed, form)) {
    const reason = `order alone fixes the observed outcome of none of ${ORDER_SAMPLE} sampled scenarios of ${property.name} (timing settled)`;
    return { ...base, status: 'skipped', runs: 0, reason, ms: 0 };
  }
  const tally = observed && property.checkObserved ? new ClauseTally() : undefined;

  let broken: ImplementationError | null = null;
  let runs = 0;
  let shrinkRuns = -1; // runs since the first failure; -1 before it
  const prop = fc.asyncProperty(fittingArbitrary(property, opts.profile, opts.tags, observed, form), async (scenario) => {
    if (broken) return true; // stop shrinking a broken implementation
    if (shrinkRuns >= MAX_SHRINK_RUNS) return true; // shrinking budget spent: keep the smallest failure so far
    if (shrinkRuns >= 0) shrinkRuns++;
    else runs++;
    let r;
    try {
      r = await evaluate(impl, property, scenario, opts.timeoutMs, observed);
    } catch (e) {
      broken = asImplementationError(e);
      throw broken;
    }
    if (r.clauses) tally?.add(r.clauses);
    opts.onRun?.(scenario, r.obs, r.verdict);
    if (!r.verdict.ok && shrinkRuns < 0) shrinkRuns = 0;
    return r.verdict.ok;
  });
  const out = await fc.check(prop, {
    seed: opts.seed,
    numRuns: opts.runs,
    ...(opts.path ? { path: opts.path } : {}),
  });
  const ms = Math.round(performance.now() - t0);
  if (broken) {
    const b = broken as ImplementationError;
    return {
      ...base,
      status: 'broken',
      runs,
      error: { fault: b.fault, message: b.message, ...(b.step !== undefined ? { step: b.step } : {}), detail: b.detail },
      ms,
    };
  }
  const clauses = tally?.report();
  const withClauses = clauses ? { clauses } : {};
  if (!out.failed) {
    if (clauses && clauses.applied.length === 0) {
      return { ...base, status: 'skipped', runs: out.numRuns, reason: noClauseReason(property, impl, clauses), ...withClauses, ms };
    }
    return { ...base, status: 'passed', runs: out.numRuns, ...withClauses, ms };
  }
  const scenario = out.counterexample![0];
  // Re-evaluate the shrunk counterexample to get its verdict (deterministic implementations give
  // the same answer; one that does not is reported as such).
  let again;
  try {
    again = await evaluate(impl, property, scenario, opts.timeoutMs, observed);
  } catch (e) {
    const b = asImplementationError(e);
    return { ...base, status: 'broken', runs, error: { fault: b.fault, message: b.message, detail: b.detail }, ms };
  }
  const verdict: FailedVerdict = again.verdict.ok
    ? { ok: false, message: 'the counterexample failed once and passed when run again: the implementation is not deterministic' }
    : again.verdict;
  return {
    ...base,
    status: 'failed',
    runs: out.numRuns,
    shrinks: out.numShrinks,
    path: out.counterexamplePath ?? undefined,
    counterexample: { scenario, verdict, ...(again.followUp ? { followUp: again.followUp.scenario } : {}) },
    ...withClauses,
    ms: Math.round(performance.now() - t0),
  };
}

/** Checks one stored scenario (a saved failure) without generating anything. */
export async function checkScenario(impl: Implementation, property: Property, scenario: Scenario, timeoutMs?: number): Promise<Verdict> {
  return (await evaluate(impl, property, scenario, timeoutMs)).verdict;
}
