// How the CLI reports an error: one line, no stack trace, and the documented exit code.
import { RxpathInputError } from '../spec/errors.ts';

export function reportError(err: unknown): number {
  if (err instanceof RxpathInputError) {
    process.stderr.write(`rxpath: ${err.message}\n`);
    return 2;
  }
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`rxpath: internal error: ${msg}\n`);
  if (process.env.RXPATH_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return 70;
}
