// Runs one mutant in a worker thread with a watchdog: the worker reports progress (before each run
// of the mutant, each check, each scenario), and when it reports nothing for `timeoutMs` it is stopped. A mutant that hangs
// or crashes while the properties run is killed (broken), as `rxpath check` would report it; one
// that hangs or crashes only on a scenario of the equivalence sample is visible there, not killed.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Visible } from './equivalence.ts';
import type { KillVerdict } from './kill.ts';
import type { Stage, WorkerInput, WorkerMessage } from './messages.ts';
import { mutantLabel, type ModelMutant } from './mutants.ts';
import type { SampleScenario } from './scenarios.ts';
import { OWN_DIR, type Workspace } from './workspace.ts';

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
  /** Checks run before the verdict. */
  checks: number;
  ms: number;
}

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

// A worker does not inherit tsx's hooks, and `--import tsx` in its execArgv does not apply to its
// own entry module on Node 20: a small bootstrap registers tsx's loader, then imports worker.ts.
const TSX_API = ((): string => {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('tsx/package.json');
  const { exports } = require(pkg) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkg), exports['./esm/api']!.import.default)).href;
})();
/** The snapshot's worker.ts, so that the properties, runner and reference are the snapshot's. */
function bootstrap(base: string): string {
  const worker = pathToFileURL(join(base, OWN_DIR, 'worker.ts')).href;
  return `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
}
const HEAP_MB = 1536;

/** `mutant/backlog.ts:82:9`: a distinct implementation name (the differential property skips "model"). */
export function implementationName(m: ModelMutant): string {
  if (m.mutator === 'none') return 'mutant/none';
  return `mutant/${m.file.split('/').pop()}:${m.line}:${m.column}`;
}

interface Seen {
  stage: Stage;
  /** Checks started, and the one running. */
  checks: number;
  check?: string;
  scenario?: { index: number; source: string };
  found?: Visible;
}

/** The verdict on a worker that stopped without reporting one (a hang, a crash, running out of memory). */
function unfinished(seen: Seen, why: string, sample: readonly SampleScenario[]): Pick<MutantResult, 'outcome' | 'killedBy' | 'visible'> {
  if (seen.stage !== 'equivalence') return { outcome: 'killed', killedBy: { check: seen.check ?? seen.stage, status: 'broken', message: why } };
  if (seen.found) return { outcome: 'survived', visible: seen.found };
  const at = seen.scenario ?? { index: 0, source: sample[0]?.source ?? '(none)' };
  const kind = why.startsWith('no progress') ? 'hangs' : 'throws';
  return { outcome: 'survived', visible: { source: at.source, difference: { kind, where: why }, scenario: sample[at.index]!.scenario, shrunk: false } };
}

function finished(kill: KillVerdict, visible: Visible | null): Pick<MutantResult, 'outcome' | 'killedBy' | 'visible'> {
  if (kill.killed && kill.by) return { outcome: 'killed', killedBy: kill.by };
  return visible ? { outcome: 'survived', visible } : { outcome: 'no-difference' };
}

export function runMutant(mutant: ModelMutant, n: number, ctx: RunContext): Promise<MutantResult> {
  const t0 = performance.now();
  const dirName = `m${n}`;
  const input: WorkerInput = {
    baseDir: ctx.workspace.base, mutantDir: ctx.workspace.prepare(dirName, mutant), name: implementationName(mutant),
    sample: ctx.sample, shrinkTimeMs: ctx.shrinkTimeMs ?? 10_000,
    ...(ctx.runs !== undefined ? { runs: ctx.runs } : {}), ...(ctx.seed !== undefined ? { seed: ctx.seed } : {}),
  };
  const worker = new Worker(bootstrap(ctx.workspace.base), {
    eval: true, workerData: input, stdout: true, stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
  });
  let stderr = '';
  worker.stderr.on('data', (b: Buffer) => { stderr = (stderr + b.toString()).slice(-2000); });
  worker.stdout.resume();
  const seen: Seen = { stage: 'load', checks: 0 };
  return new Promise<MutantResult>((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (r: Pick<MutantResult, 'outcome' | 'killedBy' | 'visible'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().finally(() => {
        ctx.workspace.release(dirName);
        resolve({ mutant, label: mutantLabel(mutant), ...r, checks: seen.checks, ms: Math.round(performance.now() - t0) });
      });
    };
    const watch = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => settle(unfinished(seen, `no progress for ${ctx.timeoutMs / 1000} s (a loop?)`, ctx.sample)), ctx.timeoutMs);
    };
    watch();
    worker.on('message', (m: WorkerMessage) => {
      watch();
      if (m.type === 'stage') { seen.stage = m.stage; ctx.onStage?.(m.stage); }
      else if (m.type === 'check') { seen.checks++; seen.check = m.id; }
      else if (m.type === 'scenario') seen.scenario = { index: m.index, source: m.source };
      else if (m.type === 'found') seen.found = m.visible;
      else if (m.type === 'load-error') settle({ outcome: 'killed', killedBy: { check: 'load', status: 'broken', message: m.message } });
      else if (m.type === 'done') settle(finished(m.kill, m.visible));
    });
    worker.on('error', (err) => settle(unfinished(seen, `worker died: ${err.message}`, ctx.sample)));
    worker.on('exit', (code) => settle(unfinished(seen, `worker exited (${code}) without a verdict${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`, ctx.sample)));
  });
}
