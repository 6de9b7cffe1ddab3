// Several golden corpora in one run: the one rxpath ships (golden/) and users' own, kept as
// packetdrill users keep their scripts (`rxpath check --golden-dir DIR`, rxpath.config.json, the
// vitest suite's `golden` option). A user corpus has the shipped layout and format
// (DIR/model/<profile>/*.json, DIR/kernel/**.json, rxpath-golden/1, an optional
// DIR/expected-differences.json whose entries name its traces as `model/<profile>/<id>`); its trace
// ids get the prefix `user:<DIR as given, relative to the working directory>/`, which no shipped id
// has, so they never collide. A missing or empty user corpus is bad input naming where it was given.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { RxpathInputError } from '../../spec/errors.ts';
import { loadTrace, traceFiles, traceId, type LoadedTrace } from './corpus.ts';
import { expectedDifferencesFile, loadExpectedDifferences, type ExpectedDifference } from './expected-differences.ts';

export const USER_PREFIX = 'user:';

/** Where a user corpus was named: `--golden-dir` (pointer ""), or a config file and the JSON pointer in it. */
export interface GoldenDirSource {
  dir: string;
  file: string;
  pointer: string;
}

export interface GoldenCorpus {
  /** Absolute directory. */
  dir: string;
  /** Prepended to its trace ids: '' for the shipped corpus. */
  prefix: string;
  /** Where a user corpus was named (absent for the shipped one). */
  source?: GoldenDirSource;
}

/** A user corpus as named: its directory resolved against `cwd`, its prefix. Not yet checked. */
export function userCorpus(source: GoldenDirSource | string, cwd = process.cwd()): GoldenCorpus {
  const src = typeof source === 'string' ? { dir: source, file: '--golden-dir', pointer: '' } : source;
  const dir = resolve(cwd, src.dir);
  const label = relative(cwd, dir).split('\\').join('/') || '.';
  return { dir, prefix: `${USER_PREFIX}${label}/`, source: src };
}

/** The base corpus (shipped, or a stand-in) followed by the users', each directory once. */
export function corporaOf(baseDir: string, user: readonly (GoldenDirSource | string)[] = [], cwd = process.cwd()): GoldenCorpus[] {
  const out: GoldenCorpus[] = [{ dir: resolve(baseDir), prefix: '' }];
  const seen = new Set([realOr(out[0]!.dir)]);
  for (const u of user) {
    const c = userCorpus(u, cwd);
    const real = realOr(c.dir);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(c);
  }
  return out;
}

function realOr(dir: string): string {
  try { return realpathSync(dir); } catch { return dir; }
}

function bad(c: GoldenCorpus, message: string): never {
  const s = c.source ?? { file: c.dir, pointer: '' };
  throw new RxpathInputError([{ file: s.file, pointer: s.pointer, message }]);
}

/** A user corpus must be a directory that holds at least one trace. */
export function checkUserCorpus(c: GoldenCorpus): string[] {
  if (!c.source) return traceFiles(c.dir);
  const shown = JSON.stringify(c.source.dir);
  if (!existsSync(c.dir)) bad(c, `golden corpus ${shown} does not exist (expected a directory with model/<profile>/*.json or kernel/**/*.json)`);
  if (!statSync(c.dir).isDirectory()) bad(c, `golden corpus ${shown} is not a directory`);
  const files = traceFiles(c.dir);
  if (files.length === 0) {
    bad(c, `golden corpus ${shown} holds no trace: expected ${shown}/model/<profile>/*.json or ${shown}/kernel/**/*.json `
      + `(record its scenarios/ with \`rxpath golden record --out ${c.source.dir}\`)`);
  }
  return files;
}

/** Every trace id of the corpora (without reading the traces), for --traces. */
export function corporaTraceIds(corpora: readonly GoldenCorpus[]): string[] {
  return corpora.flatMap((c) => checkUserCorpus(c).map((f) => c.prefix + traceId(f, c.dir)));
}

/** Every trace of the corpora, validated, with prefixed ids. */
export function loadCorpora(corpora: readonly GoldenCorpus[]): LoadedTrace[] {
  return corpora.flatMap((c) => checkUserCorpus(c).map((f) => {
    const t = loadTrace(f, c.dir);
    return { ...t, id: c.prefix + t.id };
  }));
}

/**
 * The registers of expected differences of the corpora, keyed by prefixed trace id. An entry of
 * a user corpus must name one of its traces.
 */
export function loadCorporaRegister(corpora: readonly GoldenCorpus[]): Map<string, ExpectedDifference> {
  const out = new Map<string, ExpectedDifference>();
  for (const c of corpora) {
    const reg = loadExpectedDifferences(c.dir);
    const ids = c.source && reg.size ? new Set(traceFiles(c.dir).map((f) => traceId(f, c.dir))) : undefined;
    [...reg.values()].forEach((e, i) => {
      if (ids && !ids.has(e.trace)) {
        throw new RxpathInputError([{
          file: expectedDifferencesFile(c.dir), pointer: `/entries/${i}/trace`,
          message: `"${e.trace}" is no trace of this corpus (ids are paths under ${c.source!.dir} without .json, such as "model/linux-6.18/NAME")`,
        }]);
      }
      out.set(c.prefix + e.trace, { trace: c.prefix + e.trace, reason: e.reason });
    });
  }
  return out;
}
