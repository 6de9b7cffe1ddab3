// A deliberately faulty implementation: the reference model with ONE kernel rule replaced
// (modelImplementation(rules)), restricted to the profiles whose rule it breaks.
import type { ProfileName } from '../../src/generated/schema-types.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import type { KernelProfile } from '../../src/model/profile.ts';

export interface Faulty extends Implementation {
  /** One line: which rule is broken and how. */
  readonly description: string;
}

export function faulty(name: string, description: string, profiles: readonly ProfileName[], rules: Partial<KernelProfile>): Faulty {
  const base = modelImplementation(rules);
  return {
    name: `faulty/${name}`,
    description,
    profiles,
    events: base.events,
    run: (scenario, opts) => base.run(scenario, opts),
  };
}
