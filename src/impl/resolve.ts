// Which implementation a command checks: the embedded reference model (no option), a module
// (--impl PATH, run in a worker thread: worker.ts) or a program speaking the adapter protocol
// (--impl-cmd "COMMAND").
import { RxpathInputError } from '../spec/errors.ts';
import { ProcessImplementation } from './process.ts';
import type { Implementation } from './types.ts';
import { WorkerImplementation } from './worker.ts';

export interface ImplChoice {
  impl?: string;
  implCmd?: string;
  timeoutMs?: number;
  rxpathVersion: string;
}

export interface Resolved {
  impl: Implementation;
  /** How to name it again on a command line (for replay hints). */
  args: string;
  /** True when it is the embedded model. */
  isModel: boolean;
}

/** The embedded reference model (loaded lazily: it is the biggest part of rxpath). */
export async function referenceModel(): Promise<Implementation> {
  const mod = await import('./model.ts');
  return mod.modelImplementation();
}

function quote(s: string): string {
  return /^[\w./:@=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The names `--impl` takes for the live kernel of this host. */
export const KERNEL_IMPL_NAMES = ['kernel', 'kernel:host'] as const;

/** `--impl kernel` (or `kernel:host`): the live kernel of this host. A module is named by its path. */
function isKernelName(impl: string): boolean {
  return (KERNEL_IMPL_NAMES as readonly string[]).includes(impl);
}

/**
 * `--impl kernel:VERSION`: Debian's kernel package VERSION (6.1, 6.12 or linux-image-...-amd64) booted
 * under QEMU; undefined for any other name.
 */
function guestKernelVersion(impl: string): string | undefined {
  if (!impl.startsWith('kernel:') || isKernelName(impl)) return undefined;
  const v = impl.slice('kernel:'.length);
  if (!/^(\d+\.\d+|linux-image-[\w.+~-]+)$/.test(v)) {
    const names = KERNEL_IMPL_NAMES.map((n) => `"${n}"`).join(', ');
    const message = `expected ${names}, "kernel:6.1", "kernel:6.12" or "kernel:linux-image-...-amd64" (got "${impl}")`;
    throw new RxpathInputError([{ file: '--impl', pointer: '', message }]);
  }
  return v;
}

export async function resolveImplementation(c: ImplChoice): Promise<Resolved> {
  if (c.impl && c.implCmd) {
    throw new RxpathInputError([{ file: '--impl', pointer: '', message: 'give either --impl (a module) or --impl-cmd (a program), not both' }]);
  }
  if (c.impl && isKernelName(c.impl)) {
    const { KernelImplementation } = await import('./kernel.ts');
    return { impl: KernelImplementation.open(), args: `--impl ${c.impl}`, isModel: false };
  }
  const guest = c.impl !== undefined ? guestKernelVersion(c.impl) : undefined;
  if (guest !== undefined) {
    const { GuestKernelImplementation } = await import('./kernel-guest.ts');
    return { impl: await GuestKernelImplementation.open(guest), args: `--impl ${c.impl!}`, isModel: false };
  }
  if (c.impl) {
    const impl = await WorkerImplementation.open({ modulePath: c.impl, ...(c.timeoutMs !== undefined ? { timeoutMs: c.timeoutMs } : {}) });
    return { impl, args: `--impl ${quote(c.impl)}${c.timeoutMs !== undefined ? ` --timeout ${c.timeoutMs}` : ''}`, isModel: false };
  }
  if (c.implCmd) {
    const impl = await ProcessImplementation.open({
      command: c.implCmd, rxpathVersion: c.rxpathVersion, ...(c.timeoutMs !== undefined ? { timeoutMs: c.timeoutMs } : {}),
    });
    return { impl, args: `--impl-cmd ${quote(c.implCmd)}${c.timeoutMs !== undefined ? ` --timeout ${c.timeoutMs}` : ''}`, isModel: false };
  }
  return { impl: await referenceModel(), args: '', isModel: true };
}
