// examples/python speaks the protocol, declares its subset honestly (linux-6.18, loopback UDP and the
// socket receive buffer) and passes every golden trace it supports, the kernel-recorded ones included.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SEED, checkProperty } from '../../properties/check.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';
import type { Property } from '../../properties/types.ts';
import { guard } from '../../src/impl/guard.ts';
import { ProcessImplementation } from '../../src/impl/process.ts';
import { runCheck } from '../../src/runner/run-check.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let hasPython = true;
try { execFileSync('python3', ['--version']); } catch { hasPython = false; }

describe.skipIf(!hasPython)('the Python example', () => {
  test('passes the golden traces and properties that fit what it declares', async () => {
    const impl = await ProcessImplementation.open({ command: `python3 ${join(ROOT, 'examples/python/rxpath_udp.py')}`, timeoutMs: 10_000 });
    try {
      expect(impl.profiles).toEqual(['linux-6.18']);
      expect(impl.tags).toContain('rcvbuf');
      const r = await runCheck({
        impl: guard(impl), properties: ALL_PROPERTIES as Property[],
        checkProperty: (i, p, o) => checkProperty(i, p, { ...o, runs: o.runs ?? 20 }),
        seed: DEFAULT_SEED, rxpathVersion: 'test',
      });
      const golden = r.checks.filter((c) => c.kind === 'golden');
      const passed = golden.filter((c) => c.status === 'passed');
      expect(r.exitCode, JSON.stringify(r.checks.filter((c) => c.status === 'failed' || c.status === 'broken').map((c) => [c.name, c.message]))).toBe(0);
      expect(passed.some((c) => c.source === 'kernel')).toBe(true);
      expect(passed.some((c) => c.name === 'model/linux-6.18/rcvbuf-minimum-2304')).toBe(true);
      expect(golden.find((c) => c.name === 'model/linux-3.13/rcvbuf-minimum-2304')?.status).toBe('skipped');
      expect(golden.find((c) => c.name === 'model/linux-6.18/ring-512')?.message).toContain('nic');
    } finally {
      await impl.close();
    }
  });
});
