// The one interface every implementation of the receive path offers rxpath: the embedded model,
// a user's TypeScript module, a program over JSON lines, a recorded trace, the real kernel.
import type { Observations, ProfileName, Scenario } from '../generated/schema-types.ts';

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
  /** Scenario features (golden-trace tags) it supports; absent: all. Traces needing others are skipped. */
  readonly tags?: readonly string[];
  /** Counter paths it models (golden-trace `observed` syntax); absent: all. Comparisons cover only these. */
  readonly observes?: readonly string[];
  /**
   * Runs one scenario (already validated) and returns a snapshot for each checkpoint step in
   * workload order, then the final `end` snapshot, and events when asked and able.
   */
  run(scenario: Scenario, opts: RunOptions): Promise<Observations>;
  /** Releases what the implementation holds (a child process, a namespace). */
  close?(): Promise<void>;
}
