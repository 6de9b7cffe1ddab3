// The reference model's answer to a scenario, as the oracle asks for it: counters only, the same
// scenario asked for again (a property's check, then the clock classification, then shrinking)
// answered from a small cache instead of a second simulation.
import type { Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import { simulate } from '../model/index.ts';

const CACHE_SIZE = 16;
const cache = new Map<string, Observations>();

/** The model's observations of `scenario` (no events), under `profile` (default: the scenario's). */
export function referenceObservations(scenario: Scenario, profile?: ProfileName): Observations {
  const key = `${profile ?? ''}\u0000${JSON.stringify(scenario)}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const obs = simulate(scenario, profile ? { profile } : {});
  cache.set(key, obs);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return obs;
}
