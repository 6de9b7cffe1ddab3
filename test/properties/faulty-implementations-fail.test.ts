// The properties have teeth: every deliberately faulty implementation in examples/faulty/ (the
// model with one kernel rule broken) fails the suite, and the shrunk counterexample is small.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Implementation } from '../../src/impl/types.ts';
import { checkProperty, DEFAULT_RUNS, DEFAULT_SEED } from '../../properties/check.ts';
import { formatResult } from '../../properties/format.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';
import type { PropertyResult } from '../../properties/types.ts';

const DIR = join(import.meta.dirname, '..', '..', 'examples', 'faulty');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'lib.ts').sort();

describe('faulty implementations fail the suite', () => {
  test('there are at least five', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5);
  });
  for (const file of FILES) {
    test(file, async () => {
      const mod = (await import(join(DIR, file))) as { default: Implementation & { description: string }; description: string };
      const impl = mod.default;
      expect(mod.description.length).toBeGreaterThan(0);
      expect(mod.description).not.toContain('\n');
      let first: PropertyResult | undefined;
      // The suite stops at the first property that catches it (as a CI run would report it).
      outer: for (const property of ALL_PROPERTIES) {
        for (const profile of impl.profiles) {
          const r = await checkProperty(impl, property, { profile, runs: DEFAULT_RUNS, seed: DEFAULT_SEED });
          expect(r.status, r.error?.message).not.toBe('broken');
          if (r.status === 'failed') {
            first = r;
            break outer;
          }
        }
      }
      expect(first, `${file} (${mod.description}) passed every property`).toBeDefined();
      const steps = first!.counterexample!.scenario.workload.length;
      expect(steps, formatResult(first!)).toBeLessThanOrEqual(10);
    });
  }
});
