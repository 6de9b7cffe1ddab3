// The golden corpus on disk: golden/model/<profile>/*.json (recorded from the model by
// `rxpath golden record`) and golden/kernel/**.json (recorded from a live kernel), all in the
// rxpath-golden/1 format of schemas/golden-trace.schema.json. A trace's id is its path under
// golden/ without `.json` (e.g. `model/linux-6.18/rcvbuf-loopback-2304`).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GoldenTrace } from '../../generated/schema-types.ts';
import { validateAgainst, validateScenario } from '../../spec/validate.ts';
import { RxpathInputError } from '../../spec/errors.ts';
import { loadJsonFile } from '../../spec/load.ts';
import { PACKAGE_ROOT } from '../../spec/schema-files.ts';

export const GOLDEN_DIR = join(PACKAGE_ROOT, 'golden');
/** The sub-directories that hold traces. */
export const TRACE_ROOTS = ['model', 'kernel'] as const;

export interface LoadedTrace {
  id: string;
  file: string;
  trace: GoldenTrace;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out;
}

/** Every trace file of the corpus, sorted by id. */
export function traceFiles(goldenDir = GOLDEN_DIR): string[] {
  return TRACE_ROOTS.flatMap((r) => walk(join(goldenDir, r))).sort();
}

export function traceId(file: string, goldenDir = GOLDEN_DIR): string {
  return relative(goldenDir, file).split('\\').join('/').replace(/\.json$/, '');
}

/** Reads and validates one trace; bad input is an RxpathInputError naming the file and pointer. */
export function loadTrace(file: string, goldenDir = GOLDEN_DIR): LoadedTrace {
  const data = loadJsonFile(file);
  validateAgainst<GoldenTrace>('golden-trace.schema.json', data, file);
  validateScenario((data as GoldenTrace).scenario, `${file}#/scenario`);
  const trace = data as GoldenTrace;
  if (trace.scenario.config.profile !== trace.provenance.profile) {
    throw new RxpathInputError([{ file, pointer: '/provenance/profile', message: `is ${trace.provenance.profile} but the scenario's profile is ${trace.scenario.config.profile}` }]);
  }
  return { id: traceId(file, goldenDir), file, trace };
}

export function loadCorpus(goldenDir = GOLDEN_DIR): LoadedTrace[] {
  return traceFiles(goldenDir).map((f) => loadTrace(f, goldenDir));
}
