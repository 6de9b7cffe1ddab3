// Runs one mutant in a worker thread of its own, with a watchdog: the worker reports progress
// (before each run of the mutant, each check, each scenario), and one that reports nothing for
// `timeoutMs` is stopped (results.ts says what that means for its outcome).
import type { Stage, WorkerInput, WorkerMessage } from './messages.ts';
import { mutantLabel, type ModelMutant } from './mutants.ts';
import { finished, unfinished, type MutantResult, type Seen, type Verdict } from './results.ts';
import type { SampleScenario } from './scenarios.ts';
import { spawnWorker } from './spawn.ts';
import type { Workspace } from './workspace.ts';


export interface RunContext {
  workspace: Workspace;
  sample: readonly SampleScenario[];
  runs?: number;
  seed?: number;
  /** No progress for this long stops the worker. */
  timeoutMs: number;
  shrinkTimeMs?: number;
  /** Progress: the stage a mutant's worker entered. */
  onStage?: (stage: Stage) => void;
}

/** Starting a worker and loading rxpath and the mutated model can take long on a busy machine. */
const STARTUP_MS = 120_000;

/** `mutant/backlog.ts:82:9`: a distinct implementation name (the differential property skips the model). */
export function implementationName(m: ModelMutant): string {
  return m.mutator === 'none' ? 'mutant/none' : `mutant/${m.file.split('/').pop()}:${m.line}:${m.column}`;
}

function track(seen: Seen, m: WorkerMessage, onStage?: (stage: Stage) => void): void {
  if (m.type === 'stage') { seen.stage = m.stage; onStage?.(m.stage); }
  else if (m.type === 'check') { seen.checks++; seen.check = m.id; }
  else if (m.type === 'scenario') seen.scenario = { index: m.index, source: m.source };
  else if (m.type === 'found') seen.found = m.visible;
}

export function runMutant(mutant: ModelMutant, n: number, ctx: RunContext): Promise<MutantResult> {
  const t0 = performance.now();
  const dirName = `m${n}`;
  const input: WorkerInput = {
    baseDir: ctx.workspace.base, mutantDir: ctx.workspace.prepare(dirName, mutant), name: implementationName(mutant),
    sample: ctx.sample, shrinkTimeMs: ctx.shrinkTimeMs ?? 10_000,
    ...(ctx.runs !== undefined ? { runs: ctx.runs } : {}), ...(ctx.seed !== undefined ? { seed: ctx.seed } : {}),
  };
  const { worker, stderr } = spawnWorker(ctx.workspace.base, input);
  const seen: Seen = { stage: 'load', checks: 0 };
  return new Promise<MutantResult>((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (v: Verdict): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().finally(() => {
        ctx.workspace.release(dirName);
        const ms = Math.round(performance.now() - t0);
        resolve({ mutant, label: mutantLabel(mutant), ...v, checks: seen.checks, ms });
      });
    };
    const watch = (): void => {
      clearTimeout(timer);
      const ms = seen.stage === 'load' ? Math.max(ctx.timeoutMs, STARTUP_MS) : ctx.timeoutMs;
      timer = setTimeout(() => settle(unfinished(seen, `no progress for ${ms / 1000} s (a loop?)`, ctx.sample)), ms);
    };
    watch();
    worker.on('message', (m: WorkerMessage) => {
      watch();
      track(seen, m, ctx.onStage);
      if (m.type === 'load-error') settle({ outcome: 'killed', killedBy: { check: 'load', status: 'broken', message: m.message } });
      else if (m.type === 'done') settle(finished(m.kill, m.visible));
    });
    worker.on('error', (err) => settle(unfinished(seen, `worker died: ${err.message}`, ctx.sample)));
    worker.on('exit', (code) => {
      const why = `worker exited (${code}) without a verdict${stderr() ? `: ${stderr()}` : ''}`;
      settle(unfinished(seen, why, ctx.sample));
    });
  });
}
