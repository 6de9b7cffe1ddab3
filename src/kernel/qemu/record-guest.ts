// `rxpath record --kernel VERSION`: records the selected scenarios on another kernel, booted under
// QEMU: the package is fetched (fetch.ts), an initramfs built (initramfs.ts), the guest booted
// (boot.ts) and inside it the host's own checkout runs `rxpath record` over all of them in one boot
// (guest-init.ts); the traces come back through a writable 9p share and are written to the output
// directory, each marked with how it was recorded. The host's sysctls, namespaces and tracefs are
// not touched: everything happens in the guest kernel.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { untilUndone } from '../../exit-hooks.ts';
import type { GoldenTrace } from '../../generated/schema-types.ts';
import { PACKAGE_ROOT } from '../../spec/schema-files.ts';
import type { CorpusEntry } from '../corpus.ts';
import { LockBusyError, withRecorderLock } from '../lock.ts';
import { kernelUnavailableReason } from '../platform.ts';
import { writeGolden } from '../record_trace.ts';
import { boot, bootTimeoutMs, qemuArgs, QEMU } from './boot.ts';
import { fetchKernel, resolveFromApt, type FetchedKernel } from './fetch.ts';
import { GUEST_MARK, GUEST_RESULTS, jobScript } from './guest-init.ts';
import { BUSYBOX, ensureInitramfs } from './initramfs.ts';
import { seriesOfRelease } from './packages.ts';

/** One QEMU guest at a time (TCG takes every core it gets). */
export const QEMU_LOCK = '/run/rxpath-qemu.lock';

export class GuestSetupError extends Error {}

export interface GuestRecordRequest {
  /** --kernel: 6.1, 6.12 or a linux-image-...-amd64 package. */
  kernel: string;
  /** The scenario files and options as given to `rxpath record`. */
  files: readonly string[];
  corpus: boolean;
  events: boolean;
  repeats: string;
  out?: string;
  /** The entries the host selected (the guest is told their exact names). */
  entries: readonly CorpusEntry[];
  /** Throws when `dir` already has traces of the entries and --update was not given. */
  checkNotRecorded: (dir: string, entries: readonly CorpusEntry[]) => void;
}

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

