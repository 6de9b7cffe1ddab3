// The summary `rxpath check` prints at the end: properties and traces passed and failed, runs,
// seed, time, every registered expected difference, and for each failure what happened and how to
// replay it.
import pc from 'picocolors';
import type { CheckResult, RunResult, StatusCounts } from '../types.ts';

export function countsLine(c: StatusCounts): string {
  const parts = [`${c.passed} passed`, `${c.failed} failed`, `${c.broken} broken`, `${c.skipped} skipped`];
  if (c['expected-difference']) parts.push(`${c['expected-difference']} expected difference${c['expected-difference'] > 1 ? 's' : ''}`);
  return parts.join(', ');
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `3 of 8 clauses`: distinct clauses that ran at least once, of all the runs came across. */
export function clauseCount(r: NonNullable<CheckResult['clauses']>): string {
  const all = new Set([...r.applied, ...r.skipped.map((x) => x.clause)]);
  return `${r.applied.length} of ${all.size} clauses`;
}

export function checkLine(c: CheckResult): string {
  const status = { passed: 'PASS', failed: 'FAIL', broken: 'BROKEN', skipped: 'SKIP', 'expected-difference': 'XDIFF' }[c.status];
  const what = c.kind === 'property' ? `property ${c.profile} ${c.name}` : `golden ${c.name}`;
  const extra = c.kind === 'property' && c.runs !== undefined ? ` (${c.runs} runs${c.clauses ? `, ${clauseCount(c.clauses)}` : ''})` : '';
  return `${status} ${what}${extra} ${formatMs(c.ms)}${c.status !== 'passed' && c.message ? `: ${c.message}` : ''}`;
}

function detail(c: CheckResult, color: boolean): string[] {
  const red = color ? pc.red : (s: string) => s;
  const lines: string[] = [];
  const head = c.status === 'broken' ? 'BROKEN' : 'FAILED';
  lines.push(red(`${head} ${c.kind === 'property' ? `property ${c.name} (${c.profile})` : `golden ${c.name}`}: ${c.message ?? ''}`));
  if (c.error) {
    lines.push(`  the implementation ${c.error.fault === 'timeout' ? 'hung' : c.error.fault === 'crash' ? 'crashed' : `misbehaved (${c.error.fault})`}` +
      `${c.error.stepText ? ` on ${c.error.stepText}` : c.error.step !== undefined ? ` on step ${c.error.step}` : ''}`);
    if (c.error.detail) lines.push(...c.error.detail.split('\n').slice(0, 6).map((l) => `    ${l}`));
  }
  if (c.diff) {
    lines.push(`  first difference at checkpoint "${c.diff.label}", ${c.diff.stepText}${c.diff.afterText ? ` (after ${c.diff.afterText})` : ''}:`);
    for (const d of c.diff.diffs.slice(0, 12)) {
      lines.push(`    ${d.path}: expected ${d.expected === undefined ? '(absent)' : String(d.expected)}, actual ${d.actual === undefined ? '(absent)' : String(d.actual)}`);
    }
    if (c.diff.diffs.length > 12) lines.push(`    ... ${c.diff.diffs.length - 12} more`);
  }
  if (c.counterexample) {
    const v = c.counterexample.verdict;
    if (v.path) lines.push(`  ${v.path}${v.checkpoint ? ` at "${v.checkpoint}"` : ''}: expected ${JSON.stringify(v.expected)}, actual ${JSON.stringify(v.actual)}`);
    const steps = c.counterexample.scenario.workload.length;
    const shrunk = c.shrinks !== undefined ? `, shrunk ${c.shrinks} time${c.shrinks === 1 ? '' : 's'}` : '';
    lines.push(`  counterexample (${steps} step${steps === 1 ? '' : 's'}${shrunk}): ${JSON.stringify(c.counterexample.scenario)}`);
  }
  if (c.replay) lines.push(`  replay: ${c.replay}`);
  return lines;
}

export function formatSummary(r: RunResult, opts: { color?: boolean } = {}): string {
  const color = opts.color ?? false;
  const bold = color ? pc.bold : (s: string) => s;
  const lines: string[] = [];
  for (const c of r.checks) if (c.status === 'failed' || c.status === 'broken') lines.push(...detail(c, color), '');
  lines.push(bold(`rxpath check: ${r.implementation.name} (${r.profiles.join(', ')})${r.shard ? `, shard ${r.shard.index}/${r.shard.count}` : ''}`));
  lines.push(`  properties:    ${countsLine(r.counts.properties)}`);
  lines.push(`  golden traces: ${countsLine(r.counts.golden)}`);
  lines.push(`  runs: ${r.totalRuns}${r.runsPerProperty !== undefined ? ` (${r.runsPerProperty} per property)` : ' (each property\'s default)'}   seed: ${r.seed}   time: ${formatMs(r.ms)}`);
  if (r.expectedDifferences.length) {
    lines.push(`  expected differences (golden/expected-differences.json, not failures):`);
    for (const e of r.expectedDifferences) {
      const state = e.seen === null ? 'not run' : e.seen ? 'differs as expected' : 'no longer differs';
      lines.push(`    ${e.trace} [${state}]: ${e.reason}`);
    }
  } else if (r.counts.golden.passed + r.counts.golden.failed > 0) {
    lines.push('  expected differences: none registered (golden/expected-differences.json)');
  }
  const verdict = r.exitCode === 0 ? 'all passed' : r.exitCode === 1 ? 'conformance failures' : r.exitCode === 2 ? r.gate ?? 'nothing was checked' : 'the implementation broke';
  lines.push(bold(`  result: ${verdict} (exit ${r.exitCode})`));
  return `${lines.join('\n')}\n`;
}
