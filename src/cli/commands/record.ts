// `rxpath record`: runs scenarios on the live kernel and writes golden traces
// (golden/kernel/linux-<major.minor>/NAME.json). Root and Linux only. It replaces an existing trace
// only with --update, and leaves the host as it found it (the recorder's journal: kernel/journal.ts).
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { SetExit } from './index.ts';
import { kernelCorpus, type CorpusEntry } from '../../kernel/corpus.ts';
import { kernelProblems } from '../../kernel/expressible.ts';
import { withRecorderLock } from '../../kernel/lock.ts';
import { restoreLeftovers } from '../../kernel/leftovers.ts';
import { kernelUnavailableReason } from '../../kernel/platform.ts';
import { goldenDir, goldenFile, recordTrace, writeGolden } from '../../kernel/record_trace.ts';
import { releaseTracefs } from '../../kernel/tracefs.ts';
import { sysctlPath } from '../../kernel/sysctl-file.ts';
import { recordUnderQemu } from '../../kernel/qemu/record-guest.ts';
import { loadScenarioFile } from '../../spec/load.ts';
import { RxpathInputError } from '../../spec/errors.ts';
import { checkOutputDirectory, selectByName } from '../select.ts';

interface Opts { corpus?: boolean; only?: string; out?: string; repeats: string; events?: boolean; list?: boolean; update?: boolean; kernel?: string }

/** Refuses to replace traces already in `dir` unless --update says so. */
function checkNotRecorded(dir: string, entries: readonly CorpusEntry[]): void {
  const there = entries.map((e) => goldenFile(dir, e.scenario.name)).filter((f) => existsSync(f));
  if (there.length === 0) return;
  const more = there.length > 1 ? ` and ${there.length - 1} more` : '';
  throw new RxpathInputError([{ file: there[0]!, pointer: '', message: `is already recorded${more}: give --update to record again and replace ${there.length > 1 ? 'them' : 'it'}` }]);
}

function entriesFrom(files: string[], opts: Opts): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  if (opts.corpus || files.length === 0) out.push(...kernelCorpus());
  for (const f of files) {
    const scenario = loadScenarioFile(f);
    const problems = kernelProblems(scenario);
    if (problems.length > 0) throw new RxpathInputError(problems.map((m) => ({ file: f, pointer: m.slice(0, m.indexOf(':')), message: m.slice(m.indexOf(':') + 2) })));
    out.push({ scenario, summary: scenario.description ?? scenario.name, tags: [], events: opts.events });
  }
  return opts.only === undefined ? out : selectByName(out, opts.only, (e) => e.scenario.name);
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('record')
    .description('run scenarios on the live kernel (fresh network namespaces) and write golden traces; needs root on Linux')
    .argument('[scenario...]', 'scenario files to record (default: the built-in kernel corpus)')
    .option('--corpus', 'record the built-in kernel corpus (also when scenario files are given)')
    .option('--only <regex>', 'only scenarios whose name matches')
    .option('--out <dir>', 'where the traces go (default golden/kernel/linux-<major.minor>/)')
    .option('--repeats <n>', 'runs per scenario; a trace is kept only when all runs agree', '2')
    .option('--events', 'also capture tracepoints for scenario files')
    .option('--list', 'list the scenarios and exit')
    .option('--update', 'replace traces that are already recorded in the output directory')
    .option('--kernel <version>', 'record on another kernel booted under QEMU: 6.1, 6.12 or a linux-image-...-amd64 package', 'host')
    .action(async (files: string[], opts: Opts) => {
      if (opts.out !== undefined) checkOutputDirectory('--out', opts.out);
      const entries = entriesFrom(files, opts);
      if (opts.list) {
        for (const e of entries) process.stdout.write(`${e.scenario.name}\t${e.summary}\n`);
        return;
      }
      if (opts.kernel !== 'host') {
        // another kernel, under QEMU: kernel/qemu/record-guest.ts
        setExit(await recordUnderQemu({
          kernel: opts.kernel!, files, corpus: opts.corpus ?? false, events: opts.events ?? false, repeats: opts.repeats,
          out: opts.out, entries, checkNotRecorded: (d, es) => { if (!opts.update) checkNotRecorded(d, es); },
        }));
        return;
      }
      const dir = opts.out ?? goldenDir();
      if (!opts.update) checkNotRecorded(dir, entries);
      const why = kernelUnavailableReason();
      if (why) {
        process.stderr.write(`rxpath record: refusing: ${why}\n`);
        setExit(2);
        return;
      }
      const repeats = Number(opts.repeats);
      if (!Number.isInteger(repeats) || repeats < 1) throw new RxpathInputError([{ file: '<command line>', pointer: '/repeats', message: `expected a positive integer (got ${opts.repeats})` }]);
      let dropped = 0;
      await withRecorderLock(async () => {
        for (const s of restoreLeftovers()) process.stderr.write(`rxpath record: ${s}\n`);
        try {
          await recordAll();
        } finally {
          const s = releaseTracefs();
          if (s) process.stderr.write(`rxpath record: ${s}\n`);
        }
      });
      if (dropped > 0) setExit(1);

      async function recordAll(): Promise<void> {
        for (const e of entries) {
          if (e.needsSysctl && !existsSync(sysctlPath(e.needsSysctl.name))) {
            process.stdout.write(`skipped ${e.scenario.name}: this kernel has no ${e.needsSysctl.name} (${e.needsSysctl.config} unset)\n`);
            continue;
          }
          const t0 = Date.now();
          const r = await recordTrace(e, { repeats });
          if (r.kept) {
            const file = writeGolden(dir, r.trace);
            process.stdout.write(`kept    ${e.scenario.name} (${r.runs} identical runs, ${Date.now() - t0} ms) -> ${file}\n`);
          } else {
            dropped++;
            process.stdout.write(`dropped ${e.scenario.name}: ${r.reason}\n`);
          }
        }
      }
    });
}
