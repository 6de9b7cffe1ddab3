// `rxpath versions [--out FILE] [--json FILE]`: the rules each pair of kernel profiles differs in,
// each with a scenario that shows it (src/runner/versions.ts). Exit 1 when a kernel recording is not
// matched by its own profile (the page would then show a difference the model does not explain).
import type { Command } from 'commander';
import type { SetExit } from './index.ts';

export function register(program: Command, setExit: SetExit): void {
  program
    .command('versions')
    .description('list the rules each pair of kernel profiles differs in, each with a recorded scenario that shows it')
    .option('--out <file>', 'write the Markdown page here (default: standard output)')
    .option('--json <file>', 'also write the report as JSON')
    .action(async (o: { out?: string; json?: string }) => {
      const [corpusModule, versions, { versionsMarkdown }, { writeOutput }, { checkOutputFiles }] = await Promise.all([
        import('../../runner/golden/corpus.ts'), import('../../runner/versions.ts'), import('../../runner/reports/versions.ts'),
        import('../../runner/write-atomic.ts'), import('../../runner/output-path.ts'),
      ]);
      const { versionsCorpus, versionsReport } = versions;
      const { loadCorpus } = corpusModule;
      checkOutputFiles([['--out', o.out], ['--json', o.json]]);
      const corpus = versionsCorpus(loadCorpus());
      const report = versionsReport(corpus.kernel, corpus.model);
      const command = `rxpath versions${o.out ? ` --out ${o.out}` : ''}`;
      writeOutput(o.out ?? '-', versionsMarkdown(report, command));
      if (o.json) writeOutput(o.json, `${JSON.stringify(report, null, 1)}\n`);
      if (report.agreement.some((a) => a.unmatched.length > 0)) setExit(1);
    });
}
