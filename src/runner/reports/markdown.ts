// A Markdown summary for a CI step summary ($GITHUB_STEP_SUMMARY): the counts, the expected
// differences, and a table of what failed or broke.
import type { CheckResult, RunResult } from '../types.ts';
import { countsLine, formatMs } from './summary.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function failureRow(c: CheckResult): string {
  const where = c.diff ? `checkpoint "${c.diff.label}" (${c.diff.stepText})` : c.error?.stepText ?? (c.error?.step !== undefined ? `step ${c.error.step}` : '');
  return `| ${c.status === 'broken' ? ':boom: broken' : ':x: failed'} | ${c.kind} | ${c.profile} | \`${cell(c.name)}\` | ${cell(c.message ?? '')} | ${cell(where)} | ${c.replay ? `\`${cell(c.replay)}\`` : ''} |`;
}

export function markdownSummary(r: RunResult): string {
  const icon = r.exitCode === 0 ? ':white_check_mark:' : ':x:';
  const lines = [
    `## ${icon} rxpath check: ${r.implementation.name}`,
    '',
    '| | passed | failed | broken | skipped | expected differences |',
    '|---|---:|---:|---:|---:|---:|',
    `| properties | ${r.counts.properties.passed} | ${r.counts.properties.failed} | ${r.counts.properties.broken} | ${r.counts.properties.skipped} | ${r.counts.properties['expected-difference']} |`,
    `| golden traces | ${r.counts.golden.passed} | ${r.counts.golden.failed} | ${r.counts.golden.broken} | ${r.counts.golden.skipped} | ${r.counts.golden['expected-difference']} |`,
    '',
    ...(r.gate ? [`**${cell(r.gate)}** (exit 2)`, ''] : []),
    `Profiles ${r.profiles.join(', ')} · ${r.totalRuns} runs · seed \`${r.seed}\` · ${formatMs(r.ms)}${r.shard ? ` · shard ${r.shard.index}/${r.shard.count}` : ''} · exit ${r.exitCode}`,
    '',
  ];
  const bad = r.checks.filter((c) => c.status === 'failed' || c.status === 'broken');
  if (bad.length) {
    lines.push('### Failures', '', '| status | kind | profile | check | what happened | where | replay |', '|---|---|---|---|---|---|---|');
    lines.push(...bad.map(failureRow), '');
  }
  if (r.expectedDifferences.length) {
    lines.push('### Expected differences', '', '| trace | state | reason |', '|---|---|---|');
    for (const e of r.expectedDifferences) {
      lines.push(`| \`${cell(e.trace)}\` | ${e.seen === null ? 'not run' : e.seen ? 'differs as expected' : 'no longer differs'} | ${cell(e.reason)} |`);
    }
    lines.push('');
  }
  lines.push(`<sub>properties: ${countsLine(r.counts.properties)}; golden traces: ${countsLine(r.counts.golden)}</sub>`, '');
  return lines.join('\n');
}
