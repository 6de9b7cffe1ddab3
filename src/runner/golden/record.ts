// `rxpath golden record`: runs each golden scenario source on the reference model and writes the
// trace to golden/model/<profile>/<id>.json, atomically (tmp + rename). An existing trace is never
// overwritten without `update`: an identical one is left alone, a different one is reported.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldenTrace, ProfileName } from '../../generated/schema-types.ts';
import type { Implementation } from '../../impl/types.ts';
import { RxpathInputError } from '../../spec/errors.ts';
import { validateAgainst, validateScenario } from '../../spec/validate.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { GOLDEN_DIR } from './corpus.ts';
import type { GoldenSource } from './source.ts';
import { scenarioTags } from '../../spec/scenario-tags.ts';

export const ALL_PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.18'];

export type RecordOutcome = 'written' | 'updated' | 'unchanged' | 'differs';

export interface RecordResult { id: string; profile: ProfileName; file: string; outcome: RecordOutcome }

export interface RecordOptions {
  model: Implementation;
  sources: readonly GoldenSource[];
  profiles?: ProfileName[];
  /** Source ids to record; undefined: all. */
  only?: string[];
  update?: boolean;
  goldenDir?: string;
  rxpathVersion: string;
}

/** The trace a source gives under a profile (recorded, not written). */
export async function recordTrace(model: Implementation, source: GoldenSource, profile: ProfileName, rxpathVersion: string): Promise<GoldenTrace> {
  const scenario = validateScenario(source.scenario(profile), `golden/scenarios: ${source.id} (${profile})`);
  const observations = await model.run(scenario, { events: false });
  const tags = [...new Set([...scenarioTags(scenario), ...(source.tags ?? [])])].sort();
  const trace: GoldenTrace = {
    format: 'rxpath-golden/1',
    summary: source.summary,
    tags,
    scenario,
    observations,
    provenance: { source: 'model', profile, rxpathVersion },
  };
  return validateAgainst<GoldenTrace>('golden-trace.schema.json', trace, `${source.id} (${profile})`);
}

/** The bytes of a trace file, apart from the rxpath version that recorded it. */
function comparable(text: string): string {
  return text.replace(/"rxpathVersion": "[^"]*"/, '');
}

export async function recordCorpus(opts: RecordOptions): Promise<RecordResult[]> {
  const dir = opts.goldenDir ?? GOLDEN_DIR;
  const ids = new Set(opts.sources.map((s) => s.id));
  const unknown = (opts.only ?? []).filter((id) => !ids.has(id));
  if (unknown.length) {
    throw new RxpathInputError([{ file: 'golden/scenarios', pointer: '', message: `no scenario source named ${unknown.join(', ')}` }]);
  }
  const out: RecordResult[] = [];
  for (const source of opts.sources) {
    if (opts.only && !opts.only.includes(source.id)) continue;
    for (const profile of source.profiles ?? ALL_PROFILES) {
      if (opts.profiles && !opts.profiles.includes(profile)) continue;
      const trace = await recordTrace(opts.model, source, profile, opts.rxpathVersion);
      const text = `${JSON.stringify(trace, null, 2)}\n`;
      const file = join(dir, 'model', profile, `${source.id}.json`);
      let outcome: RecordOutcome = 'written';
      if (existsSync(file)) {
        const old = readFileSync(file, 'utf8');
        if (comparable(old) === comparable(text)) outcome = 'unchanged';
        else outcome = opts.update ? 'updated' : 'differs';
      }
      if (outcome === 'written' || outcome === 'updated') writeFileAtomic(file, text);
      out.push({ id: source.id, profile, file, outcome });
    }
  }
  return out;
}
