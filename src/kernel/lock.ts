// One recorder at a time on a machine: an exclusive lock file holding the owner's pid. A lock whose
// pid is gone (a crashed recorder) is taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { untilUndone } from '../exit-hooks.ts';

export const LOCK_PATH = '/run/rxpath-record.lock';

export class LockBusyError extends Error {}

function pidAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

function tryTake(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return false;
  }
}

/** Takes the lock (waiting up to `waitMs`), runs `fn`, releases it. */
export async function withRecorderLock<T>(fn: () => Promise<T>, opts: { path?: string; waitMs?: number } = {}): Promise<T> {
  const path = opts.path ?? LOCK_PATH;
  const deadline = Date.now() + (opts.waitMs ?? 120_000);
  for (;;) {
    if (tryTake(path)) break;
    let owner = NaN;
    try { owner = Number.parseInt(readFileSync(path, 'utf8'), 10); } catch { /* removed meanwhile */ }
    if (Number.isFinite(owner) && !pidAlive(owner)) {
      try { unlinkSync(path); } catch { /* someone else took it over */ }
      continue;
    }
    if (Date.now() > deadline) throw new LockBusyError(`another recorder (pid ${owner}) holds ${path}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const release = (): undefined => { try { unlinkSync(path); } catch { /* already gone */ } return undefined; };
  const forget = untilUndone(release);
  try {
    return await fn();
  } finally {
    release();
    forget();
  }
}
