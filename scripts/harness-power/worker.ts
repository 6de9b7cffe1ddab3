// One mutant, in a worker thread of its own (so that a mutant that loops can be stopped and one
// that leaves state behind cannot touch the next): load the mutated model as the implementation
// under test and the snapshot's original as the reference, run the properties (kill.ts), and when
// they pass, look for a scenario on which the mutant is visible (equivalence.ts).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { guard } from '../../src/impl/guard.ts';
import type { KernelProfile } from '../../src/model/index.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { findDifference } from './equivalence.ts';
import { runProperties } from './kill.ts';
import type { WorkerInput, WorkerMessage } from './messages.ts';
import { ENTRY } from './workspace.ts';

/** As `rxpath check` guards an in-process implementation (src/cli/commands/check.ts). */
const RUN_TIMEOUT_MS = 60_000;

type Factory = (rules?: Partial<KernelProfile>) => Implementation;

async function loadModel(dir: string): Promise<Implementation> {
  const mod = (await import(pathToFileURL(join(dir, ENTRY)).href)) as { modelImplementation: Factory };
  return mod.modelImplementation();
}

const post = (m: WorkerMessage): void => parentPort!.postMessage(m);

/** The implementation, telling the watchdog before each run: a run that never ends stops the ticks. */
function heartbeat(impl: Implementation): Implementation {
  const run = impl.run.bind(impl);
  return { ...impl, run: (scenario, opts) => { post({ type: 'tick' }); return run(scenario, opts); } };
}

async function main(input: WorkerInput): Promise<void> {
  post({ type: 'stage', stage: 'load' });
  const original = await loadModel(input.baseDir);
  let mutant: Implementation;
  try {
    mutant = heartbeat({ ...(await loadModel(input.mutantDir)), name: input.name });
  } catch (err) {
    post({ type: 'load-error', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    return;
  }
  post({ type: 'stage', stage: 'properties' });
  const kill = await runProperties(guard(mutant, { runTimeoutMs: RUN_TIMEOUT_MS }), guard(original), {
    ...(input.runs !== undefined ? { runs: input.runs } : {}),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
    onCheck: (id) => post({ type: 'check', id }),
  });
  let visible = null;
  if (!kill.killed) {
    post({ type: 'stage', stage: 'equivalence' });
    visible = await findDifference(mutant, original, input.sample, {
      shrinkTimeMs: input.shrinkTimeMs,
      onScenario: (index, source) => post({ type: 'scenario', index, source }),
      onFound: (v) => post({ type: 'found', visible: v }),
      onShrink: () => post({ type: 'stage', stage: 'shrink' }),
    });
  }
  post({ type: 'done', kill, visible });
}

await main(workerData as WorkerInput);
