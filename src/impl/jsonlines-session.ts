// One child process speaking the adapter protocol (schemas/protocol.schema.json): JSON lines over
// stdio. A session asks one question at a time and waits for exactly one answer line, with a
// timeout; whatever goes wrong is turned into an ImplementationError that says what the program
// did (exit status, the line it printed, the tail of its stderr) and on which step.
// The program runs in its own process group, and the whole group ends with the session: on close,
// on a timeout or a crash, and when rxpath itself exits or is ended by SIGINT, SIGTERM or SIGHUP,
// so that no child the program forked outlives rxpath. A line longer than MAX_LINE_BYTES is a
// protocol error ("line too long"), read with bounded memory.
import { spawn, type ChildProcess } from 'node:child_process';
import type { ProtocolRequest, ProtocolResponse } from '../generated/schema-types.ts';
import { untilUndone } from '../exit-hooks.ts';
import { ImplementationError } from './errors.ts';
import { MAX_LINE_BYTES, splitLines } from './line-splitter.ts';
import { checkResponse, isOutputProblem } from './protocol-schema.ts';

const STDERR_TAIL = 2000;
const LINE_SHOWN = 300;

export interface SessionOptions {
  /** A shell command line, e.g. `python3 examples/python/rxpath_udp.py`. */
  command: string;
  cwd?: string;
  /** Per-answer time limit (ms). */
  timeoutMs: number;
}

export interface Where {
  /** Workload step index the question is about (undefined for hello/start). */
  step?: number;
  /** For messages: "step 3 (frames)", "start", "end". */
  what: string;
}

function shown(line: string): string {
  return line.length > LINE_SHOWN ? `${line.slice(0, LINE_SHOWN)}... (${line.length} chars)` : line;
}

export class JsonLinesSession {
  private child: ChildProcess;
  private lines: string[] = [];
  private waiter: ((line: string | null) => void) | undefined;
  private stderrTail = '';
  private exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private spawnError: Error | undefined;
  private closedStdout = false;
  /** Bytes of the line that went past MAX_LINE_BYTES, once one did. */
  private tooLong: number | undefined;
  private groupKilled = false;
  private readonly forget: () => void;
  readonly command: string;

