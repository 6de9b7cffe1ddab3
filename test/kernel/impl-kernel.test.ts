// The live kernel as an implementation under test (`rxpath check --impl kernel`, root on Linux):
// a CI-sized sample of generated scenarios, each run on this host's kernel in a fresh namespace and
// compared with the reference model by the differential property; kernel golden traces replayed on
// it; nothing left behind. Elsewhere the test is skipped, saying why.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProperty, observedBy } from '../../properties/check.ts';
import { differentialProperty } from '../../properties/differential.ts';
import { guard } from '../../src/impl/guard.ts';
import { KernelImplementation } from '../../src/impl/kernel.ts';
import { kernelUnavailableReason } from '../../src/kernel/platform.ts';
import { measureAgreement } from '../../src/runner/agreement.ts';
import { corporaOf, loadCorpora } from '../../src/runner/golden/corpora.ts';
import { GOLDEN_DIR } from '../../src/runner/golden/corpus.ts';
import { checkGoldenTrace } from '../../src/runner/run-check.ts';

const why = kernelUnavailableReason();
if (why) console.warn(`test/kernel/impl-kernel.test.ts skipped: the live kernel cannot be run here: ${why}`);

/** Scenarios of the sample: about 0.35 s each on the project's machines. */
const RUNS = 80;

function leftovers(): string[] {
  const ns = existsSync('/run/netns') ? readdirSync('/run/netns').filter((n) => n.startsWith(`rxpath-${process.pid}-`)) : [];
  return ns;
}

describe.skipIf(why !== null)('the live kernel as an implementation (root on Linux)', () => {
  it(`agrees with the reference model on ${RUNS} generated scenarios (the differential property)`, async () => {
    const backlog = readFileSync('/proc/sys/net/core/netdev_max_backlog', 'utf8');
    const kernel = KernelImplementation.open();
    const r = await checkProperty(guard(kernel), differentialProperty, {
      profile: 'linux-6.18', seed: 11, runs: RUNS, tags: kernel.tags, observed: observedBy(kernel)!,
    });
    expect(r.status, r.counterexample?.verdict.ok === false ? r.counterexample.verdict.message : r.reason).toBe('passed');
    expect(r.runs).toBe(RUNS);
    expect(readFileSync('/proc/sys/net/core/netdev_max_backlog', 'utf8')).toBe(backlog);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('compares counters on most scenarios, so agreement is not vacuous', async () => {
    const r = await measureAgreement({ impl: guard(KernelImplementation.open()), profile: 'linux-6.18', runs: 12, seed: 3 });
    expect(r.disagreements.map((d) => d.message)).toEqual([]);
    expect(r.agreed).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it('replays kernel golden traces it can carry out, and skips the others with the reason', async () => {
    const kernel = guard(KernelImplementation.open());
    const wanted = /(linux-6.18)\/(udp-rcvbuf-lo-set4096-p100|crafted-udp-csum-small|backlog-burst50-max10|rcvbuf-minimum-2304)$/;
    const traces = loadCorpora(corporaOf(GOLDEN_DIR)).filter((t) => wanted.test(t.id));
    expect(traces).toHaveLength(4);
    const results = [];
    for (const t of traces) results.push(await checkGoldenTrace(kernel, t));
    // a model trace of one CPU runs on this host's CPU 0 as well; every one of them is carried out
    expect(results.map((r) => [r.name, r.status, r.message])).toEqual(results.map((r) => [r.name, 'passed', undefined]));
    const hz1000 = { ...traces[0]!, trace: { ...traces[0]!.trace, scenario: { ...traces[0]!.trace.scenario,
      config: { ...traces[0]!.trace.scenario.config, hz: 1000 as const } } } };
    const skipped = await checkGoldenTrace(kernel, hz1000);
    expect([skipped.status, skipped.message]).toEqual(['skipped', expect.stringMatching(/cannot carry it out: \/config\/hz: this kernel runs at HZ/)]);
  }, 60_000);
});

