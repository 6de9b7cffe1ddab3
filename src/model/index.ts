// The model's public API: run a scenario through the reference model of the receive path.
import type { Observations, Scenario } from '../generated/schema-types.ts';
import { createHost, run, type SimulateOptions } from './simulator.ts';
import type { ModelNote } from './trace.ts';

export type { KernelProfile } from './profile.ts';
export type { SimulateOptions } from './simulator.ts';
export type { ModelNote } from './trace.ts';
export { kernelProfile, LINUX_3_13, LINUX_6_18, PROFILE_RULES } from './profile.ts';

/**
 * Runs `scenario` (already validated) through the model: a snapshot per checkpoint step and the
 * final `end` one, plus trace events when `events` is set. Deterministic: the same scenario,
 * profile and rules give the same observations.
 */
export function simulate(scenario: Scenario, opts: SimulateOptions = {}): Observations {
  return run(createHost(scenario, opts));
}

/**
 * The same run with trace events and the model's notes: why each drop and squeeze was accounted
 * as it was, with the numbers the kernel decided on (src/oracle/explain.ts).
 */
export function simulateExplained(scenario: Scenario, opts: SimulateOptions = {}): { obs: Observations; notes: ModelNote[] } {
  const host = createHost(scenario, { ...opts, events: true });
  const obs = run(host);
  return { obs, notes: host.trace!.notes };
}
