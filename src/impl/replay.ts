// A recorded trace replayed (DESIGN.md, the adapters): an Implementation built from golden traces
// that answers a scenario deep-equal to a recorded one with the recorded observations. It runs
// nothing; for any other scenario it throws (fault `exception`), naming the nearest recording.
// `observes` is the trace's observed counter paths (for several traces, the paths every one of
// them observed), so comparisons against it cover only what the source really saw.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { GoldenTrace, Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { validateAgainst } from '../spec/validate.ts';
import { ImplementationError } from './errors.ts';
import type { Implementation, RunOptions } from './types.ts';

export interface Recording {
  /** Where it came from (a file path or an id). */
  id: string;
  trace: GoldenTrace;
}

export interface ReplayImplementation extends Implementation {
  readonly recordings: readonly Recording[];
  /** The recording whose scenario is deep-equal to `scenario`, or undefined. */
  recordingFor(scenario: Scenario): Recording | undefined;
}

/** JSON with object keys sorted: equal for deep-equal scenarios whatever their key order. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, (x as Record<string, unknown>)[k]]))
      : x);
}

/** JSON pointer of the first place two values differ ('' when they are equal). */
export function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (d !== null) return d;
    }
  }
  return at;
}

function intersection(lists: readonly (readonly string[] | undefined)[]): string[] | undefined {
  if (lists.some((l) => l === undefined)) {
    const known = lists.filter((l): l is readonly string[] => l !== undefined);
    return known.length === 0 ? undefined : intersection(known);
  }
  const [first, ...rest] = lists as readonly (readonly string[])[];
  if (!first) return undefined;
  const sets = rest.map((l) => new Set(l));
  return first.filter((p) => sets.every((s) => s.has(p)));
}

/** An Implementation that replays the given recordings. */
export function replayImplementation(recordings: readonly Recording[], opts: { name?: string } = {}): ReplayImplementation {
  if (recordings.length === 0) throw new RxpathInputError([{ file: opts.name ?? 'replay', pointer: '', message: 'no recorded traces to replay' }]);
  const byScenario = new Map<string, Recording>();
  for (const r of recordings) {
    const key = canonical(r.trace.scenario);
    const other = byScenario.get(key);
    if (other && !isDeepStrictEqual(other.trace.observations, r.trace.observations)) {
      throw new RxpathInputError([{ file: r.id, pointer: '/scenario', message: `the same scenario as ${other.id} with different observations: a replay needs one answer per scenario` }]);
    }
    byScenario.set(key, r);
  }
  const profiles = [...new Set(recordings.map((r) => r.trace.scenario.config.profile))] as ProfileName[];
  const observes = intersection(recordings.map((r) => r.trace.observed));
  const tags = [...new Set(recordings.flatMap((r) => r.trace.tags ?? []))];
  const recordingFor = (scenario: Scenario) => byScenario.get(canonical(scenario));
  return {
    name: opts.name ?? (recordings.length === 1 ? `replay:${recordings[0].id}` : `replay:${recordings.length} recordings`),
    profiles,
    // It can answer with events only if every recording has them.
    events: recordings.every((r) => r.trace.observations.events !== undefined),
    tags,
    ...(observes ? { observes } : {}),
    recordings,
    recordingFor,
    run(scenario: Scenario, runOpts: RunOptions): Promise<Observations> {
      const r = recordingFor(scenario);
      if (!r) {
        // the same scenario is recorded on several kernels: name the one of the asked profile first
        const sameName = recordings.filter((x) => x.trace.scenario.name === scenario.name);
        const named = sameName.find((x) => x.trace.scenario.config.profile === scenario.config.profile) ?? sameName[0];
        const why = named
          ? `the recording ${named.id} has a scenario of that name, but it differs at ${firstDifference(named.trace.scenario, scenario) || '/'}`
          : `none of the ${recordings.length} recordings has a scenario named "${scenario.name}"`;
        return Promise.reject(new ImplementationError('exception', `replay: scenario "${scenario.name}" was not recorded (${why}); a replayed trace answers only the scenario it recorded`));
      }
      const obs = structuredClone(r.trace.observations);
      if (runOpts.events && obs.events === undefined) {
        return Promise.reject(new ImplementationError('exception', `replay: events were asked for, but ${r.id} was recorded without trace events`));
      }
      if (!runOpts.events) delete obs.events;
      return Promise.resolve(obs);
    },
  };
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (e.endsWith('.json')) out.push(p);
  }
  return out;
}

/** Reads golden traces (a file or every *.json under a directory), validating each. */
export function loadRecordings(path: string): Recording[] {
  if (!existsSync(path)) throw new RxpathInputError([{ file: path, pointer: '', message: 'no such file or directory' }]);
  const files = statSync(path).isDirectory() ? jsonFiles(path) : [path];
  return files.map((f) => {
    let v: unknown;
    try {
      v = JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      throw new RxpathInputError([{ file: f, pointer: '', message: `not JSON: ${(e as Error).message}` }]);
    }
    const trace = validateAgainst<GoldenTrace>('golden-trace.schema.json', v, f);
    return { id: statSync(path).isDirectory() ? relative(path, f).replace(/\.json$/, '') : f, trace };
  });
}

/** The replay adapter over a file or directory of golden traces. */
export function loadReplayImplementation(path: string): ReplayImplementation {
  return replayImplementation(loadRecordings(path), { name: `replay:${path}` });
}
