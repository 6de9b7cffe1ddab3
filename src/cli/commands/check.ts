// `rxpath check`: the conformance gate. With no arguments it checks the embedded reference model,
// every profile, every property and the whole golden corpus. Exit codes: 0 all passed, 1 a
// conformance failure, 2 bad usage or input, 3 the implementation crashed or broke the protocol.
import { Option, type Command } from 'commander';
import type { ProfileName } from '../../generated/schema-types.ts';
import { ImplementationError } from '../../impl/errors.ts';
import { guard } from '../../impl/guard.ts';
import { DEFAULT_TIMEOUT_MS } from '../../impl/process.ts';
import { referenceModel, resolveImplementation } from '../../impl/resolve.ts';
import type { Implementation } from '../../impl/types.ts';
import { RxpathInputError } from '../../spec/errors.ts';
import { defaultProgress } from '../../runner/progress.ts';
import { formatSummary } from '../../runner/reports/summary.ts';
import type { CheckOptions, CheckPropertyFn } from '../../runner/run-check.ts';
import { PROFILES } from '../../spec/registry.ts';
import { decodeReplayToken, isReplayToken } from '../../runner/replay-token.ts';
import { checkDeclaration } from '../../runner/declared.ts';
import { parseShard } from '../../runner/shard.ts';
import type { RunResult } from '../../runner/types.ts';
import { RXPATH_VERSION } from '../../runner/version.ts';
import { checkHalves } from '../../runner/gate.ts';
import { userGoldenCorpora } from '../../runner/golden/user-dirs.ts';
import { afterOpening, afterRunning, beforeOpening, brokenWhileOpening, checkNames, writeReportFiles } from '../gate-steps.ts';
import type { Property } from '../../../properties/types.ts';
import type { SetExit } from './index.ts';

/** The longest time a Node.js timer can wait (about 24.8 days): the largest --timeout. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** In-process implementations get this long per run unless --timeout says otherwise. */
const IN_PROCESS_RUN_TIMEOUT_MS = 60_000;

export interface CommonOptions {
  profile?: ProfileName[];
  impl?: string;
  implCmd?: string;
  timeout?: string;
  traces?: string[];
  goldenDir?: string[];
  junit?: string;
  json?: string;
  markdown?: string;
  html?: string;
}

interface CheckCliOptions extends CommonOptions {
  properties?: string[];
  runs?: string;
  seed?: string;
  replay?: string;
  shard?: string;
  skipGolden?: boolean;
  skipProperties?: boolean;
}

function bad(option: string, message: string): never {
  throw new RxpathInputError([{ file: option, pointer: '', message }]);
}

export function parseIntOption(option: string, text: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text.trim())) bad(option, `expected an integer (got "${text}")`);
  const n = Number(text);
  if (n < min) bad(option, `must be >= ${min} (got ${n})`);
  if (n > max) bad(option, `must be <= ${max} (got ${text.trim()})`);
  return n;
}

export function parseReplay(text: string): { seed: number; path: string } {
  const m = /^(-?\d+):(\d+(?::\d+)*)$/.exec(text.trim());
  if (!m) bad('--replay', `expected SEED:PATH as printed by a failing check, e.g. 42:3:1:0 (got "${text}")`);
  return { seed: Number(m[1]), path: m[2]! };
}

