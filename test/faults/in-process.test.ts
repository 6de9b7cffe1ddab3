// Misbehaving in-process implementations (`rxpath check --impl`), each through the real command
// line: the module runs in a worker thread, so whatever it does is reported as the implementation's
// fault in one line, the run goes on with the next check, and rxpath exits 3. The cases run
// concurrently: most of their time is rxpath starting, or a run waiting out its time limit.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { brokenLines, FIXTURES, rxpath } from './cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'rxpath-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string): string => join(FIXTURES, 'in-process', `${name}.ts`);
/** Two checks (budget on linux-3.13 and linux-6.18), two runs each, a time limit (short for the fixtures that hang). */
const check = (name: string, env: Record<string, string> = {}, extra: string[] = []) => {
  const timeout = /endless|never-settles/.test(name) ? '1000' : '20000';
  return rxpath(['check', '--impl', fixture(name), '--skip-golden', '--properties', 'budget', '--profile', 'linux-3.13', 'linux-6.18',
    '--runs', '2', '--timeout', timeout, ...extra], env);
};

/** The broken line of each profile's check, with `did` for that profile's run. */
function brokenTwice(did: (profile: string) => string): string[] {
  return ['linux-3.13', 'linux-6.18'].map((p) => did(p));
}

describe.concurrent('an in-process implementation that misbehaves during a run: both checks broken, exit 3', () => {
  const cases: [string, string, (p: string) => string][] = [
    ['a synchronous endless loop', 'endless-loop', (p) => `run of "budget-${p}" took longer than 1000 ms`],
    ['a promise that never settles', 'never-settles', (p) => `run of "budget-${p}" took longer than 1000 ms`],
    ['process.exit(0) inside run()', 'exit-in-run', (p) => `called process.exit(0) during run of "budget-${p}"`],
    ['an unhandled rejection', 'unhandled-rejection',
      (p) => `left a promise rejection unhandled during run of "budget-${p}": Error: forgotten promise`],
    ['an exception thrown from a timer', 'throws-in-timer',
      (p) => `threw an uncaught exception during run of "budget-${p}": Error: thrown from a timer`],
    ['a rejection of run() itself', 'throws', () => 'threw TypeError: counters not ready'],
    ['observations that cannot leave the thread', 'uncloneable',
      () => 'returned observations that cannot be copied out of its thread: DataCloneError: ()=>1 could not be cloned.'],
  ];
  for (const [what, name, did] of cases) {
    test(what, async ({ expect }) => {
      const r = await check(name);
      const lines = brokenLines(r).filter((l) => l.startsWith('BROKEN property linux'));
      expect(lines).toHaveLength(2);
      brokenTwice(did).forEach((msg, i) => expect(lines[i]).toMatch(new RegExp(`budget \\(\\d runs?\\) [\\d.]+ m?s: ${escape(msg)}$`)));
      expect(r.stdout).toContain('properties:    0 passed, 0 failed, 2 broken');
      expect(r.stdout).toContain('result: the implementation broke (exit 3)');
      expect(r.status).toBe(3);
    });
  }
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe.concurrent('an in-process implementation that breaks before any check: one line on stderr, exit 3', () => {
  const cases: [string, string, string][] = [
    ['a factory that throws', 'factory-throws', '(exception): its factory threw Error: cannot open the device'],
    ['a top-level await that never settles', 'tla-never-settles', '(crash): never finished loading: a top-level await that never settles'],
    ['process.exit while loading', 'exit-at-load', '(crash): called process.exit(3) while loading the module'],
  ];
  for (const [what, name, message] of cases) {
    test(what, async ({ expect }) => {
      const r = await check(name);
      expect(r.stderr).toBe(`rxpath: the implementation broke before any check ${message}\n`);
      expect(r.stdout).toBe('');
      expect(r.status).toBe(3);
    });
  }

  test('a module that is not an Implementation stays bad input (exit 2)', async ({ expect }) => {
    const r = await check('not-an-implementation');
    expect(r.stderr).toMatch(/not-an-implementation\.ts: the exported implementation has no `run\(scenario, opts\)` function/);
    expect(r.status).toBe(2);
  });
});

describe.concurrent('the worker thread', () => {
  test('starts once for a whole run of checks, not per scenario', async ({ expect }) => {
    const loads = join(dir, 'loads-once');
    const r = await check('counts-loads', { RXPATH_TEST_LOADS: loads }, ['--runs', '5']);
    expect(r.stdout).toContain('properties:    2 passed, 0 failed, 0 broken');
    expect(r.status).toBe(0);
    expect(readFileSync(loads, 'utf8')).toBe('loaded\n');
  });

  test('starts again after the implementation ended it, and the next check passes', async ({ expect }) => {
    const loads = join(dir, 'loads-restart');
    const r = await check('counts-loads', { RXPATH_TEST_LOADS: loads, RXPATH_TEST_EXIT_ONCE: join(dir, 'exited') });
    expect(brokenLines(r)[0]).toMatch(/BROKEN property linux-3.13 budget .*: called process\.exit\(0\) during run of "budget-linux-3\.13"$/);
    expect(r.stdout).toMatch(/PASS property linux-6\.18 budget/);
    expect(readFileSync(loads, 'utf8')).toBe('loaded\nloaded\n');
    expect(r.status).toBe(3);
  });

  test('a deliberately faulty example still fails on its rule in process (exit 1)', async ({ expect }) => {
    const r = await rxpath(['check', '--impl', 'examples/faulty/backlog-lt.ts', '--skip-golden',
      '--properties', 'backlog', '--profile', 'linux-6.18', '--runs', '100']);
    expect(r.stdout).toMatch(/FAIL property linux-6\.18 backlog/);
    expect(r.status).toBe(1);
  });
});
