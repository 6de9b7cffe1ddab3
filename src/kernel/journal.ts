// The recorder's journal (/run/rxpath/journal.json): before the recorder changes something global
// on the host (a global sysctl, the tracefs mount), it writes down how it was, atomically (a
// temporary file renamed into place), and it strikes the entry once it has put it back. /run is
// emptied at boot, when the kernel's settings are back anyway. A recorder ended by SIGKILL cannot
// undo anything: the next one finds its journal and restores from it before it changes anything.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { unmount } from './mounts.ts';
import { restoreSysctl } from './sysctl-file.ts';

export const JOURNAL_PATH = '/run/rxpath/journal.json';

export interface Journal {
  format: 'rxpath-record-journal/1';
  /** The recorder that wrote it. */
  pid: number;
  /** Original value of each global sysctl it changed, as read from /proc/sys. */
  sysctls: Record<string, string>;
  /** Where it mounted tracefs, when it did. */
  tracefs?: string;
}

let path = JOURNAL_PATH;

/** Another journal file (tests). */
export function useJournalPath(p: string): void {
  path = p;
}

export function journalPath(): string {
  return path;
}

export function readJournal(): Journal | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const j = JSON.parse(readFileSync(path, 'utf8')) as Journal;
    const ok = j && j.format === 'rxpath-record-journal/1' && typeof j.pid === 'number' && typeof j.sysctls === 'object';
    return ok ? j : undefined;
  } catch {
    return undefined;
  }
}

function writeJournal(j: Journal): void {
  if (Object.keys(j.sysctls).length === 0 && j.tracefs === undefined) {
    try { unlinkSync(path); } catch { /* already gone */ }
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(j, null, 1)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

function pidAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** This recorder's journal: a fresh one, or the file it is already keeping. */
function own(): Journal {
  const j = readJournal();
  if (j && j.pid === process.pid) return j;
  if (j && pidAlive(j.pid)) {
    throw new Error(`another recorder (pid ${j.pid}) keeps ${path}: global sysctls are changed only under the recorder lock`);
  }
  // What an interrupted recorder left goes back first (rxpath record does this at its start).
  if (j) for (const s of recoverJournal()) process.stderr.write(`rxpath: ${s}\n`);
  return { format: 'rxpath-record-journal/1', pid: process.pid, sysctls: {} };
}

/** Writes down a global sysctl's original value before it is changed (the first original stays). */
export function journalSysctl(name: string, original: string): void {
  const j = own();
  if (!(name in j.sysctls)) j.sysctls[name] = original;
  writeJournal(j);
}

/** Strikes a sysctl that is back to its original value. */
export function forgetSysctl(name: string): void {
  const j = readJournal();
  if (!j || j.pid !== process.pid || !(name in j.sysctls)) return;
  delete j.sysctls[name];
  writeJournal(j);
}

export function journalMount(target: string): void {
  const j = own();
  j.tracefs = target;
  writeJournal(j);
}

export function forgetMount(): void {
  const j = readJournal();
  if (!j || j.pid !== process.pid || j.tracefs === undefined) return;
  delete j.tracefs;
  writeJournal(j);
}

/**
 * Restores what the journal of an interrupted recorder (its pid gone) says it changed, and removes
 * the journal. Returns what it did, one line each. The caller holds the recorder lock.
 */
export function recoverJournal(): string[] {
  const j = readJournal();
  if (!j) {
    if (existsSync(path)) unlinkSync(path);
    return [];
  }
  if (j.pid === process.pid) return [];
  if (pidAlive(j.pid)) throw new Error(`another recorder (pid ${j.pid}) keeps ${path}`);
  const said: string[] = [];
  for (const [name, original] of Object.entries(j.sysctls)) {
    const s = restoreSysctl(name, original);
    said.push(s ?? `${name} was already back at ${original.split(/\s+/).join(' ')}`);
  }
  if (j.tracefs !== undefined) said.push(unmount(j.tracefs) ?? `${j.tracefs} was already unmounted`);
  unlinkSync(path);
  return said.map((s) => `${s}, from the journal left by recorder pid ${j.pid}`);
}
