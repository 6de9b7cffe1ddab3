// The gate's steps in the checking commands (`check`, `golden check`), around runCheck: before the
// run (empty --impl/--impl-cmd, unwritable report paths, names that match nothing), after opening the
// implementation (a declared profile this run checks), after the run (zero checks, a replay that
// replayed nothing: exit 2), and the reports written where the user points.
import type { ProfileName } from '../generated/schema-types.ts';
import type { Implementation } from '../impl/types.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { PROFILES } from '../spec/registry.ts';
import {
  checkDeclaredProfiles, checkImplementationOptions, checkPropertyNames, checkTraceFilters, gateProblem, replayNote,
} from '../runner/gate.ts';
import { checkOutputFiles } from '../runner/output-path.ts';
import type { RunResult } from '../runner/types.ts';
import { writeOutput } from '../runner/write-atomic.ts';

export interface GateOptions {
  impl?: string;
  implCmd?: string;
  junit?: string;
  json?: string;
  markdown?: string;
  html?: string;
}

type Render = () => Promise<(r: RunResult) => string>;

/** Each report's option, its key in the options, and its renderer (loaded only when asked for). */
const REPORTS: readonly (readonly [option: string, key: 'junit' | 'json' | 'markdown' | 'html', render: Render])[] = [
  ['--junit', 'junit', async () => (await import('../runner/reports/junit.ts')).junitXml],
  ['--json', 'json', async () => (await import('../runner/reports/json.ts')).jsonReport],
  ['--markdown', 'markdown', async () => (await import('../runner/reports/markdown.ts')).markdownSummary],
  ['--html', 'html', async () => (await import('../runner/reports/html.ts')).htmlReport],
];

/** Before anything runs: the implementation options and every report path. */
export function beforeOpening(o: GateOptions): void {
  checkImplementationOptions(o);
  checkOutputFiles(REPORTS.map(([option, key]) => [option, o[key]] as const));
}

/** Names given with --properties and --traces must each select something. */
export async function checkNames(
  o: { properties?: string[]; traces?: string[] }, knownProperties: readonly string[] | undefined,
): Promise<void> {
  if (o.properties && knownProperties) checkPropertyNames(o.properties, knownProperties);
  if (o.traces) {
    const { traceFiles, traceId } = await import('../runner/golden/corpus.ts');
    checkTraceFilters(o.traces, traceFiles().map((f) => traceId(f)));
  }
}

/**
 * Opening an --impl module or an --impl-cmd program failed with something other than bad input:
 * the implementation is broken (exit 3), whatever it threw.
 */
export function brokenWhileOpening(err: unknown, o: GateOptions): number {
  if (err instanceof RxpathInputError || (o.impl === undefined && o.implCmd === undefined)) throw err;
  const e = err instanceof Error ? err : new Error(String(err));
  process.stderr.write(`rxpath: the implementation broke before any check: ${e.name}: ${e.message}\n`);
  return 3;
}

/** After opening: the implementation declares at least one profile the run checks. */
export function afterOpening(impl: Implementation, o: GateOptions, profiles: readonly ProfileName[] | undefined): void {
  let option = 'the model';
  if (o.impl !== undefined) option = `--impl ${o.impl}`;
  else if (o.implCmd !== undefined) option = `--impl-cmd ${o.implCmd}`;
  checkDeclaredProfiles(impl, profiles ?? PROFILES, option, PROFILES);
}

/** The options that chose the checks. */
interface Selection {
  profiles?: readonly string[];
  propertyNames?: readonly string[];
  traces?: readonly string[];
  shard?: { index: number; count: number };
}

/** What chose the checks, in words, for "no check matches ...". */
function selection(base: Selection): string {
  const parts = [`profiles ${(base.profiles ?? PROFILES).join(', ')}`];
  if (base.propertyNames) parts.push(`--properties ${base.propertyNames.join(' ')}`);
  if (base.traces) parts.push(`--traces ${base.traces.join(' ')}`);
  if (base.shard) parts.push(`--shard ${base.shard.index}/${base.shard.count}`);
  return parts.join('; ');
}

/** After the run: the result, made exit 2 with the reason when it checked nothing. */
export function afterRunning(r: RunResult, base: Selection & { replay?: { seed: number; path: string } }): RunResult {
  const problem = gateProblem(r, { ...(base.replay ? { replay: base.replay } : {}), selection: selection(base) });
  if (problem) return { ...r, exitCode: 2, gate: problem };
  const note = replayNote(r, base.replay);
  if (note) process.stderr.write(`rxpath: note: ${note}\n`);
  return r;
}

/** Writes every report asked for; a path that fails now is bad input naming the option. */
export async function writeReportFiles(r: RunResult, o: GateOptions): Promise<void> {
  for (const [option, key, render] of REPORTS) {
    const path = o[key];
    if (path === undefined) continue;
    const text = (await render())(r);
    try {
      writeOutput(path, text);
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new RxpathInputError([{ file: option, pointer: '', message: `cannot write ${JSON.stringify(path)} (${why})` }]);
    }
  }
}
