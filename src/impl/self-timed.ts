// Marks an implementation that enforces its own time limit per run (the worker thread of an
// in-process module: worker.ts), so that guard does not time it a second time: guard's clock would
// also count a restart of the thread after a fault, which is not the implementation's run.
import type { Implementation } from './types.ts';

const SELF_TIMED = Symbol.for('rxpath.selfTimed');

export function markSelfTimed<T extends Implementation>(impl: T): T {
  Object.defineProperty(impl, SELF_TIMED, { value: true });
  return impl;
}

export function isSelfTimed(impl: Implementation): boolean {
  return (impl as { [SELF_TIMED]?: boolean })[SELF_TIMED] === true;
}
