// What an implementation declares, checked before anything runs: a capability rxpath cannot
// parse is not a capability. A misspelt tag would silently take scenarios away from it, and a
// misspelt `observes` path (`udp[*].drop`) would silently compare nothing, turning a failing
// implementation into a pass; both are bad input (exit 2), with the closest known name.
import type { ProfileName } from '../generated/schema-types.ts';
import type { Implementation } from '../impl/types.ts';
import { tokens } from '../oracle/counter-paths.ts';
import { snapshotPathPatterns } from '../spec/counter-paths-schema.ts';
import { readSchema } from '../spec/schema-files.ts';
import { RxpathInputError, type InputProblem } from '../spec/errors.ts';
import { PROTO_TAGS, SCENARIO_TAGS, frameTag } from '../spec/scenario-tags.ts';
import { TRACE_EVENT_TYPES } from '../spec/trace-events.ts';
import { didYouMean } from './suggest.ts';
import { PROFILES } from '../spec/registry.ts';


/** Every tag an implementation may declare (SCENARIO_TAGS, frame:FLAG, proto:*, sysctl:NAME). */
export function knownTags(): string[] {
  const flags = readSchema<{ $defs: { FrameFlag: { enum: string[] } } }>('workload.schema.json').$defs.FrameFlag.enum;
  const sysctls = Object.keys(readSchema<{ properties: Record<string, unknown> }>('sysctls.schema.json').properties);
  return [...SCENARIO_TAGS, ...flags.map(frameTag), ...PROTO_TAGS, ...sysctls.map((n) => `sysctl:${n}`)];
}

/** Whether a pattern's tokens can name a path of `schemaPath`'s tokens (`*` in either matches a key or a row). */
function names(pattern: readonly string[], schemaPath: readonly string[]): boolean {
  if (pattern.length > schemaPath.length) return false;
  return pattern.every((tok, i) => {
    const s = schemaPath[i]!;
    if (tok === '*') return true;
    if (tok.startsWith('[')) return s.startsWith('[');
    return s === '*' || tok === s;
  });
}

/** Why `pattern` names no counter of a snapshot, or undefined when it names one. */
export function observesProblem(pattern: string): string | undefined {
  const all = snapshotPathPatterns();
  const t = tokens(pattern);
  if (all.some((p) => names(t, tokens(p)))) return undefined;
  return `"${pattern}" names no counter of a snapshot${didYouMean(pattern, all)}`;
}

/** Everything wrong with what `impl` declares, as input problems of `source` (the module or command). */
export function declarationProblems(impl: Implementation, source: string): InputProblem[] {
  const out: InputProblem[] = [];
  const add = (pointer: string, message: string): void => { out.push({ file: source, pointer, message }); };
  impl.profiles.forEach((p, i) => {
    if (PROFILES.includes(p)) return;
    add(`/profiles/${i}`, `unknown profile "${p}"${didYouMean(p, PROFILES)} (known: ${PROFILES.join(', ')})`);
  });
  if (impl.tags) {
    const known = knownTags();
    const set = new Set(known);
    impl.tags.forEach((t, i) => { if (!set.has(t)) add(`/tags/${i}`, `unknown tag "${t}"${didYouMean(t, known)}`); });
  }
  impl.observes?.forEach((o, i) => { const p = observesProblem(o); if (p) add(`/observes/${i}`, p); });
  impl.eventTypes?.forEach((e, i) => {
    if ((TRACE_EVENT_TYPES as readonly string[]).includes(e)) return;
    add(`/events/${i}`, `unknown event type "${e}"${didYouMean(e, TRACE_EVENT_TYPES)}`);
  });
  if (impl.timing !== undefined && impl.timing !== 'model' && impl.timing !== 'settled') {
    add('/timing', `timing must be "model" or "settled" (got ${JSON.stringify(impl.timing)})`);
  }
  return out;
}

/** Throws the problems of what `impl` declares as bad input (exit 2). */
export function checkDeclaration(impl: Implementation, source: string): void {
  const problems = declarationProblems(impl, source);
  if (problems.length > 0) throw new RxpathInputError(problems);
}
