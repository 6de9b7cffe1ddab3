// The model's public API: run a scenario through the reference model of the receive path.
import type { Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import type { Implementation, RunOptions } from '../impl/types.ts';
import type { KernelProfile } from './profile.ts';
import { PROFILE_RULES } from './profile.ts';
import { createHost, run, type SimulateOptions } from './simulator.ts';

export type { KernelProfile } from './profile.ts';
export type { SimulateOptions } from './simulator.ts';
export { kernelProfile, LINUX_3_13, LINUX_6_18, PROFILE_RULES } from './profile.ts';

/**
 * Runs `scenario` (already validated) through the model: a snapshot per checkpoint step and the
 * final `end` one, plus trace events when `events` is set. Deterministic: the same scenario,
 * profile and rules give the same observations.
 */
export function simulate(scenario: Scenario, opts: SimulateOptions = {}): Observations {
  return run(createHost(scenario, opts));
}

/** The model as an Implementation named "model", optionally with some rules replaced. */
export function modelImplementation(rules?: Partial<KernelProfile>): Implementation {
  return {
    name: 'model',
    profiles: Object.keys(PROFILE_RULES) as ProfileName[],
    events: true,
    async run(scenario: Scenario, opts: RunOptions): Promise<Observations> {
      return simulate(scenario, { events: opts.events, rules });
    },
  };
}
