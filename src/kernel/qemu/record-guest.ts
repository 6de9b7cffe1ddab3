// `rxpath record --kernel VERSION`: records the selected scenarios on another kernel, booted under
// QEMU: the package is fetched (fetch.ts), an initramfs built (initramfs.ts), the guest booted
// (boot.ts) and inside it the host's own checkout runs `rxpath record` over all of them in one boot
// (guest-init.ts); the traces come back through a writable 9p share and are written to the output
// directory, each marked with how it was recorded. The host's sysctls, namespaces and tracefs are
// not touched: everything happens in the guest kernel.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GoldenTrace } from '../../generated/schema-types.ts';
import { PACKAGE_ROOT } from '../../spec/schema-files.ts';
import type { CorpusEntry } from '../corpus.ts';
import { writeGolden } from '../record_trace.ts';
import { bootTimeoutMs, qemuArgs, QEMU } from './boot.ts';
import type { FetchedKernel } from './fetch.ts';
import { GUEST_RESULTS } from './guest-init.ts';
import { GuestSetupError, prepareKernel, runGuestJob, type PreparedKernel } from './guest-job.ts';

export { GuestSetupError, guestUnavailableReason, plainText, QEMU_LOCK } from './guest-job.ts';

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
            + 'provenance.profile is the profile of the guest\'s series (machine-settings.ts profileOfRelease); '
            + 'provenance.kernel.release is the guest\'s real uname -r',
        },
      },
    },
  };
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
  let prepared: PreparedKernel;
  try {
    prepared = prepareKernel(req.kernel);
  } catch (err) {
    if (err instanceof GuestSetupError) return fail(err.message);
    throw err;
  }
  const { kernel, series } = prepared;
  const dir = req.out ?? join(PACKAGE_ROOT, 'golden', 'kernel', `linux-${series}`);
  req.checkNotRecorded(dir, req.entries);
  const tracing = existsSync(kernel.config) && hasEventTracing(readFileSync(kernel.config, 'utf8'));
  const entries = req.entries.filter((e) => {
    if (!e.events || tracing) return true;
    say(`skipped ${e.scenario.name}: it captures tracepoints, and ${kernel.pkg} has no trace events (CONFIG_EVENT_TRACING unset)`);
    return false;
  });
  if (entries.length === 0) return fail('nothing left to record');
  const cwd = process.cwd();
  const args = guestRecordArgs(req, entries.map((e) => e.scenario.name), cwd);
  const argv = [process.execPath, join(PACKAGE_ROOT, 'bin', 'rxpath.js'), ...args];
  const timeout = bootTimeoutMs(entries.length, repeats, entries.reduce((s, e) => s + scenarioWaitS(e), 0));
  say(`booting ${kernel.pkg} (${kernel.version}) under QEMU TCG: ${entries.length} scenario(s), ${repeats} run(s) each, `
    + `timeout ${Math.round(timeout / 1000)} s`);
  const qemu = qemuVersion();
  let copied = 0;
  const collect = (results: string): void => {
    // what the guest recorded before a timeout or a failure is kept too
    const traceDir = join(results, 'traces');
    for (const f of existsSync(traceDir) ? readdirSync(traceDir).sort() : []) {
      if (!f.endsWith('.json')) continue;
      const trace = JSON.parse(readFileSync(join(traceDir, f), 'utf8')) as GoldenTrace;
      writeGolden(dir, markRecordedUnderQemu(trace, kernel, qemu));
      copied++;
    }
  };
  let outcome;
  try {
    outcome = await runGuestJob(prepared, { cwd, argv }, timeout, (line) => {
      if (line.trim() !== '') say(`[linux-${series}] ${line}`);
    }, collect);
  } catch (err) {
    if (err instanceof GuestSetupError) return fail(err.message);
    throw err;
  }
  const took = `${Math.round(outcome.tookMs / 1000)} s` + (outcome.upMs > 0 ? `, up after ${Math.round(outcome.upMs / 1000)} s` : '');
  say(`${kernel.pkg}: ${copied} trace(s) -> ${dir} (guest ${took})`);
  if (outcome.timedOut) {
    return fail(`the guest did not finish within ${Math.round(timeout / 1000)} s and was killed (console: ${outcome.consoleLog}; `
      + 'RXPATH_QEMU_TIMEOUT_S sets the limit)');
  }
  if (outcome.status === null) {
    return fail(`the guest ended without running the recorder (${took}; QEMU exit ${String(outcome.qemuCode)}; console: ${outcome.consoleLog})`);
  }
  if (outcome.status === 0 || outcome.status === 1) return outcome.status;
  return fail(`the recorder in the guest exited with ${outcome.status} (console: ${outcome.consoleLog})`);
}
