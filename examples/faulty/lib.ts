// A deliberately faulty implementation: the reference model with ONE kernel rule replaced
// (modelImplementation(rules)), restricted to the profiles whose rule it breaks.
import type { ProfileName } from '../../src/generated/schema-types.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import type { KernelProfile } from '../../src/model/profile.ts';
import { UDP_PROFILES, type UdpProfile } from '../../src/model/profile-udp.ts';

export interface Faulty extends Implementation {
  /** One line: which rule is broken and how. */
  readonly description: string;
}

/**
 * The replaced rules: one object for every profile, or one per profile (a rule of the IPv4/UDP
 * half replaces the whole `udp` object, which differs between the profiles: see `udpRule`).
 */
export type FaultyRules = Partial<KernelProfile> | ((profile: ProfileName) => Partial<KernelProfile>);

export function faulty(name: string, description: string, profiles: readonly ProfileName[], rules: FaultyRules): Faulty {
  const byProfile = new Map<ProfileName, Implementation>();
  const implFor = (profile: ProfileName): Implementation => {
    let impl = byProfile.get(profile);
    if (!impl) byProfile.set(profile, (impl = modelImplementation(typeof rules === 'function' ? rules(profile) : rules)));
    return impl;
  };
  return {
    name: `faulty/${name}`,
    description,
    profiles,
    events: true,
    run: (scenario, opts) => implFor(scenario.config.profile).run(scenario, opts),
  };
}

/** The profile's own IPv4/UDP rules with some replaced (`base` is the profile's unreplaced rules). */
export function udpRule(
  replace: (base: UdpProfile) => Partial<UdpProfile>,
): (profile: ProfileName) => Partial<KernelProfile> {
  return (profile) => {
    const base = UDP_PROFILES[profile];
    return { udp: { ...base, ...replace(base) } };
  };
}
