// How the CLI reports an error: one line, no stack trace (unless --debug or RXPATH_DEBUG=1), and
// the documented exit code: 2 for bad usage or input; 70 only for an internal error of rxpath
// itself (a bug), never for anything a user or an implementation can cause.
import { RxpathInputError } from '../spec/errors.ts';

export const INTERNAL_ERROR = 70;

let debug = false;

/** --debug: stack traces with internal errors. */
export function setDebug(on: boolean): void {
  debug = on;
}

export function debugging(): boolean {
  return debug || Boolean(process.env.RXPATH_DEBUG);
}

export function reportError(err: unknown): number {
  if (err instanceof RxpathInputError) {
    process.stderr.write(`rxpath: ${err.message}\n`);
    return 2;
  }
  const msg = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
  const hint = debugging() ? '' : ' (run again with --debug for the stack trace)';
  process.stderr.write(`rxpath: internal error: ${msg.split('\n')[0]}${hint}\n`);
  if (debugging() && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return INTERNAL_ERROR;
}
