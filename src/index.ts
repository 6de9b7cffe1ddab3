// rxpath's public API: the types generated from the schemas, the spec registry, the reference
// model, the implementation interface and its adapters. (`rxpath/vitest` adds the conformance suite.)
export type * from './generated/schema-types.ts';
export type { Implementation, RunOptions } from './impl/types.ts';
export { ImplementationError, type ImplementationFault } from './impl/errors.ts';
export * from './spec/index.ts';
export { simulate } from './model/index.ts';
export { modelImplementation } from './impl/model.ts';
export type { KernelProfile } from './model/profile.ts';
