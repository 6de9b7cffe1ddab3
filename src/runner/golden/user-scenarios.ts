// The scenarios of a user corpus: DIR/scenarios/**.json, each a scenario (schemas/scenario.schema.json)
// whose trace `rxpath golden record --out DIR` writes to DIR/model/<profile>/<id>.json, <id> being
// its path under scenarios/ without .json. Its summary is the scenario's description (else its
// name); it is recorded under its own config.profile, or under each --profile given (the same
// traffic under another kernel's rules, as `rxpath simulate --profile` runs it).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ProfileName, Scenario } from '../../generated/schema-types.ts';
import { RxpathInputError } from '../../spec/errors.ts';
import { loadScenarioFile } from '../../spec/load.ts';
import { validateScenario } from '../../spec/validate.ts';
import { didYouMean } from '../suggest.ts';
import type { RecordSource } from './record.ts';

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...jsonFiles(p));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
}

/**
 * The record sources of DIR/scenarios (only the ids in `only`, when given); a missing or empty
 * directory, an invalid scenario or an `only` id with no scenario is bad input.
 */
export function userScenarioSources(corpusDir: string, profiles?: readonly ProfileName[], only?: readonly string[]): RecordSource[] {
  const dir = join(corpusDir, 'scenarios');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const message = 'no such directory: put the scenarios to record there, one scenario JSON file each (schemas/scenario.schema.json)';
    throw new RxpathInputError([{ file: dir, pointer: '', message }]);
  }
  const files = jsonFiles(dir);
  if (files.length === 0) throw new RxpathInputError([{ file: dir, pointer: '', message: 'holds no scenario (*.json)' }]);
  const idOf = (file: string): string => relative(dir, file).split('\\').join('/').replace(/\.json$/, '');
  const ids = files.map(idOf);
  const problems = (only ?? []).filter((id) => !ids.includes(id)).map((id) => ({
    file: '--only', pointer: '', message: `no scenario ${JSON.stringify(id)} in ${dir}${didYouMean(id, ids)}`,
  }));
  if (problems.length) throw new RxpathInputError(problems);
  return files.filter((f) => !only || only.includes(idOf(f))).map((file) => {
    const scenario = loadScenarioFile(file);
    const own = scenario.config.profile;
    return {
      id: idOf(file),
      summary: scenario.description?.trim() || scenario.name,
      profiles: profiles ? [...profiles] : [own],
      file,
      scenario: (p: ProfileName): Scenario => {
        if (p === own) return scenario;
        const other = structuredClone(scenario);
        other.config.profile = p;
        return validateScenario(other, `${file} (recorded under --profile ${p})`);
      },
    };
  });
}
