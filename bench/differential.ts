// Differential runs per second against the model itself (`npx tsx bench/differential.ts [runs]`):
// each run generates a scenario, runs it through the implementation (a second copy of the model,
// not marked as the reference) and through the reference model, and compares every counter. The
// settled line also classifies each scenario by clock (three more model runs) before using it.
import { modelImplementation } from '../src/impl/model.ts';
import type { Implementation } from '../src/impl/types.ts';
import type { ProfileName } from '../src/generated/schema-types.ts';
import { checkProperty, DEFAULT_SEED, observedBy } from '../properties/check.ts';
import { differentialProperty } from '../properties/differential.ts';

const runs = Number(process.argv[2] ?? 1000);
const profiles: ProfileName[] = ['linux-3.13', 'linux-6.18'];

async function rate(impl: Implementation): Promise<{ runs: number; ms: number; status: string }> {
  let n = 0;
  let ms = 0;
  let status = 'passed';
  const observed = observedBy(impl);
  for (const profile of profiles) {
    const t0 = performance.now();
    const r = await checkProperty(impl, differentialProperty, { profile, runs, seed: DEFAULT_SEED, ...(observed ? { observed } : {}) });
    ms += performance.now() - t0;
    n += r.runs;
    if (r.status !== 'passed') status = r.status;
  }
  return { runs: n, ms, status };
}

const copy = { ...modelImplementation({}), name: 'model (copy)' };
for (const [label, impl] of [['model clock', copy], ['settled', { ...copy, timing: 'settled' as const }]] as const) {
  const r = await rate(impl);
  console.log(`differential runs (${label}): ${Math.round((r.runs * 1000) / r.ms)}/s (${r.runs} runs in ${(r.ms / 1000).toFixed(1)} s)${r.status === 'passed' ? '' : ` ${r.status}`}`);
}
