// One worker thread running an in-process implementation (worker-main.ts): one question at a time,
// each with a time limit. A question past its limit stops the thread (a synchronous endless loop
// cannot be interrupted any other way); a thread that ends by itself is described from the last
// words it sent (process.exit, an uncaught exception, an unhandled rejection) or its exit code.
import { Worker } from 'node:worker_threads';
import { ImplementationError } from './errors.ts';
import { describeThrown, type FromWorker, type ToWorker, type WorkerData } from './worker-messages.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
/** Node's exit code for a module whose top-level await never settles. */
const UNSETTLED_TLA = 13;
const CLOSE_WAIT_MS = 2000;

interface Question {
  what: string;
  resolve: (m: FromWorker) => void;
  reject: (e: ImplementationError) => void;
  timer: NodeJS.Timeout;
}

export class ImplementationThread {
  private readonly worker: Worker;
  private question: Question | undefined;
  private lastWords: { fault: ImplementationError['fault']; what: string; cause?: string } | undefined;
  private stopping = false;
  /** What the thread did last, to say when it ended on its own between questions. */
  private lastQuestion = 'loading the module';
  /** Set when the thread ended by itself between questions: why, to report on the next one. */
  ended: ImplementationError | undefined;
  private exited = false;

  private constructor(data: WorkerData) {
    this.worker = new Worker(ENTRY, { workerData: data });
    this.worker.on('message', (m: FromWorker) => this.onMessage(m));
    this.worker.on('error', (err) => { this.lastWords ??= { fault: 'crash', what: 'crashed', cause: describeThrown(err) }; });
    this.worker.on('exit', (code) => this.onExit(code));
  }

  /** Starts a thread and waits for the module to load: `ready` or `load-failed`. */
  static start(data: WorkerData, timeoutMs: number): { thread: ImplementationThread; loaded: Promise<FromWorker> } {
    const thread = new ImplementationThread(data);
    return { thread, loaded: thread.expect('loading the module', timeoutMs) };
  }

  get alive(): boolean {
    return !this.exited && !this.stopping;
  }

  /** Sends a question and waits for its one answer, at most `timeoutMs`. */
  ask(msg: ToWorker, what: string, timeoutMs: number): Promise<FromWorker> {
    if (this.ended) return Promise.reject(this.ended);
    const answer = this.expect(what, timeoutMs);
    this.worker.postMessage(msg);
    return answer;
  }

  private expect(what: string, timeoutMs: number): Promise<FromWorker> {
    this.worker.ref();
    this.lastQuestion = what;
    return new Promise<FromWorker>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.question = undefined;
        void this.stop();
        const detail = 'its worker thread was stopped';
        reject(new ImplementationError('timeout', `${what} took longer than ${timeoutMs} ms`, { detail }));
      }, timeoutMs);
      this.question = { what, resolve, reject, timer };
    });
  }

  private onMessage(m: FromWorker): void {
    if (m.type === 'last-words') { this.lastWords = m; return; }
    const q = this.question;
    if (!q) return;
    this.question = undefined;
    clearTimeout(q.timer);
    this.worker.unref();
    q.resolve(m);
  }

  private onExit(code: number): void {
    this.exited = true;
    if (this.stopping) return;
    const err = this.why(code);
    const q = this.question;
    if (!q) { this.ended = err; return; }
    this.question = undefined;
    clearTimeout(q.timer);
    q.reject(err);
  }

  /** What the implementation did to end its thread, and when: one line. */
  private why(code: number): ImplementationError {
    const q = this.question;
    const loading = (q?.what ?? this.lastQuestion) === 'loading the module';
    const words = this.lastWords;
    let message: string;
    if (!words && code === UNSETTLED_TLA && loading) message = 'never finished loading: a top-level await that never settles';
    else {
      const did = words?.what ?? `ended its worker thread with exit code ${code}`;
      const when = loading ? 'while loading the module' : q ? `during ${q.what}` : `after ${this.lastQuestion}`;
      message = `${did} ${when}${words?.cause ? `: ${words.cause}` : ''}`;
    }
    return new ImplementationError(words?.fault ?? 'crash', message);
  }

  /** Stops the thread at once, whatever it is doing. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.question) clearTimeout(this.question.timer);
    if (!this.exited) await this.worker.terminate();
  }

  /** Lets the implementation release what it holds (its close()), then stops the thread. */
  async close(): Promise<void> {
    if (this.alive && !this.question && !this.ended) {
      try { await this.ask({ type: 'close' }, 'close', CLOSE_WAIT_MS); } catch { /* stopped below */ }
    }
    await this.stop();
  }
}
