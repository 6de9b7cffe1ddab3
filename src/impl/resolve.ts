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

/**
 * `--impl kernel` (or `kernel:host`) is the live kernel of this host; `kernel:VERSION` names a
 * kernel booted under QEMU, which this rxpath cannot run yet. A module is named by its path.
 */
function isKernelName(impl: string): boolean {
  if ((KERNEL_IMPL_NAMES as readonly string[]).includes(impl)) return true;
  if (impl.startsWith('kernel:')) {
    const names = KERNEL_IMPL_NAMES.map((n) => `"${n}"`).join(' or ');
    const message = `only the host's kernel can be run (${names}); got "${impl}"`;
    throw new RxpathInputError([{ file: '--impl', pointer: '', message }]);
  }
  return false;
}

export async function resolveImplementation(c: ImplChoice): Promise<Resolved> {
  if (c.impl && c.implCmd) {
    throw new RxpathInputError([{ file: '--impl', pointer: '', message: 'give either --impl (a module) or --impl-cmd (a program), not both' }]);
  }
  if (c.impl && isKernelName(c.impl)) {
    const { KernelImplementation } = await import('./kernel.ts');
    return { impl: KernelImplementation.open(), args: `--impl ${c.impl}`, isModel: false };
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
