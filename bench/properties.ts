// Property runs per second against the reference model, per property and profile
// (`npx tsx bench/properties.ts [runs]`). Each run generates a scenario, runs the model (twice for
// the metamorphic properties; with events for event-reading ones) and checks it.
import { modelImplementation } from '../src/impl/model.ts';
import { checkProperty, DEFAULT_SEED } from '../properties/check.ts';
import { ALL_PROPERTIES } from '../properties/index.ts';
import type { ProfileName } from '../src/generated/schema-types.ts';

const runs = Number(process.argv[2] ?? 200);
const impl = modelImplementation();
const profiles: ProfileName[] = ['linux-3.13', 'linux-6.18'];
let total = 0;
let totalMs = 0;
console.log(`${'property'.padEnd(22)} ${'profile'.padEnd(11)} ${'runs'.padStart(5)} ${'ms'.padStart(7)} ${'runs/s'.padStart(8)}`);
for (const p of ALL_PROPERTIES) {
  for (const profile of profiles) {
    if (!p.profiles.includes(profile)) continue;
    const t0 = performance.now();
    const r = await checkProperty(impl, p, { profile, runs, seed: DEFAULT_SEED });
    const ms = performance.now() - t0;
    total += r.runs;
    totalMs += ms;
    console.log(`${p.name.padEnd(22)} ${profile.padEnd(11)} ${String(r.runs).padStart(5)} ${ms.toFixed(0).padStart(7)} ${((r.runs * 1000) / ms).toFixed(0).padStart(8)}${r.status === 'passed' ? '' : `  ${r.status}`}`);
  }
}
console.log(`${'all'.padEnd(22)} ${''.padEnd(11)} ${String(total).padStart(5)} ${totalMs.toFixed(0).padStart(7)} ${((total * 1000) / totalMs).toFixed(0).padStart(8)}`);
