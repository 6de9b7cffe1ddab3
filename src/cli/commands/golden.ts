// `rxpath golden record | check | list`: the golden corpus. record runs golden/scenarios on the
// model and writes golden/model/<profile>/*.json (never overwriting without --update), or with
// --out DIR a user's DIR/scenarios into DIR/model/<profile>/ (runner/golden/user-scenarios.ts); check
// compares an implementation with every trace (model- and kernel-recorded); list shows them.
import { Option, type Command } from 'commander';
import type { ProfileName } from '../../generated/schema-types.ts';
import { referenceModel } from '../../impl/resolve.ts';
import { guard } from '../../impl/guard.ts';
import { GOLDEN_DIR } from '../../runner/golden/corpus.ts';
import { corporaOf, loadCorpora } from '../../runner/golden/corpora.ts';
import { checkRecordTarget, recordCorpus } from '../../runner/golden/record.ts';
import { goldenDirs, userGoldenCorpora } from '../../runner/golden/user-dirs.ts';
import { userScenarioSources } from '../../runner/golden/user-scenarios.ts';
import type { GoldenSource } from '../../runner/golden/source.ts';
import { PROFILES } from '../../spec/registry.ts';
import { RXPATH_VERSION } from '../../runner/version.ts';
import { checkSourceNames } from '../../runner/gate.ts';
import { checkNames } from '../gate-steps.ts';
import { addCommonOptions, runAndReport, type CommonOptions } from './check.ts';
import type { SetExit } from './index.ts';

async function goldenSources(): Promise<GoldenSource[]> {
  const mod = await import('../../../golden/scenarios/index.ts') as { GOLDEN_SOURCES: GoldenSource[] };
  return mod.GOLDEN_SOURCES;
}

export function register(program: Command, setExit: SetExit): void {
  const golden = program.command('golden').description('record, check and list the golden traces');

  golden
    .command('record')
    .description('record golden/scenarios on the reference model into golden/model/<profile>/<id>.json')
    .addOption(new Option('--profile <profile...>', 'only these profiles').choices([...PROFILES]))
    .option('--only <id...>', 'only these scenario sources')
    .option('--update', 'overwrite traces that differ from what the model gives now')
    .option('--out <dir>', 'your own corpus: record DIR/scenarios/**.json (each under its config.profile, or each --profile) into DIR/model/<profile>/')
    .action(async (o: { profile?: ProfileName[]; only?: string[]; update?: boolean; out?: string }) => {
      checkRecordTarget(o.out);
      const sources = o.out === undefined ? await goldenSources() : userScenarioSources(o.out, o.profile, o.only);
      if (o.out === undefined) checkSourceNames(o.only, sources.map((s) => s.id));
      const model = guard(await referenceModel());
      const results = await recordCorpus({
        model, sources, rxpathVersion: RXPATH_VERSION, ...(o.out !== undefined ? { goldenDir: o.out } : {}),
        ...(o.profile ? { profiles: o.profile } : {}), ...(o.only ? { only: o.only } : {}), ...(o.update ? { update: true } : {}),
      });
      for (const r of results) {
        const note = r.outcome === 'differs' ? ' (differs from what the model gives now; not overwritten: use --update)' : '';
        process.stdout.write(`${r.outcome.padEnd(9)} ${r.file}${note}\n`);
      }
      const differs = results.filter((r) => r.outcome === 'differs').length;
      const count = (k: string) => results.filter((r) => r.outcome === k).length;
      process.stdout.write(`${results.length} traces: ${count('written')} written, ${count('updated')} updated, ${count('unchanged')} unchanged, ${differs} differ\n`);
      setExit(differs ? 1 : 0);
    });

  const check = golden
    .command('check')
    .description('compare an implementation (default: the model) with every golden trace');
  addCommonOptions(check);
  check.action(async (o: CommonOptions) => {
    await checkNames({ ...o, traces: undefined }, undefined);
    const user = userGoldenCorpora(o, true);
    for (const n of user.notes) process.stderr.write(`rxpath: note: ${n}\n`);
    setExit(await runAndReport({
      ...(o.profile ? { profiles: o.profile } : {}),
      ...(o.traces ? { traces: o.traces } : {}),
      ...(user.sources.length ? { userGoldenDirs: user.sources } : {}),
      includeProperties: false, includeGolden: true, withProperties: false,
    }, o));
  });

  golden
    .command('list')
    .description('list the golden traces with their summary and tags (yours too: --golden-dir, rxpath.config.json, package.json)')
    .option('--golden-dir <dir...>', 'add your own golden corpus (as rxpath check --golden-dir)')
    .action((o: { goldenDir?: string[] }) => {
      for (const t of loadCorpora(corporaOf(GOLDEN_DIR, goldenDirs(o.goldenDir).sources))) {
        process.stdout.write(`${t.id}\n  ${t.trace.summary}\n  tags: ${(t.trace.tags ?? []).join(', ') || '-'}${t.trace.observed ? `\n  observed: ${t.trace.observed.join(', ')}` : ''}\n`);
      }
    });
}
