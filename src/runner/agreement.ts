// The agreement rate of an implementation with the reference model: on N scenarios of the
// differential property's generator (in the implementation's form and, without a clock, in order
// form), how many give every compared counter the model's value. Unlike `rxpath check`, which stops
// at the first difference and shrinks it, it runs all N and counts: the number that says how far
// a real kernel and the model agree on generated traffic. Deterministic for a deterministic
// implementation: the same seed draws the same scenarios.
import fc from 'fast-check';
import type { ProfileName, Scenario } from '../generated/schema-types.ts';
import type { Implementation } from '../impl/types.ts';
import { ImplementationError } from '../impl/errors.ts';
import { checkDifferential, differentialProperty } from '../../properties/differential.ts';
import { fittingArbitrary, observedBy } from '../../properties/check.ts';
import { EVERYTHING } from '../../properties/lib/clauses.ts';

export interface AgreementOptions {
  impl: Implementation;
  profile: ProfileName;
  runs: number;
  seed: number;
  /** Called after each scenario, e.g. for a progress bar. */
  onScenario?: (index: number, agreed: boolean | null) => void;
}

export interface Disagreement {
  index: number;
  message: string;
  scenario: Scenario;
}

export interface AgreementResult {
  implementation: string;
  profile: ProfileName;
  seed: number;
  runs: number;
  agreed: number;
  /** Scenarios on which no counter was compared (neither agreement nor disagreement). */
  nothingCompared: number;
  disagreements: Disagreement[];
  /** agreed / (runs - nothingCompared); null when nothing was compared at all. */
  rate: number | null;
  broken?: { index: number; fault: string; message: string };
}

/** The scenarios the differential property would give this implementation. */
export function agreementScenarios(impl: Implementation, profile: ProfileName, runs: number, seed: number): Scenario[] {
  const form = impl.scenarioForm ? (s: Scenario) => impl.scenarioForm!(s) : undefined;
  const arb = fittingArbitrary(differentialProperty, profile, impl.tags, observedBy(impl), form);
  return fc.sample(arb, { numRuns: runs, seed });
}

export async function measureAgreement(o: AgreementOptions): Promise<AgreementResult> {
  const observed = observedBy(o.impl) ?? EVERYTHING;
  const scenarios = agreementScenarios(o.impl, o.profile, o.runs, o.seed);
  const out: AgreementResult = {
    implementation: o.impl.name, profile: o.profile, seed: o.seed, runs: scenarios.length,
    agreed: 0, nothingCompared: 0, disagreements: [], rate: null,
  };
  for (const [index, scenario] of scenarios.entries()) {
    let obs;
    try {
      obs = await o.impl.run(scenario, { events: false });
    } catch (err) {
      const e = err instanceof ImplementationError ? err : new ImplementationError('exception', String(err));
      out.broken = { index, fault: e.fault, message: e.message };
      break;
    }
    const r = checkDifferential(scenario, obs, observed);
    if (r.applied.length === 0) out.nothingCompared++;
    else if (r.verdict.ok) out.agreed++;
    else out.disagreements.push({ index, message: r.verdict.message, scenario });
    o.onScenario?.(index, r.applied.length === 0 ? null : r.verdict.ok);
  }
  const compared = out.agreed + out.disagreements.length;
  out.rate = compared === 0 ? null : out.agreed / compared;
  return out;
}
