// The numbers of a run: how many mutants were sampled, how many are visible at all
// (non-equivalent), how many the properties kill, and the kill rate over the visible ones.
import type { MutantResult } from './run-mutant.ts';

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
  /** Survivors visible only in trace events or snapshot times, not in any counter. */
  survivedEventsOnly: number;
  /** The kill rate leaving those out (what a counters-only check can reach). */
  killRateCounters: number | null;
}

const rate = (k: number, n: number): number | null => (n === 0 ? null : k / n);

export function summarize(results: readonly MutantResult[]): Summary {
  const killed = results.filter((r) => r.outcome === 'killed');
  const survived = results.filter((r) => r.outcome === 'survived');
  const eventsOnly = survived.filter((r) => r.visible && ['events', 'checkpoint-time'].includes(r.visible.difference.kind)).length;
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
    survivedEventsOnly: eventsOnly,
    killRateCounters: rate(killed.length, nonEquivalent - eventsOnly),
  };
}

export function percent(r: number | null): string {
  return r === null ? '-' : `${(100 * r).toFixed(1)}%`;
}
