// rxpath's public API (docs/api.md): the types generated from the schemas, the implementation
// interface and what helps write one (capabilities, a zero snapshot, truesize), the spec registry
// and validation, the reference model, the scenario arbitraries, the properties and the function
// that checks one. `rxpath/vitest` adds the conformance suite. Everything else is internal.

// Types of the schemas: Scenario, Config, Step, Observations, Checkpoint, Snapshot, its counter
// lines, TraceEvent, GoldenTrace, the protocol messages.
export type * from './generated/schema-types.ts';
export type { Capabilities as ProtocolCapabilities } from './generated/schema-types.ts';

// Implementations
export type { Implementation, RunOptions, Timing } from './impl/types.ts';
export { TRACE_EVENT_TYPES, type TraceEventType } from './spec/trace-events.ts';
export {
  PROTO_TAGS, SCENARIO_TAGS, defineImplementation, scenarioTagProblem,
  type Capabilities, type CounterPath, type ImplementationDefinition, type ScenarioTag,
} from './api/capabilities.ts';
export { emptySnapshot, type EmptySnapshotOptions } from './api/snapshot.ts';
export { MAX_UDP_PAYLOAD, nicTruesize, udpTruesize, udpTruesizeTable } from './api/truesize.ts';
export { ImplementationError, type ImplementationFault } from './impl/errors.ts';
export { modelImplementation } from './impl/model.ts';
export { ProcessImplementation, type ProcessImplementationOptions } from './impl/process.ts';
export { scenarioTags, missingTags } from './spec/scenario-tags.ts';

// The spec: registry of sysctls, settings and counters; validation and loading of documents.
export * from './spec/index.ts';
export type { SysctlName, SysctlValue } from './spec/defaults.ts';

// The reference model
export { simulate, kernelProfile, LINUX_3_13, LINUX_6_18, PROFILE_RULES } from './model/index.ts';
export type { KernelProfile, SimulateOptions } from './model/index.ts';

// Scenario generation (fast-check arbitraries; fast-check is a peer dependency)
export { scenarioArbitrary, type ScenarioOptions } from './arbitraries/scenario.ts';
export { FEATURES, swarmArbitrary, type Feature, type Swarm, type SwarmBias } from './arbitraries/swarm.ts';
export { DEFAULT_LIMITS, type WorkloadLimits } from './arbitraries/workload.ts';

// The properties, and checking one against an implementation
export { ALL_PROPERTIES, propertyByName } from '../properties/index.ts';
export type { ArbitraryOptions, FollowUp, ObservedVerdict, Property, PropertyResult, Verdict } from '../properties/types.ts';
export { checkProperty, checkScenario, DEFAULT_RUNS, DEFAULT_SEED, type CheckOptions } from '../properties/check.ts';

// The vitest suite's options (the suite itself is `rxpath/vitest`, which needs vitest)
export type { ConformanceOptions } from './vitest.ts';
