// What the main thread and a mutant's worker say to each other (worker.ts, pool.ts).
import type { Visible } from './equivalence.ts';
import type { KillVerdict } from './kill.ts';
import type { SampleScenario } from './scenarios.ts';

export interface WorkerInput {
  /** The snapshot of the original implementation (the reference) and the mutant's copy. */
  baseDir: string;
  mutantDir: string;
  /** The implementation's name in reports, e.g. `mutant/backlog.ts:82:9`. */
  name: string;
  runs?: number;
  seed?: number;
  sample: readonly SampleScenario[];
  shrinkTimeMs: number;
}

export type Stage = 'load' | 'properties' | 'equivalence' | 'shrink';

export type WorkerMessage =
  | { type: 'stage'; stage: Stage }
  | { type: 'check'; id: string }
  | { type: 'tick' }
  | { type: 'scenario'; index: number; source: string }
  | { type: 'found'; visible: Visible }
  | { type: 'done'; kill: KillVerdict; visible: Visible | null }
  | { type: 'load-error'; message: string };
