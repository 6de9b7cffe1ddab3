// Ranges and defaults of every sysctl, device and socket setting and workload field, read from the
// schemas (the x-rxpath annotations for per-profile defaults and bounds; the JSON Schema keywords for
// the rest). The arbitraries take every number from here: one source of truth with validation.
import type { FrameFlag, ProfileName } from '../generated/schema-types.ts';
import { profileSysctlDefaults, settingDefaults, type SysctlName } from '../spec/defaults.ts';
import { readSchema } from '../spec/schema-files.ts';

export interface IntRange {
  min: number;
  max: number;
}

interface Annot { default?: unknown; minimum?: number; maximum?: number }
interface PropSchema {
  type?: string | string[];
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  items?: PropSchema;
  properties?: Record<string, PropSchema>;
  'x-rxpath'?: { profiles: Partial<Record<ProfileName, Annot>> };
}
interface ObjSchema { properties: Record<string, PropSchema>; $defs?: Record<string, ObjSchema & PropSchema> }

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

function rangeOf(p: PropSchema, profile: ProfileName): IntRange {
  const a = p['x-rxpath']?.profiles[profile];
  const min = a?.minimum ?? p.minimum ?? INT32.min;
  const max = a?.maximum ?? p.maximum ?? INT32.max;
  return { min, max };
}

/** The sysctls that exist in `profile` (an annotation for the profile is present). */
export function sysctlNames(profile: ProfileName): SysctlName[] {
  return [...profileSysctlDefaults(profile).keys()];
}

export function sysctlExists(profile: ProfileName, name: SysctlName): boolean {
  return profileSysctlDefaults(profile).has(name);
}

/** What the kernel accepts for an integer sysctl in `profile` (proc_dointvec: the int range). */
export function sysctlRange(profile: ProfileName, name: SysctlName): IntRange {
  const s = readSchema<ObjSchema>('sysctls.schema.json');
  return rangeOf(s.properties[name], profile);
}

export function sysctlDefault(profile: ProfileName, name: SysctlName): number {
  const v = profileSysctlDefaults(profile).get(name);
  if (typeof v !== 'number') throw new Error(`sysctl ${name} has no numeric default in ${profile}`);
  return v;
}

/** Range of a property of a settings schema: settingRange('device.schema.json', p, 'ringSize'). */
export function settingRange(file: string, profile: ProfileName, prop: string, def?: string): IntRange {
  const root = readSchema<ObjSchema>(file);
  const schema = def ? root.$defs![def] : root;
  return rangeOf(schema.properties[prop], profile);
}

export function settingDefault(file: string, profile: ProfileName, prop: string, def?: string): unknown {
  return settingDefaults(file, profile, def)[prop];
}

/** Range of a field of a workload step or flow ($defs of workload.schema.json). */
export function workloadRange(def: string, prop: string): IntRange {
  const root = readSchema<ObjSchema>('workload.schema.json');
  const p = root.$defs![def].properties[prop];
  return { min: p.minimum ?? INT32.min, max: p.maximum ?? INT32.max };
}

/** The FrameFlag enum of workload.schema.json, in schema order. */
export function frameFlags(): FrameFlag[] {
  const root = readSchema<ObjSchema>('workload.schema.json');
  return root.$defs!.FrameFlag.enum as FrameFlag[];
}

/** config.schema.json enums and ranges (cpus, hz). */
export function configRange(prop: 'cpus'): IntRange {
  const root = readSchema<ObjSchema>('config.schema.json');
  const p = root.properties[prop];
  return { min: p.minimum ?? 1, max: p.maximum ?? 64 };
}

export function hzValues(): number[] {
  const root = readSchema<ObjSchema>('config.schema.json');
  return root.properties.hz.enum as number[];
}
