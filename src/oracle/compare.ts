// Compares an implementation's observations with a golden trace's: checkpoint by checkpoint, on the
// counter paths both sides cover (the trace's `observed`, the implementation's `observes`). The
// answer is the first checkpoint that differs, every counter that differs there (expected and
// actual), and the workload step it belongs to.
import type { Observations, Scenario } from '../generated/schema-types.ts';
import { flattenSnapshot, type CounterValue } from './counter-paths.ts';
import { describeStep, precedingAction } from './describe-step.ts';

export interface CounterDiff {
  path: string;
  /** undefined: the counter is absent on that side. */
  expected?: CounterValue;
  actual?: CounterValue;
}

export interface GoldenDiff {
  /** Index into the checkpoints (the last is `end`). */
  checkpoint: number;
  label: string;
  /** Workload step index of the snapshot (workload length for `end`). */
  step: number;
  at: number;
  /** The snapshot's step, and the action that led to it. */
  stepText: string;
  afterText?: string;
  diffs: CounterDiff[];
  /** Counters compared at this checkpoint. */
  compared: number;
}

export interface CompareResult {
  diff?: GoldenDiff;
  /** Counter values compared over all checkpoints. */
  compared: number;
}

export function compareObservations(
  scenario: Scenario,
  expected: Observations,
  actual: Observations,
  include: (path: string) => boolean,
): CompareResult {
  let compared = 0;
  const n = Math.max(expected.checkpoints.length, actual.checkpoints.length);
  for (let i = 0; i < n; i++) {
    const e = expected.checkpoints[i];
    const a = actual.checkpoints[i];
    const ref = e ?? a!;
    const base = {
      checkpoint: i, label: ref.label, step: ref.step, at: ref.at,
      stepText: describeStep(scenario, ref.step),
      ...(precedingAction(scenario, ref.step) !== undefined
        ? { afterText: describeStep(scenario, precedingAction(scenario, ref.step)) } : {}),
    };
    if (!e || !a || e.label !== a.label || e.step !== a.step) {
      return {
        compared,
        diff: {
          ...base, compared: 0,
          diffs: [{ path: '(checkpoint)', ...(e ? { expected: `${e.label}@${e.step}` } : {}), ...(a ? { actual: `${a.label}@${a.step}` } : {}) }],
        },
      };
    }
    // White-box state is compared only when both sides report it.
    const internal = e.counters.internal !== undefined && a.counters.internal !== undefined;
    const fe = flattenSnapshot(e.counters, { internal });
    const fa = flattenSnapshot(a.counters, { internal });
    const diffs: CounterDiff[] = [];
    let here = 0;
    const seen = new Set<string>();
    for (const [path, ev] of fe) {
      seen.add(path);
      if (!include(path)) continue;
      here++;
      const av = fa.get(path);
      if (av !== ev) diffs.push({ path, expected: ev, ...(fa.has(path) ? { actual: av } : {}) });
    }
    for (const [path, av] of fa) {
      if (seen.has(path) || !include(path)) continue;
      here++;
      diffs.push({ path, actual: av });
    }
    compared += here;
    if (diffs.length) return { compared, diff: { ...base, compared: here, diffs } };
  }
  return { compared };
}
