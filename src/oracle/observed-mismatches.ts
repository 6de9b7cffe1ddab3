// Compares a golden trace with observations on the trace's observed paths, checkpoint by checkpoint
// (matched by label): the exact-equality rule of the kernel replay tests and of `rxpath versions`.
import type { GoldenTrace, Observations } from '../generated/schema-types.ts';
import { readPath } from './counter-paths.ts';

export interface Mismatch { checkpoint: string; path: string; kernel: unknown; model: unknown }

export function observedMismatches(trace: Pick<GoldenTrace, 'observations' | 'observed'>, obs: Observations): Mismatch[] {
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
