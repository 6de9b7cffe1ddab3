// The adapter for programs in any language: a program that speaks the protocol is run step by step;
// one that crashes, hangs, answers out of order or prints something that is not protocol is
// reported with what it did and on which step, as an ImplementationError.
import { afterEach, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { ImplementationError } from '../../src/impl/errors.ts';
import { guard } from '../../src/impl/guard.ts';
import { ProcessImplementation } from '../../src/impl/process.ts';
import { toyScenario } from '../runner/fakes.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'protocol');
const cmd = (name: string) => `node ${join(FIX, name)}`;
const opened: ProcessImplementation[] = [];

async function open(name: string, timeoutMs = 3000): Promise<ProcessImplementation> {
  const impl = await ProcessImplementation.open({ command: cmd(name), timeoutMs, rxpathVersion: 'test' });
  opened.push(impl);
  return impl;
}

async function failure(p: Promise<unknown>): Promise<ImplementationError> {
  try { await p; } catch (e) { if (e instanceof ImplementationError) return e; throw e; }
  throw new Error('expected an ImplementationError');
}

afterEach(async () => { await Promise.all(opened.splice(0).map((i) => i.close())); });

describe('a program speaking the protocol', () => {
  test('declares its capabilities in the handshake and answers every step', async () => {
    const impl = await open('good.mjs');
    expect(impl.profiles).toEqual(['linux-3.13', 'linux-6.18']);
    expect(impl.declaredName).toBe('test-fixture');
    const obs = await guard(impl).run(toyScenario(), { events: false });
    expect(obs.checkpoints.map((c) => [c.label, c.step])).toEqual([['after-burst', 1], ['after-read', 3], ['end', 4]]);
  });

  test('runs several scenarios in one process', async () => {
    const impl = await open('good.mjs');
    for (let i = 0; i < 3; i++) expect((await impl.run(toyScenario(), { events: false })).checkpoints).toHaveLength(3);
  });
});

describe('a misbehaving program is reported with what it did and the step', () => {
  test('crash: exit status, stderr and step', async () => {
    const e = await failure((await open('crash.mjs')).run(toyScenario(), { events: false }));
    expect(e.fault).toBe('crash');
    expect(e.step).toBe(1);
    expect(e.detail).toContain('exited with status 7');
    expect(e.detail).toContain('exiting on purpose');
  });

  test('hang: killed after the per-step timeout', async () => {
    const t0 = Date.now();
    // the limit also covers the program's start-up (the hello): wide enough for node on a loaded machine
    const e = await failure((await open('hang.mjs', 2000)).run(toyScenario(), { events: false }));
    expect(e.fault).toBe('timeout');
    expect(e.step).toBe(0);
    expect(e.message).toContain('2000 ms');
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  test('out of order: an answer for another step', async () => {
    const e = await failure((await open('out-of-order.mjs')).run(toyScenario(), { events: false }));
    expect(e.fault).toBe('out-of-order');
    expect(e.step).toBe(1);
    expect(e.message).toContain('step 2');
  });

  test('a stray extra line is out of order', async () => {
    const e = await failure((await open('extra-line.mjs')).run(toyScenario(), { events: false }));
    expect(e.fault).toBe('out-of-order');
    expect(e.step).toBe(1);
  });

  test('not JSON: the line it printed', async () => {
    const e = await failure((await open('not-json.mjs')).run(toyScenario(), { events: false }));
    expect(e.fault).toBe('protocol');
    expect(e.step).toBe(0);
    expect(e.detail).toContain('processing step 0...');
  });

  test('the wrong kind of answer is a protocol error', async () => {
    const e = await failure((await open('wrong-answer.mjs')).run(toyScenario(), { events: false }));
    expect(e.fault).toBe('protocol');
    expect(e.step).toBe(1);
    expect(e.message).toContain('"snapshot"');
  });

  test('counters that do not fit the schema are invalid output', async () => {
    const e = await failure((await open('invalid-snapshot.mjs')).run(toyScenario(), { events: false }));
    expect(e.fault).toBe('invalid-output');
    expect(e.step).toBe(4);
  });

  test('an error answer is reported with its message', async () => {
    const e = await failure((await open('reports-error.mjs')).run(toyScenario(), { events: false }));
    expect(e.fault).toBe('exception');
    expect(e.message).toContain('lock_sock is not supported');
  });

  test('an unknown protocol version fails the handshake', async () => {
    const e = await failure(ProcessImplementation.open({ command: cmd('bad-version.mjs'), timeoutMs: 3000 }));
    expect(e.fault).toBe('protocol');
    expect(e.message).toContain('version 99');
  });

  test('after a crash the next run starts a fresh process', async () => {
    const impl = await open('crash.mjs');
    await failure(impl.run(toyScenario(), { events: false }));
    const one: typeof toyScenario = () => ({ ...toyScenario(), workload: [toyScenario().workload[0]!] });
    expect((await impl.run(one(), { events: false })).checkpoints).toHaveLength(1);
  });

  test('a command that does not exist is a crash at the handshake', async () => {
    const e = await failure(ProcessImplementation.open({ command: 'rxpath-no-such-program-xyz', timeoutMs: 3000 }));
    expect(e.fault).toBe('crash');
    expect(e.detail).toMatch(/status 127|not found/);
  });
});
