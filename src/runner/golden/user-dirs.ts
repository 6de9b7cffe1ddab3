// Which user golden corpora a run adds to the shipped one, from the first of these that names any:
//   1. `--golden-dir DIR` on the command line (repeatable), relative to the working directory;
//   2. `rxpath.config.json` in the working directory: { "goldenDirs": ["DIR", ...] };
//   3. `package.json` in the working directory: { "rxpath": { "goldenDirs": ["DIR", ...] } }.
// A source lower in the list that names corpora too is ignored, with a note saying so. Directories
// in a file are relative to the working directory (where the file is). A malformed file is bad
// input naming the file, the JSON pointer and what was expected.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RxpathInputError } from '../../spec/errors.ts';
import { loadJsonFile } from '../../spec/load.ts';
import { checkTraceFilters } from '../gate.ts';
import { didYouMean } from '../suggest.ts';
import { corporaOf, corporaTraceIds, type GoldenDirSource } from './corpora.ts';
import { GOLDEN_DIR } from './corpus.ts';

export const CONFIG_FILE = 'rxpath.config.json';
const CONFIG_KEYS = ['$schema', 'goldenDirs'];
const PACKAGE_KEYS = ['goldenDirs'];

export interface GoldenDirs {
  sources: GoldenDirSource[];
  /** Where they came from: "--golden-dir", "rxpath.config.json", "package.json#/rxpath", or "" for none. */
  from: string;
  /** Sources that were ignored because a higher one named corpora. */
  notes: string[];
}

type Json = Record<string, unknown>;

function bad(file: string, pointer: string, message: string): never {
  throw new RxpathInputError([{ file, pointer, message }]);
}

/** The `goldenDirs` of one object (at `base` in `file`), checked; undefined when it has none. */
function dirsOf(obj: unknown, file: string, base: string, allowed: readonly string[]): GoldenDirSource[] | undefined {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) bad(file, base, `must be an object such as { "goldenDirs": ["golden"] }`);
  for (const k of Object.keys(obj as Json)) {
    if (allowed.includes(k)) continue;
    bad(file, `${base}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, `unknown key${didYouMean(k, allowed)} (allowed: ${allowed.join(', ')})`);
  }
  const dirs = (obj as Json).goldenDirs;
  if (dirs === undefined) return undefined;
  if (!Array.isArray(dirs)) bad(file, `${base}/goldenDirs`, 'must be an array of directories (strings)');
  return dirs.map((d, i) => {
    if (typeof d !== 'string' || d.trim() === '') bad(file, `${base}/goldenDirs/${i}`, 'must be a directory name (a non-empty string)');
    return { dir: d, file, pointer: `${base}/goldenDirs/${i}` };
  });
}

/** The user corpora of a run in `cwd`, by the precedence above. */
export function goldenDirs(cli: readonly string[] | undefined, cwd = process.cwd()): GoldenDirs {
  const found: { from: string; sources: GoldenDirSource[] }[] = [];
  if (cli && cli.length) {
    found.push({
      from: '--golden-dir',
      sources: cli.map((d) => {
        if (d.trim() === '') bad('--golden-dir', '', 'is empty (an unset variable?): give a corpus directory');
        return { dir: d, file: '--golden-dir', pointer: '' };
      }),
    });
  }
  const config = join(cwd, CONFIG_FILE);
  if (existsSync(config)) {
    const s = dirsOf(loadJsonFile(config), config, '', CONFIG_KEYS);
    if (s) found.push({ from: CONFIG_FILE, sources: s });
  }
  const pkg = join(cwd, 'package.json');
  if (existsSync(pkg)) {
    const data = loadJsonFile(pkg);
    const section = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Json).rxpath : undefined;
    if (section !== undefined) {
      const s = dirsOf(section, pkg, '/rxpath', PACKAGE_KEYS);
      if (s) found.push({ from: 'package.json#/rxpath', sources: s });
    }
  }
  const [first, ...ignored] = found;
  return {
    sources: first?.sources ?? [],
    from: first?.from ?? '',
    notes: ignored.map((x) => `${x.from} names golden corpora too; ${first!.from} wins, so they are not added`),
  };
}

/**
 * The user corpora of a checking command (`check`, `golden check`): named by the precedence above,
 * and, when golden traces are part of the run or --traces is given, each checked (a directory with
 * traces) and every --traces substring checked against the ids of all corpora.
 */
export function userGoldenCorpora(o: { goldenDir?: string[]; traces?: string[] }, withGolden: boolean, cwd = process.cwd()): GoldenDirs {
  const found = goldenDirs(o.goldenDir, cwd);
  if (withGolden || o.traces) {
    const ids = corporaTraceIds(corporaOf(GOLDEN_DIR, found.sources, cwd));
    if (o.traces) checkTraceFilters(o.traces, ids);
  }
  return found;
}
