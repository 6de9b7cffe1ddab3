// The conformance survey: every deviation of an implementation from the reference model, not only
// the first. The differential property (properties/differential.ts) stops at its first shrunk
// counterexample; the survey runs it again and again, each round with the counters that differed
// in the earlier rounds left out of the comparison, until a round finds no deviation, nothing is
// left to compare, or a round limit. Each deviation keeps its minimal scenario, every counter that
// differs at its first differing checkpoint (the implementation's value and the model's) and the
// kernel rule behind each (survey-rules.ts). Every round uses the same seed: the same
// implementation and seed give the same survey. No wall-clock time is kept.
import type { Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import type { Implementation } from '../impl/types.ts';
import { observedBy } from '../../properties/check.ts';
import { EVERYTHING, type Observed } from '../../properties/lib/clauses.ts';
import type { Property, PropertyResult } from '../../properties/types.ts';
import { clockDependentPaths } from '../oracle/clock.ts';
import { compareObservations } from '../oracle/compare.ts';
import { flattenSnapshot, pathFilter, type CounterValue } from '../oracle/counter-paths.ts';
import { agreementScenarios } from './agreement.ts';
import { getSpecEntry } from '../spec/registry.ts';
import { specName } from './survey-rules.ts';
import { describeStep, precedingAction } from '../oracle/describe-step.ts';
import { referenceObservations } from '../oracle/reference.ts';
import type { CheckPropertyFn } from './run-check.ts';
import { counterRules, type CounterRule } from './survey-rules.ts';

export const DEFAULT_MAX_ROUNDS = 12;

export interface SurveyOptions {
  impl: Implementation;
  /** The differential property (or any property that compares with the model and names a counter path). */
  property: Property;
  checkProperty: CheckPropertyFn;
  profile: ProfileName;
  runs: number;
  seed: number;
  maxRounds?: number;
  timeoutMs?: number;
  /** Called after every round (progress on stderr). */
  onRound?: (round: SurveyRound, deviation?: SurveyDeviation) => void;
}

export interface SurveyCounter {
  path: string;
  /** Absent: the counter is missing on that side. */
  actual?: CounterValue;
  expected?: CounterValue;
  rule: CounterRule;
}

export interface SurveyDeviation {
  /** D1, D2, ... in the order found. */
  id: string;
  round: number;
  checkpoint: { index: number; label: string; step: number; stepText: string; afterText?: string };
  counters: SurveyCounter[];
  /** The minimal scenario (shrunk by the property; in order form for an implementation without a clock). */
  scenario: Scenario;
  /** The property's message for it. */
  message: string;
  /** Whether running the scenario again gave a difference (false: the implementation is not deterministic). */
  reproduced: boolean;
}

export interface SurveyRound {
  round: number;
  /** Counter patterns left out of this round's comparison. */
  leftOut: string[];
  status: PropertyResult['status'];
  /** Scenarios run before the counterexample (shrinking not counted), or all of them. */
  runs: number;
  deviation?: string;
  reason?: string;
}

export type SurveyEnd =
  | 'no-further-deviation' | 'round-limit' | 'nothing-left' | 'repeated' | 'nondeterministic' | 'skipped' | 'broken';

export interface SurveyResult {
  implementation: {
    name: string; profiles: readonly string[]; timing: string;
    tags?: readonly string[]; observes?: readonly string[];
  };
  property: string;
  profile: ProfileName;
  seed: number;
  runs: number;
  maxRounds: number;
  rounds: SurveyRound[];
  deviations: SurveyDeviation[];
  end: SurveyEnd;
  broken?: { fault: string; message: string };
  /** Counters Linux (the model) changes in the survey's scenarios that the implementation does not observe. */
  unobserved: UnobservedCounter[];
}

export interface UnobservedCounter {
  /** A counter pattern (`udp[*].drops`, `dev.lo.rx_packets`). */
  path: string;
  /** In how many of the sampled scenarios the model changed it. */
  scenarios: number;
}

/**
 * A counter, or a gauge of queued traffic (rx_queue): not a setting the file shows (Ip Forwarding,
 * DefaultTTL), whose value says nothing of what the stack did with the traffic.
 */
function countsTraffic(path: string): boolean {
  const a = getSpecEntry(specName(path))?.annotation;
  if (!a) return true;
  return a.kind === 'counter' || (a.kind === 'gauge' && ['bytes', 'packets', 'datagrams'].includes(a.unit ?? ''));
}

/** Scenarios sampled to list what the implementation leaves unchecked. */
export const UNOBSERVED_SAMPLE = 100;

/**
 * The counters the model changes in a sample of the scenarios the survey draws from, that the
 * implementation does not observe (and so were never compared), most often changed first. The
 * model-only `internal` section is left out: no kernel shows it.
 */
export function unobservedCounters(impl: Implementation, profile: ProfileName, seed: number): UnobservedCounter[] {
  const observed = observedBy(impl);
  if (!observed) return [];
  const counts = new Map<string, number>();
  for (const scenario of agreementScenarios(impl, profile, UNOBSERVED_SAMPLE, seed)) {
    const seen = new Set<string>();
    for (const cp of referenceObservations(scenario).checkpoints) {
      for (const [path, v] of flattenSnapshot(cp.counters)) {
        const unseen = v !== 0 && typeof v === 'number' && !observed.counter(path);
        if (unseen && countsTraffic(path)) seen.add(leftOutPattern(path));
      }
    }
    for (const p of seen) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts].map(([path, scenarios]) => ({ path, scenarios }))
    .sort((a, b) => b.scenarios - a.scenarios || (a.path < b.path ? -1 : 1));
}

/** `udp[0].drops` -> `udp[*].drops`: the same counter of another CPU, queue or socket is left out too. */
export function leftOutPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[*]');
}

