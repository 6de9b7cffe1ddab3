// A socket closed in the middle of a generated run (the swarm's late feature `close`): a close step inserted
// between the workload's own, and the socket's later steps left out (no step may name a closed socket). The
// closes the validator refuses are not made (src/spec/close-problems.ts): a socket that joined a multicast
// group, one inside a lock_sock window, and any in a scenario that sets net.ipv4.udp_mem.
import fc from 'fast-check';
import type { Scenario, Socket, Step } from '../generated/schema-types.ts';
import { setsUdpMem } from '../spec/close-problems.ts';
import { workloadProblems } from '../spec/semantic.ts';

/** Where the close goes: after workload step `after` (mod the length), of socket `socket` (mod the candidates). */
export interface CloseDraw { after: number; socket: number }

export const closeDrawArbitrary: fc.Arbitrary<CloseDraw> = fc.record({ after: fc.nat(40), socket: fc.nat(7) });

/** Is `sk` held by a lock_sock step among `before` at time `at`? */
function lockedAt(before: readonly Step[], sk: Socket, at: number): boolean {
  return before.some((st) => st.op === 'lock_sock' && st.socket === sk.name && at <= st.at + st.durationNs);
}

/** `s` with one socket closed where `d` says, or `s` unchanged when no socket may be closed there. */
export function withCloseStep(s: Scenario, d: CloseDraw): Scenario {
  if (setsUdpMem(s)) return s;
  const i = s.workload.length === 0 ? 0 : (d.after % s.workload.length) + 1;
  const before = s.workload.slice(0, i);
  const at = i === 0 ? 0 : before[i - 1]!.at;
  const candidates = (s.config.sockets ?? []).filter((k) => k.multicast === undefined && !lockedAt(before, k, at));
  if (candidates.length === 0) return s;
  const name = candidates[d.socket % candidates.length]!.name;
  const after = s.workload.slice(i).filter((st) => !('socket' in st && st.socket === name));
  const closed: Scenario = { ...s, workload: [...before, { at, op: 'close', socket: name }, ...after] };
  // the port's later datagrams now get port unreachables: kept only where the ICMP limits stay predictable
  return workloadProblems(closed, '<generated>').length === 0 ? closed : s;
}