/** A regular expression matching exactly these names. */
export function exactNames(names: readonly string[]): string {
  return `^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
}

/** The `rxpath record` arguments the guest runs. */
export function guestRecordArgs(
  req: Pick<GuestRecordRequest, 'files' | 'corpus' | 'events' | 'repeats'>, names: readonly string[], cwd: string,
): string[] {
  return [
    'record', ...req.files.map((f) => resolve(cwd, f)),
    ...(req.corpus ? ['--corpus'] : []), ...(req.events ? ['--events'] : []),
    '--only', exactNames(names), '--repeats', req.repeats, '--update', '--out', `${GUEST_RESULTS}/traces`,
  ];
}

/** Whether the guest kernel's build has trace events (tracefs with napi, skb, sock events). */
export function hasEventTracing(configText: string): boolean {
  return /^CONFIG_EVENT_TRACING=y$/m.test(configText);
}

/** Seconds a scenario waits on its own (its last step's `at`), for the boot's timeout. */
function scenarioWaitS(e: CorpusEntry): number {
  return Math.max(0, ...e.scenario.workload.map((s) => s.at)) / 1e9;
}

function qemuVersion(): string {
  return spawnSync(QEMU, ['-version'], { encoding: 'utf8' }).stdout.split('\n')[0]?.trim() ?? 'unknown';
}

/** How the trace was recorded, added to provenance.kernel (which takes any property). */
export function markRecordedUnderQemu(trace: GoldenTrace, kernel: Pick<FetchedKernel, 'pkg' | 'version'>, qemu: string): GoldenTrace {
  const k = trace.provenance.kernel ?? {};
  return {
    ...trace,
    provenance: {
      ...trace.provenance,
      kernel: {
        ...k,
        vm: {
          package: kernel.pkg,
          packageVersion: kernel.version,
          qemu,
          machine: qemuArgs({ vmlinuz: '', initrd: '', resultsDir: '' }).slice(0, 12).join(' '),
          note: 'recorded by `rxpath record --kernel` inside a QEMU TCG guest: counters are meaningful, timings are not. '
            + 'provenance.profile is what the recorder writes for any release from 4.0 on (machine-settings.ts '
            + 'profileOfRelease); provenance.kernel.release is the guest\'s real uname -r',
        },
      },
    },
  };
}

/** A console line without the terminal resets and escape sequences SeaBIOS prints. */
export function plainText(line: string): string {
  return line.replace(/\x1b(?:\[[0-9;?]*[A-Za-z]|c)/g, '');
}

function say(s: string): void {
  process.stdout.write(`${s}\n`);
}

/** Records under QEMU; returns the exit status (0 all kept, 1 some dropped, 2 could not record). */
export async function recordUnderQemu(req: GuestRecordRequest): Promise<number> {
  const repeats = Number(req.repeats);
  const fail = (why: string): number => {
    process.stderr.write(`rxpath record --kernel ${req.kernel}: ${why}\n`);
    return 2;
  };
  if (!Number.isInteger(repeats) || repeats < 1) return fail(`--repeats: expected a positive integer (got ${req.repeats})`);
  const why = guestUnavailableReason();
  if (why) return fail(`refusing: ${why}`);
  let kernel: FetchedKernel;
  let initrd: string;
  try {
    kernel = fetchKernel(resolveFromApt(req.kernel));
    initrd = ensureInitramfs(kernel);
  } catch (err) {
    return fail((err as Error).message);
  }
  const series = seriesOfRelease(kernel.release);
  const dir = req.out ?? join(PACKAGE_ROOT, 'golden-staging', `linux-${series}`);
  req.checkNotRecorded(dir, req.entries);
  const tracing = existsSync(kernel.config) && hasEventTracing(readFileSync(kernel.config, 'utf8'));
  const entries = req.entries.filter((e) => {
    if (!e.events || tracing) return true;
    say(`skipped ${e.scenario.name}: it captures tracepoints, and ${kernel.pkg} has no trace events (CONFIG_EVENT_TRACING unset)`);
    return false;
  });
  if (entries.length === 0) return fail('nothing left to record');
  const results = mkdtempSync('/tmp/rxpath-guest-');
  const removeResults = (): undefined => { rmSync(results, { recursive: true, force: true }); return undefined; };
  const forgetResults = untilUndone(removeResults);
  try {
    const cwd = process.cwd();
    const args = guestRecordArgs(req, entries.map((e) => e.scenario.name), cwd);
    const cli = join(PACKAGE_ROOT, 'bin', 'rxpath.js');
    writeFileSync(join(results, 'job.sh'), jobScript({ cwd, node: process.execPath, cli, args }));
    const timeout = bootTimeoutMs(entries.length, repeats, entries.reduce((s, e) => s + scenarioWaitS(e), 0));
    say(`booting ${kernel.pkg} (${kernel.version}) under QEMU TCG: ${entries.length} scenario(s), ${repeats} run(s) each, `
      + `timeout ${Math.round(timeout / 1000)} s`);
    const t0 = Date.now();
    let up = 0;
    const follow = (raw: string): void => {
      const line = plainText(raw);
      if (line.includes(`${GUEST_MARK} up`) && up === 0) up = Date.now();
      if (line.trim() !== '') say(`[linux-${series}] ${line}`);
    };
    const spec = { vmlinuz: kernel.vmlinuz, initrd, resultsDir: results };
    const outcome = await withRecorderLock(() => boot(spec, timeout, follow), { path: QEMU_LOCK, waitMs: 2000 });
    const consoleLog = join(kernel.dir, 'last-console.log');
    writeFileSync(consoleLog, outcome.console);
    const took = `${Math.round((Date.now() - t0) / 1000)} s` + (up > 0 ? `, up after ${Math.round((up - t0) / 1000)} s` : '');
    const traceDir = join(results, 'traces');
    const qemu = qemuVersion();
    let copied = 0;
    for (const f of existsSync(traceDir) ? readdirSync(traceDir).sort() : []) {
      if (!f.endsWith('.json')) continue;
      const trace = JSON.parse(readFileSync(join(traceDir, f), 'utf8')) as GoldenTrace;
      writeGolden(dir, markRecordedUnderQemu(trace, kernel, qemu));
      copied++;
    }
    // what the guest recorded before a timeout or a failure is kept too
    say(`${kernel.pkg}: ${copied} trace(s) -> ${dir} (guest ${took})`);
    if (outcome.timedOut) {
      return fail(`the guest did not finish within ${Math.round(timeout / 1000)} s and was killed (console: ${consoleLog}; `
        + 'RXPATH_QEMU_TIMEOUT_S sets the limit)');
    }
    const statusFile = join(results, 'status');
    if (!existsSync(statusFile)) {
      return fail(`the guest ended without running the recorder (${took}; QEMU exit ${String(outcome.code)}; console: ${consoleLog})`);
    }
    const status = Number(readFileSync(statusFile, 'utf8').trim());
    if (status === 0 || status === 1) return status;
    return fail(`the recorder in the guest exited with ${status} (console: ${consoleLog})`);
  } catch (err) {
    if (err instanceof LockBusyError) return fail(`another rxpath QEMU guest is running: ${err.message}`);
    throw err;
  } finally {
    removeResults();
    forgetResults();
  }
}
