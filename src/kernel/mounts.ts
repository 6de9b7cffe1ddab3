// Whether a filesystem is mounted at a path (/proc/self/mounts), and unmounting it.
import { readFileSync } from 'node:fs';
import { run } from './exec.ts';

export function isMounted(target: string): boolean {
  return readFileSync('/proc/self/mounts', 'utf8').split('\n').some((l) => l.split(' ')[1] === target);
}

/** Unmounts `target`; what it did, or nothing when it was not mounted. */
export function unmount(target: string): string | undefined {
  if (!isMounted(target)) return undefined;
  run('umount', [target]);
  return `unmounted ${target}`;
}
