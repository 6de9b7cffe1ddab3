// The worker-thread adapter (src/impl/worker.ts) itself: what it passes on from the module, how it
// reports a fault that happened between runs, how it restarts, and that close() stops a thread
// that is stuck.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { guard } from '../../src/impl/guard.ts';
import { isReferenceModel } from '../../src/impl/reference-marker.ts';
import { WorkerImplementation } from '../../src/impl/worker.ts';
import { toyScenario } from '../runner/fakes.ts';
import { FIXTURES } from './cli.ts';

const open = (name: string, timeoutMs = 2000) =>
  WorkerImplementation.open({ modulePath: join(FIXTURES, 'in-process', `${name}.ts`), timeoutMs });

describe('the worker adapter', () => {
  test('passes on every plain-data field the module declares, and nothing of its own', async () => {
    const impl = await open('declares-more');
    try {
      expect({ ...impl }).toEqual({
        name: 'declares-more', profiles: ['linux-6.18'], events: false, tags: ['loopback', 'socket'], observes: ['snmp.Udp'],
        description: 'the model, declaring more', timing: 'settled', limits: { maxFrames: 1000 },
      });
      expect((guard(impl) as unknown as { timing: string }).timing).toBe('settled');
      expect((await impl.run(toyScenario('linux-6.18', 3), { events: false })).checkpoints).toHaveLength(3);
    } finally {
      await impl.close();
    }
  });

  test('keeps the mark of the reference model', async () => {
    const impl = await open('reference-model');
    try {
      expect(isReferenceModel(impl)).toBe(true);
      expect(isReferenceModel(await open('declares-more').then(async (o) => { await o.close(); return o; }))).toBe(false);
    } finally {
      await impl.close();
    }
  });

  test('a thread the implementation ended between runs: the next run says so, the one after runs again', async () => {
    const impl = await open('exits-after-run');
    try {
      await impl.run(toyScenario('linux-6.18', 3), { events: false });
      await new Promise((r) => setTimeout(r, 300));
      await expect(impl.run(toyScenario('linux-6.18', 3), { events: false }))
        .rejects.toMatchObject({ fault: 'crash', message: 'called process.exit(1) after run of "toy"' });
      expect((await impl.run(toyScenario('linux-6.18', 3), { events: false })).checkpoints).toHaveLength(3);
    } finally {
      await impl.close();
    }
  });

  test('runs asked for at once go one at a time, each with its own answer', async () => {
    const impl = await open('declares-more');
    try {
      const sizes = [1, 2, 3, 4];
      const all = await Promise.all(sizes.map((n) => impl.run(toyScenario('linux-6.18', n), { events: false })));
      expect(all.map((o) => o.checkpoints.at(-1)!.counters.snmp.Ip.InReceives)).toEqual(sizes);
    } finally {
      await impl.close();
    }
  });

  test('close() stops a thread stuck in a synchronous loop; the stuck run fails with a timeout', async () => {
    const impl = await open('endless-loop', 500);
    const stuck = impl.run(toyScenario('linux-6.18', 3), { events: false });
    const t0 = Date.now();
    await expect(stuck).rejects.toMatchObject({ fault: 'timeout', message: 'run of "toy" took longer than 500 ms' });
    await impl.close();
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
