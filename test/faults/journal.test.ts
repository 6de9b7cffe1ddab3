// The recorder's journal (src/kernel/journal.ts), on a journal file of its own: what is written
// before a change, what is struck after it, and what the next recorder does with the journal of
// one that was killed. Nothing here writes a sysctl: the sysctl journalled is already at its value.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import {
  forgetSysctl, JOURNAL_PATH, journalMount, journalSysctl, readJournal, recoverJournal, useJournalPath,
} from '../../src/kernel/journal.ts';
import { readSysctl } from '../../src/kernel/sysctl-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'rxpath-journal-'));
const file = join(dir, 'run', 'journal.json');
afterAll(() => { useJournalPath(JOURNAL_PATH); rmSync(dir, { recursive: true, force: true }); });
beforeEach(() => {
  useJournalPath(file);
  rmSync(join(dir, 'run'), { recursive: true, force: true });
  mkdirSync(join(dir, 'run'));
});

const BACKLOG = 'net.core.netdev_max_backlog';
/** A pid that no process has any more. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('the recorder journal', () => {
  test('lives under /run', () => {
    expect(JOURNAL_PATH).toBe('/run/rxpath/journal.json');
  });

  test('a sysctl is written down with its original value and this pid, atomically (no temporary file left)', () => {
    journalSysctl(BACKLOG, '1000');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ format: 'rxpath-record-journal/1', pid: process.pid, sysctls: { [BACKLOG]: '1000' } });
    expect(readdirSync(join(dir, 'run'))).toEqual(['journal.json']);
  });

  test('the first original stays when the same sysctl is written down again', () => {
    journalSysctl(BACKLOG, '1000');
    journalSysctl(BACKLOG, '10');
    expect(readJournal()?.sysctls).toEqual({ [BACKLOG]: '1000' });
  });

  test('striking the last entry removes the file; a tracefs mount keeps it', () => {
    journalSysctl(BACKLOG, '1000');
    journalMount('/sys/kernel/tracing');
    forgetSysctl(BACKLOG);
    expect(readJournal()).toMatchObject({ sysctls: {}, tracefs: '/sys/kernel/tracing' });
    rmSync(file);
    journalSysctl(BACKLOG, '1000');
    forgetSysctl(BACKLOG);
    expect(existsSync(file)).toBe(false);
  });

  test('the journal of a recorder that is still running is not touched', () => {
    journalSysctl(BACKLOG, '1000');
    const mine = readFileSync(file, 'utf8');
    writeFileSync(file, mine.replace(`"pid": ${process.pid}`, `"pid": ${process.ppid}`));
    expect(() => recoverJournal()).toThrow(`another recorder (pid ${process.ppid}) keeps ${file}`);
    expect(() => journalSysctl('net.core.rmem_max', '1')).toThrow(/another recorder/);
  });

  test('the journal of a killed recorder: restored (here: already back), said so, removed', () => {
    const pid = deadPid();
    const now = readSysctl(BACKLOG);
    writeFileSync(file, JSON.stringify({ format: 'rxpath-record-journal/1', pid, sysctls: { [BACKLOG]: now } }));
    expect(recoverJournal()).toEqual([`${BACKLOG} was already back at ${now}, from the journal left by recorder pid ${pid}`]);
    expect(existsSync(file)).toBe(false);
  });

  test('a journal that is not one (garbage) is removed and restores nothing', () => {
    journalSysctl(BACKLOG, '1000');
    writeFileSync(file, '{"half');
    expect(recoverJournal()).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });
});