  constructor(private readonly opts: SessionOptions) {
    this.command = opts.command;
    // detached: the program runs in its own process group, so a timeout can kill it and its children.
    this.child = spawn(opts.command, { shell: true, cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.forget = untilUndone(() => this.killGroup());
    this.child.stdin!.on('error', () => { /* EPIPE: reported through the exit */ });
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (s: string) => {
      this.stderrTail = (this.stderrTail + s).slice(-STDERR_TAIL);
    });
    splitLines(this.child.stdout!, {
      line: (line) => {
        if (this.waiter) { const w = this.waiter; this.waiter = undefined; w(line); } else this.lines.push(line);
      },
      tooLong: (bytes) => {
        this.tooLong = bytes;
        this.closedStdout = true;
        this.wake();
      },
      end: () => {
        this.closedStdout = true;
        this.wake();
      },
    });
    this.child.on('error', (err) => { this.spawnError = err; this.wake(); });
    this.child.on('exit', (code, signal) => { this.exited = { code, signal }; this.wake(); });
  }

  get alive(): boolean {
    return this.exited === undefined && this.spawnError === undefined && !this.closedStdout;
  }

  private wake(): void {
    if (this.waiter && (this.closedStdout || this.spawnError)) {
      const w = this.waiter; this.waiter = undefined; w(null);
    }
  }

  /** What the program did, for a report: exit status and stderr's tail. */
  describeExit(): string {
    const parts: string[] = [];
    if (this.spawnError) parts.push(`could not start: ${this.spawnError.message}`);
    if (this.exited) {
      parts.push(this.exited.signal ? `killed by ${this.exited.signal}` : `exited with status ${this.exited.code}`);
    } else if (this.closedStdout) parts.push('closed its stdout');
    const tail = this.stderrTail.trim();
    if (tail) parts.push(`stderr: ${tail.split('\n').slice(-8).join('\n')}`);
    return parts.join('; ');
  }

  private async waitExit(ms: number): Promise<void> {
    if (this.exited || this.spawnError) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      this.child.once('exit', () => { clearTimeout(t); resolve(); });
    });
  }

  private nextLine(timeoutMs: number): Promise<string | null | 'timeout'> {
    const queued = this.lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (!this.alive) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.waiter = undefined; resolve('timeout'); }, timeoutMs);
      this.waiter = (line) => { clearTimeout(timer); resolve(line); };
    });
  }

  /**
   * Sends one request and returns the one answer, checked against the protocol schema.
   * `expect` names the answer types that fit this request.
   */
  async ask(req: ProtocolRequest, where: Where, expect: readonly ProtocolResponse['type'][]): Promise<ProtocolResponse> {
    const stray = this.lines.shift();
    if (stray !== undefined) {
      throw new ImplementationError('out-of-order', `printed a line nobody asked for before ${where.what}`, {
        step: where.step, detail: `line: ${shown(stray)}`,
      });
    }
    if (this.tooLong !== undefined) throw this.lineTooLong(where);
    if (!this.alive) {
      throw new ImplementationError('crash', `is not running (before ${where.what})`, { step: where.step, detail: this.describeExit() });
    }
    this.child.stdin!.write(`${JSON.stringify(req)}\n`);
    const line = await this.nextLine(this.opts.timeoutMs);
    if (line === 'timeout') {
      this.kill();
      throw new ImplementationError('timeout', `gave no answer to ${where.what} within ${this.opts.timeoutMs} ms`, {
        step: where.step, detail: this.describeExit() || 'killed after the timeout',
      });
    }
    if (line === null && this.tooLong !== undefined) throw this.lineTooLong(where);
    if (line === null) {
      await this.waitExit(500);
      throw new ImplementationError('crash', `died during ${where.what}`, { step: where.step, detail: this.describeExit() });
    }
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch {
      throw new ImplementationError('protocol', `printed something that is not JSON in answer to ${where.what}`, {
        step: where.step, detail: `line: ${shown(line)}`,
      });
    }
    const problem = checkResponse(msg);
    if (problem) {
      const fault = isOutputProblem(problem) ? 'invalid-output' : 'protocol';
      throw new ImplementationError(fault, `answered ${where.what} with an invalid message: ${problem.pointer || '/'}: ${problem.message}`, {
        step: where.step, detail: `line: ${shown(line)}`,
      });
    }
    const res = msg as ProtocolResponse;
    if (res.type === 'error') {
      throw new ImplementationError('exception', `reported an error on ${where.what}: ${res.message}`, {
        step: res.index ?? where.step, detail: `line: ${shown(line)}`,
      });
    }
    // Answers carry the run and step they belong to; one for another question is out of order.
    const reqRun = 'run' in req ? req.run : undefined;
    const reqIndex = req.type === 'step' ? req.index : undefined;
    const resRun = 'run' in res ? res.run : undefined;
    const resIndex = 'index' in res ? res.index : undefined;
    if ((reqRun !== undefined && resRun !== undefined && resRun !== reqRun) ||
        (reqIndex !== undefined && resIndex !== undefined && resIndex !== reqIndex)) {
      throw new ImplementationError('out-of-order',
        `answered ${where.what} with a ${res.type} for ${resIndex !== undefined ? `step ${resIndex}` : 'another question'}${resRun !== reqRun ? ` of run ${resRun}` : ''}`, {
          step: where.step, detail: `line: ${shown(line)}`,
        });
    }
    if (!expect.includes(res.type)) {
      throw new ImplementationError('protocol', `answered ${where.what} with "${res.type}" (expected ${expect.map((t) => `"${t}"`).join(' or ')})`, {
        step: where.step, detail: `line: ${shown(line)}`,
      });
    }
    return res;
  }

  private lineTooLong(where: Where): ImplementationError {
    this.kill();
    return new ImplementationError('protocol', `printed a line too long (over ${MAX_LINE_BYTES} bytes without a newline) in answer to ${where.what}`, {
      step: where.step, detail: `the protocol's line length limit is ${MAX_LINE_BYTES / 1024 / 1024} MiB`,
    });
  }

  /** Ends the program: bye, a short wait, then SIGKILL to its process group (what it forked too). */
  async close(): Promise<void> {
    if (this.alive) {
      try { this.child.stdin!.end(`${JSON.stringify({ type: 'bye' })}\n`); } catch { /* gone */ }
      await this.waitExit(1000);
    }
    this.kill();
  }

  /** SIGKILL to the program's whole process group, also when the program itself has already exited. */
  kill(): void {
    this.killGroup();
    this.forget();
  }

  private killGroup(): string | undefined {
    const pid = this.child.pid;
    if (pid === undefined || this.groupKilled) return undefined;
    this.groupKilled = true;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      if (!this.exited) try { this.child.kill('SIGKILL'); } catch { /* gone */ }
      return undefined;
    }
    return `ended the implementation's process group ${pid}`;
  }
}
