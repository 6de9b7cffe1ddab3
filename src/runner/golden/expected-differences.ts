// golden/expected-differences.json: the register of known differences between a golden trace and
// what implementations give (typically the model against a kernel-recorded trace), one entry per
// trace with the reason. A registered difference is shown in every `rxpath check` summary and does
// not fail the run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RxpathInputError } from '../../spec/errors.ts';
import { loadJsonFile } from '../../spec/load.ts';
import { GOLDEN_DIR } from './corpus.ts';

export const EXPECTED_DIFFERENCES_FORMAT = 'rxpath-expected-differences/1';

export interface ExpectedDifference {
  /** Trace id (path under golden/ without .json). */
  trace: string;
  reason: string;
}

export function expectedDifferencesFile(goldenDir = GOLDEN_DIR): string {
  return join(goldenDir, 'expected-differences.json');
}

/** Reads the register (absent file: empty). */
export function loadExpectedDifferences(goldenDir = GOLDEN_DIR): Map<string, ExpectedDifference> {
  const file = expectedDifferencesFile(goldenDir);
  const out = new Map<string, ExpectedDifference>();
  if (!existsSync(file)) return out;
  const data = loadJsonFile(file);
  const bad = (pointer: string, message: string): never => { throw new RxpathInputError([{ file, pointer, message }]); };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) bad('', 'must be an object { format, entries }');
  const d = data as Record<string, unknown>;
  if (d.format !== EXPECTED_DIFFERENCES_FORMAT) bad('/format', `must be "${EXPECTED_DIFFERENCES_FORMAT}"`);
  if (!Array.isArray(d.entries)) bad('/entries', 'must be an array of { trace, reason }');
  (d.entries as unknown[]).forEach((e, i) => {
    const p = `/entries/${i}`;
    if (typeof e !== 'object' || e === null) bad(p, 'must be an object { trace, reason }');
    const { trace, reason, ...rest } = e as Record<string, unknown>;
    if (typeof trace !== 'string' || trace === '') bad(`${p}/trace`, 'must be a trace id such as "kernel/linux-6.18/rcvbuf-2304"');
    if (typeof reason !== 'string' || reason.trim() === '') bad(`${p}/reason`, 'must say why the difference is expected');
    if (Object.keys(rest).length) bad(`${p}/${Object.keys(rest)[0]}`, 'unknown property (allowed: trace, reason)');
    if (out.has(trace as string)) bad(`${p}/trace`, `"${trace}" is registered twice (one entry per trace)`);
    out.set(trace as string, { trace: trace as string, reason: reason as string });
  });
  return out;
}
