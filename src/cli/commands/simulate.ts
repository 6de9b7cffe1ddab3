// `rxpath simulate SCENARIO.json [--profile P] [--events]`: run a scenario through the reference
// model and print its observations (schemas/observations.schema.json) as JSON.
import type { Command } from 'commander';
import type { ProfileName } from '../../generated/schema-types.ts';
import type { SetExit } from './index.ts';
import { loadScenarioFile } from '../../spec/load.ts';
import { validateScenario } from '../../spec/validate.ts';
import { PROFILES } from '../../spec/registry.ts';
import { RxpathInputError } from '../../spec/errors.ts';

export function register(program: Command, setExit: SetExit): void {
  program
    .command('simulate')
    .description('run a scenario through the reference model and print the observations (a snapshot per checkpoint and at the end) as JSON')
    .argument('<scenario>', 'scenario JSON file (schemas/scenario.schema.json)')
    .option('--profile <profile>', `kernel profile to run under instead of config.profile (${PROFILES.join(', ')})`)
    .option('--events', 'include tracepoint-shaped events (napi_poll, softirq_entry/exit, netif_rx, netif_receive_skb, kfree_skb, ...)')
    .option('--compact', 'print the JSON on one line')
    .action(async (file: string, opts: { profile?: string; events?: boolean; compact?: boolean }) => {
      let scenario = loadScenarioFile(file);
      if (opts.profile !== undefined) {
        if (!PROFILES.includes(opts.profile as ProfileName)) {
          throw new RxpathInputError([{ file: '--profile', pointer: '', message: `must be one of ${PROFILES.join(', ')} (got ${JSON.stringify(opts.profile)})` }]);
        }
        // the scenario must also be valid under the other profile (its sysctls, for one)
        const other = structuredClone(scenario);
        other.config.profile = opts.profile as ProfileName;
        scenario = validateScenario(other, `${file} (with --profile ${opts.profile})`);
      }
      // The model is loaded once the scenario is known to be valid: a bad file is answered quickly.
      const { simulate } = await import('../../model/index.ts');
      const obs = simulate(scenario, { events: opts.events === true, file });
      process.stdout.write(`${JSON.stringify(obs, null, opts.compact ? 0 : 2)}\n`);
      setExit(0);
    });
}
