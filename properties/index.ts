// Every property of the conformance suite, in the order reports list them.
import { backlogProperty } from './backlog.ts';
import { budgetProperty } from './budget.ts';
import { conservationProperty } from './conservation.ts';
import { differentialProperty } from './differential.ts';
import { flowLimitProperty } from './flow-limit.ts';
import { identitiesProperty } from './identities.ts';
import { metamorphicBacklogProperty, metamorphicBudgetProperty, metamorphicRcvbufProperty } from './metamorphic.ts';
import { monotonicProperty } from './monotonic.ts';
import { napiContractProperty } from './napi-contract.ts';
import { rcvbufProperty } from './rcvbuf.ts';
import type { Property } from './types.ts';

export const ALL_PROPERTIES: readonly Property[] = [
  differentialProperty,
  budgetProperty,
  backlogProperty,
  rcvbufProperty,
  conservationProperty,
  napiContractProperty,
  flowLimitProperty,
  monotonicProperty,
  identitiesProperty,
  metamorphicBacklogProperty,
  metamorphicRcvbufProperty,
  metamorphicBudgetProperty,
];

export function propertyByName(name: string): Property | undefined {
  return ALL_PROPERTIES.find((p) => p.name === name);
}

export type { Property, PropertyResult, Verdict } from './types.ts';
export { checkProperty, DEFAULT_RUNS, DEFAULT_SEED } from './check.ts';
