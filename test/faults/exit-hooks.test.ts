// src/exit-hooks.ts: what rxpath undoes when it is ended from outside. Each case runs a small
// program that registers undos, then signals it as a user (Ctrl-C), a service manager or a closed
// terminal would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { untilUndone } from '../../src/exit-hooks.ts';
import { FIXTURES, ROOT } from './cli.ts';

interface Run { status: number | null; signal: NodeJS.Signals | null; stderr: string }

function undoProgram(mode: string, signal?: NodeJS.Signals): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(FIXTURES, 'exit-hooks', 'undo.ts'), mode], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += String(d); });
  child.stdout.on('data', (d) => { if (signal && String(d).includes('ready')) child.kill(signal); });
  return new Promise((resolve) => child.on('close', (status, sig) => resolve({ status, signal: sig, stderr })));
}

describe.concurrent('undos on SIGINT, SIGTERM, SIGHUP and at exit', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    test(`${signal}: the undos run latest first, rxpath says what they did and ends by ${signal}`, async ({ expect }) => {
      const r = await undoProgram('two', signal);
      expect(r.stderr).toBe(`rxpath: interrupted by ${signal}: undid the second change; undid the first change\n`);
      expect(r.signal).toBe(signal);
    });
  }

  test('an undo whose change was undone the ordinary way does not run again', async ({ expect }) => {
    const r = await undoProgram('forgotten', 'SIGTERM');
    expect(r.stderr).toBe('rxpath: interrupted by SIGTERM: undid the first change\n');
  });

  test('an undo that fails is reported and the others still run', async ({ expect }) => {
    const r = await undoProgram('throws', 'SIGTERM');
    expect(r.stderr).toBe('rxpath: interrupted by SIGTERM: undid the second change; could not undo: the device is gone; undid the first change\n');
  });

  test('an undo still registered when the process ends normally runs at exit', async ({ expect }) => {
    const r = await undoProgram('exit');
    expect(r.stderr).toBe('rxpath: at exit: undid the second change; undid the first change\n');
    expect(r.status).toBe(0);
  });

  test('with nothing to undo, no signal handler stays installed (Ctrl-C keeps its default)', ({ expect }) => {
    const before = process.listenerCount('SIGINT');
    const forget = untilUndone(() => undefined);
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    forget();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
