// The CLI: argument parsing (commander) and dispatch. Each command lives in commands/ and
// only wires options to the library; the work is done below src/cli.
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.ts';
import { reportError } from './errors.ts';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('rxpath')
    .description('Property-based conformance harness for the Linux network receive path')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let code = 0;
  registerCommands(program, (c) => { code = c; });
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
