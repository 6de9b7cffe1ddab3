// Builds a property's `check` (everything observed: every clause runs) and `checkObserved` (a
// partially observed recording: only the clauses whose reads were observed) from one function.
import type { Observations, Scenario } from '../../src/generated/schema-types.ts';
import type { FailedVerdict, Property, Verdict } from '../types.ts';
import { Clauses } from './clauses.ts';

export type ClausalCheck = (scenario: Scenario, obs: Observations, clauses: Clauses) => Verdict;

/** A check may throw its FailedVerdict from deep inside (budget does); that is its verdict. */
function verdictOf(fn: ClausalCheck, scenario: Scenario, obs: Observations, clauses: Clauses): Verdict {
  try {
    return fn(scenario, obs, clauses);
  } catch (e) {
    if ((e as FailedVerdict | undefined)?.ok === false) return e as FailedVerdict;
    throw e;
  }
}

export function clausal(fn: ClausalCheck): Pick<Property, 'check' | 'checkObserved'> {
  return {
    check: (scenario, obs) => verdictOf(fn, scenario, obs, new Clauses()),
    checkObserved: (scenario, obs, observed) => {
      const clauses = new Clauses(observed);
      const verdict = verdictOf(fn, scenario, obs, clauses);
      return { verdict, ...clauses.report() };
    },
  };
}
