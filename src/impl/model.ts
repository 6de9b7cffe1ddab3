// The embedded reference model as an Implementation: one implementation among others.
import type { Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import { PROFILE_RULES, simulate, type KernelProfile } from '../model/index.ts';
import { markReference } from './reference-marker.ts';
import type { Implementation, RunOptions } from './types.ts';

/** The model as an Implementation named "model", optionally with some kernel rules replaced. */
export function modelImplementation(rules?: Partial<KernelProfile>): Implementation {
  const impl: Implementation = {
    name: 'model',
    profiles: Object.keys(PROFILE_RULES) as ProfileName[],
    events: true,
    async run(scenario: Scenario, opts: RunOptions): Promise<Observations> {
      return simulate(scenario, { events: opts.events, ...(rules ? { rules } : {}) });
    },
  };
  return rules ? impl : markReference(impl);
}
