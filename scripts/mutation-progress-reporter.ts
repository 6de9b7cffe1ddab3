// A Stryker reporter for `npm run mutate` (scripts/mutate.ts): appends each mutant that survived or
// had no coverage to .rxpath/mutation/survivors.log as soon as it is tested, with the source line,
// so that work on the tests can start while a long run goes on.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';
import type { MutantResult } from '@stryker-mutator/api/core';
import type { Reporter } from '@stryker-mutator/api/report';

export const SURVIVORS_LOG = join(import.meta.dirname, '..', '.rxpath', 'mutation', 'survivors.log');

class SurvivorsLogReporter implements Reporter {
  private readonly sources = new Map<string, string[]>();

  constructor() {
    mkdirSync(dirname(SURVIVORS_LOG), { recursive: true });
    writeFileSync(SURVIVORS_LOG, '');
  }

  onMutantTested(result: Readonly<MutantResult>): void {
    if (result.status !== 'Survived' && result.status !== 'NoCoverage') return;
    let lines = this.sources.get(result.fileName);
    if (lines === undefined) {
      lines = readFileSync(result.fileName, 'utf8').split('\n');
      this.sources.set(result.fileName, lines);
    }
    const line = result.location.start.line;
    const file = result.fileName.slice(result.fileName.indexOf('src/model/'));
    appendFileSync(SURVIVORS_LOG, `${file}:${line} ${result.status} ${result.mutatorName} ${JSON.stringify(result.replacement)} | ${(lines[line - 1] ?? '').trim().slice(0, 140)}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'rxpath-survivors', SurvivorsLogReporter)];
