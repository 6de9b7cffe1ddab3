// kernelProfile: the built-in rules of each profile, with replacements for what-if and faulty
// implementations; the name always stays the profile's.
import { describe, expect, it } from 'vitest';
import { PROFILE_RULES, kernelProfile } from '../../src/model/profile.ts';
import type { ProfileName } from '../../src/generated/schema-types.ts';

describe('kernelProfile', () => {
  it('gives the built-in rules unchanged without replacements, and a copy with them replaced (name kept)', () => {
    expect(kernelProfile('linux-6.18')).toBe(PROFILE_RULES['linux-6.18']);
    const p = kernelProfile('linux-3.13', { groCanHold: () => true, name: 'linux-6.18' });
    expect(p).not.toBe(PROFILE_RULES['linux-3.13']);
    expect([p.name, p.groCanHold(17, 0), p.netRxActionKind]).toEqual(['linux-3.13', true, PROFILE_RULES['linux-3.13'].netRxActionKind]);
  });
  it('an unknown profile name throws, naming it', () => {
    expect(() => kernelProfile('linux-9' as ProfileName)).toThrow('unknown kernel profile "linux-9"');
  });
});
