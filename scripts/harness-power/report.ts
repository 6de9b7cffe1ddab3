// What a run reports: .rxpath/harness-power.json (every mutant with its outcome, and for each
// survivor the scenario on which it differs) and a table on the terminal.
import type { HarnessRun } from './harness.ts';
import type { MutantResult } from './results.ts';
import { percent } from './summary.ts';

export const FORMAT = 'rxpath-harness-power/1';

export interface ReportHeader {
  startedAt: string;
  options: Record<string, unknown>;
  interrupted?: boolean;
}

function mutantEntry(r: MutantResult): Record<string, unknown> {
  const m = r.mutant;
  return {
    id: m.id, file: m.file, line: m.line, column: m.column,
    mutator: m.mutator, original: m.original, replacement: m.replacement,
    ...(m.ignored ? { ignored: m.ignored } : {}),
    outcome: r.outcome, checks: r.checks, ms: r.ms,
    ...(r.killedBy ? { killedBy: r.killedBy } : {}),
    ...(r.visible ? { visible: r.visible } : {}),
  };
}

/** A finished run, or the part of one an interruption leaves (summary and results only). */
type Reportable = Pick<HarnessRun, 'summary' | 'results'> & Partial<HarnessRun>;

export function reportJson(run: Reportable, header: ReportHeader): string {
  const b = run.baseline;
  return `${JSON.stringify({
    format: FORMAT, ...header,
    ...(run.ms !== undefined ? { ms: run.ms } : {}),
    ...(run.population ? { population: run.population } : {}),
    ...(run.equivalenceScenarios ? { equivalenceScenarios: run.equivalenceScenarios } : {}),
    summary: run.summary,
    ...(b ? { baseline: { outcome: b.outcome, checks: b.checks, ms: b.ms } } : {}),
    mutants: run.results.map(mutantEntry),
  }, null, 2)}\n`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return rows.map(line).join('\n');
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 3)}...` : one;
}

function show(v: unknown): string {
  return clip(v === undefined ? '-' : JSON.stringify(v), 24);
}

export function reportText(run: HarnessRun, jsonPath: string): string {
  const s = run.summary;
  const out: string[] = [];
  const p = run.population;
  const e = run.equivalenceScenarios;
  out.push(`rxpath harness power: ${s.sampled} mutants of src/model (of ${p.eligible} eligible; `
    + `${p.mutants} generated, ${p.ignored} ignored by Stryker comments)`);
  out.push(`equivalence sample: ${e.golden} golden + ${e.generated} generated scenarios; time ${(run.ms / 1000).toFixed(0)} s`);
  out.push('');
  out.push(table([
    ['mutants sampled', String(s.sampled)],
    ['no observable difference found', `${s.noDifference} (left out)`],
    ['non-equivalent', String(s.nonEquivalent)],
    ['killed by properties', `${s.killed} (${s.killedFailed} failed, ${s.killedBroken} broken)`],
    ['survived', `${s.survived} (${s.survivedBeyondCounters} visible only in internal state, snapshot times or events)`],
    ['kill rate', `${percent(s.killRate)} of non-equivalent `
      + `(${percent(s.killRateCounters)} leaving those ${s.survivedBeyondCounters} out)`],
  ]));
  const survivors = run.results.filter((r) => r.outcome === 'survived');
  if (survivors.length) {
    out.push('', 'Surviving non-equivalent mutants (what the properties miss):');
    out.push(table([
      ['mutant', 'differs in', 'where', 'expected', 'actual', 'scenario'],
      ...survivors.map((r) => {
        const v = r.visible!;
        const steps = `${v.scenario.workload.length} steps${v.shrunk ? ', shrunk' : ''}`;
        const d = v.difference;
        return [clip(r.label, 70), d.kind, clip(d.where, 60), show(d.expected), show(d.actual), `${v.source} (${steps})`];
      }),
    ]));
  }
  const none = run.results.filter((r) => r.outcome === 'no-difference');
  if (none.length) {
    out.push('', 'No observable difference found (equivalent, or beyond the sample):');
    for (const r of none) out.push(`  ${clip(r.label, 100)}`);
  }
  out.push('', `Every mutant, and each survivor's scenario: ${jsonPath}`);
  return `${out.join('\n')}\n`;
}
