// The CLI: argument parsing (commander) and dispatch. Each command lives in commands/ and
// only wires options to the library; the work is done below src/cli.
import { Command, CommanderError } from 'commander';
import { RXPATH_VERSION } from '../runner/version.ts';
import { registerCommands } from './commands/index.ts';
import { reportError, setDebug } from './errors.ts';

/** An error nobody caught (a stray rejection or exception): one line and exit 70, not Node's stack trace and exit 1. */
function trapStrayErrors(): void {
  const stray = (err: unknown): void => { process.exitCode = reportError(err); process.exit(); };
  process.on('unhandledRejection', stray);
  process.on('uncaughtException', stray);
}

export async function main(argv: string[]): Promise<number> {
  trapStrayErrors();
  const program = new Command('rxpath')
    .description('Property-based conformance harness for the Linux network receive path')
    .version(RXPATH_VERSION, '-V, --version', 'print the version of rxpath')
    .option('--debug', 'print stack traces with internal errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program.hook('preAction', () => { setDebug(program.opts().debug === true); });
  let code = 0;
  await registerCommands(program, (c) => { code = c; }, argv);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; usage errors exit 2 (documented exit codes).
      return err.exitCode === 0 ? 0 : 2;
    }
    return reportError(err);
  }
  return code;
}
