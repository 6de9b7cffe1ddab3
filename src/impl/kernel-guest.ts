// Another kernel as an implementation under test (`--impl kernel:6.1`, `kernel:6.12`, or a Debian
// package name): Debian's kernel package booted once under QEMU (src/kernel/qemu/), its guest
// running `rxpath serve-kernel` (src/kernel/qemu/serve.ts), which carries out each scenario the way
// `--impl kernel` does on a host. Scenarios and observations travel one JSON line each over the
// guest's second serial line (a unix socket on this side). All trials of a run share one boot;
// close() tells the guest to power off. Timing `settled`, no events, like the host's kernel.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import { untilUndone } from '../exit-hooks.ts';
import { hostHz } from '../kernel/host.ts';
import { kernelForm, type KernelHost } from '../kernel/kernel-form.ts';
import { profileOfRelease } from '../kernel/machine-settings.ts';
import { GuestSetupError, prepareKernel, runGuestJob, type GuestJobOutcome } from '../kernel/qemu/guest-job.ts';
import type { GuestHello } from '../kernel/qemu/serve.ts';
import { PACKAGE_ROOT } from '../spec/schema-files.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { kernelCannotRun, kernelObserves, kernelTags } from './kernel.ts';
import type { Implementation } from './types.ts';

/** The guest's second serial port (-device isa-serial): ttyS0 is the console. */
const GUEST_TTY = '/dev/ttyS1';
/** Boot to `hello` under TCG: about 30 s measured; generous for a loaded host. */
const HELLO_TIMEOUT_MS = 240_000;
/** From `quit` to the guest's power-off (the guest's node exits, init unmounts and powers off: seconds). */
const CLOSE_TIMEOUT_MS = 60_000;
/** One trial in the guest (a few seconds under TCG; a 33 s fragment wait is not generated). */
const RUN_TIMEOUT_MS = 300_000;

interface Pending { resolve: (o: Observations) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }

export class GuestKernelImplementation implements Implementation {
  readonly events = false;
  readonly timing = 'settled' as const;
  readonly observes = kernelObserves();
  readonly tags: readonly string[];
  readonly profiles: readonly ProfileName[];
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private ended: string | null = null;

  private constructor(
    readonly name: string, profile: ProfileName, private readonly host: KernelHost, private readonly line: Socket,
    private readonly guest: Promise<GuestJobOutcome>, private readonly stop: AbortController,
    private readonly cleanup: () => void,
  ) {
    this.profiles = [profile];
    this.tags = kernelTags(host, profile);
  }

