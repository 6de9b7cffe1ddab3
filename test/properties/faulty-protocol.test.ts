// The harness's power over the protocol: every deliberately faulty implementation in examples/faulty/
// (listed from the directory, as in faulty-catalogue.test.ts), served by examples/bridge.ts as a
// program that declares settled timing (no clock) and no trace events, fails
//   rxpath check --impl-cmd "npx tsx examples/bridge.ts examples/faulty/NAME.ts --timing settled --no-events"
// with exit code 1 and a property counterexample of at most 10 steps. Golden traces are left out
// (--skip-golden): the failure must come from a generated scenario. One process per implementation,
// at most CONCURRENCY at a time. `npm test` runs the four faults issue 10 names (an admission
// off-by-one, a backlog drop on the wrong CPU, a ring one slot short, a squeeze rule of the other
// profile); `npm run faulty-catalogue` (RXPATH_FULL_CATALOGUE=1) runs every one and prints how long
// each took to catch: a time is measured, never asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'examples', 'faulty');
const ALL_FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'lib.ts').sort();
const NAMED_IN_ISSUE = ['udp-admit-ge-6-18.ts', 'backlog-drop-on-enqueuing-cpu.ts', 'ring-one-slot-short.ts', 'squeeze-before-poll-6-18.ts'];
const FILES = process.env.RXPATH_FULL_CATALOGUE ? ALL_FILES : ALL_FILES.filter((f) => NAMED_IN_ISSUE.includes(f));
const CONCURRENCY = 2;
const MAX_STEPS = 10;
/** One whole `rxpath check` over the protocol: every property of both profiles, so allow minutes. */
const RUN_TIMEOUT_MS = 15 * 60_000;

const work = mkdtempSync(join(tmpdir(), 'rxpath-faulty-protocol-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** At most CONCURRENCY child processes at once. */
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(f: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await f();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function rxpath(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'rxpath.js'), ...args], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What this test reads of a check in the --json report (src/runner/types.ts CheckResult). */
interface JsonCheck {
  id: string; kind: string; status: string; ms: number; message?: string;
  counterexample?: { scenario: { workload: unknown[] } };
}

describe.concurrent('faulty implementations over the protocol (settled timing, no events)', () => {
  for (const file of FILES) {
    const name = file.replace(/\.ts$/, '');
    test(name, async () => {
      const json = join(work, `${name}.json`);
      const cmd = `npx tsx examples/bridge.ts examples/faulty/${file} --timing settled --no-events`;
      const r = await slot(() => rxpath(['check', '--impl-cmd', cmd, '--skip-golden', '--json', json]));
      const tail = `${r.stdout.split('\n').slice(-12).join('\n')}\n${r.stderr.slice(-2000)}`;
      expect(r.code, `${cmd}\n${tail}`).toBe(1);
      const checks = (JSON.parse(readFileSync(json, 'utf8')) as { checks: JsonCheck[] }).checks;
      const failed = checks.filter((c) => c.kind === 'property' && c.status === 'failed');
      expect(failed.length, tail).toBeGreaterThan(0);
      // Some failing property found a counterexample of at most MAX_STEPS steps.
      const steps = (c: JsonCheck): number => c.counterexample!.scenario.workload.length;
      const shown = failed.map((c) => `${c.id}: ${steps(c)} steps, ${Math.round(c.ms)} ms`).join('; ');
      expect(failed.some((c) => steps(c) <= MAX_STEPS), shown).toBe(true);
      if (process.env.RXPATH_FULL_CATALOGUE) console.log(`caught over the protocol: ${name}: ${shown}`);
    }, RUN_TIMEOUT_MS);
  }
});
