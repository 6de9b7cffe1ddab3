// What a conformance run produces: one CheckResult per property × profile and per golden trace,
// gathered in a RunResult that every report (terminal, JUnit, JSON, Markdown, HTML) renders.
import type { Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import type { ImplementationFault } from '../impl/errors.ts';
import type { ClauseReport } from '../../properties/lib/clauses.ts';
import type { FailedVerdict } from '../../properties/types.ts';
import type { GoldenDiff } from '../oracle/compare.ts';

export type CheckKind = 'property' | 'golden';
/** expected-difference: a golden trace that differs as golden/expected-differences.json says it does. */
export type CheckStatus = 'passed' | 'failed' | 'broken' | 'skipped' | 'expected-difference';

export interface BrokenInfo {
  fault: ImplementationFault;
  message: string;
  step?: number;
  /** The step in words (`step 3: frames x10 on lo ...`), when the scenario is known. */
  stepText?: string;
  detail: string;
}

/** What a failing check shows a person: the scenario, and expected beside actual observations. */
export interface Evidence {
  scenario: Scenario;
  /** Where the expected side comes from: "golden trace", "reference model". */
  expectedSource?: string;
  expected?: Observations;
  actual?: Observations;
  /** The counter paths the comparison covered (a trace's `observed`, an implementation's `observes`). */
  observed?: string[];
  observes?: string[];
}

export interface CheckResult {
  id: string;
  kind: CheckKind;
  profile: ProfileName;
  /** Property name or trace id. */
  name: string;
  /** Property title or trace summary. */
  title: string;
  status: CheckStatus;
  ms: number;
  /** One line on what went wrong (failed, broken), why it was skipped, or the registered reason. */
  message?: string;
  // Properties
  runs?: number;
  seed?: number;
  path?: string;
  /** A command line that replays the failure. */
  replay?: string;
  /** The counterexample as one string (src/runner/replay-token.ts): `rxpath check --replay TOKEN`. */
  replayToken?: string;
  /** Shrinking steps that made the counterexample smaller. */
  shrinks?: number;
  rule?: string;
  counterexample?: { scenario: Scenario; verdict: FailedVerdict; followUp?: Scenario };
  /** Against an implementation that models only part: the clauses that ran and those left out (PropertyResult.clauses). */
  clauses?: ClauseReport;
  // Golden traces
  tags?: string[];
  source?: 'model' | 'kernel';
  diff?: GoldenDiff;
  compared?: number;
  expectedDifference?: string;
  // Both
  error?: BrokenInfo;
  evidence?: Evidence;
}

export interface StatusCounts {
  passed: number;
  failed: number;
  broken: number;
  skipped: number;
  'expected-difference': number;
}

export interface RunResult {
  format: 'rxpath-run/1';
  rxpathVersion: string;
  implementation: { name: string; profiles: ProfileName[]; events: boolean; tags?: string[]; observes?: string[] };
  profiles: ProfileName[];
  seed: number;
  /** Runs per property when --runs was given; undefined: each property's default. */
  runsPerProperty?: number;
  /** Scenario runs executed by property checks. */
  totalRuns: number;
  shard?: { index: number; count: number };
  startedAt: string;
  ms: number;
  checks: CheckResult[];
  counts: { properties: StatusCounts; golden: StatusCounts };
  /** Every entry of golden/expected-differences.json, shown in every summary. */
  expectedDifferences: { trace: string; reason: string; seen: boolean | null }[];
  /** 2 when the gate refused a run that checked nothing (src/runner/gate.ts); `gate` says why. */
  exitCode: 0 | 1 | 2 | 3;
  gate?: string;
}
