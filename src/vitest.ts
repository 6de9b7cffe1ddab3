// `import { conformanceSuite } from 'rxpath/vitest'`: registers the rxpath property suite (or a
// chosen subset) against an implementation inside the user's own vitest run, one describe per
// implementation and one test per property and profile.
//
//   conformanceSuite(myImpl);                                     // everything, fixed seed
//   conformanceSuite(myImpl, { properties: ['backlog'], profiles: ['linux-6.18'], runs: 50 });
//
// Runs are reproducible: a fixed seed by default (RXPATH_SEED overrides), printed on failure with
// the fast-check path; RXPATH_REPLAY=seed:path (or `replay`) replays one counterexample. Failures
// are saved to .rxpath/failures.json (atomically) and replayed first on the next run.
import { describe, test } from 'vitest';
import type { ProfileName } from './generated/schema-types.ts';
import { PROFILES } from './spec/registry.ts';
import type { Implementation } from './impl/types.ts';
import { checkProperty, checkScenario, DEFAULT_RUNS, DEFAULT_SEED, observedBy } from '../properties/check.ts';
import { FailureStore, DEFAULT_FAILURES_FILE } from '../properties/failures.ts';
import { formatResult, formatScenario, formatVerdict } from '../properties/format.ts';
import { ALL_PROPERTIES } from '../properties/index.ts';
import type { Property } from '../properties/types.ts';
import { GOLDEN_DIR } from './runner/golden/corpus.ts';
import { corporaOf, loadCorpora, loadCorporaRegister, type GoldenCorpus } from './runner/golden/corpora.ts';
import { checkGoldenTrace } from './runner/run-check.ts';
import { checkDeclaration } from './runner/declared.ts';
import type { CheckResult } from './runner/types.ts';

export interface ConformanceOptions {
  /** Property names (default: all of ALL_PROPERTIES). */
  properties?: readonly string[];
  /** Profiles (default: those the implementation declares). */
  profiles?: readonly ProfileName[];
  /** Scenarios per property and profile (default DEFAULT_RUNS, or RXPATH_RUNS). */
  runs?: number;
  /** fast-check seed (default DEFAULT_SEED, or RXPATH_SEED). */
  seed?: number;
  /** Replay one counterexample: seed and fast-check path as a failure prints them. */
  replay?: { seed: number; path: string };
  /** Where failures are kept; false: neither saved nor replayed. Default .rxpath/failures.json. */
  failuresFile?: string | false;
  /** Time limit of one implementation run (ms). */
  timeoutMs?: number;
  /** vitest timeout of each test (ms; default 120000). */
  testTimeoutMs?: number;
  /** Name in the describe title when `impl` is a factory. */
  name?: string;
  /**
   * The golden traces too, one test each (as `rxpath check` runs them): true (default) for the
   * corpus rxpath ships; a directory of your own corpus, or a list of them (the golden/ layout:
   * DIR/model/<profile>/*.json, DIR/kernel/**.json, DIR/expected-differences.json), added to the
   * shipped one as `rxpath check --golden-dir` adds them, ids prefixed `user:DIR/`; or false.
   */
  golden?: boolean | string | readonly string[];
}

type ImplSource = Implementation | (() => Implementation | Promise<Implementation>);

function envInt(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  if (!/^-?\d+$/.test(v)) throw new Error(`${name} must be an integer (got "${v}")`);
  return Number(v);
}

function envReplay(): { seed: number; path: string } | undefined {
  const v = process.env.RXPATH_REPLAY;
  if (!v) return undefined;
  const m = /^(-?\d+):(\d+(?::\d+)*)$/.exec(v);
  if (!m) throw new Error(`RXPATH_REPLAY must be SEED:PATH as a failure prints it, e.g. 4:12:0:3 (got "${v}")`);
  return { seed: Number(m[1]), path: m[2] };
}

export function selectProperties(names?: readonly string[]): Property[] {
  if (!names) return [...ALL_PROPERTIES];
  return names.map((n) => {
    const p = ALL_PROPERTIES.find((x) => x.name === n);
    if (!p) throw new Error(`rxpath/vitest: unknown property "${n}" (known: ${ALL_PROPERTIES.map((x) => x.name).join(', ')})`);
    return p;
  });
}

/** One test per golden trace of the corpora under the given profiles (skipped as `rxpath check` skips them). */
function goldenTests(getImpl: () => Promise<Implementation>, profiles: readonly ProfileName[], corpora: readonly GoldenCorpus[], timeout?: number): void {
  const register = loadCorporaRegister(corpora);
  for (const trace of loadCorpora(corpora)) {
    if (!profiles.includes(trace.trace.provenance.profile)) continue;
    test(`golden ${trace.id}: ${trace.trace.summary}`, { timeout: timeout ?? 120_000 }, async (ctx) => {
      const r = await checkGoldenTrace(await getImpl(), trace, register);
      if (r.status === 'skipped') {
        ctx.skip(r.message);
        return;
      }
      if (r.status === 'failed' || r.status === 'broken') throw new Error(goldenFailure(r));
    });
  }
}

