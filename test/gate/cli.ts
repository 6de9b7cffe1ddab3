// Helpers of the gate tests: the real command line (`node bin/rxpath.js ...`, as
// test/runner/cli-exit-codes.test.ts runs it, but asynchronous so that a file's cases can run
// side by side), a scratch directory under /tmp, and a small valid scenario to spoil.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Whether the tests run as root (as CI does): then `asUser` drops to nobody with setpriv. */
export const IS_ROOT = process.getuid?.() === 0;

/**
 * Runs `rxpath ARGS` from the repository root; a run past `timeoutMs` is killed (status null).
 * `asUser`: as an ordinary user (nobody, when the tests run as root), for what root may always do.
 */
export function rxpath(args: readonly string[], opts: { timeoutMs?: number; cwd?: string; asUser?: boolean } = {}): Promise<Run> {
  const node = [process.execPath, join(ROOT, 'bin/rxpath.js'), ...args];
  const argv = opts.asUser && IS_ROOT ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...node] : node;
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: opts.cwd ?? ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** The arguments of a small, fast check of the model (one property, one profile, one run). */
export const QUICK = ['--skip-golden', '--properties', 'budget', '--profile', 'linux-6.18', '--runs', '1'] as const;

/** A scratch directory, removed by `cleanup`. */
export function scratch(prefix: string): { dir: string; path: (name: string) => string; write: (name: string,
  content: string | Buffer) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `rxpath-gate-${prefix}-`));
  chmodSync(dir, 0o755); // an `asUser` run must reach what is inside
  const path = (name: string): string => join(dir, name);
  return {
    dir,
    path,
    write: (name, content) => { writeFileSync(path(name), content); return path(name); },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A valid scenario: 10 frames to a bound socket on loopback, one read. */
export function scenario(workload?: unknown[]): Record<string, unknown> {
  return {
    name: 'gate',
    config: {
      profile: 'linux-6.18',
      cpus: 2,
      devices: [{ name: 'lo', kind: 'loopback' }],
      sockets: [{ name: 'app', port: 9000 }],
    },
    workload: workload ?? [
      { at: 0, op: 'frames', device: 'lo', count: 10, flow: { dport: 9000 }, payload: 64 },
      { at: 1000000, op: 'read', socket: 'app' },
    ],
  };
}

/** The scenario as pretty JSON, one key per line (so that line numbers in messages are predictable). */
export function scenarioText(workload?: unknown[]): string {
  return `${JSON.stringify(scenario(workload), null, 2)}\n`;
}
