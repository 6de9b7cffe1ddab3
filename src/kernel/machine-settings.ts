// This machine's kernel profile and the sysctls `--explain` shows and sizes its scenario by, read
// from /proc/sys (read-only; inside the network namespace when one is given).
import { release } from 'node:os';
import type { ProfileName } from '../generated/schema-types.ts';
import { profileSysctlDefaults, type SysctlName } from '../spec/defaults.ts';
import { catInNetns } from './exec.ts';
import type { MachineSettings } from './reproduce-fragments.ts';
import { sysctlPath } from './sysctl-file.ts';

/**
 * The profile whose rules a kernel follows: its own series where there is a profile of it (3.13, 6.1,
 * 6.12, 6.18), else the nearest profile below it (3.x -> linux-3.13; 4.0 to 6.11 -> linux-6.1; 6.13 to
 * 6.17 -> linux-6.12; 6.18 on -> linux-6.18). A recording states its real release beside the profile
 * (provenance.kernel.release), so a kernel between two profiles is compared with the older one's rules.
 */
export function profileOfRelease(rel: string = release()): ProfileName {
  const m = /^(\d+)\.(\d+)/.exec(rel);
  const major = Number(m?.[1] ?? NaN);
  const minor = Number(m?.[2] ?? NaN);
  if (!(major >= 4)) return 'linux-3.13';
  if (major > 6 || (major === 6 && minor >= 18)) return 'linux-6.18';
  if (major === 6 && minor >= 12) return 'linux-6.12';
  return 'linux-6.1';
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
