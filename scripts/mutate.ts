// `npm run mutate`: Stryker on the model (src/model), file by file, with the whole-model score.
//
// A full run of every model mutant takes hours on a 2-core machine, so results are kept per file in
// .rxpath/mutation/files/ (each a mutation-testing-report-schema report of one file) and a run only
// tests the files whose recorded result is missing or stale (the file's source changed since).
// Stryker's incremental mode gets the recorded results as input, so a mutant whose code and covering
// tests did not change is not tested again. The score printed at the end is computed by
// mutation-testing-metrics (Stryker's own) over the recorded results of every model file.
//
//   npm run mutate                          files with no current result, then the score
//   npm run mutate -- src/model/rps.ts ...  these files (again), then the score
//   npm run mutate -- --all                 every model file
//   npm run mutate -- --score               only the score (and which files are missing or stale)
//   npm run mutate -- --score --survivors   the score and every surviving mutant, with its source line
//   npm run mutate -- --import REPORT.json  record the files of a Stryker JSON report
//
// While a run goes on, .rxpath/mutation/survivors.log lists each surviving mutant as it is found.
import { Command } from 'commander';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { calculateMetrics } from 'mutation-testing-metrics';
import { modelFiles } from './harness-power/mutants.ts';
import type { FileResult, MutationTestResult } from 'mutation-testing-report-schema';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.rxpath', 'mutation');
const RECORDS = join(OUT, 'files');
const MODEL = 'src/model';

interface FileRecord {
  /** The report (schema mutation-testing-report-schema) of one file, as Stryker wrote it. */
  report: MutationTestResult;
  /** When it was recorded and against which tests (sha256 of the mutation test files). */
  recordedAt: string;
  testsDigest: string;
}


function testFilesDigest(): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) h.update(p).update(readFileSync(join(ROOT, p)));
    }
  };
  for (const d of ['test/model', 'test/mutation', 'test/properties', 'properties']) walk(d);
  return h.digest('hex').slice(0, 16);
}

const recordPath = (file: string): string => join(RECORDS, `${file.replaceAll('/', '__')}.json`);

function readRecord(file: string): FileRecord | null {
  const p = recordPath(file);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as FileRecord) : null;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Splits a Stryker JSON report into one record per model file. */
function importReport(report: MutationTestResult, testsDigest: string): string[] {
  mkdirSync(RECORDS, { recursive: true });
  const recordedAt = new Date().toISOString();
  const files: string[] = [];
  for (const [file, result] of Object.entries(report.files)) {
    const rel = relative(ROOT, join(ROOT, file));
    if (!rel.startsWith(`${MODEL}/`)) continue;
    const one: MutationTestResult = { ...report, files: { [rel]: result } };
    writeAtomic(recordPath(rel), JSON.stringify({ report: one, recordedAt, testsDigest } satisfies FileRecord));
    files.push(rel);
  }
  return files;
}

type State = 'current' | 'stale' | 'missing';
function stateOf(file: string): State {
  const r = readRecord(file);
  if (r === null) return 'missing';
  const recorded = r.report.files[file];
  return recorded !== undefined && recorded.source === readFileSync(join(ROOT, file), 'utf8') ? 'current' : 'stale';
}

/** The recorded results of `files` merged into one report: Stryker's incremental input. */
function incrementalInput(files: string[]): MutationTestResult | null {
  const records = files.map(readRecord).filter((r): r is FileRecord => r !== null);
  if (records.length === 0) return null;
  records.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const newest = records[records.length - 1].report;
  const merged: MutationTestResult = { ...newest, files: {} };
  for (const r of records) Object.assign(merged.files, r.report.files);
  return merged;
}

async function runStryker(files: string[]): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const input = join(OUT, 'incremental-input.json');
  const merged = incrementalInput(files);
  if (merged !== null) writeAtomic(input, JSON.stringify(merged));
  const reportFile = join(OUT, 'last-run.json');
  const testsDigest = testFilesDigest();
  const { Stryker } = await import('@stryker-mutator/core');
  const stryker = new Stryker({
    configFile: join(ROOT, 'stryker.config.json'),
    mutate: files,
    incremental: merged !== null,
    incrementalFile: input,
    jsonReporter: { fileName: reportFile },
    appendPlugins: [join(ROOT, 'scripts', 'mutation-progress-reporter.ts')],
    reporters: ['clear-text', 'progress-append-only', 'html', 'json', 'rxpath-survivors'],
    htmlReporter: { fileName: join(OUT, 'last-run.html') },
  });
  await stryker.runMutationTest();
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as MutationTestResult;
  // A file Stryker found nothing to mutate in (type declarations only) is absent from its report:
  // record it with no mutants, so that it counts as measured.
  for (const f of files) {
    if (report.files[f] === undefined) report.files[f] = { language: 'typescript', source: readFileSync(join(ROOT, f), 'utf8'), mutants: [] };
  }
  importReport(report, testsDigest);
}

