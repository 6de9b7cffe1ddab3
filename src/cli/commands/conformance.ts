// `rxpath conformance --out REPORT.md`: every deviation of an implementation from the reference
// model, as a report (src/runner/survey.ts, src/runner/reports/conformance.ts): Markdown at REPORT.md,
// JSON beside it (REPORT.json). Exit codes: 0 no deviation, 1 deviations found (the report lists
// them), 2 bad usage or input, 3 the implementation broke.
import type { Command } from 'commander';
import type { ProfileName } from '../../generated/schema-types.ts';
import { RxpathInputError } from '../../spec/errors.ts';
import { PROFILES } from '../../spec/registry.ts';
import { checkImplementationOptions } from '../../runner/gate.ts';
import { checkOutputFiles } from '../../runner/output-path.ts';
import { RXPATH_VERSION } from '../../runner/version.ts';
import { writeOutput } from '../../runner/write-atomic.ts';
import type { Property } from '../../../properties/types.ts';
import { openImplementation, parseIntOption } from './check.ts';
import type { SetExit } from './index.ts';

function bad(option: string, message: string): never {
  throw new RxpathInputError([{ file: option, pointer: '', message }]);
}

interface ConformanceCliOptions {
  out: string;
  impl?: string;
  implCmd?: string;
  profile?: string;
  runs?: string;
  seed?: string;
  maxRounds?: string;
  timeout?: string;
}

/** REPORT.md -> REPORT.json; any other name gets .json appended. */
export function jsonBeside(markdown: string): string {
  return /\.md$/i.test(markdown) ? markdown.replace(/\.md$/i, '.json') : `${markdown}.json`;
}

function shellWord(s: string): string {
  return /^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The command line that regenerates the report, with the seed it used (no machine-specific path). */
export function commandLine(o: ConformanceCliOptions, seed: number): string {
  const args = ['npx', 'rxpath', 'conformance'];
  if (o.impl !== undefined) args.push('--impl', o.impl);
  if (o.implCmd !== undefined) args.push('--impl-cmd', o.implCmd);
  if (o.profile !== undefined) args.push('--profile', o.profile);
  if (o.runs !== undefined) args.push('--runs', o.runs);
  args.push('--seed', String(seed));
  if (o.maxRounds !== undefined) args.push('--max-rounds', o.maxRounds);
  args.push('--out', o.out);
  return args.map(shellWord).join(' ');
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('conformance')
    .description('list every deviation of an implementation from the reference model (the differential property in ' +
      'rounds, each leaving out the counters already found to differ) as a Markdown report and JSON beside it')
    .requiredOption('--out <file.md>', 'the Markdown report; the JSON goes beside it (file.json)')
    .option('--impl <module>', 'a TypeScript/JavaScript module exporting an Implementation')
    .option('--impl-cmd <command>', 'a program speaking the rxpath adapter protocol (JSON lines over stdio)')
    .option('--profile <profile>',
      `the kernel profile (${PROFILES.join(', ')}; default: the newest the implementation declares)`)
    .option('--runs <n>', 'scenarios per round (default: the differential property\'s default)')
    .option('--seed <seed>', 'fast-check seed, the same for every round (the same seed gives the same report)')
    .option('--max-rounds <n>', 'at most this many rounds (default 12)')
    .option('--timeout <ms>', 'time limit per protocol step for --impl-cmd, per run for --impl')
    .addHelpText('after', `
Exit codes:
  0  no deviation
  1  deviations found (the report lists them)
  2  bad usage or bad input
  3  the implementation crashed, hung (--timeout), answered out of order or broke the protocol`)
    .action(async (o: ConformanceCliOptions) => {
      if (o.impl === undefined && o.implCmd === undefined) {
        bad('--impl', 'give the implementation to survey: --impl or --impl-cmd');
      }
      checkImplementationOptions(o);
      if (o.profile !== undefined && !PROFILES.includes(o.profile as ProfileName)) {
        bad('--profile', `must be one of ${PROFILES.join(', ')} (got ${JSON.stringify(o.profile)})`);
      }
      const runs = parseIntOption('--runs', o.runs, 1);
      const seedOption = parseIntOption('--seed', o.seed, -(2 ** 31), 2 ** 31 - 1);
      const maxRounds = parseIntOption('--max-rounds', o.maxRounds, 1, 1000);
      const json = jsonBeside(o.out);
      checkOutputFiles([['--out', o.out], ['--out (JSON beside it)', json]]);
      const opened = await openImplementation({ impl: o.impl, implCmd: o.implCmd, timeout: o.timeout });
      if (typeof opened === 'number') return setExit(opened);
      try {
        const declared = [...PROFILES].reverse().find((p) => opened.impl.profiles.includes(p));
        const profile = (o.profile as ProfileName | undefined) ?? declared;
        if (!profile || !opened.impl.profiles.includes(profile)) {
          bad('--profile', `${opened.impl.name} does not declare ${profile ?? 'any known profile'}`);
        }
        const [{ differentialProperty }, check, { runSurvey }, report] = await Promise.all([
          import('../../../properties/differential.ts') as Promise<{ differentialProperty: Property }>,
          import('../../../properties/check.ts'),
          import('../../runner/survey.ts'),
          import('../../runner/reports/conformance.ts'),
        ]);
        const seed = seedOption ?? check.DEFAULT_SEED;
        const result = await runSurvey({
          impl: opened.impl, property: differentialProperty, profile, seed,
          runs: runs ?? differentialProperty.defaultRuns ?? check.DEFAULT_RUNS,
          ...(maxRounds !== undefined ? { maxRounds } : {}),
          checkProperty: (impl, property, opts) =>
            check.checkProperty(impl, property, { ...opts, runs: opts.runs ?? check.DEFAULT_RUNS }),
          onRound: (round, dev) => {
            const counters = dev?.counters.map((c) => `${c.path} ${String(c.actual)} (model ${String(c.expected)})`);
            const what = dev ? `${dev.id}: ${counters!.join(', ')}` : round.status + (round.reason ? `: ${round.reason}` : '');
            process.stderr.write(`rxpath conformance: round ${round.round}: ${what}\n`);
          },
        });
        const full = { command: commandLine(o, seed), rxpath: RXPATH_VERSION, ...result };
        writeOutput(o.out, report.conformanceMarkdown(full));
        writeOutput(json, report.conformanceJson(full));
        const found = `${result.deviations.length} deviation(s) in ${result.rounds.length} round(s)`;
        process.stdout.write(`rxpath conformance: ${found}; ` +
          `wrote ${o.out} and ${json}\n`);
        if (result.end === 'broken') return setExit(3);
        if (result.end === 'skipped') return setExit(2);
        setExit(result.deviations.length > 0 ? 1 : 0);
      } finally {
        await opened.close();
      }
    });
}
