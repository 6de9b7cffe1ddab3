// Every CLI command, registered in one place. Each command file exports register(program, setExit).
import type { Command } from 'commander';

export type SetExit = (code: number) => void;

export function registerCommands(program: Command, setExit: SetExit): void {
  void program;
  void setExit;
}