/** The implementation's own observed set with `leftOut` removed. */
export function narrowed(base: Observed, leftOut: readonly string[]): Observed {
  if (leftOut.length === 0) return base;
  const out = pathFilter(leftOut);
  return { ...base, counter: (p) => base.counter(p) && !out(p) };
}

/** What the comparison covers for `scenario`: the observed counters, and without a clock only those order fixes. */
function comparedPaths(scenario: Scenario, observed: Observed): (path: string) => boolean {
  const include = (p: string): boolean => observed.counter(p);
  if (observed.clock !== false) return include;
  const timed = clockDependentPaths(scenario, include);
  return timed.size === 0 ? include : (p) => include(p) && !timed.has(p);
}

/** Every counter that differs at the first differing checkpoint, from a second run of the scenario. */
async function deviationOf(
  o: SurveyOptions, round: number, id: string, observed: Observed, r: PropertyResult,
): Promise<SurveyDeviation> {
  const { scenario, verdict } = r.counterexample!;
  let obs: Observations | undefined;
  try { obs = await o.impl.run(scenario, { events: false }); } catch { obs = undefined; }
  const expected = referenceObservations(scenario);
  const d = obs ? compareObservations(scenario, expected, obs, comparedPaths(scenario, observed)).diff : undefined;
  if (d) {
    const rules = counterRules(scenario, d.checkpoint, d.diffs.map((x) => x.path));
    return {
      id, round, scenario, message: verdict.message, reproduced: true,
      checkpoint: {
        index: d.checkpoint, label: d.label, step: d.step, stepText: d.stepText,
        ...(d.afterText ? { afterText: d.afterText } : {}),
      },
      counters: d.diffs.map((x) => ({
        path: x.path, rule: rules.get(x.path)!,
        ...(x.actual !== undefined ? { actual: x.actual } : {}),
        ...(x.expected !== undefined ? { expected: x.expected } : {}),
      })),
    };
  }
  // not reproduced: what the property saw, as it saw it (no counter when it saw only that)
  if (verdict.path === undefined) {
    const step = scenario.workload.length;
    return {
      id, round, scenario, message: verdict.message, reproduced: false, counters: [],
      checkpoint: { index: 0, label: verdict.checkpoint ?? 'end', step, stepText: describeStep(scenario, step) },
    };
  }
  const path = verdict.path;
  const label = verdict.checkpoint ?? 'end';
  const index = Math.max(0, referenceObservations(scenario).checkpoints.findIndex((c) => c.label === label));
  const step = verdict.step ?? scenario.workload.length;
  const before = precedingAction(scenario, step);
  return {
    id, round, scenario, message: verdict.message, reproduced: false,
    checkpoint: {
      index, label, step, stepText: describeStep(scenario, step),
      ...(before !== undefined && label !== 'end' ? { afterText: describeStep(scenario, before) } : {}),
    },
    counters: [{
      path, rule: counterRules(scenario, index, [path]).get(path)!,
      ...(verdict.actual !== undefined ? { actual: verdict.actual as CounterValue } : {}),
      ...(verdict.expected !== undefined ? { expected: verdict.expected as CounterValue } : {}),
    }],
  };
}

export async function runSurvey(o: SurveyOptions): Promise<SurveyResult> {
  const maxRounds = o.maxRounds ?? DEFAULT_MAX_ROUNDS;
  const base = observedBy(o.impl) ?? EVERYTHING;
  const impl = o.impl;
  const result: SurveyResult = {
    implementation: {
      name: impl.name, profiles: [...impl.profiles], timing: impl.timing ?? 'model',
      ...(impl.tags ? { tags: [...impl.tags] } : {}), ...(impl.observes ? { observes: [...impl.observes] } : {}),
    },
    property: o.property.name, profile: o.profile, seed: o.seed, runs: o.runs, maxRounds,
    rounds: [], deviations: [], end: 'round-limit', unobserved: unobservedCounters(impl, o.profile, o.seed),
  };
  const leftOut: string[] = [];
  for (let round = 1; round <= maxRounds; round++) {
    const observed = narrowed(base, leftOut);
    const r = await o.checkProperty(impl, o.property, {
      profile: o.profile, runs: o.runs, seed: o.seed, observed,
      ...(impl.tags ? { tags: impl.tags } : {}), ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
    });
    const entry: SurveyRound = {
      round, leftOut: [...leftOut], status: r.status, runs: r.runs, ...(r.reason ? { reason: r.reason } : {}),
    };
    result.rounds.push(entry);
    if (r.status === 'passed') {
      result.end = 'no-further-deviation';
    } else if (r.status === 'skipped') {
      result.end = leftOut.length > 0 ? 'nothing-left' : 'skipped';
    } else if (r.status === 'broken') {
      result.end = 'broken';
      result.broken = { fault: r.error?.fault ?? 'exception', message: r.error?.message ?? '(no message)' };
    } else {
      const dev = await deviationOf(o, round, `D${result.deviations.length + 1}`, observed, r);
      result.deviations.push(dev);
      entry.deviation = dev.id;
      o.onRound?.(entry, dev);
      if (dev.counters.length === 0) {
        // no counter to leave out: the next round would find the same scenario again
        result.end = 'nondeterministic';
        return result;
      }
      const fresh = dev.counters.map((c) => leftOutPattern(c.path))
        .filter((p) => !leftOut.includes(p) && p !== '(checkpoint)');
      if (fresh.length === 0) {
        // nothing new to leave out (a checkpoint itself differs, or a counter already left out): it would repeat
        result.end = 'repeated';
        return result;
      }
      leftOut.push(...new Set(fresh));
      continue;
    }
    o.onRound?.(entry);
    return result;
  }
  return result;
}
