// Marks the reference model itself (no rule replaced), so that a check that compares with the
// model (the differential property) is not run against the model. Kept apart from the model so
// that wrappers (guard, a worker) can pass the mark on without loading it.
import type { Implementation } from './types.ts';

const REFERENCE_MODEL = Symbol.for('rxpath.referenceModel');

/** Whether `impl` is the reference model itself (directly, or through a wrapper that kept the mark). */
export function isReferenceModel(impl: Implementation): boolean {
  return (impl as { [REFERENCE_MODEL]?: boolean })[REFERENCE_MODEL] === true;
}

/** Marks `impl` as the reference model. */
export function markReference<T extends Implementation>(impl: T): T {
  Object.defineProperty(impl, REFERENCE_MODEL, { value: true });
  return impl;
}

/** The mark of `inner`, if it has it, on a wrapper of it. */
export function markLike<T extends Implementation>(wrapper: T, inner: Implementation): T {
  return isReferenceModel(inner) ? markReference(wrapper) : wrapper;
}
