// Protocol version 2 adds capabilities.timing and a list of event types; a version 1 program
// keeps working, and one that declares a version 2 capability under version 1 is told so.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ImplementationError } from '../../src/impl/errors.ts';
import { PROTOCOL_VERSIONS, ProcessImplementation } from '../../src/impl/process.ts';
import { observedBy } from '../../properties/check.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'protocol');
const open = (f: string) => ProcessImplementation.open({ command: `node ${join(FIX, f)}`, timeoutMs: 5000 });

describe('protocol version 2', () => {
  test('rxpath offers versions 1 and 2', () => {
    expect([...PROTOCOL_VERSIONS]).toEqual([1, 2]);
  });

  test('a version 2 program declares settled timing and its event types', async () => {
    const impl = await open('v2-settled.mjs');
    try {
      expect(impl.timing).toBe('settled');
      expect(impl.events).toBe(true);
      expect(impl.eventTypes).toEqual(['napi_poll', 'softirq_entry', 'softirq_exit']);
      const o = observedBy(impl)!;
      expect(o.clock).toBe(false);
      expect([...o.eventTypes!]).toEqual(['napi_poll', 'softirq_entry', 'softirq_exit']);
    } finally {
      await impl.close();
    }
  });

  test('a version 1 program still works and keeps the model\'s clock', async () => {
    const impl = await open('good.mjs');
    try {
      expect(impl.timing).toBeUndefined();
      expect(impl.eventTypes).toBeUndefined();
    } finally {
      await impl.close();
    }
  });

  test('timing under version 1 is a protocol error that says which version it needs', async () => {
    const err = await open('v1-with-timing.mjs').then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ImplementationError);
    expect((err as ImplementationError).fault).toBe('protocol');
    expect((err as ImplementationError).message).toMatch(/protocol version 2/);
  });
});
