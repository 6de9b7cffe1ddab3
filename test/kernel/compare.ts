// Compares a kernel golden trace with an implementation's observations on the trace's observed
// paths, checkpoint by checkpoint (matched by label): the exact-equality rule of the replay tests.
import type { GoldenTrace, Observations } from '../../src/generated/schema-types.ts';
import { readPath } from '../../src/oracle/counter-paths.ts';

export interface Mismatch { checkpoint: string; path: string; kernel: unknown; model: unknown }

export function observedMismatches(trace: GoldenTrace, obs: Observations): Mismatch[] {
  const out: Mismatch[] = [];
  const byLabel = new Map(obs.checkpoints.map((c) => [c.label, c]));
  for (const k of trace.observations.checkpoints) {
    const m = byLabel.get(k.label);
    for (const path of trace.observed ?? []) {
      const kv = readPath(k.counters, path);
      const mv = m ? readPath(m.counters, path) : undefined;
      if (kv !== mv) out.push({ checkpoint: k.label, path, kernel: kv, model: m ? mv : '(no such checkpoint)' });
    }
  }
  return out;
}

export function formatMismatches(id: string, ms: Mismatch[]): string {
  return `${id}: ${ms.length} observed value(s) differ:\n${ms.slice(0, 12).map((m) => `  ${m.checkpoint} ${m.path}: kernel ${String(m.kernel)}, model ${String(m.model)}`).join('\n')}${ms.length > 12 ? '\n  ...' : ''}`;
}
