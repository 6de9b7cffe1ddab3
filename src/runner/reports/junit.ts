// The JUnit XML report (junit-report-builder) a CI publishes: one test suite per kind and profile,
// one test case per check. A conformance failure is a <failure>, a broken implementation an
// <error>, a skipped check <skipped>; an expected difference passes with its reason as output.
import junitModule, { type Builder } from 'junit-report-builder';
import type { CheckResult, RunResult } from '../types.ts';
import { clauseCount } from './summary.ts';

// junit-report-builder is CommonJS; under NodeNext its default export may arrive wrapped.
const junit = ((junitModule as unknown as { default?: Builder }).default ?? junitModule) as unknown as Builder;

function body(c: CheckResult): string {
  const lines: string[] = [];
  if (c.message) lines.push(c.message);
  if (c.error) lines.push(`fault: ${c.error.fault}${c.error.stepText ? ` on ${c.error.stepText}` : ''}`, c.error.detail);
  if (c.diff) {
    lines.push(`first difference at checkpoint "${c.diff.label}", ${c.diff.stepText}`);
    for (const d of c.diff.diffs) lines.push(`  ${d.path}: expected ${String(d.expected)}, actual ${String(d.actual)}`);
  }
  if (c.counterexample) lines.push(`counterexample: ${JSON.stringify(c.counterexample.scenario)}`);
  if (c.replay) lines.push(`replay: ${c.replay}`);
  return lines.filter(Boolean).join('\n');
}

export function junitXml(r: RunResult): string {
  const b = junit.newBuilder();
  const groups = new Map<string, CheckResult[]>();
  for (const c of r.checks) {
    const key = `${c.kind === 'property' ? 'properties' : 'golden'}.${c.profile}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(c);
  }
  for (const [key, checks] of groups) {
    const suite = b.testSuite().name(`rxpath.${key}`).timestamp(r.startedAt)
      .property('implementation', r.implementation.name).property('seed', String(r.seed));
    for (const c of checks) {
      const tc = suite.testCase().className(`rxpath.${key}`).name(c.name).time(c.ms / 1000);
      if (c.status === 'failed') tc.failure(c.message ?? 'failed', 'conformance').standardOutput(body(c));
      else if (c.status === 'broken') tc.error(c.message ?? 'broken', c.error?.fault ?? 'broken', body(c));
      else if (c.status === 'skipped') tc.skipped().standardOutput(c.message ?? '');
      else if (c.status === 'expected-difference') tc.standardOutput(`expected difference: ${c.expectedDifference}\n${body(c)}`);
      else if (c.runs !== undefined) tc.standardOutput(`${c.runs} runs, seed ${c.seed}${c.clauses ? `, ${clauseCount(c.clauses)}: ${c.clauses.applied.join('; ')}` : ''}`);
    }
  }
  return b.build();
}
