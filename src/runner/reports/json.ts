// The JSON report: the whole RunResult (format rxpath-run/1), for tools.
import type { RunResult } from '../types.ts';

export function jsonReport(r: RunResult): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