/** The options every checking command shares: which implementation, profiles, reports. */
export function addCommonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--profile <profile...>', 'kernel profiles to check (default: every profile)').choices([...PROFILES]))
    .option('--impl <module>', 'a TypeScript/JavaScript module exporting an Implementation (default export or factory); '
      + '"kernel" (this host), "kernel:6.1" or "kernel:6.12" (under QEMU) for a real kernel')
    .option('--impl-cmd <command>', 'a program speaking the rxpath adapter protocol (JSON lines over stdio)')
    .option('--timeout <ms>', `time limit per protocol step for --impl-cmd (default ${DEFAULT_TIMEOUT_MS}), per run for --impl`)
    .option('--traces <substring...>', 'only golden traces whose id contains one of these')
    .option('--golden-dir <dir...>', 'add your own golden corpus (DIR/model/<profile>/*.json, DIR/kernel/**.json; its ids start user:DIR/); '
      + 'default: goldenDirs of rxpath.config.json, else "rxpath": { "goldenDirs" } of package.json')
    .option('--junit <file>', 'write a JUnit XML report')
    .option('--json <file>', 'write the whole result as JSON')
    .option('--markdown <file>', 'write a Markdown summary (e.g. $GITHUB_STEP_SUMMARY)')
    .option('--html <file>', 'write a self-contained HTML report');
}

export async function writeReports(r: RunResult, o: CommonOptions): Promise<void> {
  await writeReportFiles(r, o);
}

/** Opens the implementation; a program that fails its handshake is a broken implementation (exit 3). */
export async function openImplementation(o: CommonOptions): Promise<{ impl: Implementation; args: string; reference?: Implementation; close: () => Promise<void> } | number> {
  const timeoutMs = parseIntOption('--timeout', o.timeout, 1, MAX_TIMER_MS);
  let resolved;
  try {
    resolved = await resolveImplementation({ impl: o.impl, implCmd: o.implCmd, timeoutMs, rxpathVersion: RXPATH_VERSION });
  } catch (err) {
    if (err instanceof ImplementationError) {
      process.stderr.write(`rxpath: the implementation broke before any check (${err.fault}): ${err.message}\n${err.detail ? `  ${err.detail.split('\n').join('\n  ')}\n` : ''}`);
      return 3;
    }
    return brokenWhileOpening(err, o);
  }
  if (!resolved.isModel) {
    try {
      checkDeclaration(resolved.impl, o.impl ?? o.implCmd ?? '--impl');
    } catch (err) {
      await resolved.impl.close?.();
      throw err;
    }
  }
  const runTimeoutMs = o.implCmd ? undefined : timeoutMs ?? IN_PROCESS_RUN_TIMEOUT_MS;
  const impl = guard(resolved.impl, runTimeoutMs !== undefined ? { runTimeoutMs } : {});
  let reference: Implementation | undefined;
  if (resolved.isModel) reference = impl;
  else {
    try { reference = guard(await referenceModel()); } catch { reference = undefined; }
  }
  return {
    impl, args: resolved.args, ...(reference ? { reference } : {}),
    close: async () => { await resolved.impl.close?.(); },
  };
}

async function loadProperties(): Promise<{ properties: Property[]; checkProperty: CheckPropertyFn; defaultSeed: number }> {
  const [{ ALL_PROPERTIES }, check] = await Promise.all([
    import('../../../properties/index.ts') as Promise<unknown> as Promise<{ ALL_PROPERTIES: Property[] }>,
    import('../../../properties/check.ts'),
  ]);
  const checkProperty: CheckPropertyFn = (impl, property, opts) =>
    check.checkProperty(impl, property, { ...opts, runs: opts.runs ?? property.defaultRuns ?? check.DEFAULT_RUNS });
  return { properties: ALL_PROPERTIES, checkProperty, defaultSeed: check.DEFAULT_SEED };
}

