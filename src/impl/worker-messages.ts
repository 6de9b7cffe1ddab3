// The messages between rxpath and the worker thread that runs an in-process implementation
// (worker.ts, worker-main.ts). Everything crosses as structured clones; errors cross as plain
// records and are rebuilt on the other side with their class (ImplementationError,
// RxpathInputError) or, for anything else, their name, message and stack.
import type { Observations, Scenario } from '../generated/schema-types.ts';
import { RxpathInputError, type InputProblem } from '../spec/errors.ts';
import { ImplementationError, type ImplementationFault } from './errors.ts';
import type { RunOptions } from './types.ts';

export interface WorkerData {
  /** The module, as given on the command line. */
  modulePath: string;
  cwd: string;
}

export type ToWorker =
  | { type: 'run'; id: number; scenario: Scenario; opts: RunOptions }
  | { type: 'close' };

export type SentError =
  | { kind: 'implementation'; fault: ImplementationFault; message: string; step?: number; detail: string }
  | { kind: 'input'; problems: InputProblem[] }
  | { kind: 'error'; name: string; message: string; stack: string };

export type FromWorker =
  /** Loaded: every plain-data field of the Implementation (name, profiles, events, tags, observes, ...). */
  | { type: 'ready'; meta: Record<string, unknown>; reference: boolean }
  | { type: 'load-failed'; error: SentError }
  | { type: 'result'; id: number; obs: Observations }
  | { type: 'failed'; id: number; error: SentError }
  /** What the implementation did to its thread ("called process.exit(0)"), and why, just before the thread ends. */
  | { type: 'last-words'; fault: ImplementationFault; what: string; cause?: string }
  | { type: 'closed' };

export function sendableError(err: unknown): SentError {
  if (err instanceof ImplementationError) {
    const step = err.step !== undefined ? { step: err.step } : {};
    return { kind: 'implementation', fault: err.fault, message: err.message, detail: err.detail, ...step };
  }
  if (err instanceof RxpathInputError) return { kind: 'input', problems: err.problems };
  const e = err instanceof Error ? err : new Error(String(err));
  return { kind: 'error', name: e.name, message: e.message, stack: e.stack ?? '' };
}

export function receivedError(s: SentError): Error {
  if (s.kind === 'implementation') {
    return new ImplementationError(s.fault, s.message, { detail: s.detail, ...(s.step !== undefined ? { step: s.step } : {}) });
  }
  if (s.kind === 'input') return new RxpathInputError(s.problems);
  const e = new Error(s.message);
  e.name = s.name;
  e.stack = s.stack;
  return e;
}

/** One line naming a thrown value: "Error: boom", "a rejection with 42". */
export function describeThrown(x: unknown): string {
  if (x instanceof Error) return `${x.name}: ${x.message}`.split('\n')[0]!;
  let shown: string;
  try { shown = JSON.stringify(x) ?? String(x); } catch { shown = String(x); }
  return `the value ${shown.length > 200 ? `${shown.slice(0, 200)}...` : shown}`;
}
