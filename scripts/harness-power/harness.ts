// The harness kill rate, as a library (scripts/harness-power.ts is its command line): snapshot the
// implementation, generate the model's mutants with Stryker's instrumenter, pick a deterministic
// sample, build the equivalence sample, check that the unmutated snapshot passes every property
// and matches itself (the baseline), then run each mutant in a worker of its own.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Observations, Scenario } from '../../src/generated/schema-types.ts';
import type { Implementation } from '../../src/impl/types.ts';
import type { Stage } from './messages.ts';
import { generateMutants, modelFiles, type ModelMutant } from './mutants.ts';
import { runPool } from './pool.ts';
import type { MutantResult } from './results.ts';
import { runMutant } from './run-mutant.ts';
import { population, sampleOf } from './sample.ts';
import type { SampleScenario } from './scenarios.ts';
import { summarize, type Summary } from './summary.ts';
import { createWorkspace, ENTRY, OWN_DIR } from './workspace.ts';

export interface HarnessOptions {
  /** Only mutants of these model files. */
  files?: string[];
  /** Only mutants at these places (`src/model/x.ts:LINE[:COLUMN]`), ignored ones included. */
  at?: string[];
  /** Or pick the mutants by code (tests), among those of `files`; overrides at and sample. */
  pick?: (all: readonly ModelMutant[]) => ModelMutant[];
  /** Sample size (0 or undefined: the whole population) and the sampling seed. */
  sample?: number;
  seed: number;
  /** Property runs and seed; undefined: `rxpath check`'s defaults. */
  runs?: number;
  checkSeed?: number;
  /** Generated scenarios in the equivalence sample (besides the golden ones), and their seed. */
  scenarios: number;
  scenarioSeed: number;
  golden?: boolean;
  jobs: number;
  /** A worker that reports no progress for this long is stopped. */
  timeoutMs: number;
  shrinkTimeMs?: number;
  /** Run the unmutated snapshot first and stop when it does not pass (default true). */
  baseline?: boolean;
  onPlan?: (mutants: readonly ModelMutant[], sampleSize: number) => void;
  onStart?: (m: ModelMutant, index: number) => void;
  onStage?: (m: ModelMutant, stage: Stage) => void;
  onDone?: (r: MutantResult, index: number) => void;
}

export interface HarnessRun {
  /** The temporary directory the run used (removed when it returns). */
  workspace: string;
  population: { mutants: number; ignored: number; eligible: number };
  equivalenceScenarios: { golden: number; generated: number };
  baseline?: MutantResult;
  results: MutantResult[];
  summary: Summary;
  ms: number;
}

/** The unmutated snapshot as a "mutant" that changes nothing: the baseline. */
export const NO_MUTANT: ModelMutant = {
  id: 'none', file: 'src/model/index.ts', line: 1, column: 1, start: 0, end: 0,
  mutator: 'none', replacement: '', original: '',
};

export class BaselineError extends Error {}

/** The equivalence sample, built by the snapshot's modules with the snapshot's model. */
async function equivalenceSampleOf(base: string, o: HarnessOptions): Promise<SampleScenario[]> {
  const model = (await import(pathToFileURL(join(base, ENTRY)).href)) as { modelImplementation: () => Implementation };
  const url = pathToFileURL(join(base, OWN_DIR, 'scenarios.ts')).href;
  const scenarios = (await import(url)) as typeof import('./scenarios.ts');
  const reference = model.modelImplementation();
  return scenarios.equivalenceSample((s: Scenario): Promise<Observations> => reference.run(s, { events: true }), {
    count: o.scenarios, seed: o.scenarioSeed, ...(o.golden === false ? { golden: false } : {}),
  });
}

/** The files whose mutants can be chosen (all model files unless files or places name some). */
function filesToMutate(base: string, o: HarnessOptions): string[] {
  const named = [...(o.files ?? []), ...(o.at ?? []).map((a) => a.split(':')[0]!)];
  const files = modelFiles(base);
  return named.length ? files.filter((f) => named.includes(f)) : files;
}

function choose(all: readonly ModelMutant[], o: HarnessOptions): { chosen: ModelMutant[]; eligible: number } {
  if (o.pick) return { chosen: o.pick(all), eligible: all.length };
  const pop = population(all, { ...(o.files ? { files: o.files } : {}), ...(o.at ? { at: o.at } : {}) });
  return { chosen: sampleOf(pop, o.sample, o.seed), eligible: pop.length };
}

function baselineProblem(r: MutantResult): string | null {
  if (r.outcome === 'killed') return `the unmutated model fails ${r.killedBy!.check}: ${r.killedBy!.message}`;
  if (r.outcome === 'survived') {
    const v = r.visible!;
    return `the unmutated model differs from itself on ${v.source} (${v.difference.where}): `
      + 'the model or the sample is not deterministic';
  }
  return null;
}

export async function harnessPower(o: HarnessOptions): Promise<HarnessRun> {
  const t0 = performance.now();
  const workspace = createWorkspace();
  try {
    const all = await generateMutants(filesToMutate(workspace.base, o), workspace.base);
    const { chosen, eligible } = choose(all, o);
    o.onPlan?.(chosen, eligible);
    const sample = await equivalenceSampleOf(workspace.base, o);
    const ctx = {
      workspace, sample, timeoutMs: o.timeoutMs,
      ...(o.runs !== undefined ? { runs: o.runs } : {}), ...(o.checkSeed !== undefined ? { seed: o.checkSeed } : {}),
      ...(o.shrinkTimeMs !== undefined ? { shrinkTimeMs: o.shrinkTimeMs } : {}),
    };
    let baseline: MutantResult | undefined;
    if (o.baseline !== false) {
      baseline = await runMutant(NO_MUTANT, -1, { ...ctx, onStage: (s) => o.onStage?.(NO_MUTANT, s) });
      const problem = baselineProblem(baseline);
      if (problem) throw new BaselineError(problem);
    }
    const results = await runPool(chosen, o.jobs, async (m, i) => {
      o.onStart?.(m, i);
      const r = await runMutant(m, i, { ...ctx, onStage: (s) => o.onStage?.(m, s) });
      o.onDone?.(r, i);
      return r;
    });
    return {
      workspace: workspace.root,
      population: { mutants: all.length, ignored: all.filter((m) => m.ignored !== undefined).length, eligible },
      equivalenceScenarios: {
        golden: sample.filter((s) => !s.generator).length, generated: sample.filter((s) => s.generator).length,
      },
      ...(baseline ? { baseline } : {}),
      results,
      summary: summarize(results),
      ms: Math.round(performance.now() - t0),
    };
  } finally {
    workspace.dispose();
  }
}