  /** Boots `version` (6.1, 6.12 or a linux-image-...-amd64 package) and waits for its server. */
  static async open(version: string): Promise<GuestKernelImplementation> {
    const refuse = (message: string): never => { throw new RxpathInputError([{ file: '--impl', pointer: '', message }]); };
    let prepared;
    try { prepared = prepareKernel(version); } catch (err) {
      if (err instanceof GuestSetupError) refuse(`kernel:${version}: ${err.message}`);
      throw err;
    }
    const profile = profileOfRelease(prepared.kernel.release);
    const hz = hostHz(readFileSync(prepared.kernel.config, 'utf8'));
    const dir = mkdtempSync('/tmp/rxpath-line-');
    const sock = join(dir, 'line');
    const removeDir = (): undefined => { rmSync(dir, { recursive: true, force: true }); return undefined; };
    const forget = untilUndone(removeDir);
    const cleanup = (): void => { removeDir(); forget(); };
    const consoleTail: string[] = [];
    const argv = [process.execPath, join(PACKAGE_ROOT, 'bin', 'rxpath.js'), 'serve-kernel', '--tty', GUEST_TTY];
    const stop = new AbortController();
    const guest = runGuestJob(prepared, { cwd: PACKAGE_ROOT, argv }, guestTimeoutMs(), (l) => {
      consoleTail.push(l);
      if (consoleTail.length > 20) consoleTail.shift();
    }, () => {}, { serialSocket: sock, abort: stop.signal });
    let guestDone: GuestJobOutcome | Error | null = null;
    guest.then((o) => { guestDone = o; }, (e: Error) => { guestDone = e; });
    const fail = (why: string): never => {
      stop.abort();
      cleanup();
      const tail = consoleTail.filter((l) => l.trim() !== '').slice(-8).join('\n  ');
      const message = `kernel:${version}: ${why}${tail ? `\n  ${tail}` : ''}`;
      throw new RxpathInputError([{ file: '--impl', pointer: '', message }]);
    };
    const deadline = Date.now() + HELLO_TIMEOUT_MS;
    let line: Socket | null = null;
    while (line === null) {
      if (guestDone !== null) fail(`the guest ended before its server started (${describeEnd(guestDone)})`);
      if (Date.now() > deadline) fail('no connection to the guest\'s serial line');
      line = await new Promise<Socket | null>((res) => {
        const s = connect(sock);
        s.once('connect', () => res(s));
        s.once('error', () => { s.destroy(); setTimeout(() => res(null), 200); });
      });
    }
    const lines = createInterface({ input: line });
    const hello = await new Promise<GuestHello | null>((res) => {
      const timer = setTimeout(() => res(null), Math.max(0, deadline - Date.now()));
      const onLine = (l: string): void => {
        let m: { hello?: GuestHello };
        try { m = JSON.parse(l) as typeof m; } catch { return; } // boot noise before the raw mode
        if (!m.hello) return;
        clearTimeout(timer);
        lines.off('line', onLine);
        res(m.hello);
      };
      lines.on('line', onLine);
      guest.then(() => { clearTimeout(timer); res(null); }, () => { clearTimeout(timer); res(null); });
    });
    if (hello === null) {
      line.destroy();
      return fail(guestDone !== null
        ? `the guest ended before its server said hello (${describeEnd(guestDone)})`
        : 'the guest\'s server did not say hello in time');
    }
    const host: KernelHost = {
      cpus: hello.cpus, ...(hz !== undefined ? { hz } : {}), hasSysctl: (n) => hello.sysctls.includes(n),
    };
    const name = `kernel (Linux ${hello.release} under QEMU: ${prepared.kernel.pkg} ${prepared.kernel.version})`;
    const impl = new GuestKernelImplementation(name, profile, host, line, guest, stop, cleanup);
    lines.on('line', (l) => impl.answer(l));
    line.once('close', () => impl.lost('the guest\'s serial line closed'));
    return impl;
  }

  private answer(l: string): void {
    let m: { id?: number; observations?: Observations; error?: string };
    try { m = JSON.parse(l) as typeof m; } catch { return; }
    const p = m.id !== undefined ? this.pending.get(m.id) : undefined;
    if (!p) return;
    this.pending.delete(m.id!);
    clearTimeout(p.timer);
    if (m.observations) p.resolve(m.observations);
    else p.reject(new Error(m.error ?? 'the guest answered without observations'));
  }

  private lost(why: string): void {
    this.ended ??= why;
    for (const [id, p] of this.pending) { clearTimeout(p.timer); p.reject(new Error(why)); this.pending.delete(id); }
  }

  cannotRun(scenario: Scenario): string[] {
    return kernelCannotRun(scenario, this.host, this.profiles[0]!);
  }

  scenarioForm(scenario: Scenario): Scenario | null {
    return kernelForm(scenario, this.host);
  }

  run(scenario: Scenario): Promise<Observations> {
    if (this.ended !== null) return Promise.reject(new Error(this.ended));
    const id = this.nextId++;
    return new Promise<Observations>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the guest did not answer within ${RUN_TIMEOUT_MS / 1000} s`));
      }, RUN_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      this.line.write(`${JSON.stringify({ id, scenario })}\n`);
    });
  }

  /** Tells the guest to power off; kills QEMU if it has not within a minute. */
  async close(): Promise<void> {
    if (this.ended === null) this.line.write(`${JSON.stringify({ quit: true })}\n`);
    this.lost('closed');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((r) => { timer = setTimeout(r, CLOSE_TIMEOUT_MS); });
    await Promise.race([this.guest.then(() => undefined, () => undefined), late]);
    clearTimeout(timer);
    this.stop.abort();
    await this.guest.catch(() => undefined);
    this.line.destroy();
    this.cleanup();
  }
}

function describeEnd(o: GuestJobOutcome | Error): string {
  if (o instanceof Error) return o.message;
  return `job status ${String(o.status)}${o.timedOut ? ', timed out' : ''}; console: ${o.consoleLog}`;
}

/** The whole boot: every trial of a run (RXPATH_QEMU_TIMEOUT_S overrides; default 12 hours). */
function guestTimeoutMs(): number {
  const env = Number(process.env.RXPATH_QEMU_TIMEOUT_S);
  return Number.isFinite(env) && env > 0 ? env * 1000 : 12 * 3600_000;
}
