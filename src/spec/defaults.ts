// Profile defaults, read from the x-rxpath annotations of schemas/sysctls.schema.json:
// the one place the kernel's defaults are written down.
import type { ProfileName, Sysctls } from '../generated/schema-types.ts';
import { readSchema } from './schema-files.ts';

export type SysctlName = keyof Sysctls;
export type SysctlValue = number | string | number[];

interface ProfileAnnotation { default: SysctlValue; minimum?: number; maximum?: number; check?: string; perHz?: number }
interface SysctlSchema { properties: Record<string, { 'x-rxpath': { profiles: Partial<Record<ProfileName, ProfileAnnotation>> } }> }

/** CONFIG_HZ of the project's machines, the default of config.hz. */
export const DEFAULT_HZ = 250;

/**
 * Every sysctl that exists in `profile`, with its default value at CONFIG_HZ = `hz`
 * (a `perHz` annotation makes the default floor(perHz / hz), e.g. netdev_budget_usecs).
 */
export function profileSysctlDefaults(profile: ProfileName, hz: number = DEFAULT_HZ): Map<SysctlName, SysctlValue> {
  const schema = readSchema<SysctlSchema>('sysctls.schema.json');
  const out = new Map<SysctlName, SysctlValue>();
  for (const [name, prop] of Object.entries(schema.properties)) {
    const p = prop['x-rxpath'].profiles[profile];
    if (p) out.set(name as SysctlName, p.perHz !== undefined ? Math.floor(p.perHz / hz) : structuredClone(p.default));
  }
  return out;
}

interface SettingSchema {
  properties: Record<string, { 'x-rxpath'?: { profiles: Partial<Record<ProfileName, ProfileAnnotation>> } }>;
  $defs?: Record<string, SettingSchema>;
}

/**
 * Defaults of the annotated properties of one object in a settings schema, e.g.
 * settingDefaults('device.schema.json', 'linux-6.18') or settingDefaults('device.schema.json', p, 'Coalesce').
 * A property whose annotated default is null has no fixed default (it is derived, e.g. the RSS table).
 */
export function settingDefaults(file: string, profile: ProfileName, def?: string): Record<string, unknown> {
  const root = readSchema<SettingSchema>(file);
  const schema = def ? root.$defs![def] : root;
  const out: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(schema.properties)) {
    const p = prop['x-rxpath']?.profiles[profile];
    if (p && p.default !== null) out[name] = structuredClone(p.default);
  }
  return out;
}
