// Inside the worker thread of an in-process implementation (worker.ts): loads the module, answers
// each `run` with its observations, and, before the thread ends because of something the module did
// (process.exit, an uncaught exception, a rejection nobody handled), tells rxpath what it did.
import { parentPort, workerData } from 'node:worker_threads';
import { loadModuleImplementation } from './module.ts';
import { ImplementationError, type ImplementationFault } from './errors.ts';
import { isReferenceModel } from './reference-marker.ts';
import type { Implementation } from './types.ts';
import { describeThrown, sendableError, type FromWorker, type ToWorker, type WorkerData } from './worker-messages.ts';

const port = parentPort!;
const data = workerData as WorkerData;
const send = (m: FromWorker): void => port.postMessage(m);

/** Exit code of the thread after a fault (the parent reads the fault from the last words). */
const FAULT_EXIT = 70;
const realExit = process.exit.bind(process);
let spoken = false;

function lastWords(fault: ImplementationFault, what: string, cause?: unknown): void {
  if (spoken) return;
  spoken = true;
  send({ type: 'last-words', fault, what, ...(cause !== undefined ? { cause: describeThrown(cause) } : {}) });
}

// In a worker thread process.exit ends the thread only; the implementation still meant to end rxpath.
process.exit = ((code?: number | string | null) => {
  lastWords('crash', `called process.exit(${code ?? ''})`);
  return realExit(code as number | undefined);
}) as typeof process.exit;
process.on('uncaughtException', (err) => {
  lastWords('crash', 'threw an uncaught exception', err);
  realExit(FAULT_EXIT);
});
process.on('unhandledRejection', (reason) => {
  lastWords('exception', 'left a promise rejection unhandled', reason);
  realExit(FAULT_EXIT);
});

/** Every plain-data field of the implementation: what it declares (name, profiles, events, tags, observes, ...). */
function plainFields(impl: Implementation): Record<string, unknown> {
  const keys = new Set(['name', 'profiles', 'events', 'tags', 'observes']);
  for (const key in impl) keys.add(key);
  const meta: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === 'run' || key === 'close') continue;
    const v = (impl as unknown as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function') continue;
    try { meta[key] = structuredClone(v); } catch { /* not plain data */ }
  }
  return meta;
}

async function answerRun(impl: Implementation, m: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  let reply: FromWorker;
  try {
    reply = { type: 'result', id: m.id, obs: await impl.run(m.scenario, m.opts) };
  } catch (err) {
    reply = { type: 'failed', id: m.id, error: sendableError(err) };
  }
  // A rejection left unhandled during the run is reported at the end of this macrotask: let it come first.
  await new Promise((r) => setImmediate(r));
  try {
    send(reply);
  } catch (err) {
    const why = `returned observations that cannot be copied out of its thread: ${describeThrown(err)}`;
    const e = new ImplementationError('invalid-output', why);
    send({ type: 'failed', id: m.id, error: sendableError(e) });
  }
}

async function serve(): Promise<void> {
  let impl: Implementation;
  try {
    impl = await loadModuleImplementation(data.modulePath, data.cwd);
  } catch (err) {
    send({ type: 'load-failed', error: sendableError(err) });
    return;
  }
  send({ type: 'ready', meta: plainFields(impl), reference: isReferenceModel(impl) });
  port.on('message', (m: ToWorker) => {
    if (m.type === 'run') void answerRun(impl, m);
    else void Promise.resolve().then(() => impl.close?.()).catch(() => undefined).then(() => send({ type: 'closed' }));
  });
}

await serve();