function pct(n: number): string {
  return Number.isNaN(n) ? '   -  ' : `${n.toFixed(1).padStart(5)}%`;
}

/** Prints every surviving (or uncovered) mutant of the current records with its source line. */
function printSurvivors(): void {
  for (const file of modelFiles()) {
    const r = readRecord(file);
    if (r === null || stateOf(file) !== 'current') continue;
    const result = r.report.files[file];
    const lines = result.source.split('\n');
    for (const m of result.mutants) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      const l = m.location.start.line;
      console.log(`${file}:${l} ${m.status} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')} | ${(lines[l - 1] ?? '').trim()}`);
    }
  }
}

/** Prints the per-file and whole-model score from the records; returns the whole-model score. */
function printScore(): number {
  const files = modelFiles();
  const digest = testFilesDigest();
  const all: Record<string, FileResult> = {};
  const rows: string[] = [];
  const notCurrent: string[] = [];
  for (const file of files) {
    const state = stateOf(file);
    const r = readRecord(file);
    if (state !== 'current' || r === null) {
      notCurrent.push(`${file} (${state})`);
      continue;
    }
    const result = r.report.files[file];
    all[file] = result;
    const m = calculateMetrics({ [file]: result }).metrics;
    const note = r.testsDigest === digest ? '' : '  (tests changed since)';
    rows.push(`${pct(m.mutationScore)}  ${String(m.totalDetected).padStart(4)} / ${String(m.totalValid).padEnd(4)} survived ${String(m.survived).padStart(3)}  no coverage ${String(m.noCoverage).padStart(2)}  ignored ${String(m.ignored).padStart(2)}  ${file}${note}`);
  }
  const m = calculateMetrics(all).metrics;
  console.log('mutation score per file (killed + timed out) / (valid mutants), from .rxpath/mutation/files:');
  for (const row of rows) console.log(`  ${row}`);
  if (notCurrent.length > 0) console.log(`not counted, no current result: ${notCurrent.join(', ')}`);
  console.log(`model mutation score: ${pct(m.mutationScore).trim()} (${m.totalDetected} of ${m.totalValid} valid mutants detected, ${m.survived} survived, ${m.noCoverage} without coverage, ${m.ignored} ignored as equivalent) over ${rows.length} of ${files.length} files`);
  return m.mutationScore;
}

const program = new Command('mutate')
  .description('Stryker mutation testing of src/model, recorded per file; prints the whole-model score')
  .argument('[files...]', 'model files to test (default: those without a current result)')
  .option('--all', 'test every model file')
  .option('--score', 'only print the score from the recorded results')
  .option('--import <report>', 'record the model files of a Stryker JSON report, then print the score')
  .option('--survivors', 'also list every surviving mutant with its source line')
  .action(async (args: string[], opts: { all?: boolean; score?: boolean; import?: string; survivors?: boolean }) => {
    if (opts.import !== undefined) {
      const files = importReport(JSON.parse(readFileSync(opts.import, 'utf8')) as MutationTestResult, testFilesDigest());
      console.log(`recorded ${files.length} file(s) from ${opts.import}`);
    } else if (opts.score !== true) {
      const known = new Set(modelFiles());
      for (const f of args) if (!known.has(f)) throw new Error(`${f}: not a model file (expected one of ${MODEL}/**/*.ts)`);
      const files = opts.all === true ? modelFiles() : args.length > 0 ? args : modelFiles().filter((f) => stateOf(f) !== 'current');
      if (files.length === 0) console.log('every model file has a current result');
      else await runStryker(files);
    }
    if (opts.survivors === true) printSurvivors();
    printScore();
  });

program.parseAsync().catch((e: unknown) => {
  console.error(`mutate: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
