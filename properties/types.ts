// The contract between properties/ and src/runner/ (docs/architecture.md, "Properties and the runner").
// A property is a pure function of observations: it reads counter snapshots (black box) or trace
// events (white box), cites the kernel rule it checks, and names the profiles it applies to.
import type fc from 'fast-check';
import type { Observations, ProfileName, Scenario } from '../src/generated/schema-types.ts';
import type { ImplementationFault } from '../src/impl/errors.ts';
import type { ClauseReport, Observed } from './lib/clauses.ts';

export type Verdict =
  | { ok: true }
  | {
      ok: false;
      /** One sentence: what the rule says and what happened. */
      message: string;
      /** Label of the checkpoint where it first went wrong (`end` for the final snapshot). */
      checkpoint?: string;
      /** Where in the observations: a counter path (`snmp.Udp.InErrors`) or `events[17]`. */
      path?: string;
      expected?: unknown;
      actual?: unknown;
      /** Index of the workload step the disagreement is nearest to, when known. */
      step?: number;
    };

/**
 * A metamorphic property runs the implementation twice: on the generated scenario and on a
 * follow-up derived from it (e.g. the same workload with a larger netdev_max_backlog), and its
 * `check` gets both observations.
 */
export interface FollowUp {
  scenario: Scenario;
  obs: Observations;
}

/** What a property's scenarios must fit. */
export interface ArbitraryOptions {
  /**
   * The scenario features (src/spec/scenario-tags.ts) the implementation supports: features that
   * would need another tag are not generated (src/arbitraries/feature-tags.ts). Absent: all.
   */
  readonly tags?: readonly string[];
}

export interface Property {
  /** Stable identifier (kebab-case), used in seeds files, reports and `--property`. */
  readonly name: string;
  /** One line for a person. */
  readonly title: string;
  /** The kernel rule it checks, with `file:function` citations. */
  readonly rule: string;
  /** Counter snapshots only (any implementation, the kernel included) or trace events too. */
  readonly reads: 'counters' | 'events';
  readonly profiles: readonly ProfileName[];
  /**
   * Scenarios for this property under `profile`, small and shrinkable; only with the features
   * `opts.tags` names when given (without it, generation is the same as it always was).
   */
  arbitrary(profile: ProfileName, opts?: ArbitraryOptions): fc.Arbitrary<Scenario>;
  /** Metamorphic properties only: the second scenario to run. */
  followUp?(scenario: Scenario): Scenario;
  check(scenario: Scenario, obs: Observations, followUp?: FollowUp): Verdict;
  /**
   * Single-run properties: the same check on a partially observed recording (a kernel golden
   * trace). Each clause runs only when everything it reads was observed; `check` is this with
   * everything observed. The report says which clauses ran and what the others missed.
   */
  checkObserved?(scenario: Scenario, obs: Observations, observed: Observed): ObservedVerdict;
  /**
   * The property compares with the reference model: it does not apply to the model itself (and
   * needs nothing of a recording but its scenario).
   */
  readonly againstReference?: boolean;
  /** Scenarios per profile when no run count is given (default DEFAULT_RUNS). */
  readonly defaultRuns?: number;
  /** Why the property cannot be evaluated on one recording (set exactly when `checkObserved` is not). */
  readonly notOnRecordings?: string;
  /**
   * Properties without clauses (no `checkObserved`): the counter paths `check` reads. Checked
   * against an implementation that models only some counters, the property runs only when it
   * models all of these.
   */
  readonly readsCounters?: readonly string[];
}

export interface ObservedVerdict extends ClauseReport {
  verdict: Verdict;
}

export interface PropertyResult {
  property: string;
  profile: ProfileName;
  status: 'passed' | 'failed' | 'broken' | 'skipped';
  /** Runs executed (for a failure: up to and including the failing one, shrinking not counted). */
  runs: number;
  seed: number;
  /** fast-check replay path of the (shrunk) counterexample. */
  path?: string;
  /** Shrinking steps that made the counterexample smaller. */
  shrinks?: number;
  counterexample?: { scenario: Scenario; verdict: Verdict & { ok: false }; followUp?: Scenario };
  error?: { fault: ImplementationFault; message: string; step?: number; detail: string };
  /** Why it was skipped. */
  reason?: string;
  /**
   * Checked against an implementation that observes only part (`observes`, no events): the
   * clauses that ran in at least one run, and those left out with what they read that it does not.
   */
  clauses?: ClauseReport;
  ms: number;
}

export type FailedVerdict = Verdict & { ok: false };

export const pass: Verdict = { ok: true };

export function fail(message: string, extra: Omit<FailedVerdict, 'ok' | 'message'> = {}): FailedVerdict {
  return { ok: false, message, ...extra };
}
