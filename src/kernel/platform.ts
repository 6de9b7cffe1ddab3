// Whether this process can record the live kernel: Linux, root, iproute2 present.
import { spawnSync } from 'node:child_process';
import { release } from 'node:os';

/** Why the live kernel cannot be used here, or null when it can. */
export function kernelUnavailableReason(): string | null {
  if (process.platform !== 'linux') return `needs Linux (this is ${process.platform})`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'needs root (network namespaces, veth, tc, tracefs and global sysctls)';
  for (const [cmd, arg] of [['ip', '-V'], ['tc', '-V'], ['taskset', '--version'], [PYTHON, '--version']] as const) {
    const r = spawnSync(cmd, [arg], { encoding: 'utf8' });
    if (r.error || r.status !== 0) return `needs ${cmd} (not found or not working)`;
  }
  return null;
}

/** The system Python that runs the helpers (Debian's python3). */
export const PYTHON = '/usr/bin/python3';

/** "6.18" from uname -r "6.18.44-fc-v595". */
export function kernelMajorMinor(rel: string = release()): string {
  const m = /^(\d+)\.(\d+)/.exec(rel);
  return m ? `${m[1]}.${m[2]}` : rel;
}
