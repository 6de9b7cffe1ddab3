// Runs the real command line (node bin/rxpath.js) as a user or a CI job would, and waits for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
const BIN = join(ROOT, 'bin', 'rxpath.js');

export interface Ended { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

/** Starts rxpath with `args`; `ended` resolves when it has exited. */
export function start(args: readonly string[], env: Record<string, string> = {}): { child: ChildProcess; ended: Promise<Ended> } {
  const t0 = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => { stdout += String(d); });
  child.stderr!.on('data', (d) => { stderr += String(d); });
  const ended = new Promise<Ended>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, ms: Date.now() - t0 }));
  });
  return { child, ended };
}

export function rxpath(args: readonly string[], env: Record<string, string> = {}): Promise<Ended> {
  return start(args, env).ended;
}

/** The lines of `text` that report a broken check or implementation. */
export function brokenLines(r: Ended): string[] {
  return `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /^BROKEN property linux|^rxpath: the implementation broke/.test(l));
}

/** Whether process `pid` still runs (a zombie waiting to be reaped does not). */
export function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

/** Polls `cond` every 20 ms until it holds or `ms` pass; returns whether it held. */
export async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (cond()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
}
