// checkProperty: one property, one profile, one implementation, `runs` generated scenarios
// (fast-check, fixed seed, replayable from seed + path). An ImplementationError thrown by the
// implementation makes the result `broken`, never a counterexample.
import fc from 'fast-check';
import type { Observations, ProfileName, Scenario } from '../src/generated/schema-types.ts';
import { ImplementationError } from '../src/impl/errors.ts';
import type { Implementation } from '../src/impl/types.ts';
import type { FailedVerdict, FollowUp, Property, PropertyResult, Verdict } from './types.ts';

export const DEFAULT_SEED = 4;
export const DEFAULT_RUNS = 200;

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
}

/** Why a property does not apply to this implementation and profile, or null when it does. */
export function skipReason(impl: Implementation, property: Property, profile: ProfileName): string | null {
  if (!property.profiles.includes(profile)) return `${property.name} does not apply to ${profile}`;
  if (!impl.profiles.includes(profile)) return `${impl.name} does not implement ${profile}`;
  if (property.reads === 'events' && !impl.events) return `${property.name} reads trace events and ${impl.name} emits none`;
  return null;
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
): Promise<{ verdict: Verdict; obs: Observations; followUp?: FollowUp }> {
  const events = property.reads === 'events';
  const obs = await runWithTimeout(impl, scenario, events, timeoutMs);
  let followUp: FollowUp | undefined;
  if (property.followUp) {
    const s2 = property.followUp(scenario);
    followUp = { scenario: s2, obs: await runWithTimeout(impl, s2, events, timeoutMs) };
  }
  let verdict: Verdict;
  try {
    verdict = property.check(scenario, obs, followUp);
  } catch (e) {
    // A property that cannot read what the implementation returned (a missing snapshot, a
    // malformed counter) is the implementation's fault only if the output is invalid; report it
    // as a failure with the reason, so it is shrunk and shown.
    verdict = { ok: false, message: `property could not read the observations: ${(e as Error).message}` };
  }
  return { verdict, obs, followUp };
}

export async function checkProperty(impl: Implementation, property: Property, opts: CheckOptions): Promise<PropertyResult> {
  const t0 = performance.now();
  const base = { property: property.name, profile: opts.profile, seed: opts.seed };
  const skip = skipReason(impl, property, opts.profile);
  if (skip) return { ...base, status: 'skipped', runs: 0, reason: skip, ms: 0 };

  let broken: ImplementationError | null = null;
  let runs = 0;
  const prop = fc.asyncProperty(property.arbitrary(opts.profile), async (scenario) => {
    if (broken) return true; // stop shrinking a broken implementation
    runs++;
    let r;
    try {
      r = await evaluate(impl, property, scenario, opts.timeoutMs);
    } catch (e) {
      broken = asImplementationError(e);
      throw broken;
    }
    opts.onRun?.(scenario, r.obs, r.verdict);
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
  if (!out.failed) return { ...base, status: 'passed', runs: out.numRuns, ms };
  const scenario = out.counterexample![0];
  // Re-evaluate the shrunk counterexample to get its verdict (deterministic implementations give
  // the same answer; one that does not is reported as such).
  let again;
  try {
    again = await evaluate(impl, property, scenario, opts.timeoutMs);
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
    path: out.counterexamplePath ?? undefined,
    counterexample: { scenario, verdict, ...(again.followUp ? { followUp: again.followUp.scenario } : {}) },
    ms: Math.round(performance.now() - t0),
  };
}

/** Checks one stored scenario (a saved failure) without generating anything. */
export async function checkScenario(impl: Implementation, property: Property, scenario: Scenario, timeoutMs?: number): Promise<Verdict> {
  return (await evaluate(impl, property, scenario, timeoutMs)).verdict;
}
