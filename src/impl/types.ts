// The one interface every implementation of the receive path offers rxpath: the embedded model,
// a user's TypeScript module, a program over JSON lines, a recorded trace, the real kernel.
import type { Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import type { TraceEventType } from '../spec/trace-events.ts';

export type { TraceEventType };

/**
 * What an implementation's outcomes depend on (docs/protocol.md, "Timing").
 * - `model`: it keeps a clock as the reference model does (the cost model, interrupt coalescing,
 *   netdev_budget_usecs, snapshots taken mid-processing): it is held to every scenario.
 * - `settled`: it has no clock; it applies the steps in order, the frames of one step arriving
 *   together, and lets the host go idle between steps. It gets only scenarios whose observed
 *   outcome is the same under any clock (src/oracle/clock.ts), and golden traces likewise.
 */
export type Timing = 'model' | 'settled';


export interface RunOptions {
  /** Ask for tracepoint-shaped events as well as counters (white-box implementations only). */
  events: boolean;
}

export interface Implementation {
  /** A short name for reports ("model", "./my-impl.ts", "python3 impl.py"). */
  readonly name: string;
  /** Kernel profiles it implements. */
  readonly profiles: readonly ProfileName[];
  /** Whether it can emit trace events. */
  readonly events: boolean;
  /** With `events`: the event types it emits; absent: every type. Clauses reading others are left out. */
  readonly eventTypes?: readonly TraceEventType[];
  /** What its outcomes depend on; absent: `model` (it keeps the model's clock). */
  readonly timing?: Timing;
  /** Scenario features (golden-trace tags) it supports; absent: all. Traces needing others are skipped. */
  readonly tags?: readonly string[];
  /** Counter paths it models (golden-trace `observed` syntax); absent: all. Comparisons cover only these. */
  readonly observes?: readonly string[];
  /**
   * Runs one scenario (already validated) and returns a snapshot for each checkpoint step in
   * workload order, then the final `end` snapshot, and events when asked and able.
   */
  run(scenario: Scenario, opts: RunOptions): Promise<Observations>;
  /**
   * Why it cannot carry out `scenario` as written, one reason each ([]: it can). Absent: it carries
   * out every scenario its tags allow. A golden trace it cannot carry out is skipped with the reason.
   */
  cannotRun?(scenario: Scenario): readonly string[];
  /**
   * The nearest scenario it carries out exactly, or null (the live kernel: src/kernel/kernel-form.ts).
   * Generated scenarios pass through it before it and the reference model both run them.
   */
  scenarioForm?(scenario: Scenario): Scenario | null;
  /** Releases what the implementation holds (a child process, a namespace). */
  close?(): Promise<void>;
}

/** The functions of an Implementation. */
export type ImplementationFunction = 'run' | 'close' | 'cannotRun' | 'scenarioForm';

/** The data fields of an Implementation (all but its functions): what a wrapper passes on. */
export const IMPLEMENTATION_FIELDS = [
  'name', 'profiles', 'events', 'eventTypes', 'timing', 'tags', 'observes',
] as const satisfies readonly Exclude<keyof Implementation, ImplementationFunction>[];

// Every data field is in the list: a field added to Implementation without it fails to compile.
type UnlistedField = Exclude<keyof Implementation, ImplementationFunction | (typeof IMPLEMENTATION_FIELDS)[number]>;
const listed: UnlistedField extends never ? true : never = true;
void listed;
