// The gate counts what it checked. Before a run: an empty --impl or --impl-cmd (an unset $IMPL in
// CI), names in --properties or --traces that match nothing, both halves skipped, and an
// implementation that declares none of the profiles the run checks are bad usage (exit 2), with the
// closest names. After a run: zero checks run (none planned, or every one skipped) and a --replay
// path the property never reaches are exit 2 too, saying why, never "all passed".
import type { ProfileName } from '../generated/schema-types.ts';
import type { Implementation } from '../impl/types.ts';
import { RxpathInputError, type InputProblem } from '../spec/errors.ts';
import { didYouMean } from './suggest.ts';
import type { RunResult } from './types.ts';

type Replay = { seed: number; path: string };

function bad(option: string, message: string): never {
  throw new RxpathInputError([{ file: option, pointer: '', message }]);
}

function failIfAny(problems: InputProblem[]): void {
  if (problems.length) throw new RxpathInputError(problems);
}

/** An option given as '' is an unset variable, not a request for the default. */
export function checkImplementationOptions(o: { impl?: string; implCmd?: string }): void {
  const unset = (what: string, option: string): string =>
    `is empty (an unset variable?): give ${what}, or leave ${option} out to check the reference model`;
  if (o.impl !== undefined && o.impl.trim() === '') bad('--impl', unset('the module to check', '--impl'));
  if (o.implCmd !== undefined && o.implCmd.trim() === '') bad('--impl-cmd', unset('the command to run', '--impl-cmd'));
}

export function checkHalves(o: { skipGolden?: boolean; skipProperties?: boolean }): void {
  if (o.skipGolden && o.skipProperties) {
    bad('--skip-golden', 'and --skip-properties together leave nothing to check: drop one of them');
  }
}

/** Every name given with --properties must be a property. */
export function checkPropertyNames(names: readonly string[] | undefined, known: readonly string[]): void {
  failIfAny((names ?? []).filter((n) => !known.includes(n)).map((n) => ({
    file: '--properties', pointer: '',
    message: `no property named ${JSON.stringify(n)}${didYouMean(n, known)} (the properties: ${known.join(', ')})`,
  })));
}

/** Every id given with `golden record --only` must be a scenario source. */
export function checkSourceNames(names: readonly string[] | undefined, known: readonly string[]): void {
  failIfAny((names ?? []).filter((n) => !known.includes(n)).map((n) => ({
    file: '--only', pointer: '',
    message: `no scenario source named ${JSON.stringify(n)} in golden/scenarios${didYouMean(n, known)}`,
  })));
}

/** Every --traces substring must be part of at least one trace id. */
export function checkTraceFilters(filters: readonly string[] | undefined, ids: readonly string[]): void {
  // Suggest from the last segment too: "singel-datagram" is close to "single-datagram", not to its id.
  const names = [...ids, ...ids.map((id) => id.slice(id.lastIndexOf('/') + 1))];
  failIfAny((filters ?? []).flatMap((f) => {
    if (f.trim() === '') {
      const message = 'an empty substring (an unset variable?) would select every trace: give part of a trace id';
      return [{ file: '--traces', pointer: '', message }];
    }
    if (ids.some((id) => id.includes(f))) return [];
    const message = `${JSON.stringify(f)} is part of no golden trace id${didYouMean(f, names)}; ` +
      '`rxpath golden list` lists them';
    return [{ file: '--traces', pointer: '', message }];
  }));
}

/** An implementation must declare at least one of the profiles the run checks. */
export function checkDeclaredProfiles(
  impl: Implementation, profiles: readonly ProfileName[], option: string, known: readonly string[],
): void {
  if (impl.profiles.some((p) => profiles.includes(p))) return;
  const unknown = impl.profiles.some((p) => !known.includes(p));
  bad(option, `the implementation "${impl.name}" declares ${impl.profiles.join(', ')}, and this run checks only ` +
    `${profiles.join(', ')}: nothing would be checked${unknown ? ` (rxpath's profiles are ${known.join(', ')})` : ''}`);
}

/** The commonest reasons the checks were skipped, with their counts. */
function skipReasons(r: RunResult): string {
  const count = new Map<string, number>();
  for (const c of r.checks) {
    const why = c.message ?? 'no reason given';
    count.set(why, (count.get(why) ?? 0) + 1);
  }
  const shown = [...count].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([m, n]) => `${n} × ${m}`);
  return `${shown.join('; ')}${count.size > 3 ? `; and ${count.size - 3} more reasons` : ''}`;
}

/** With --replay: a note when the replayed counterexample no longer fails (the run passes). */
export function replayNote(r: RunResult, replay: Replay | undefined): string | undefined {
  if (!replay || r.exitCode !== 0) return undefined;
  const c = r.checks.find((x) => x.kind === 'property' && x.status === 'passed');
  if (!c) return undefined;
  return `--replay ${replay.seed}:${replay.path}: ${c.name} (${c.profile}) passed: the counterexample no longer fails`;
}

/** Why a replay replayed nothing, or undefined. */
function replayProblem(r: RunResult, replay: Replay): string | undefined {
  const arg = `--replay ${replay.seed}:${replay.path}`;
  const give = 'give the replay token or SEED:PATH a failing check printed';
  for (const c of r.checks) {
    if (c.kind !== 'property') continue;
    if (c.status === 'broken' && /Unable to replay/.test(`${c.error?.message ?? ''} ${c.message ?? ''}`)) {
      return `${arg}: ${c.name} (${c.profile}) has no such path: ${give}, with the same --profile`;
    }
    if (c.status === 'passed' && (c.runs ?? 0) === 0) {
      return `${arg}: ${c.name} (${c.profile}) never reached this path (0 runs), so nothing was replayed: ${give}, ` +
        'with the same --profile and --runs';
    }
  }
  return undefined;
}

/**
 * Why a finished run must not pass (exit 2), or undefined. `selection` describes the options that
 * chose the checks, for the message when none was planned.
 */
export function gateProblem(r: RunResult, opts: { replay?: Replay; selection: string }): string | undefined {
  const replay = opts.replay ? replayProblem(r, opts.replay) : undefined;
  if (replay) return replay;
  if (r.checks.length === 0) return `nothing was checked: no check matches ${opts.selection}`;
  if (r.checks.every((c) => c.status === 'skipped')) {
    const all = r.checks.length === 1 ? 'its one check was' : `all ${r.checks.length} checks were`;
    return `nothing was checked: ${all} skipped (${skipReasons(r)})`;
  }
  return undefined;
}
