// The numbers of a run: how many mutants were sampled, how many are visible at all
// (non-equivalent), how many the properties kill, and the kill rate over the visible ones.
import { visibilityRank } from './observe.ts';
import type { MutantResult } from './results.ts';

export interface Summary {
  sampled: number;
  /** Killed by properties (failed) or broken by them (threw, hung, invalid observations). */
  killed: number;
  killedFailed: number;
  killedBroken: number;
  /** Not killed, but different from the original on a scenario of the equivalence sample. */
  survived: number;
  /** No observable difference found: left out of the kill rate. */
  noDifference: number;
  nonEquivalent: number;
  /** killed / nonEquivalent; null with no non-equivalent mutant. */
  killRate: number | null;
  /**
   * Survivors visible only beyond the counters every implementation reports: in the model-only
   * `internal` section, in snapshot times or in trace events (on the whole equivalence sample).
   */
  survivedBeyondCounters: number;
  /** The kill rate leaving those out. */
  killRateCounters: number | null;
}

const rate = (k: number, n: number): number | null => (n === 0 ? null : k / n);

export function summarize(results: readonly MutantResult[]): Summary {
  const killed = results.filter((r) => r.outcome === 'killed');
  const survived = results.filter((r) => r.outcome === 'survived');
  const beyond = survived.filter((r) => r.visible && visibilityRank(r.visible.difference.kind) > 0).length;
  const nonEquivalent = killed.length + survived.length;
  return {
    sampled: results.length,
    killed: killed.length,
    killedFailed: killed.filter((r) => r.killedBy?.status === 'failed').length,
    killedBroken: killed.filter((r) => r.killedBy?.status === 'broken').length,
    survived: survived.length,
    noDifference: results.filter((r) => r.outcome === 'no-difference').length,
    nonEquivalent,
    killRate: rate(killed.length, nonEquivalent),
    survivedBeyondCounters: beyond,
    killRateCounters: rate(killed.length, nonEquivalent - beyond),
  };
}

export function percent(r: number | null): string {
  return r === null ? '-' : `${(100 * r).toFixed(1)}%`;
}
