// The scenario features an implementation must support to be held to a scenario: the structural
// tags (src/spec/scenario-tags.ts), less those the reference model shows make no difference to
// the outcome. GRO is the one such feature: plain UDP never merges, so GRO on a NIC changes when
// skbs go up, not how many (src/model/gro.ts); where turning it off changes no observed counter,
// an implementation without GRO is held to the scenario as it is.
import type { Scenario } from '../generated/schema-types.ts';
import { scenarioTags } from '../spec/scenario-tags.ts';
import { compareObservations } from './compare.ts';
import { referenceObservations } from './reference.ts';

/** The scenario with GRO off on every NIC (ethtool -K DEV gro off). */
export function withoutGro(s: Scenario): Scenario {
  const devices = s.config.devices?.map((d) => (d.kind === 'nic' ? { ...d, gro: false } : d));
  return { ...s, config: { ...s.config, ...(devices ? { devices } : {}) } };
}

/** Whether GRO changes any counter `include` selects (the model decides). */
export function groMatters(s: Scenario, include: (path: string) => boolean = () => true): boolean {
  try {
    return compareObservations(s, referenceObservations(s), referenceObservations(withoutGro(s)), include).diff !== undefined;
  } catch {
    return true; // a scenario the model rejects: keep the structural answer
  }
}

/**
 * The tags the scenario needs of an implementation that declares `supported` and observes what
 * `include` selects: scenarioTags, less `gro` where GRO makes no difference to it. Asks the model
 * only when `gro` is needed and not declared.
 */
export function neededTags(s: Scenario, supported?: readonly string[], include?: (path: string) => boolean): string[] {
  const tags = scenarioTags(s);
  if (!supported || supported.includes('gro') || !tags.includes('gro')) return tags;
  return groMatters(s, include) ? tags : tags.filter((t) => t !== 'gro');
}
