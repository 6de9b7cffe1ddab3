// The golden corpus is recorded by the tool from the model, covers both profiles and every example
// of the seed post, is valid, and matches what the model gives now; `golden record` never
// overwrites a trace without --update.
import { PROFILES } from '../../src/spec/registry.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { GOLDEN_SOURCES } from '../../golden/scenarios/index.ts';
import { guard } from '../../src/impl/guard.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import { compareObservations } from '../../src/oracle/compare.ts';
import { GOLDEN_DIR, loadCorpus } from '../../src/runner/golden/corpus.ts';
import { loadExpectedDifferences } from '../../src/runner/golden/expected-differences.ts';
import { recordCorpus } from '../../src/runner/golden/record.ts';
import { tempGolden } from '../runner/golden-fixture.ts';

const model = guard(modelImplementation());
const tmp = tempGolden();
afterAll(() => tmp.cleanup());

describe('the golden corpus', () => {
  const corpus = loadCorpus();
  const modelTraces = corpus.filter((t) => t.trace.provenance.source === 'model');

  test('one model trace per source and profile, each with a one-line summary and tags', () => {
    for (const s of GOLDEN_SOURCES) {
      for (const p of s.profiles ?? PROFILES) {
        expect(existsSync(join(GOLDEN_DIR, 'model', p, `${s.id}.json`)), `${p}/${s.id}`).toBe(true);
      }
      expect(s.summary).not.toContain('\n');
    }
    expect(modelTraces.length).toBe(GOLDEN_SOURCES.length * PROFILES.length);
    for (const t of modelTraces) expect(t.trace.tags?.length).toBeGreaterThan(0);
  });

  test('covers the seed post\'s examples', () => {
    const all = JSON.stringify(modelTraces.map((t) => t.trace.scenario));
    for (const needle of [
      '"net.core.netdev_budget":600', '"net.core.netdev_max_backlog":3000', '"net.core.dev_weight":600',
      '"net.core.flow_limit_table_len":8192', '"net.core.rmem_max":8388608', '"net.core.rmem_default":8388608',
      '"rpsCpus":"e"', '"net.core.rps_sock_flow_entries":32768', '"gro":true', '"gro":false', '"ringSize":512', '"ringSize":4096',
      '"rxQueues":8', '"rssWeights":[6,2]', '"ntuple":[{"dstPort":80,"action":2},{"src":"10.0.0.66","action":-1}]', '"napiWeight":64',
    ]) expect(all, needle).toContain(needle);
    const ids = new Set(modelTraces.map((t) => t.id.split('/').pop()));
    for (const id of ['rps-on', 'rps-off', 'budget-default-300']) expect(ids.has(id)).toBe(true);
  });

  test('every model trace is what the model gives now (re-record with rxpath golden record --update)', async () => {
    for (const t of modelTraces) {
      const actual = await model.run(t.trace.scenario, { events: false });
      const r = compareObservations(t.trace.scenario, t.trace.observations, actual, () => true);
      expect(r.diff, `${t.id}: ${JSON.stringify(r.diff?.diffs.slice(0, 3))}`).toBeUndefined();
    }
  });

  test('the expected-differences register is valid and names traces that exist', () => {
    const ids = new Set(corpus.map((t) => t.id));
    for (const e of loadExpectedDifferences().values()) expect(ids.has(e.trace), e.trace).toBe(true);
  });
});

describe('golden record', () => {
  const sources = GOLDEN_SOURCES.filter((s) => s.id === 'single-datagram' || s.id === 'no-ports');

  test('writes new traces, leaves identical ones, refuses to overwrite a different one without --update', async () => {
    const first = await recordCorpus({ model, sources, goldenDir: tmp.dir, rxpathVersion: 'test' });
    expect(first.map((r) => r.outcome)).toEqual(Array(8).fill('written')); // 2 sources x 4 profiles
    const again = await recordCorpus({ model, sources, goldenDir: tmp.dir, rxpathVersion: 'test' });
    expect(again.every((r) => r.outcome === 'unchanged')).toBe(true);

    const file = join(tmp.dir, 'model', 'linux-6.18', 'no-ports.json');
    const edited = readFileSync(file, 'utf8').replace('"NoPorts": 25', '"NoPorts": 26');
    writeFileSync(file, edited);
    const refused = await recordCorpus({ model, sources, goldenDir: tmp.dir, rxpathVersion: 'test', only: ['no-ports'], profiles: ['linux-6.18'] });
    expect(refused).toEqual([{ id: 'no-ports', profile: 'linux-6.18', file, outcome: 'differs' }]);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const updated = await recordCorpus({ model, sources, goldenDir: tmp.dir, rxpathVersion: 'test', only: ['no-ports'], profiles: ['linux-6.18'], update: true });
    expect(updated[0]!.outcome).toBe('updated');
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });

  test('an unknown source id is an input error', async () => {
    await expect(recordCorpus({ model, sources, goldenDir: tmp.dir, rxpathVersion: 'test', only: ['nope'] })).rejects.toThrow(/no scenario source named nope/);
  });
});
