// The whole `--explain` answer: the explanation of what grew (explain.ts) and, for the symptoms,
// the scenario that makes them grow in the model too (reproduce.ts), with what it does and which
// symptoms it does not reproduce.
import type { Scenario } from '../generated/schema-types.ts';
import { explainGrowth, explanationText, type Growth } from './explain.ts';
import type { Reading } from './reading.ts';
import type { MachineSettings } from './reproduce-fragments.ts';
import { reproduce, type Simulate } from './reproduce.ts';
import { isCounter, snapshotSeries } from './series.ts';
import { grown } from './snapshot-delta.ts';
import { intervalOf } from './watch.ts';

/** What grew since boot: every counter of a reading that is above zero. */
export function growthSinceBoot(r: Reading): Growth[] {
  return snapshotSeries(r.snapshot, r.present).filter((s) => isCounter(s) && s.value > 0).map((s) => ({ series: s, delta: s.value }));
}

/** What grew from one reading to a later one. */
export function growthBetween(a: Reading, b: Reading): Growth[] {
  return grown(intervalOf(a, b)).map((c) => ({ series: c.series, delta: c.delta! }));
}

export interface ExplainReport {
  text: string;
  scenario: Scenario | null;
}

export interface ExplainReportOptions {
  period: string;
  machine: MachineSettings;
  sysctlValue?: (name: string) => string | undefined;
  simulate: Simulate;
}

export function explainReport(growth: readonly Growth[], o: ExplainReportOptions): ExplainReport {
  const list = explainGrowth(growth);
  let text = explanationText(list, { period: o.period, profile: o.machine.profile, ...(o.sysctlValue ? { sysctlValue: o.sysctlValue } : {}) });
  const symptoms = list.filter((x) => x.symptom).map((x) => x.name);
  if (symptoms.length === 0) return { text, scenario: null };
  const r = reproduce(symptoms, o.machine, o.simulate);
  if (r.scenario === null) {
    return { text: `${text}\nNo scenario of rxpath's makes ${symptoms.join(', ')} grow in the model.\n`, scenario: null };
  }
  text += `\nIn the model (${o.machine.profile}), this scenario makes ${r.reproduced.join(', ')} grow too:\n`;
  for (const f of r.fragments) text += `  - ${f.does}\n`;
  if (r.missing.length) text += `It does not make ${r.missing.join(', ')} grow: no scenario of rxpath's does.\n`;
  text += `Save it and run it with \`rxpath simulate FILE\`:\n\n${JSON.stringify(r.scenario, null, 2)}\n`;
  return { text, scenario: r.scenario };
}
