// Every CLI command, registered in one place. Each command file exports register(program, setExit).
import type { Command } from 'commander';
import { register as registerSpec } from './spec.ts';
import { register as registerRecord } from './record.ts';
import { register as registerSnapshot } from './snapshot.ts';
import { register as registerCheck } from './check.ts';
import { register as registerGolden } from './golden.ts';
import { register as registerSimulate } from './simulate.ts';

export type SetExit = (code: number) => void;

export function registerCommands(program: Command, setExit: SetExit): void {
  void program;
  void setExit;
  registerSpec(program, setExit);
  registerRecord(program, setExit);
  registerSnapshot(program, setExit);
  registerCheck(program, setExit);
  registerGolden(program, setExit);
  registerSimulate(program, setExit);
}
