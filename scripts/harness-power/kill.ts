// Does `rxpath check` reject the implementation with properties alone? Every property on every
// profile, at each property's default runs and the default seed, through the runner that
// `rxpath check --skip-golden` uses (runCheck), one check at a time so that the first failing or
// broken check ends it: a mutant is killed by the first check it fails.
import type { ProfileName } from '../../src/generated/schema-types.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { runCheck, type CheckPropertyFn } from '../../src/runner/run-check.ts';
import { RXPATH_VERSION } from '../../src/runner/version.ts';
import { checkProperty, DEFAULT_RUNS, DEFAULT_SEED } from '../../properties/check.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';

export interface KillOptions {
  /** Scenarios per property; undefined: each property's default, as `rxpath check`. */
  runs?: number;
  seed?: number;
  profiles?: readonly ProfileName[];
  /** Called before each check, with its id (progress; what a watchdog names when the mutant hangs). */
  onCheck?: (id: string) => void;
}

export interface KillVerdict {
  killed: boolean;
  /** How many checks ran. */
  checks: number;
  /** The check that killed it: `property/linux-6.18/backlog`, failed or broken, and why. */
  by?: { check: string; status: 'failed' | 'broken'; message: string; steps?: number; replay?: string };
}

const check: CheckPropertyFn = (impl, property, opts) =>
  checkProperty(impl, property, { ...opts, runs: opts.runs ?? DEFAULT_RUNS });

const PROFILES: readonly ProfileName[] = ['linux-3.13', 'linux-6.18'];

/** The (profile, property) pairs `rxpath check` plans, in its order. */
export function plannedChecks(profiles = PROFILES): { profile: ProfileName; property: string }[] {
  return profiles.flatMap((profile) =>
    ALL_PROPERTIES.filter((p) => p.profiles.includes(profile)).map((p) => ({ profile, property: p.name })));
}

export async function runProperties(
  impl: Implementation, reference: Implementation, opts: KillOptions = {},
): Promise<KillVerdict> {
  let checks = 0;
  for (const { profile, property } of plannedChecks(opts.profiles)) {
    opts.onCheck?.(`property/${profile}/${property}`);
    const run = await runCheck({
      impl, reference, properties: ALL_PROPERTIES, checkProperty: check, rxpathVersion: RXPATH_VERSION,
      profiles: [profile], propertyNames: [property], includeProperties: true, includeGolden: false,
      seed: opts.seed ?? DEFAULT_SEED, ...(opts.runs !== undefined ? { runs: opts.runs } : {}),
    });
    for (const c of run.checks) {
      checks++;
      if (c.status !== 'failed' && c.status !== 'broken') continue;
      const steps = c.counterexample?.scenario.workload.length;
      return {
        killed: true, checks,
        by: {
          check: c.id, status: c.status, message: c.message ?? c.error?.message ?? '',
          ...(steps !== undefined ? { steps } : {}), ...(c.replay ? { replay: c.replay } : {}),
        },
      };
    }
  }
  return { killed: false, checks };
}
