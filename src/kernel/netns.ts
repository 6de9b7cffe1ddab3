// Network namespaces the recorder makes: named rxpath-<pid>-<n>, deleted after each trial (also
// when the recorder is interrupted: exit-hooks.ts), and stale ones (from a recorder that was
// SIGKILLed: its pid is gone) removed before recording.
import { existsSync, readdirSync } from 'node:fs';
import { untilUndone } from '../exit-hooks.ts';
import { run } from './exec.ts';

const PREFIX = 'rxpath-';
let counter = 0;

export function newNetnsName(): string {
  counter += 1;
  return `${PREFIX}${process.pid}-${counter}`;
}

export function createNetns(name: string): void {
  run('ip', ['netns', 'add', name]);
  run('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
}

export function deleteNetns(name: string): void {
  if (existsSync(`/run/netns/${name}`)) run('ip', ['netns', 'del', name], { allowFail: true });
}

function pidAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Deletes rxpath-* namespaces whose recorder process is gone. Returns their names. */
export function removeStaleNetns(): string[] {
  if (!existsSync('/run/netns')) return [];
  const removed: string[] = [];
  for (const name of readdirSync('/run/netns')) {
    const m = /^rxpath-(\d+)-\d+$/.exec(name);
    if (!m || (Number(m[1]) !== process.pid && pidAlive(Number(m[1])))) continue;
    if (Number(m[1]) === process.pid) continue;
    deleteNetns(name);
    removed.push(name);
  }
  return removed;
}

/** Runs `fn` with a fresh namespace and deletes it afterwards, also when `fn` fails. */
export async function withNetns<T>(fn: (ns: string) => Promise<T>): Promise<T> {
  const ns = newNetnsName();
  const forget = untilUndone(() => {
    if (!existsSync(`/run/netns/${ns}`)) return undefined;
    deleteNetns(ns);
    return `removed namespace ${ns}`;
  });
  try {
    createNetns(ns);
    return await fn(ns);
  } finally {
    deleteNetns(ns);
    forget();
  }
}
