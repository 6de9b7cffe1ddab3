// An in-process implementation run in a worker thread (`rxpath check --impl ./my-impl.ts`), so that
// whatever the module does stays the implementation's fault (exit 3) and rxpath goes on: a
// synchronous endless loop or a promise that never settles is stopped at the time limit, a
// process.exit ends only its thread, an unhandled rejection is reported with the run it broke.
// The thread starts once; after it was stopped or ended, the next run starts a fresh one. The
// object offers the Implementation interface with every plain-data field the module declares.
import { ImplementationError } from './errors.ts';
import type { Observations, Scenario } from '../generated/schema-types.ts';
import { markReference } from './reference-marker.ts';
import { markSelfTimed } from './self-timed.ts';
import type { Implementation, RunOptions } from './types.ts';
import { receivedError, type FromWorker } from './worker-messages.ts';
import { ImplementationThread } from './worker-thread.ts';

/** Time limit of one run, unless --timeout says otherwise. */
export const DEFAULT_WORKER_TIMEOUT_MS = 60_000;
/** Loading the module (tsx compiling it and what it imports) gets at least this long. */
export const MIN_LOAD_TIMEOUT_MS = 30_000;

const loadTimeout = (runTimeoutMs: number): number => Math.max(runTimeoutMs, MIN_LOAD_TIMEOUT_MS);

export interface WorkerImplementationOptions {
  /** The module, as given on the command line (resolved against `cwd`). */
  modulePath: string;
  cwd?: string;
  timeoutMs?: number;
}

interface Loaded { meta: Record<string, unknown>; reference: boolean }

async function loaded(thread: ImplementationThread, answer: Promise<FromWorker>): Promise<Loaded> {
  let m: FromWorker;
  try {
    m = await answer;
  } catch (err) {
    await thread.stop();
    throw err;
  }
  if (m.type === 'ready') return { meta: m.meta, reference: m.reference };
  await thread.stop();
  if (m.type === 'load-failed') throw receivedError(m.error);
  throw new ImplementationError('protocol', `answered loading with "${m.type}"`);
}

export class WorkerImplementation implements Implementation {
  declare readonly name: string;
  declare readonly profiles: Implementation['profiles'];
  declare readonly events: boolean;
  // Private (#) fields: not own enumerable properties, so a wrapper passing on what the
  // implementation declares (guard's capabilitiesOf) sees the module's fields only.
  readonly #opts: Required<WorkerImplementationOptions>;
  readonly #meta: Record<string, unknown>;
  #thread: ImplementationThread | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #runId = 0;

  private constructor(opts: Required<WorkerImplementationOptions>, thread: ImplementationThread, loaded: Loaded) {
    this.#opts = opts;
    this.#meta = loaded.meta;
    this.#thread = thread;
    Object.assign(this, loaded.meta);
    if (loaded.reference) markReference(this);
    markSelfTimed(this);
  }

  /** Loads the module in a fresh thread; a module that is not an Implementation is an RxpathInputError. */
  static async open(o: WorkerImplementationOptions): Promise<WorkerImplementation> {
    const opts = { modulePath: o.modulePath, cwd: o.cwd ?? process.cwd(), timeoutMs: o.timeoutMs ?? DEFAULT_WORKER_TIMEOUT_MS };
    const data = { modulePath: opts.modulePath, cwd: opts.cwd };
    const { thread, loaded: answer } = ImplementationThread.start(data, loadTimeout(opts.timeoutMs));
    return new WorkerImplementation(opts, thread, await loaded(thread, answer));
  }

  /** The live thread; after the last one ended, its fault first (once), then a fresh thread. */
  async #liveThread(): Promise<ImplementationThread> {
    const t = this.#thread;
    if (t?.alive) return t;
    this.#thread = undefined;
    if (t?.ended) throw t.ended;
    const { modulePath, cwd, timeoutMs } = this.#opts;
    const { thread, loaded: answer } = ImplementationThread.start({ modulePath, cwd }, loadTimeout(timeoutMs));
    let meta: Record<string, unknown>;
    try {
      meta = (await loaded(thread, answer)).meta;
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      const fault = err instanceof ImplementationError ? err.fault : 'crash';
      throw new ImplementationError(fault, `could not be loaded again after a restart: ${e.message}`);
    }
    if (JSON.stringify(meta) !== JSON.stringify(this.#meta)) {
      await thread.stop();
      throw new ImplementationError('protocol', 'declared other capabilities after a restart', {
        detail: `first: ${JSON.stringify(this.#meta)}; now: ${JSON.stringify(meta)}`,
      });
    }
    this.#thread = thread;
    return thread;
  }

  /** Runs one scenario in the thread; runs go one at a time, in the order asked. */
  run(scenario: Scenario, opts: RunOptions): Promise<Observations> {
    const next = this.#queue.then(() => this.#runNow(scenario, opts));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #runNow(scenario: Scenario, opts: RunOptions): Promise<Observations> {
    const thread = await this.#liveThread();
    const id = ++this.#runId;
    const m = await thread.ask({ type: 'run', id, scenario, opts }, `run of "${scenario.name}"`, this.#opts.timeoutMs);
    if (m.type === 'result' && m.id === id) return m.obs;
    if (m.type === 'failed' && m.id === id) throw receivedError(m.error);
    await thread.stop();
    throw new ImplementationError('out-of-order', `answered run ${id} with "${m.type}"${'id' in m ? ` for run ${m.id}` : ''}`);
  }

  async close(): Promise<void> {
    await this.#queue;
    const t = this.#thread;
    this.#thread = undefined;
    if (t) await t.close();
  }
}
