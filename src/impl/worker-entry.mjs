// Entry of the worker thread that runs an in-process implementation (worker.ts). Loader hooks
// registered in the main thread (bin/rxpath.js, vitest) do not reach a worker thread, so tsx's
// loader is registered here too when the sources are TypeScript (a checkout) or the module is; in
// the compiled package without tsx, a TypeScript module then fails to load as bad input.
import { existsSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

const fromSources = existsSync(new URL('./worker-main.ts', import.meta.url));
if (fromSources || /\.[cm]?tsx?$/.test(workerData.modulePath)) {
  try {
    (await import('tsx/esm/api')).register();
  } catch { /* no tsx: plain JavaScript modules only */ }
}
await import(fromSources ? './worker-main.ts' : './worker-main.js');
