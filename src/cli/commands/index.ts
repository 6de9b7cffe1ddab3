// Every CLI command, registered in one place. Each command file exports register(program, setExit).
// Only the command named on the command line is loaded (each pulls in a different part of rxpath:
// the model, the runner, the kernel recorder), so that `rxpath simulate` or a usage error answers
// quickly; with no command name (`rxpath --help`, a misspelt command) all are, for the listing.
import type { Command } from 'commander';

export type SetExit = (code: number) => void;

type Register = (program: Command, setExit: SetExit) => void;

/** In the order `rxpath --help` lists them. */
const COMMANDS: Record<string, () => Promise<{ register: Register }>> = {
  spec: () => import('./spec.ts'),
  record: () => import('./record.ts'),
  snapshot: () => import('./snapshot.ts'),
  check: () => import('./check.ts'),
  conformance: () => import('./conformance.ts'),
  agreement: () => import('./agreement.ts'),
  versions: () => import('./versions.ts'),
  golden: () => import('./golden.ts'),
  simulate: () => import('./simulate.ts'),
  'serve-kernel': () => import('./serve-kernel.ts'),
};

/** The command named in `argv` (node, script, then options and the command), if it is one. */
function commandIn(argv: readonly string[]): string | undefined {
  const name = argv.slice(2).find((a) => !a.startsWith('-'));
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

export async function registerCommands(program: Command, setExit: SetExit, argv: readonly string[]): Promise<void> {
  const one = commandIn(argv);
  // `rxpath --version` needs no command at all.
  if (!one && argv.slice(2).some((a) => a === '-V' || a === '--version')) return;
  for (const name of one ? [one] : Object.keys(COMMANDS)) (await COMMANDS[name]!()).register(program, setExit);
}
