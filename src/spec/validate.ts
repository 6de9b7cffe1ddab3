// Validation of everything a user or an implementation hands rxpath: ajv against the schema, then
// the semantic checks. Every failure is an RxpathInputError whose lines read
// `FILE: /json/pointer: what was expected (got X)`.
import type { Config, Observations, Scenario, TraceEvent } from '../generated/schema-types.ts';
import { RxpathInputError, type InputProblem } from './errors.ts';
import { validatorFor } from './ajv.ts';
import { ajvProblems } from './messages.ts';
import { configProblems, workloadProblems } from './semantic.ts';

function schemaProblems(schemaFile: string, value: unknown, file: string): InputProblem[] {
  const v = validatorFor(schemaFile);
  return v(value) ? [] : ajvProblems(file, v.errors ?? []);
}

function fail(problems: InputProblem[]): void {
  if (problems.length > 0) throw new RxpathInputError(problems);
}

/** A scenario (config + workload): schema, then config and workload semantics. */
export function validateScenario(value: unknown, file: string): Scenario {
  fail(schemaProblems('scenario.schema.json', value, file));
  const s = value as Scenario;
  fail([...configProblems(s.config, file, '/config'), ...workloadProblems(s, file)]);
  return s;
}

/** A config on its own (the document is the config). */
export function validateConfig(value: unknown, file: string): Config {
  fail(schemaProblems('config.schema.json', value, file));
  const c = value as Config;
  fail(configProblems(c, file));
  return c;
}

/** What an implementation returned for a scenario. */
export function validateObservations(value: unknown, file: string): Observations {
  fail(schemaProblems('observations.schema.json', value, file));
  const o = value as Observations;
  const problems: InputProblem[] = [];
  const n = o.checkpoints.length;
  if (n === 0 || o.checkpoints[n - 1].label !== 'end') {
    problems.push({ file, pointer: '/checkpoints', message: `must end with the final snapshot labelled "end" (got ${n === 0 ? 'no checkpoints' : `last label "${o.checkpoints[n - 1].label}"`})` });
  }
  fail(problems);
  return o;
}

/** One tracepoint-shaped event. */
export function validateTraceEvent(value: unknown, file: string): TraceEvent {
  fail(schemaProblems('trace-event.schema.json', value, file));
  return value as TraceEvent;
}

/** Any schema file's document (e.g. "golden-trace.schema.json"), ajv only. */
export function validateAgainst<T>(schemaFile: string, value: unknown, file: string): T {
  fail(schemaProblems(schemaFile, value, file));
  return value as T;
}
