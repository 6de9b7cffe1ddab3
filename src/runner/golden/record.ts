// `rxpath golden record`: runs each golden scenario source on the reference model and writes the
// trace to <corpus>/model/<profile>/<id>.json. Every trace is recorded (and validated) before any
// is written, so bad input leaves the corpus as it was; each file is written atomically (tmp +
// rename). An existing trace is never overwritten without `update`: an identical one is left alone,
// a different one is reported. The corpus is golden/ in a checkout of rxpath, or the user's own
// (`--out DIR`, its scenarios in DIR/scenarios/); never the golden/ of an installed rxpath package.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { GoldenTrace, ProfileName } from '../../generated/schema-types.ts';
import type { Implementation } from '../../impl/types.ts';
import { RxpathInputError } from '../../spec/errors.ts';
import { PACKAGE_ROOT } from '../../spec/schema-files.ts';
import { validateAgainst, validateScenario } from '../../spec/validate.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { GOLDEN_DIR } from './corpus.ts';
import type { GoldenSource } from './source.ts';
import { scenarioTags } from '../../spec/scenario-tags.ts';
import { PROFILES } from '../../spec/registry.ts';


export type RecordOutcome = 'written' | 'updated' | 'unchanged' | 'differs';

export interface RecordResult { id: string; profile: ProfileName; file: string; outcome: RecordOutcome }

/** A source, and the file it was read from when it is a user's scenario (for messages). */
export type RecordSource = GoldenSource & { file?: string };

export interface RecordOptions {
  model: Implementation;
  sources: readonly RecordSource[];
  profiles?: ProfileName[];
  /** Source ids to record; undefined: all. */
  only?: string[];
  update?: boolean;
  goldenDir?: string;
  rxpathVersion: string;
}

/** Whether rxpath runs from an installed package (a node_modules directory), not from a checkout. */
export function isInstalledPackage(root: string = PACKAGE_ROOT): boolean {
  return root.split(sep).includes('node_modules');
}

/**
 * Refuses to record into an installed rxpath package: `rxpath golden record` without --out (its
 * own golden/) or with an --out inside the package. Bad usage, exit 2.
 */
export function checkRecordTarget(out: string | undefined, root: string = PACKAGE_ROOT, cwd = process.cwd()): void {
  if (!isInstalledPackage(root)) return;
  if (out === undefined) {
    throw new RxpathInputError([{
      file: 'rxpath golden record', pointer: '',
      message: `would re-record rxpath's own corpus inside the installed package (${join(root, 'golden')}): `
        + 'record your scenarios into a corpus of your own with --out DIR (scenarios in DIR/scenarios/)',
    }]);
  }
  const rel = relative(root, resolve(cwd, out));
  if (rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel))) {
    const message = `${JSON.stringify(out)} is inside the installed rxpath package (${root}): give a directory of your project`;
    throw new RxpathInputError([{ file: '--out', pointer: '', message }]);
  }
}

/** The trace a source gives under a profile (recorded, not written). */
export async function recordTrace(model: Implementation, source: RecordSource, profile: ProfileName, rxpathVersion: string): Promise<GoldenTrace> {
  const where = source.file ?? `golden/scenarios: ${source.id}`;
  const scenario = validateScenario(source.scenario(profile), `${where} (${profile})`);
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
  return validateAgainst<GoldenTrace>('golden-trace.schema.json', trace, `${where} (${profile})`);
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
  const planned: (RecordResult & { text: string })[] = [];
  for (const source of opts.sources) {
    if (opts.only && !opts.only.includes(source.id)) continue;
    for (const profile of source.profiles ?? PROFILES) {
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
      planned.push({ id: source.id, profile, file, outcome, text });
    }
  }
  // Everything recorded and valid: only now is anything written.
  for (const p of planned) if (p.outcome === 'written' || p.outcome === 'updated') writeFileAtomic(p.file, p.text);
  return planned.map(({ text: _text, ...r }) => r);
}
