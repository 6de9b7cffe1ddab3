// `rxpath check` exits 0 when everything passed, 1 on a conformance failure, 2 on bad usage or
// input, 3 when the implementation crashed or broke the protocol.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const rxpath = (...args: string[]) => spawnSync('node', [join(ROOT, 'bin/rxpath.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('rxpath check exit codes', () => {
  test('0: the model against its own traces', () => {
    const r = rxpath('check', '--traces', 'model/linux-6.18/single-datagram', 'model/linux-3.13/no-ports');
    expect(r.stdout).toContain('golden traces: 2 passed, 0 failed');
    expect(r.status).toBe(0);
  });

  test('1: a faulty implementation served over the protocol by the bridge', () => {
    const r = rxpath('check', '--impl-cmd', 'npx tsx examples/bridge.ts examples/faulty/udp-admit-pre-618.ts', '--traces', 'model/linux-6.18/rcvbuf-minimum-2304');
    expect(r.stdout).toContain('snmp.Udp.RcvbufErrors: expected 8, actual 7');
    expect(r.status).toBe(1);
  });

  test('2: bad usage', () => {
    expect(rxpath('check', '--runs', 'many').status).toBe(2);
    expect(rxpath('check', '--shard', '3/2').status).toBe(2);
    expect(rxpath('check', '--no-such-option').status).toBe(2);
    const r = rxpath('check', '--impl', 'test/fixtures/protocol/serve.mjs');
    expect(r.stderr).toContain('serve.mjs: exports no default Implementation');
    expect(r.status).toBe(2);
  });

  test('3: a crash is reported with the step, and the run goes on', () => {
    const r = rxpath('check', '--impl-cmd', 'node test/fixtures/protocol/crash.mjs', '--traces', 'model/linux-6.18/single-datagram', 'model/linux-6.18/no-ports');
    expect(r.stdout).toContain('golden traces: 0 passed, 0 failed, 2 broken');
    expect(r.stdout).toMatch(/the implementation crashed on step 1: checkpoint "queued"/);
    expect(r.stdout).toContain('exited with status 7');
    expect(r.status).toBe(3);
  });

  test('3: a handshake that fails', () => {
    const r = rxpath('check', '--impl-cmd', 'node test/fixtures/protocol/bad-version.mjs');
    expect(r.stderr).toContain('chose protocol version 99');
    expect(r.status).toBe(3);
  });
});