export async function runAndReport(base: Omit<CheckOptions, 'impl' | 'properties' | 'checkProperty' | 'rxpathVersion' | 'seed'> & { seed?: number; withProperties: boolean }, o: CommonOptions): Promise<number> {
  beforeOpening(o);
  const opened = await openImplementation(o);
  if (typeof opened === 'number') return opened;
  try {
    afterOpening(opened.impl, o, base.profiles);
    // the runner, the properties and the model load only once a run is certain (a usage error answers at once)
    const { runCheck } = await import('../../runner/run-check.ts');
    const props = base.withProperties ? await loadProperties() : { properties: [], checkProperty: (async () => { throw new Error('no properties'); }) as CheckPropertyFn, defaultSeed: (await import('../../../properties/check.ts')).DEFAULT_SEED };
    const { withProperties: _w, ...rest } = base;
    void _w;
    const result = await runCheck({
      ...rest,
      seed: base.seed ?? props.defaultSeed,
      impl: opened.impl,
      implArgs: opened.args,
      ...(opened.reference ? { reference: opened.reference } : {}),
      properties: props.properties,
      checkProperty: props.checkProperty,
      rxpathVersion: RXPATH_VERSION,
      progress: defaultProgress(),
    });
    const gated = afterRunning(result, base);
    await writeReports(gated, o);
    process.stdout.write(formatSummary(gated, { color: process.stdout.isTTY }));
    return gated.exitCode;
  } finally {
    await opened.close();
  }
}

export function register(program: Command, setExit: SetExit): void {
  const cmd = program
    .command('check')
    .description('check an implementation (default: the embedded model) against every property and the golden corpus')
    .option('--properties <name...>', 'only these properties (and no golden traces unless --traces is given)')
    .option('--runs <n>', 'scenarios per property (default: each property\'s default)')
    .option('--seed <seed>', 'fast-check seed (printed in the summary; the same seed replays the same run)')
    .option('--replay <token|seed:path>', 'replay one counterexample: the token a failing check prints, or SEED:PATH with --properties')
    .option('--shard <i/n>', 'run only part I of N of the checks (deterministic split, like vitest --shard)')
    .option('--skip-golden', 'no golden traces')
    .option('--skip-properties', 'no properties');
  addCommonOptions(cmd);
  cmd.addHelpText('after', `
Exit codes:
  0  every check passed (registered expected differences do not fail)
  1  a conformance failure: a property counterexample or a golden trace that differs
  2  bad usage or bad input (an unknown option, an invalid trace, a module that is not an Implementation)
  3  the implementation crashed, hung (--timeout), answered out of order or broke the protocol`);
  cmd.action(async (o: CheckCliOptions) => {
    const runs = parseIntOption('--runs', o.runs, 1);
    const seed = parseIntOption('--seed', o.seed, -(2 ** 31), 2 ** 31 - 1);
    if (o.replay && isReplayToken(o.replay)) {
      // a token names its property and profile itself
      const t = decodeReplayToken(o.replay);
      if (o.properties && (o.properties.length !== 1 || o.properties[0] !== t.property)) bad('--replay', `the token replays ${t.property}; leave --properties out`);
      o.properties = [t.property];
      o.profile = [t.profile];
      o.replay = `${t.seed}:${t.path}`;
    }
    const replay = o.replay ? parseReplay(o.replay) : undefined;
    if (replay && (o.properties?.length !== 1)) bad('--replay', 'replays one property: give exactly one name with --properties');
    checkHalves(o);
    await checkNames({ ...o, traces: undefined }, o.properties && !o.skipProperties ? (await loadProperties()).properties.map((p) => p.name) : undefined);
    const shard = o.shard ? parseShard(o.shard) : undefined;
    const withProperties = !o.skipProperties && !(o.traces && !o.properties);
    const withGolden = !o.skipGolden && !replay && !(o.properties && !o.traces);
    const user = userGoldenCorpora(o, withGolden);
    for (const n of user.notes) process.stderr.write(`rxpath: note: ${n}\n`);
    const code = await runAndReport({
      ...(o.profile ? { profiles: o.profile } : {}),
      ...(o.properties ? { propertyNames: o.properties } : {}),
      ...(o.traces ? { traces: o.traces } : {}),
      ...(user.sources.length ? { userGoldenDirs: user.sources } : {}),
      includeProperties: withProperties,
      includeGolden: withGolden,
      ...(runs !== undefined ? { runs } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(replay ? { replay } : {}),
      ...(shard ? { shard } : {}),
      withProperties,
    }, o);
    setExit(code);
  });
}
