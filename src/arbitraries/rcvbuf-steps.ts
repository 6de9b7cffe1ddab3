// Scenarios in which the application changes a socket's receive buffer in the middle of the run
// (SetsockoptStep: setsockopt(SO_RCVBUF / SO_RCVBUFFORCE) after datagrams are queued): a base
// scenario with such steps inserted between its own. Kept out of the shared generator, so that the
// invariant properties, which reason from the configured buffer, keep their scenarios; the
// differential property compares them with the model (properties/differential.ts).
import fc from 'fast-check';
import type { Scenario, SetsockoptStep, Step } from '../generated/schema-types.ts';
import { edgeInt } from './edges.ts';
import { tagGate } from './feature-tags.ts';
import { socketsOpenAt } from '../spec/close-problems.ts';

/** Values an application passes: none, tiny, SOCK_MIN_RCVBUF's half and whole, typical, huge, negative. */
const VALUES = [0, 1, 1152, 2304, 4096, 65536, 4194305, -1];

interface Insert { after: number; socket: number; value: number; force: boolean }

const insertArb = fc.record({
  after: fc.nat(40),
  socket: fc.nat(7),
  value: edgeInt({ min: -1, max: 8_388_608 }, VALUES),
  force: fc.boolean(),
});

/** The steps of `s` with a setsockopt after step `after` (mod the length), at that step's time. */
function insert(s: Scenario, x: Insert, forceAllowed: boolean): Scenario {
  const i = s.workload.length === 0 ? 0 : (x.after % s.workload.length) + 1;
  // a socket closed before that point is named by no later step
  const sockets = socketsOpenAt(s, i);
  if (sockets.length === 0) return s;
  const at = i === 0 ? 0 : s.workload[i - 1]!.at;
  const step: SetsockoptStep = { at, op: 'setsockopt', socket: sockets[x.socket % sockets.length]!.name, soRcvbuf: x.value };
  if (x.force && forceAllowed) step.soRcvbufForce = true;
  const workload: Step[] = [...s.workload.slice(0, i), step, ...s.workload.slice(i)];
  return { ...s, workload };
}

/** The tag of a setsockopt step (src/spec/scenario-tags.ts), gated here rather than by a swarm feature. */
export const RCVBUF_STEP_TAG = 'rcvbuf_step';

/** `base` with one to three setsockopt steps, when the implementation supports `rcvbuf_step`. */
export function withRcvbufSteps(base: fc.Arbitrary<Scenario>, tags?: readonly string[]): fc.Arbitrary<Scenario> {
  const gate = tagGate(tags);
  if (!gate.allows(RCVBUF_STEP_TAG)) return base;
  const forceAllowed = gate.allows('rcvbuf_force');
  return fc.tuple(base, fc.array(insertArb, { minLength: 1, maxLength: 3 }))
    .map(([s, xs]) => xs.reduce((acc, x) => insert(acc, x, forceAllowed), s));
}
