// The validator's problems with a scenario as `POINTER: MESSAGE` lines ([] when it is valid): what a refusal test
// compares.
import { expect } from 'vitest';
import type { Scenario } from '../../src/generated/schema-types.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

export function validationProblems(s: Scenario): string[] {
  try {
    validateScenario(s, 'x.json');
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(RxpathInputError);
    return (e as RxpathInputError).problems.map((p) => `${p.pointer}: ${p.message}`);
  }
}
