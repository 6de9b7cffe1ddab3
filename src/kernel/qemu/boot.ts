// Boots a guest under QEMU with TCG (this host's /dev/kvm cannot run a normal guest: see
// shared/spec/kernel-recording.md, "Other kernel versions, under QEMU") and follows its serial
// console. QEMU runs in its own process group with a watchdog shell that kills it when rxpath is
// gone (even after a SIGKILL); a timeout, SIGINT/SIGTERM/SIGHUP (exit-hooks.ts) or the end of
// rxpath kill the whole group.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { untilUndone } from '../../exit-hooks.ts';
import { HOSTROOT_TAG, RESULTS_TAG } from './guest-init.ts';

export const QEMU = 'qemu-system-x86_64';

export interface BootSpec {
  vmlinuz: string;
  initrd: string;
  /** The host directory the guest writes its results into (read-write 9p share). */
  resultsDir: string;
  cpus?: number;
  memMiB?: number;
  /** A unix socket QEMU listens on for the guest's second serial line (ttyS1): `--impl kernel:VERSION`. */
  serialSocket?: string;
}

/** QEMU's -virtfs takes "," as a separator: a comma in a path is written twice. */
function optValue(s: string): string {
  return s.replace(/,/g, ',,');
}

/** The arguments of qemu-system-x86_64 for `spec` (the measured TCG setup of the spec). */
export function qemuArgs(spec: BootSpec): string[] {
  return [
    '-accel', 'tcg,thread=multi', '-cpu', 'max', '-smp', String(spec.cpus ?? 2), '-m', String(spec.memMiB ?? 1024),
    '-machine', 'pc', '-nographic', '-nodefaults', '-serial', 'stdio', '-no-reboot',
    '-kernel', spec.vmlinuz, '-initrd', spec.initrd,
    '-append', 'console=ttyS0 quiet panic=-1 rdinit=/init',
    '-virtfs', `local,path=/,mount_tag=${HOSTROOT_TAG},security_model=none,readonly=on,multidevs=remap`,
    '-virtfs', `local,path=${optValue(spec.resultsDir)},mount_tag=${RESULTS_TAG},security_model=none,multidevs=remap`,
    ...(spec.serialSocket !== undefined
      ? ['-chardev', `socket,id=rxline,path=${optValue(spec.serialSocket)},server=on,wait=off`, '-device', 'isa-serial,chardev=rxline']
      : []),
  ];
}

/**
 * The watchdog: runs QEMU ("$@") in the background and kills it when the parent (rxpath, $1) is
 * gone; exits with QEMU's status. Run as `sh -c WATCHDOG rxpath-qemu PARENT QEMU ARGS...`.
 */
export const WATCHDOG = [
  'parent=$1; shift',
  '"$@" </dev/null & q=$!',
  "trap 'kill -9 $q 2>/dev/null; exit 143' TERM INT HUP",
  'while kill -0 $q 2>/dev/null; do',
  '  kill -0 $parent 2>/dev/null || { kill -9 $q; exit 137; }',
  '  sleep 1',
  'done',
  'wait $q',
].join('\n');

/** A timeout for one boot running `scenarios` scenarios, `repeats` runs each, `waitS` seconds of scenario waits in all. */
export function bootTimeoutMs(scenarios: number, repeats: number, waitS: number): number {
  const env = Number(process.env.RXPATH_QEMU_TIMEOUT_S);
  if (Number.isFinite(env) && env > 0) return env * 1000;
  // boot and node's first start under TCG ~ 1 min; a run ~ 10-25 s under TCG (measured: docs/kernels.md)
  return (120 + scenarios * repeats * 40 + waitS * repeats) * 1000;
}

export interface BootOutcome {
  /** QEMU's exit status (null when killed). */
  code: number | null;
  timedOut: boolean;
  /** Everything the serial console printed. */
  console: string;
}

/** Boots `spec`, calls `onLine` for each console line, kills QEMU's group after `timeoutMs` or when `abort` fires. */
export async function boot(spec: BootSpec, timeoutMs: number, onLine: (line: string) => void, abort?: AbortSignal): Promise<BootOutcome> {
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'rxpath-qemu', String(process.pid), QEMU, ...qemuArgs(spec)], {
    detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid!;
  const killGroup = (): string | undefined => {
    try { process.kill(-pid, 'SIGKILL'); return `killed QEMU (process group ${pid})`; } catch { return undefined; }
  };
  const forget = untilUndone(killGroup);
  let consoleText = '';
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; killGroup(); }, timeoutMs);
  abort?.addEventListener('abort', () => { killGroup(); }, { once: true });
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (raw) => {
    const line = raw.replace(/\r$/, '');
    consoleText += `${line}\n`;
    onLine(line);
  });
  child.stderr.on('data', (d) => { consoleText += String(d); });
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (c) => resolve(c));
    });
    return { code, timedOut, console: consoleText };
  } finally {
    clearTimeout(timer);
    killGroup();
    forget();
  }
}
