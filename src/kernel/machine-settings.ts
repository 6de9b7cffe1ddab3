// This machine's kernel profile and the sysctls `--explain` shows and sizes its scenario by, read
// from /proc/sys (read-only; inside the network namespace when one is given).
import { release } from 'node:os';
import type { ProfileName } from '../generated/schema-types.ts';
import { profileSysctlDefaults, type SysctlName } from '../spec/defaults.ts';
import { catInNetns } from './exec.ts';
import type { MachineSettings } from './reproduce-fragments.ts';
import { sysctlPath } from './sysctl-file.ts';

/** The profile whose rules a kernel follows: linux-3.13 for 3.x, linux-6.18 from 4.0 on. */
export function profileOfRelease(rel: string = release()): ProfileName {
  const major = Number(/^(\d+)\./.exec(rel)?.[1] ?? NaN);
  return major < 4 ? 'linux-3.13' : 'linux-6.18';
}

/** A sysctl's value as /proc/sys shows it (tabs and newlines as single spaces), or undefined. */
export function readSysctlValue(name: string, netns: string | null): string | undefined {
  const text = catInNetns(netns, sysctlPath(name));
  return text === null ? undefined : text.trim().split(/\s+/).join(' ');
}

/** A positive integer sysctl, or the profile's default when it cannot be read. */
function intSysctl(name: string, profile: ProfileName, read: (n: string) => string | undefined): number {
  const v = Number(read(name));
  if (Number.isSafeInteger(v) && v > 0) return v;
  return Number(profileSysctlDefaults(profile).get(name as SysctlName));
}

export function machineSettings(profile: ProfileName, read: (name: string) => string | undefined): MachineSettings {
  return {
    profile,
    netdevMaxBacklog: intSysctl('net.core.netdev_max_backlog', profile, read),
    netdevBudget: intSysctl('net.core.netdev_budget', profile, read),
  };
}
