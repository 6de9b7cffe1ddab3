// Profile defaults, read from the x-rxpath annotations of schemas/sysctls.schema.json:
// the one place the kernel's defaults are written down.
import type { ProfileName, Sysctls } from '../generated/schema-types.ts';
import { readSchema } from './schema-files.ts';

export type SysctlName = keyof Sysctls;
export type SysctlValue = number | string | number[];

interface ProfileAnnotation { default: SysctlValue; minimum?: number; maximum?: number; check?: string }
interface SysctlSchema { properties: Record<string, { 'x-rxpath': { profiles: Partial<Record<ProfileName, ProfileAnnotation>> } }> }

/** Every sysctl that exists in `profile`, with its default value. */
export function profileSysctlDefaults(profile: ProfileName): Map<SysctlName, SysctlValue> {
  const schema = readSchema<SysctlSchema>('sysctls.schema.json');
  const out = new Map<SysctlName, SysctlValue>();
  for (const [name, prop] of Object.entries(schema.properties)) {
    const p = prop['x-rxpath'].profiles[profile];
    if (p) out.set(name as SysctlName, structuredClone(p.default));
  }
  return out;
}
