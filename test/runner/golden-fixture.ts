// A temporary golden corpus recorded from the toy implementation, for runner tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GoldenTrace, ProfileName } from '../../src/generated/schema-types.ts';
import { writeFileAtomic } from '../../src/runner/write-atomic.ts';
import { scenarioTags } from '../../src/spec/scenario-tags.ts';
import { toyRun, toyScenario } from './fakes.ts';

export function tempGolden(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rxpath-golden-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a model-style trace recorded by the toy (never typed by hand). */
export function writeToyTrace(dir: string, id: string, profile: ProfileName, frames: number, extra: Partial<GoldenTrace> = {}, source: 'model' | 'kernel' = 'model'): string {
  const scenario = { ...toyScenario(profile, frames), name: id };
  const trace: GoldenTrace = {
    format: 'rxpath-golden/1',
    summary: `${frames} frames into a socket that holds 100`,
    tags: scenarioTags(scenario),
    scenario,
    observations: toyRun(scenario),
    provenance: { source, profile },
    ...extra,
  };
  const file = join(dir, source, profile, `${id}.json`);
  writeFileAtomic(file, JSON.stringify(trace, null, 2));
  return file;
}
