// The replay tests' comparison (src/oracle/observed-mismatches.ts) and how a failure reads.
import { observedMismatches, type Mismatch } from '../../src/oracle/observed-mismatches.ts';

export { observedMismatches, type Mismatch };

export function formatMismatches(id: string, ms: Mismatch[]): string {
  return `${id}: ${ms.length} observed value(s) differ:\n${ms.slice(0, 12).map((m) => `  ${m.checkpoint} ${m.path}: kernel ${String(m.kernel)}, model ${String(m.model)}`).join('\n')}${ms.length > 12 ? '\n  ...' : ''}`;
}
