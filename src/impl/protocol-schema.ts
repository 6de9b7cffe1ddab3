// Validation of adapter-protocol messages (schemas/protocol.schema.json) with the shared ajv
// instance of src/spec/ajv.ts (which holds every schema the protocol refers to).
import type { ErrorObject } from 'ajv';
import { schemaValidator } from '../spec/ajv.ts';

const PROTOCOL_ID = 'https://rxpath.dev/schemas/protocol.schema.json';


export interface SchemaProblem { pointer: string; message: string }

function isOutputPointer(p: string): boolean {
  return p.startsWith('/checkpoint/counters') || p.startsWith('/events');
}

function problem(errors: ErrorObject[] | null | undefined): SchemaProblem {
  // An error in the envelope outranks one in the counters; among those, the deepest is the most specific.
  const list = errors ?? [];
  const envelope = list.filter((e) => !isOutputPointer(e.instancePath));
  const pool = envelope.length ? envelope : list;
  let best = pool[0];
  for (const e of pool) if (best && e.instancePath.length > best.instancePath.length) best = e;
  if (!best) return { pointer: '', message: 'does not match the schema' };
  const params = best.params && Object.keys(best.params).length ? ` (${JSON.stringify(best.params)})` : '';
  return { pointer: best.instancePath, message: `${best.message ?? 'invalid'}${params}` };
}

const RESPONSE_DEFS: Record<string, string> = {
  hello: 'HelloResponse', started: 'StartedResponse', ack: 'AckResponse', snapshot: 'SnapshotResponse',
  end: 'EndResponse', error: 'ErrorResponse',
};
const REQUEST_DEFS: Record<string, string> = {
  hello: 'HelloRequest', start: 'StartRequest', step: 'StepRequest', end: 'EndRequest', bye: 'ByeRequest',
};

function checkByType(msg: unknown, defs: Record<string, string>): SchemaProblem | undefined {
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return { pointer: '', message: 'must be a JSON object' };
  const type = (msg as { type?: unknown }).type;
  const def = typeof type === 'string' ? defs[type] : undefined;
  if (!def) {
    return { pointer: '/type', message: `must be one of ${Object.keys(defs).join(', ')} (got ${JSON.stringify(type)})` };
  }
  const v = schemaValidator(`${PROTOCOL_ID}#/$defs/${def}`);
  return v(msg) ? undefined : problem(v.errors);
}

/** Checks a message the implementation sent; undefined when it is a valid response. */
export function checkResponse(msg: unknown): SchemaProblem | undefined {
  return checkByType(msg, RESPONSE_DEFS);
}

/** Checks a message rxpath sends (used by tests and by the bridge). */
export function checkRequest(msg: unknown): SchemaProblem | undefined {
  return checkByType(msg, REQUEST_DEFS);
}

/** Whether a problem lies in the reported counters or events (invalid output) rather than the envelope. */
export function isOutputProblem(p: SchemaProblem): boolean {
  return isOutputPointer(p.pointer);
}
