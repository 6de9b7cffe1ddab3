// A worker thread for one mutant, running the snapshot's worker.ts. A worker does not inherit
// tsx's hooks, and `--import tsx` in its execArgv does not apply to its own entry module on
// Node 20, so a small bootstrap registers tsx's loader first, then imports worker.ts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerInput } from './messages.ts';
import { OWN_DIR } from './workspace.ts';

/** A mutant that allocates without end is stopped by the worker's heap limit, not the machine's. */
const HEAP_MB = 1536;

const TSX_API = ((): string => {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('tsx/package.json');
  const { exports } = require(pkg) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkg), exports['./esm/api']!.import.default)).href;
})();

function bootstrap(base: string): string {
  const worker = JSON.stringify(pathToFileURL(join(base, OWN_DIR, 'worker.ts')).href);
  return `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${worker}); });`;
}

/** Starts the worker; its stdout is dropped, the end of its stderr kept for a crash report. */
export function spawnWorker(base: string, input: WorkerInput): { worker: Worker; stderr: () => string } {
  const worker = new Worker(bootstrap(base), {
    eval: true, workerData: input, stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
  });
  let tail = '';
  worker.stderr.on('data', (b: Buffer) => { tail = (tail + b.toString()).slice(-2000); });
  worker.stdout.resume();
  return { worker, stderr: () => tail.trim().split('\n').slice(-3).join(' | ') };
}
