// `rxpath check`: composes property checks and golden-trace checks into one run against one
// implementation, with sharding, replay, and the exit code (0 passed, 1 a conformance failure,
// 3 the implementation broke). Dependencies (the properties, checkProperty, the reference model)
// are passed in, so the runner is tested with fake implementations and properties.
import fc from 'fast-check';
import type { Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import { ImplementationError } from '../impl/errors.ts';
import type { Implementation } from '../impl/types.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { FormTakesNothingError, observedBy, tagsNeeded } from '../../properties/check.ts';
import type { Observed } from '../../properties/lib/clauses.ts';
import type { Property, PropertyResult } from '../../properties/types.ts';
import { describeStep } from '../oracle/describe-step.ts';
import { compareObservations } from '../oracle/compare.ts';
import { GOLDEN_DIR, type LoadedTrace } from './golden/corpus.ts';
import { corporaOf, loadCorpora, loadCorporaRegister, type GoldenDirSource } from './golden/corpora.ts';
import { missingTags } from '../spec/scenario-tags.ts';
import { clockDependentPaths } from '../oracle/clock.ts';
import { neededTags } from '../oracle/needed-tags.ts';
import { flattenSnapshot, pathFilter } from '../oracle/counter-paths.ts';
import { encodeReplayToken } from './replay-token.ts';
import { selectShard, type Shard } from './shard.ts';
import type { BrokenInfo, CheckResult, CheckStatus, RunResult, StatusCounts } from './types.ts';
import { PROFILES } from '../spec/registry.ts';

export const ALL_PROFILES: ProfileName[] = [...PROFILES];

export type CheckPropertyFn = (
  impl: Implementation,
  property: Property,
  opts: {
    profile: ProfileName; runs?: number; seed: number; path?: string; timeoutMs?: number;
    /** The implementation's declared tags: generate only scenarios it supports. */
    tags?: readonly string[];
    /** What the implementation models, when not everything: apply only the clauses it can answer. */
    observed?: Observed;
  },
) => Promise<PropertyResult>;

export interface Progress {
  start(total: number): void;
  done(result: CheckResult, index: number, total: number): void;
  stop(): void;
}

export interface CheckOptions {
  impl: Implementation;
  /** How to name the implementation on a replay command line (`--impl ./x.ts`); empty for the model. */
  implArgs?: string;
  /** The reference model, to show expected observations beside a property counterexample. */
  reference?: Implementation;
  properties: readonly Property[];
  checkProperty: CheckPropertyFn;
  profiles?: ProfileName[];
  /** Property names to run; undefined: all. */
  propertyNames?: string[];
  includeProperties?: boolean;
  includeGolden?: boolean;
  /** Substrings of trace ids to run; undefined: all. */
  traces?: string[];
  runs?: number;
  seed: number;
  replay?: { seed: number; path: string };
  shard?: Shard;
  /** The base corpus (default: the shipped golden/; tests put a stand-in here). */
  goldenDir?: string;
  /** Users' own corpora, added after it; their trace ids get the prefix `user:DIR/` (golden/corpora.ts). */
  userGoldenDirs?: readonly (GoldenDirSource | string)[];
  timeoutMs?: number;
  progress?: Progress;
  rxpathVersion: string;
}

interface PlannedProperty { kind: 'property'; id: string; profile: ProfileName; property: Property }
interface PlannedTrace { kind: 'golden'; id: string; profile: ProfileName; trace: LoadedTrace }
type Planned = PlannedProperty | PlannedTrace;

function emptyCounts(): StatusCounts {
  return { passed: 0, failed: 0, broken: 0, skipped: 0, 'expected-difference': 0 };
}

function brokenInfo(err: unknown, scenario?: Scenario): BrokenInfo {
  if (err instanceof ImplementationError) {
    return {
      fault: err.fault, message: err.message, detail: err.detail,
      ...(err.step !== undefined ? { step: err.step } : {}),
      ...(scenario && err.step !== undefined ? { stepText: describeStep(scenario, err.step) } : {}),
    };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  return { fault: 'exception', message: `${e.name}: ${e.message}`, detail: (e.stack ?? '').split('\n').slice(0, 6).join('\n') };
}

/** The checks of a run, in order, before sharding. */
export function planChecks(opts: CheckOptions): Planned[] {
  const profiles = opts.profiles ?? ALL_PROFILES;
  const plan: Planned[] = [];
  if (opts.includeProperties !== false) {
    const known = new Set(opts.properties.map((p) => p.name));
    const unknown = (opts.propertyNames ?? []).filter((n) => !known.has(n));
    if (unknown.length) {
      throw new RxpathInputError([{ file: '--properties', pointer: '', message: `unknown propert${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')} (known: ${[...known].join(', ')})` }]);
    }
    for (const profile of profiles) {
      for (const property of opts.properties) {
        if (opts.propertyNames && !opts.propertyNames.includes(property.name)) continue;
        if (!property.profiles.includes(profile)) continue;
        plan.push({ kind: 'property', id: `property/${profile}/${property.name}`, profile, property });
      }
    }
  }
  if (opts.includeGolden !== false) {
    for (const trace of loadCorpora(corporaOf(opts.goldenDir ?? GOLDEN_DIR, opts.userGoldenDirs))) {
      const profile = trace.trace.provenance.profile;
      if (!profiles.includes(profile)) continue;
      if (opts.traces && !opts.traces.some((t) => trace.id.includes(t))) continue;
      plan.push({ kind: 'golden', id: `golden/${trace.id}`, profile, trace });
    }
  }
  return plan;
}

/**
 * Whether the implementation can run scenarios of this property. With declared tags the
 * scenarios are generated with those features only (src/arbitraries/feature-tags.ts); a property
 * none of whose scenarios (follow-ups included) fit them in a sample is skipped, naming the tags.
 */
function fitProperty(impl: Implementation, property: Property, profile: ProfileName, seed: number): { tags?: readonly string[] } | { skip: string } {
  if (property.reads === 'events' && !impl.events && !property.checkObserved) return { skip: 'reads trace events; the implementation emits none' };
  if (!impl.tags) return {};
  const sample = fc.sample(property.arbitrary(profile, { tags: impl.tags }), { numRuns: 200, seed });
  const fitting = sample.filter((s) => missingTags(tagsNeeded(property, s, impl.tags), impl.tags).length === 0);
  if (fitting.length === 0) {
    const missing = new Set(sample.flatMap((s) => missingTags(tagsNeeded(property, s, impl.tags), impl.tags)));
    return { skip: `its scenarios need tags the implementation does not declare: ${[...missing].sort().join(', ')}` };
  }
  if (impl.scenarioForm && !fitting.some((s) => impl.scenarioForm!(s) !== null)) {
    return { skip: `the implementation carries out none of ${fitting.length} sampled scenarios (scenarioForm)` };
  }
  return { tags: impl.tags };
}

async function safeRun(impl: Implementation, scenario: Scenario) {
  try { return await impl.run(scenario, { events: false }); } catch { return undefined; }
}

async function runProperty(p: PlannedProperty, opts: CheckOptions): Promise<CheckResult> {
  const { impl } = opts;
  const base = { id: p.id, kind: 'property' as const, profile: p.profile, name: p.property.name, title: p.property.title, rule: p.property.rule };
  const t0 = performance.now();
  if (!impl.profiles.includes(p.profile)) {
    return { ...base, status: 'skipped', ms: 0, message: `the implementation does not declare profile ${p.profile}` };
  }
  const seed = opts.replay?.seed ?? opts.seed;
  const fit = fitProperty(impl, p.property, p.profile, seed);
  if ('skip' in fit) return { ...base, status: 'skipped', ms: 0, message: fit.skip };
  let r: PropertyResult;
  try {
    const observed = observedBy(impl);
    r = await opts.checkProperty(impl, p.property, {
      profile: p.profile, seed,
      ...(fit.tags ? { tags: fit.tags } : {}),
      ...(observed ? { observed } : {}),
      ...(opts.runs !== undefined ? { runs: opts.runs } : {}),
      ...(opts.replay ? { path: opts.replay.path } : {}),
      ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    });
  } catch (err) {
    // nothing of the property is in the implementation's form: nothing was checked, not a broken run
    if (err instanceof FormTakesNothingError) return { ...base, status: 'skipped', ms: performance.now() - t0, message: err.message };
    return { ...base, status: 'broken', ms: performance.now() - t0, seed, error: brokenInfo(err) };
  }
  const out: CheckResult = { ...base, status: r.status, ms: r.ms, runs: r.runs, seed: r.seed };
  if (r.path !== undefined) out.path = r.path;
  if (r.shrinks !== undefined) out.shrinks = r.shrinks;
  if (r.reason) out.message = r.reason;
  if (r.clauses) out.clauses = r.clauses;
  if (r.status === 'failed' || r.status === 'broken') {
    if (r.path !== undefined) {
      out.replayToken = encodeReplayToken({ property: p.property.name, profile: p.profile, seed: r.seed, path: r.path });
      out.replay = ['rxpath check', opts.implArgs, `--replay ${out.replayToken}`].filter(Boolean).join(' ');
    } else {
      out.replay = ['rxpath check', opts.implArgs, `--profile ${p.profile}`, `--properties ${p.property.name}`, `--seed ${r.seed}`]
        .filter(Boolean).join(' ');
    }
  }
  if (r.error) {
    out.error = {
      fault: r.error.fault, message: r.error.message, detail: r.error.detail,
      ...(r.error.step !== undefined ? { step: r.error.step } : {}),
      ...(r.counterexample && r.error.step !== undefined ? { stepText: describeStep(r.counterexample.scenario, r.error.step) } : {}),
    };
    out.message = r.error.message;
  }
  if (r.counterexample) {
    out.counterexample = r.counterexample;
    const scenario = r.counterexample.scenario;
    if (r.status === 'failed') out.message = r.counterexample.verdict.message;
    // Expected beside actual for the report: the implementation's and the reference model's
    // observations of the counterexample.
    const actual = await safeRun(impl, scenario);
    const expected = opts.reference && opts.reference !== impl ? await safeRun(opts.reference, scenario) : undefined;
    out.evidence = {
      scenario,
      ...(impl.observes ? { observes: [...impl.observes] } : {}),
      ...(actual ? { actual } : {}),
      ...(expected ? { expected, expectedSource: 'reference model' } : {}),
    };
  }
  return out;
}

/** Why a timed trace is skipped for an implementation without a clock. */
function timedTraceReason(timed: ReadonlySet<string>): string {
  const names = [...timed];
  const shown = names.slice(0, 4).join(', ') + (names.length > 4 ? `, +${names.length - 4} more` : '');
  return `timed: every counter it compares depends on the model's clock (${shown}), and the implementation's timing is settled`;
}

/** Whether any counter of the observations is still compared. */
function hasCounterLeft(obs: Observations, include: (path: string) => boolean): boolean {
  return obs.checkpoints.some((c) => [...flattenSnapshot(c.counters, { internal: true }).keys()].some(include));
}

/** One golden trace against an implementation (the vitest suite runs each as a test of its own). */
export function checkGoldenTrace(impl: Implementation, trace: LoadedTrace, register = new Map<string, { reason: string }>()): Promise<CheckResult> {
  return runGolden({ kind: 'golden', id: `golden/${trace.id}`, profile: trace.trace.provenance.profile, trace }, impl, register);
}

async function runGolden(p: PlannedTrace, impl: Implementation, register: Map<string, { reason: string }>): Promise<CheckResult> {
  const t = p.trace.trace;
  const base = {
    id: p.id, kind: 'golden' as const, profile: p.profile, name: p.trace.id, title: t.summary,
    tags: t.tags ?? [], source: t.provenance.source,
  };
  const registered = register.get(p.trace.id)?.reason;
  const t0 = performance.now();
  if (!impl.profiles.includes(p.profile)) {
    return { ...base, status: 'skipped', ms: 0, message: `the implementation does not declare profile ${p.profile}` };
  }
  const cannot = impl.cannotRun?.(t.scenario) ?? [];
  if (cannot.length > 0) {
    const more = cannot.length > 1 ? ` (+${cannot.length - 1} more)` : '';
    return { ...base, status: 'skipped', ms: 0, message: `the implementation cannot carry it out: ${cannot[0]}${more}` };
  }
  const inTrace = pathFilter(t.observed);
  const inImpl = pathFilter(impl.observes);
  let include = (path: string): boolean => inTrace(path) && inImpl(path);
  // The features a trace needs are derived from its scenario (a trace's stored tags may add descriptive ones).
  const missing = missingTags(neededTags(t.scenario, impl.tags, include), impl.tags);
  if (missing.length) {
    return { ...base, status: 'skipped', ms: 0, message: `needs tags the implementation does not declare: ${missing.join(', ')}` };
  }
  if (impl.timing === 'settled') {
    // Held only to what order fixes: a counter the model's clock moves is left out; a trace with none left is skipped.
    const timed = clockDependentPaths(t.scenario, include);
    if (timed.size > 0) {
      const inner = include;
      include = (path) => inner(path) && !timed.has(path);
      if (!hasCounterLeft(t.observations, include)) {
        return { ...base, status: 'skipped', ms: 0, message: timedTraceReason(timed) };
      }
    }
  }
  let actual;
  try {
    actual = await impl.run(t.scenario, { events: false });
  } catch (err) {
    return { ...base, status: 'broken', ms: performance.now() - t0, error: brokenInfo(err, t.scenario), message: brokenInfo(err).message };
  }
  const ms = performance.now() - t0;
  const cmp = compareObservations(t.scenario, t.observations, actual, include);
  if (cmp.compared === 0 && !cmp.diff) {
    return { ...base, status: 'skipped', ms, message: 'no counter in common between what the trace observed and what the implementation models' };
  }
  if (!cmp.diff) {
    return { ...base, status: 'passed', ms, compared: cmp.compared, ...(registered ? { expectedDifference: registered } : {}) };
  }
  const d = cmp.diff;
  const first = d.diffs[0]!;
  const message = `checkpoint "${d.label}" (${d.stepText}): ${first.path} expected ${String(first.expected)}, got ${String(first.actual)}${d.diffs.length > 1 ? ` (+${d.diffs.length - 1} more)` : ''}`;
  return {
    ...base,
    status: registered ? 'expected-difference' : 'failed',
    ms, compared: cmp.compared, diff: d, message,
    ...(registered ? { expectedDifference: registered } : {}),
    evidence: {
      scenario: t.scenario, expected: t.observations, actual, expectedSource: `golden trace (${t.provenance.source})`,
      ...(t.observed ? { observed: t.observed } : {}), ...(impl.observes ? { observes: [...impl.observes] } : {}),
    },
  };
}

export function exitCodeOf(checks: readonly CheckResult[]): 0 | 1 | 3 {
  if (checks.some((c) => c.status === 'broken')) return 3;
  if (checks.some((c) => c.status === 'failed')) return 1;
  return 0;
}

export async function runCheck(opts: CheckOptions): Promise<RunResult> {
  const startedAt = new Date();
  const t0 = performance.now();
  const register = loadCorporaRegister(corporaOf(opts.goldenDir ?? GOLDEN_DIR, opts.userGoldenDirs));
  const plan = selectShard(planChecks(opts), (c) => c.id, opts.shard);
  const checks: CheckResult[] = [];
  opts.progress?.start(plan.length);
  try {
    for (const [i, c] of plan.entries()) {
      const r = c.kind === 'property' ? await runProperty(c, opts) : await runGolden(c, opts.impl, register);
      checks.push(r);
      opts.progress?.done(r, i, plan.length);
    }
  } finally {
    opts.progress?.stop();
  }
  const counts = { properties: emptyCounts(), golden: emptyCounts() };
  for (const c of checks) counts[c.kind === 'property' ? 'properties' : 'golden'][c.status as CheckStatus]++;
  const seen = new Map(checks.filter((c) => c.kind === 'golden').map((c) => [c.name, c.status]));
  return {
    format: 'rxpath-run/1',
    rxpathVersion: opts.rxpathVersion,
    implementation: {
      name: opts.impl.name, profiles: [...opts.impl.profiles], events: opts.impl.events,
      ...(opts.impl.tags ? { tags: [...opts.impl.tags] } : {}),
      ...(opts.impl.observes ? { observes: [...opts.impl.observes] } : {}),
    },
    profiles: opts.profiles ?? ALL_PROFILES,
    seed: opts.replay?.seed ?? opts.seed,
    ...(opts.runs !== undefined ? { runsPerProperty: opts.runs } : {}),
    totalRuns: checks.reduce((n, c) => n + (c.runs ?? 0), 0),
    ...(opts.shard ? { shard: opts.shard } : {}),
    startedAt: startedAt.toISOString(),
    ms: performance.now() - t0,
    checks,
    counts,
    expectedDifferences: [...register.values()].map((e) => {
      const s = seen.get(e.trace);
      return { trace: e.trace, reason: e.reason, seen: s === undefined ? null : s === 'expected-difference' };
    }),
    exitCode: exitCodeOf(checks),
  };
}
