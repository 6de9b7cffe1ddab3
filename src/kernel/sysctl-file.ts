// A sysctl's file under /proc/sys: its path, its value as text.
import { readFileSync, writeFileSync } from 'node:fs';

export function sysctlPath(name: string): string {
  return `/proc/sys/${name.replaceAll('.', '/')}`;
}

export function readSysctl(name: string): string {
  return readFileSync(sysctlPath(name), 'utf8').trim();
}

export function writeSysctl(name: string, value: string): void {
  writeFileSync(sysctlPath(name), `${value}\n`);
}

const spaced = (v: string): string => v.split(/\s+/).join(' ');

/** Writes `original` back; what it did ("restored NAME = V (was W)"), or nothing when it had that value. */
export function restoreSysctl(name: string, original: string): string | undefined {
  const now = readSysctl(name);
  if (spaced(now) === spaced(original)) return undefined;
  writeSysctl(name, original);
  return `restored ${name} = ${spaced(original)} (was ${spaced(now)})`;
}
