// rxpath/vitest: the suite registers in a user's vitest run; failures are saved atomically,
// replayed first, and reported with the configuration, the steps and the first disagreement.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { conformanceSuite, selectProperties } from '../../src/vitest.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import { checkProperty, checkScenario, DEFAULT_SEED } from '../../properties/check.ts';
import { FailureStore } from '../../properties/failures.ts';
import { formatResult } from '../../properties/format.ts';
import { propertyByName } from '../../properties/index.ts';
import backlogLt from '../../examples/faulty/backlog-lt.ts';

const dir = mkdtempSync(join(tmpdir(), 'rxpath-suite-'));

// The public entry, as a user's test file calls it (a subset, few runs).
conformanceSuite(modelImplementation(), { properties: ['monotonic', 'identities', 'backlog'], runs: 25, failuresFile: join(dir, 'model-failures.json') });

describe('rxpath/vitest helpers', () => {
  test('an unknown property name is an error naming the known ones', () => {
    expect(() => selectProperties(['nope'])).toThrow(/unknown property "nope".*budget/);
  });
  test('package.json exports ./vitest', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
    // compiled JavaScript with its types (npm run build); the repository's own tests alias it to the sources
    expect(pkg.exports['./vitest']).toMatchObject({ types: './dist/src/vitest.d.ts', import: './dist/src/vitest.js' });
  });
});

describe('failures are saved, replayed and readable', () => {
  const property = propertyByName('backlog')!;
  test('a failure is reproducible from seed and path, saved atomically and still fails on replay', async () => {
    const r = await checkProperty(backlogLt, property, { profile: 'linux-6.18', runs: 100, seed: DEFAULT_SEED });
    expect(r.status).toBe('failed');
    // replay from seed + path gives the same counterexample
    const again = await checkProperty(backlogLt, property, { profile: 'linux-6.18', runs: 100, seed: r.seed, path: r.path! });
    expect(again.status).toBe('failed');
    expect(again.counterexample!.scenario).toEqual(r.counterexample!.scenario);

    const store = new FailureStore(join(dir, 'nested', 'failures.json'));
    store.save({ property: 'backlog', profile: 'linux-6.18', implementation: backlogLt.name, seed: r.seed, path: r.path!, scenario: r.counterexample!.scenario, message: r.counterexample!.verdict.message });
    expect(readdirSync(join(dir, 'nested'))).toEqual(['failures.json']); // no temporary file left
    const saved = store.find(backlogLt.name, 'backlog', 'linux-6.18')!;
    expect(saved.path).toBe(r.path);
    const v = await checkScenario(backlogLt, property, saved.scenario);
    expect(v.ok).toBe(false);
    // the model passes the saved scenario, so a fixed implementation clears the entry
    expect((await checkScenario(modelImplementation(), property, saved.scenario)).ok).toBe(true);
    store.remove(backlogLt.name, 'backlog', 'linux-6.18');
    expect(store.find(backlogLt.name, 'backlog', 'linux-6.18')).toBeUndefined();
  });

  test('the report shows the configuration, the workload steps and the first disagreement', async () => {
    const r = await checkProperty(backlogLt, property, { profile: 'linux-3.13', runs: 100, seed: DEFAULT_SEED });
    const text = formatResult(r, property.rule);
    expect(text).toMatch(/^backlog \[linux-3\.13\]: failed after \d+ runs? \(seed 4, path "/);
    expect(text).toContain('configuration:');
    expect(text).toContain('sysctl net.core.netdev_max_backlog = 0');
    expect(text).toMatch(/workload \(1 step\):\n {2}\[0\] @\d+ns frames 1 x on/);
    expect(text).toContain('disagreement: CPU 0 counted 1 backlog drops');
    expect(text).toContain(`--replay ${r.seed}:${r.path}`);
  });
});
