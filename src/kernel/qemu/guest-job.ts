// One job in a QEMU guest: fetch the kernel package (fetch.ts), build its initramfs (initramfs.ts),
// boot it (boot.ts) with a fresh results share, run one command from the host's root inside it
// (guest-init.ts) and hand the results directory to the caller before it is deleted. The host's
// sysctls, namespaces and /boot are not touched. `rxpath record --kernel` (record-guest.ts),
// the truesize measurement (scripts/measure-truesize-guest.ts) and `--impl kernel:VERSION` use it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { untilUndone } from '../../exit-hooks.ts';
import { kernelUnavailableReason } from '../platform.ts';
import { LockBusyError, withRecorderLock } from '../lock.ts';
import { boot, QEMU } from './boot.ts';
import { fetchKernel, resolveFromApt, type FetchedKernel } from './fetch.ts';
import { GUEST_MARK, jobScript, type JobSpec } from './guest-init.ts';
import { BUSYBOX, ensureInitramfs } from './initramfs.ts';
import { seriesOfRelease } from './packages.ts';

/** One QEMU guest at a time by default (TCG takes every core it gets): the lock of the first slot. */
export const QEMU_LOCK = '/run/rxpath-qemu.lock';

/**
 * Guests that may run at once: RXPATH_QEMU_GUESTS (default 1). A trial keeps about one host core busy
 * (one vCPU does the work), so on a host with cores to spare two runs can share it.
 */
export function guestSlots(): number {
  const n = Number(process.env.RXPATH_QEMU_GUESTS ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Runs `fn` holding a free guest slot's lock (QEMU_LOCK, then /run/rxpath-qemu-2.lock, ...). */
async function withGuestSlot<T>(fn: () => Promise<T>): Promise<T> {
  const slots = guestSlots();
  for (let i = 0; ; i++) {
    const path = i === 0 ? QEMU_LOCK : QEMU_LOCK.replace(/\.lock$/, `-${i + 1}.lock`);
    try {
      return await withRecorderLock(fn, { path, waitMs: i + 1 < slots ? 0 : 2000 });
    } catch (err) {
      if (!(err instanceof LockBusyError) || i + 1 >= slots) throw err;
    }
  }
}

/** The job could not run (no QEMU, no package, another guest running): the message says why. */
export class GuestSetupError extends Error {}

/** Why this host cannot boot a guest, with the package to install; null when it can. */
export function guestUnavailableReason(): string | null {
  const host = kernelUnavailableReason();
  if (host) return host;
  const q = spawnSync(QEMU, ['-version'], { encoding: 'utf8' });
  if (q.error || q.status !== 0) return `needs ${QEMU}: apt-get install qemu-system-x86`;
  if (!existsSync(BUSYBOX)) return `needs a static busybox at ${BUSYBOX}: apt-get install busybox-static`;
  for (const [cmd, pkg] of [['apt-get', 'apt'], ['dpkg-deb', 'dpkg']] as const) {
    const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
    if (r.error || r.status !== 0) return `needs ${cmd} (Debian's ${pkg}) to fetch the kernel package`;
  }
  return null;
}

/** The fetched kernel and its initramfs, ready to boot; throws GuestSetupError. */
export interface PreparedKernel {
  kernel: FetchedKernel;
  initrd: string;
  /** linux-X.Y of the guest's release. */
  series: string;
}

export function prepareKernel(version: string): PreparedKernel {
  const why = guestUnavailableReason();
  if (why) throw new GuestSetupError(`refusing: ${why}`);
  try {
    const kernel = fetchKernel(resolveFromApt(version));
    return { kernel, initrd: ensureInitramfs(kernel), series: seriesOfRelease(kernel.release) };
  } catch (err) {
    throw new GuestSetupError((err as Error).message);
  }
}

/** A console line without the terminal resets and escape sequences SeaBIOS prints. */
export function plainText(line: string): string {
  return line.replace(/\x1b(?:\[[0-9;?]*[A-Za-z]|c)/g, '');
}

export interface GuestJobOutcome {
  /** The job's exit status in the guest; null when it never wrote one (did not run, or was killed). */
  status: number | null;
  timedOut: boolean;
  /** QEMU's exit status. */
  qemuCode: number | null;
  /** Where the console was saved. */
  consoleLog: string;
  /** Wall time of the boot, and when the guest's init said it was up (ms after the start; 0 if never). */
  tookMs: number;
  upMs: number;
}

/**
 * Boots `prepared` and runs `job` in it. `collect(resultsDir)` runs after the guest is gone and
 * before the results share is deleted, also after a timeout (what the guest finished is kept).
 */
export async function runGuestJob(
  prepared: PreparedKernel, job: JobSpec, timeoutMs: number, onLine: (line: string) => void,
  collect: (resultsDir: string) => void, opts: { serialSocket?: string; abort?: AbortSignal } = {},
): Promise<GuestJobOutcome> {
  const results = mkdtempSync('/tmp/rxpath-guest-');
  const removeResults = (): undefined => { rmSync(results, { recursive: true, force: true }); return undefined; };
  const forgetResults = untilUndone(removeResults);
  try {
    writeFileSync(join(results, 'job.sh'), jobScript(job));
    const t0 = Date.now();
    let up = 0;
    const follow = (raw: string): void => {
      const line = plainText(raw);
      if (line.includes(`${GUEST_MARK} up`) && up === 0) up = Date.now() - t0;
      onLine(line);
    };
    const spec = {
      vmlinuz: prepared.kernel.vmlinuz, initrd: prepared.initrd, resultsDir: results,
      ...(opts.serialSocket !== undefined ? { serialSocket: opts.serialSocket } : {}),
    };
    let outcome;
    try {
      outcome = await withGuestSlot(() => boot(spec, timeoutMs, follow, opts.abort));
    } catch (err) {
      if (err instanceof LockBusyError) throw new GuestSetupError(`another rxpath QEMU guest is running: ${err.message}`);
      throw err;
    }
    const consoleLog = join(prepared.kernel.dir, 'last-console.log');
    writeFileSync(consoleLog, outcome.console);
    collect(results);
    const statusFile = join(results, 'status');
    const status = existsSync(statusFile) ? Number(readFileSync(statusFile, 'utf8').trim()) : null;
    return { status, timedOut: outcome.timedOut, qemuCode: outcome.code, consoleLog, tookMs: Date.now() - t0, upMs: up };
  } finally {
    removeResults();
    forgetResults();
  }
}
