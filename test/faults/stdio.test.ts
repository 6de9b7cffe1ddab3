// Misbehaving implementations over the protocol (`rxpath check --impl-cmd`), through the real
// command line: a line longer than the protocol's limit is "line too long" (exit 3) read with
// bounded memory, and nothing the program forked outlives rxpath, however the session ends.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { brokenLines, FIXTURES, running, rxpath, start, until } from './cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'rxpath-stdio-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const program = (name: string, ...args: string[]): string => ['node', join(FIXTURES, 'stdio', `${name}.mjs`), ...args].join(' ');
const check = (command: string, timeout = '20000') =>
  ['check', '--impl-cmd', command, '--skip-golden', '--properties', 'monotonic', '--runs', '2', '--timeout', timeout];
const TOO_LONG = 'printed a line too long (over 67108864 bytes without a newline)';

describe.concurrent('a protocol line longer than 64 MiB', () => {
  test('in answer to start: both checks broken with "line too long", exit 3', async ({ expect }) => {
    const r = await rxpath(check(program('endless-line')));
    const lines = brokenLines(r);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toMatch(new RegExp(`: ${TOO_LONG.replace(/[()]/g, '\\$&')} in answer to start$`));
    expect(r.stdout).toContain("the protocol's line length limit is 64 MiB");
    expect(r.status).toBe(3);
  });

  test('in answer to the handshake: one line on stderr, exit 3', async ({ expect }) => {
    const r = await rxpath(check(program('endless-line', 'hello')));
    const first = r.stderr.split('\n')[0];
    expect(first).toBe(`rxpath: the implementation broke before any check (protocol): ${TOO_LONG} in answer to hello (the version handshake)`);
    expect(r.status).toBe(3);
  });
});

describe.concurrent('a child the program forks does not outlive rxpath', () => {
  const childOf = (pidFile: string): number => Number(readFileSync(pidFile, 'utf8'));
  const cases: [string, string, number][] = [
    ['the program answers correctly and exits on bye', 'serve', 0],
    ['the program hangs past --timeout', 'hang', 3],
    ['the program crashes', 'crash', 3],
    ['the program exits before its handshake', 'exit-at-hello', 3],
  ];
  for (const [what, mode, code] of cases) {
    test(`${what} (exit ${code})`, async ({ expect }) => {
      const pidFile = join(dir, `${mode}.pid`);
      const r = await rxpath(check(program('forks-child', pidFile, mode), mode === 'hang' ? '1500' : '20000'));
      expect(r.status).toBe(code);
      const child = childOf(pidFile);
      expect(await until(() => !running(child), 3000), `child ${child} still runs`).toBe(true);
    });
  }

  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    test(`rxpath is ended by ${signal} in the middle of a check`, async ({ expect }) => {
      const pidFile = join(dir, `${signal}.pid`);
      const { child: rx, ended } = start(check(program('forks-child', pidFile, 'hang'), '60000'));
      expect(await until(() => { try { return childOf(pidFile) > 0; } catch { return false; } }, 30_000)).toBe(true);
      const child = childOf(pidFile);
      await new Promise((r) => setTimeout(r, 300)); // the handshake is answered, step 0 hangs
      rx.kill(signal);
      const r = await ended;
      expect(r.signal).toBe(signal);
      expect(r.stderr).toMatch(new RegExp(`^rxpath: interrupted by ${signal}: ended the implementation's process group \\d+$`, 'm'));
      expect(await until(() => !running(child), 3000), `child ${child} still runs`).toBe(true);
    });
  }
});