/** A failed golden trace in a few lines: the message and every counter that differs. */
function goldenFailure(r: CheckResult): string {
  const lines = [`golden ${r.name}: ${r.message ?? r.status}`];
  for (const d of r.diff?.diffs.slice(0, 12) ?? []) lines.push(`  ${d.path}: expected ${String(d.expected)}, actual ${String(d.actual)}`);
  if (r.error?.detail) lines.push(r.error.detail);
  return lines.join('\n');
}

export function conformanceSuite(impl: ImplSource, opts: ConformanceOptions = {}): void {
  const properties = selectProperties(opts.properties);
  const name = opts.name ?? (typeof impl === 'function' ? 'implementation' : impl.name);
  const profiles: readonly ProfileName[] = opts.profiles ?? (typeof impl === 'function' ? PROFILES : impl.profiles);
  const replay = opts.replay ?? envReplay();
  const seed = replay?.seed ?? opts.seed ?? envInt('RXPATH_SEED') ?? DEFAULT_SEED;
  const runs = opts.runs ?? envInt('RXPATH_RUNS');
  const store = opts.failuresFile === false ? null : new FailureStore(opts.failuresFile ?? DEFAULT_FAILURES_FILE);
  let resolved: Promise<Implementation> | undefined;
  const getImpl = () => (resolved ??= Promise.resolve(typeof impl === 'function' ? impl() : impl).then((im) => {
    checkDeclaration(im, `implementation "${im.name}"`);
    return im;
  }));

  describe(`rxpath conformance: ${name}`, () => {
    if (opts.golden !== false) {
      const user = opts.golden === undefined || opts.golden === true ? [] : typeof opts.golden === 'string' ? [opts.golden] : opts.golden;
      goldenTests(getImpl, profiles, corporaOf(GOLDEN_DIR, user.map((dir, i) => ({ dir, file: 'conformanceSuite options', pointer: typeof opts.golden === 'string' ? '/golden' : `/golden/${i}` }))), opts.testTimeoutMs);
    }
    for (const property of properties) {
      for (const profile of profiles) {
        if (!property.profiles.includes(profile)) continue;
        test(`${property.name} [${profile}]: ${property.title}`, { timeout: opts.testTimeoutMs ?? 120_000 }, async (ctx) => {
          const im = await getImpl();
          // 1. A failure saved by an earlier run is replayed first.
          const saved = store?.find(im.name, property.name, profile);
          if (saved && !replay) {
            const v = await checkScenario(im, property, saved.scenario, opts.timeoutMs);
            if (!v.ok) {
              throw new Error(
                `${property.name} [${profile}]: the failure saved in ${store!.file} still fails (seed ${saved.seed}${saved.path ? `, path "${saved.path}"` : ''})\n` +
                  `rule: ${property.rule}\n${formatScenario(saved.scenario)}\n${formatVerdict(v)}`,
              );
            }
            store!.remove(im.name, property.name, profile);
          }
          // 2. The generated run (or the replay of one counterexample).
          // A narrow implementation gets scenarios with the features it declares (tags) and only the
          // clauses that read what it models (observes, events), as `rxpath check` does.
          const observed = observedBy(im);
          const r = await checkProperty(im, property, {
            profile, runs: runs ?? property.defaultRuns ?? DEFAULT_RUNS, seed,
            ...(im.tags ? { tags: im.tags } : {}),
            ...(observed ? { observed } : {}),
            ...(replay ? { path: replay.path } : {}),
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
          });
          if (r.status === 'skipped') {
            ctx.skip(r.reason);
            return;
          }
          if (r.status === 'failed' && r.counterexample && store) {
            store.save({
              property: property.name,
              profile,
              implementation: im.name,
              seed: r.seed,
              ...(r.path ? { path: r.path } : {}),
              scenario: r.counterexample.scenario,
              message: r.counterexample.verdict.message,
            });
          }
          if (r.status !== 'passed') throw new Error(formatResult(r, property.rule));
        });
      }
    }
  });
}

export { ALL_PROPERTIES, checkProperty, DEFAULT_RUNS, DEFAULT_SEED };
export type { ConformanceOptions as RxpathSuiteOptions };
/** What conformanceSuite takes: an Implementation, or a (possibly async) factory of one. */
export type { ImplSource as ImplementationSource };
