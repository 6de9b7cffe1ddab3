// A mutant's outcome, from what its worker reported: killed by a check, visible on a scenario
// the properties did not catch (survived), or never visible (no observable difference found).
import type { Visible } from './equivalence.ts';
import type { KillVerdict } from './kill.ts';
import type { Stage } from './messages.ts';
import type { ModelMutant } from './mutants.ts';
import type { SampleScenario } from './scenarios.ts';

export type Outcome = 'killed' | 'survived' | 'no-difference';

export interface KilledBy {
  check: string;
  /** failed: a property counterexample; broken: it threw, hung or returned invalid observations. */
  status: 'failed' | 'broken';
  message: string;
  steps?: number;
}

export interface MutantResult {
  mutant: ModelMutant;
  label: string;
  outcome: Outcome;
  killedBy?: KilledBy;
  /** For a mutant the properties did not kill: a scenario on which it differs from the original. */
  visible?: Visible;
  /** Checks started (the last one is the one that killed it). */
  checks: number;
  ms: number;
}

export type Verdict = Pick<MutantResult, 'outcome' | 'killedBy' | 'visible'>;

/** What the worker said so far. */
export interface Seen {
  stage: Stage;
  checks: number;
  /** The check running. */
  check?: string;
  /** The scenario of the equivalence sample running. */
  scenario?: { index: number; source: string };
  /** The best difference found so far. */
  found?: Visible;
}

export function finished(kill: KillVerdict, visible: Visible | null): Verdict {
  if (kill.killed && kill.by) return { outcome: 'killed', killedBy: kill.by };
  return visible ? { outcome: 'survived', visible } : { outcome: 'no-difference' };
}

/**
 * The verdict on a worker that stopped without giving one (it hung, crashed, ran out of memory).
 * While the properties ran: killed (broken), as `rxpath check` reports an implementation that
 * hangs or crashes. While the equivalence sample ran: visible on the scenario it stopped on (a
 * hang or crash is as visible as it gets). While shrinking: visible where it was found.
 */
export function unfinished(seen: Seen, why: string, sample: readonly SampleScenario[]): Verdict {
  if (seen.stage === 'load' || seen.stage === 'properties') {
    return { outcome: 'killed', killedBy: { check: seen.check ?? seen.stage, status: 'broken', message: why } };
  }
  if (seen.stage === 'shrink' && seen.found) return { outcome: 'survived', visible: seen.found };
  const at = seen.scenario ?? { index: 0, source: sample[0]?.source ?? '(none)' };
  const kind = why.startsWith('no progress') ? 'hangs' : 'throws';
  const scenario = sample[at.index]!.scenario;
  return { outcome: 'survived', visible: { source: at.source, difference: { kind, where: why }, scenario, shrunk: false } };
}
