// The replay adapter (src/impl/replay.ts): a recorded trace answers exactly the scenario it
// recorded, with the recorded observations, and declares what the recording observed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { propertyByName } from '../../properties/index.ts';
import { checkScenario } from '../../properties/check.ts';
import type { GoldenTrace } from '../../src/generated/schema-types.ts';
import { ImplementationError } from '../../src/impl/errors.ts';
import { firstDifference, loadRecordings, loadReplayImplementation, replayImplementation } from '../../src/impl/replay.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { KERNEL_GOLDEN } from '../kernel/golden-files.ts';

const all = loadRecordings(KERNEL_GOLDEN);
const byName = (n: string) => all.find((r) => r.id === `linux-6.18/${n}`)!;

describe('replay of recorded traces', () => {
  it('loads every kernel trace under golden/kernel, recursively, ids relative to the directory', () => {
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((r) => /^linux-\d+\.\d+\/.+$/.test(r.id))).toBe(true);
  });

  it('answers a recorded scenario with its recorded observations, whatever the key order of the scenario', async () => {
    const rec = byName('noports-lo');
    const impl = replayImplementation(all);
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
    const reordered = reversed(rec.trace.scenario) as typeof rec.trace.scenario;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(rec.trace.scenario));
    for (const scenario of [rec.trace.scenario, structuredClone(rec.trace.scenario), reordered]) {
      expect(await impl.run(scenario, { events: false })).toEqual(rec.trace.observations);
    }
    expect(impl.recordingFor(reordered)?.id).toBe(rec.id);
  });

  it('gives events only when asked, and refuses to invent them for a counters-only recording', async () => {
    const traced = byName('trace-burst40-max10');
    const one = replayImplementation([traced]);
    expect(one.events).toBe(true);
    expect((await one.run(traced.trace.scenario, { events: true })).events).toEqual(traced.trace.observations.events);
    expect((await one.run(traced.trace.scenario, { events: false })).events).toBeUndefined();
    const plain = replayImplementation([byName('noports-lo')]);
    expect(plain.events).toBe(false);
    await expect(plain.run(byName('noports-lo').trace.scenario, { events: true })).rejects.toThrow(/recorded without trace events/);
  });

  it('declares observes from the trace (several traces: the paths every one observed) and the profiles recorded', () => {
    const rec = byName('noports-lo');
    expect(replayImplementation([rec]).observes).toEqual(rec.trace.observed);
    const both = replayImplementation([rec, byName('trace-burst40-max10')]);
    expect(both.observes).toContain('snmp.Udp.NoPorts');
    expect(both.observes).toContain('dev.lo.rx_packets'); // every trial's namespace has lo, and reads it
    expect(both.observes).not.toContain('dev.veth0.rx_drop'); // the loopback trace has no veth0
    expect(both.profiles).toEqual(['linux-6.18']);
  });

  it('throws ImplementationError (exception) naming the difference for a scenario it did not record', async () => {
    const impl = replayImplementation(all);
    const rec = byName('noports-lo');
    const changed = structuredClone(rec.trace.scenario);
    (changed.workload[0] as { count: number }).count = 6;
    const err = await impl.run(changed, { events: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImplementationError);
    expect((err as ImplementationError).fault).toBe('exception');
    expect((err as Error).message).toContain('scenario "noports-lo" was not recorded');
    expect((err as Error).message).toContain('/workload/0/count');
    const other = { ...changed, name: 'never-recorded' };
    await expect(impl.run(other, { events: false })).rejects.toThrow(/none of the \d+ recordings has a scenario named "never-recorded"/);
  });

  it('makes a property result broken, not a counterexample, for an unrecorded scenario', async () => {
    const impl = replayImplementation([byName('noports-lo')]);
    const p = propertyByName('identities')!;
    expect(await checkScenario(impl, p, byName('noports-lo').trace.scenario)).toEqual({ ok: true });
    await expect(checkScenario(impl, p, byName('noports-veth').trace.scenario)).rejects.toBeInstanceOf(ImplementationError);
  });

  it('rejects bad input with the file and pointer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxpath-replay-'));
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    expect(() => loadReplayImplementation(dir)).toThrow(RxpathInputError);
    expect(() => loadReplayImplementation(dir)).toThrow(/bad\.json: not JSON/);
    const dir2 = mkdtempSync(join(tmpdir(), 'rxpath-replay-'));
    const t = structuredClone(byName('noports-lo').trace) as Partial<GoldenTrace>;
    delete t.scenario;
    writeFileSync(join(dir2, 'noscenario.json'), JSON.stringify(t));
    expect(() => loadReplayImplementation(dir2)).toThrow(/noscenario\.json/);
    expect(() => loadReplayImplementation(join(dir2, 'missing'))).toThrow(/no such file or directory/);
    expect(() => replayImplementation([])).toThrow(/no recorded traces/);
  });

  it('refuses two recordings of the same scenario with different observations', () => {
    const rec = byName('noports-lo');
    const twin = structuredClone(rec);
    twin.id = 'twin';
    twin.trace.observations.checkpoints.at(-1)!.counters.snmp.Udp.NoPorts += 1;
    expect(() => replayImplementation([rec, twin])).toThrow(/twin: \/scenario: the same scenario as .*noports-lo/);
  });

  it('firstDifference gives the JSON pointer of the first difference', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('/a/1/b');
    expect(firstDifference({ a: 1 }, { a: 1 })).toBeNull();
    expect(firstDifference({ 'x/y': 1 }, { 'x/y': 2 })).toBe('/x~1y');
  });
});
