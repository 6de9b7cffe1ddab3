// `rxpath agreement`: how often an implementation agrees with the reference model over N generated
// scenarios (src/runner/agreement.ts); `--impl kernel` measures the live kernel. Exit codes: 0 every
// compared scenario agreed, 1 some disagreed, 2 bad usage or nothing compared, 3 it broke.
import type { Command } from 'commander';
import type { ProfileName } from '../../generated/schema-types.ts';
import { RxpathInputError } from '../../spec/errors.ts';
import { PROFILES } from '../../spec/registry.ts';
import { checkImplementationOptions } from '../../runner/gate.ts';
import { checkOutputFiles } from '../../runner/output-path.ts';
import { writeOutput } from '../../runner/write-atomic.ts';
import { openImplementation, parseIntOption } from './check.ts';
import type { SetExit } from './index.ts';

interface AgreementCliOptions {
  impl?: string;
  implCmd?: string;
  profile?: string;
  runs: string;
  seed?: string;
  shown: string;
  json?: string;
  timeout?: string;
}

function bad(option: string, message: string): never {
  throw new RxpathInputError([{ file: option, pointer: '', message }]);
}

function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

export function register(program: Command, setExit: SetExit): void {
  program
    .command('agreement')
    .description('run an implementation and the reference model on N generated scenarios and report how many agree ' +
      '(every compared counter equal); `--impl kernel` is the live kernel of this host (root)')
    .option('--impl <module|kernel>', 'a module exporting an Implementation, "kernel" for the live kernel, '
      + 'or "kernel:6.1" / "kernel:6.12" for Debian\'s kernel under QEMU')
    .option('--impl-cmd <command>', 'a program speaking the rxpath adapter protocol (JSON lines over stdio)')
    .option('--profile <profile>', 'the kernel profile (default: the newest the implementation declares)')
    .option('--runs <n>', 'scenarios to run', '500')
    .option('--seed <seed>', 'fast-check seed (the same seed draws the same scenarios)')
    .option('--shown <n>', 'disagreements printed in full', '5')
    .option('--json <file>', 'write the result (every disagreement with its scenario) as JSON')
    .option('--timeout <ms>', 'time limit per run (--impl) or per protocol step (--impl-cmd)')
    .action(async (o: AgreementCliOptions) => {
      if (o.impl === undefined && o.implCmd === undefined) bad('--impl', 'give the implementation: --impl or --impl-cmd');
      checkImplementationOptions(o);
      const runs = parseIntOption('--runs', o.runs, 1)!;
      const shown = parseIntOption('--shown', o.shown, 0)!;
      const seedOption = parseIntOption('--seed', o.seed, -(2 ** 31), 2 ** 31 - 1);
      if (o.json !== undefined) checkOutputFiles([['--json', o.json]]);
      const opened = await openImplementation({ impl: o.impl, implCmd: o.implCmd, timeout: o.timeout });
      if (typeof opened === 'number') return setExit(opened);
      try {
        const profile = (o.profile ?? [...PROFILES].reverse().find((p) => opened.impl.profiles.includes(p))) as ProfileName;
        if (!opened.impl.profiles.includes(profile)) bad('--profile', `${opened.impl.name} does not declare ${profile}`);
        const [{ measureAgreement }, { DEFAULT_SEED, FormTakesNothingError }] = await Promise.all([
          import('../../runner/agreement.ts'), import('../../../properties/check.ts'),
        ]);
        const seed = seedOption ?? DEFAULT_SEED;
        const r = await measureAgreement({
          impl: opened.impl, profile, runs, seed,
          onScenario: (i, agreed) => {
            if ((i + 1) % 50 === 0 || agreed === false) process.stderr.write(`rxpath agreement: ${i + 1}/${runs}\n`);
          },
        }).catch((err: unknown) => {
          if (!(err instanceof FormTakesNothingError)) throw err;
          process.stderr.write(`rxpath agreement: nothing compared: ${err.message}\n`);
          return null;
        });
        if (r === null) return setExit(2);
        for (const d of r.disagreements.slice(0, shown)) {
          process.stdout.write(`DISAGREE scenario ${d.index}: ${d.message}\n  ${JSON.stringify(d.scenario)}\n`);
        }
        const compared = r.agreed + r.disagreements.length;
        process.stdout.write(`rxpath agreement: ${r.implementation} (${profile}), seed ${seed}: ` +
          `${r.agreed} of ${compared} compared scenarios agree (${percent(r.rate)}); ` +
          `${r.nothingCompared} compared no counter\n`);
        if (o.json !== undefined) writeOutput(o.json, `${JSON.stringify(r, null, 1)}\n`);
        if (r.broken) {
          process.stderr.write(`rxpath agreement: the implementation broke on scenario ${r.broken.index} ` +
            `(${r.broken.fault}): ${r.broken.message}\n`);
          return setExit(3);
        }
        if (compared === 0) return setExit(2);
        setExit(r.disagreements.length > 0 ? 1 : 0);
      } finally {
        await opened.close();
      }
    });
}
