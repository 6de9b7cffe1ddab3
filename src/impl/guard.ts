// Every implementation the runner checks goes through this guard, so that whatever it does wrong is
// an ImplementationError (a broken implementation, exit 3) and never a conformance verdict: an
// exception becomes `exception`, a run past the time limit `timeout`, and observations that do not
// fit the schema or the scenario's checkpoints `invalid-output`.
import type { Observations, Scenario } from '../generated/schema-types.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { validateObservations } from '../spec/validate.ts';
import { ImplementationError } from './errors.ts';
import { markLike } from './reference-marker.ts';
import { isSelfTimed } from './self-timed.ts';
import { IMPLEMENTATION_FIELDS, type Implementation, type ImplementationFunction, type RunOptions } from './types.ts';

/** What is wrong with observations for this scenario, or undefined. */
export function observationsProblem(scenario: Scenario, obs: unknown): { message: string; step?: number } | undefined {
  try {
    validateObservations(obs, 'observations');
  } catch (err) {
    if (!(err instanceof RxpathInputError)) throw err;
    return { message: `invalid observations: ${err.problems.slice(0, 3).map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ')}` };
  }
  const o = obs as Observations;
  if (o.profile !== scenario.config.profile) {
    return { message: `observations are for profile ${o.profile}, the scenario is ${scenario.config.profile}` };
  }
  const expected: { label: string; step: number }[] = [];
  scenario.workload.forEach((s, i) => { if (s.op === 'checkpoint') expected.push({ label: s.label, step: i }); });
  expected.push({ label: 'end', step: scenario.workload.length });
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i]!;
    const got = o.checkpoints[i];
    if (!got) return { message: `no snapshot for checkpoint "${want.label}" (step ${want.step})`, step: want.step };
    if (got.label !== want.label || got.step !== want.step) {
      return { message: `snapshot ${i} is "${got.label}" at step ${got.step}; expected "${want.label}" at step ${want.step}`, step: want.step };
    }
  }
  if (o.checkpoints.length > expected.length) {
    return { message: `${o.checkpoints.length} snapshots for ${expected.length} checkpoints (the last is "end")` };
  }
  return undefined;
}

function withTimeout<T>(p: Promise<T>, ms: number | undefined, what: string): Promise<T> {
  if (!ms) return p;
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new ImplementationError('timeout', `${what} took longer than ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}

export interface GuardOptions {
  /** Time limit of one whole run, for in-process implementations (processes have a per-step limit). */
  runTimeoutMs?: number;
}

/** What an implementation declares (IMPLEMENTATION_FIELDS), to be passed on by a wrapper. */
export function capabilitiesOf(impl: Implementation): Omit<Implementation, ImplementationFunction> {
  const out: Record<string, unknown> = {};
  for (const k of IMPLEMENTATION_FIELDS) if (impl[k] !== undefined) out[k] = impl[k];
  return out as unknown as Omit<Implementation, ImplementationFunction>;
}

/** The same implementation, with every misbehaviour reported as an ImplementationError. */
export function guard(impl: Implementation, opts: GuardOptions = {}): Implementation {
  const guarded: Implementation = {
    ...capabilitiesOf(impl),
    async run(scenario: Scenario, runOpts: RunOptions): Promise<Observations> {
      let obs: Observations;
      try {
        const limit = isSelfTimed(impl) ? undefined : opts.runTimeoutMs;
        obs = await withTimeout(Promise.resolve().then(() => impl.run(scenario, runOpts)), limit, `run of "${scenario.name}"`);
      } catch (err) {
        if (err instanceof ImplementationError) throw err;
        const e = err instanceof Error ? err : new Error(String(err));
        throw new ImplementationError('exception', `threw ${e.name}: ${e.message}`, { detail: (e.stack ?? '').split('\n').slice(0, 6).join('\n') });
      }
      const problem = observationsProblem(scenario, obs);
      if (problem) throw new ImplementationError('invalid-output', problem.message, { step: problem.step });
      return obs;
    },
    close: impl.close ? () => impl.close!() : undefined,
    ...(impl.cannotRun ? { cannotRun: (s: Scenario) => impl.cannotRun!(s) } : {}),
    ...(impl.scenarioForm ? { scenarioForm: (s: Scenario) => impl.scenarioForm!(s) } : {}),
  };
  return markLike(guarded, impl);
}
