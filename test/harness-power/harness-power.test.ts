// `npm run harness-power` (scripts/harness-power/): the machinery on three fixed mutants of the
// model, with few runs and a small equivalence sample: one the properties must kill (an
// off-by-one in the backlog admission rule), one equivalent by construction (Stryker's own comment
// says so) and one that loops forever (stopped by the watchdog, killed as broken).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { harnessPower, type HarnessRun } from '../../scripts/harness-power/harness.ts';
import { plannedChecks } from '../../scripts/harness-power/kill.ts';
import { applyMutant, type ModelMutant } from '../../scripts/harness-power/mutants.ts';
import { sampleOf } from '../../scripts/harness-power/sample.ts';

function one(all: readonly ModelMutant[], file: string, original: string, replacement: string): ModelMutant {
  const found = all.filter((m) => m.file === file && m.original === original && m.replacement === replacement);
  expect(found, `${file}: ${original} → ${replacement}`).toHaveLength(1);
  return found[0]!;
}

describe('harness power', () => {
  let run: HarnessRun;
  const outcome = (mutator: string, replacement: string) =>
    run.results.find((r) => r.mutant.mutator === mutator && r.mutant.replacement === replacement)!;

  it('runs three fixed mutants: killed, no observable difference, killed as broken (a loop)', async () => {
    run = await harnessPower({
      files: ['src/model/profile.ts', 'src/model/queue.ts'],
      pick: (all) => [
        // backlogHasRoom: `qlen <= netdev_max_backlog` made `<`, one packet fewer admitted.
        one(all, 'src/model/profile.ts', 'qlen >>> 0 <= maxBacklog >>> 0', 'qlen >>> 0 < maxBacklog >>> 0'),
        // SkbQueue.spliceInto's early return on an empty queue dropped: equivalent (Stryker disable comment).
        one(all, 'src/model/queue.ts', 'n === 0', 'false'),
        // ... and made unconditional: nothing is ever spliced, process_backlog loops forever.
        one(all, 'src/model/queue.ts', 'n === 0', 'true'),
      ],
      seed: 1, runs: 5, scenarios: 40, scenarioSeed: 1, golden: false, jobs: 1, timeoutMs: 5_000, baseline: false,
    });
    expect(outcome('EqualityOperator', 'qlen >>> 0 < maxBacklog >>> 0'))
      .toMatchObject({ outcome: 'killed', killedBy: { status: 'failed' } });
    expect(outcome('ConditionalExpression', 'false'))
      .toMatchObject({ outcome: 'no-difference', checks: plannedChecks().length });
    expect(outcome('ConditionalExpression', 'true')).toMatchObject({
      outcome: 'killed', killedBy: { status: 'broken', message: expect.stringMatching(/no progress for 5 s/) },
    });
    expect(run.summary).toMatchObject({ sampled: 3, killed: 2, survived: 0, noDifference: 1, nonEquivalent: 2, killRate: 1 });
    expect(existsSync(run.workspace)).toBe(false);
  });

  it('samples deterministically and applies a mutant only where it was generated', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    expect(sampleOf(items, 10, 3)).toEqual(sampleOf(items, 10, 3));
    expect(sampleOf(items, 10, 3)).not.toEqual(sampleOf(items, 10, 4));
    expect(new Set(sampleOf(items, 10, 3)).size).toBe(10);
    const m = { start: 6, end: 7, original: '+', replacement: '-' };
    expect(applyMutant('a = b + c', m)).toBe('a = b - c');
    expect(() => applyMutant('a = b * c', m)).toThrow(/source changed/);
  });
});
