// SO_RXQ_OVFL in generated scenarios (the swarm's late feature `rxqOvfl`): one socket asks for the drop count,
// at creation (Socket.rxqOvfl) or mid-run (a setsockopt step after one of the workload's steps, while it is open).
import fc from 'fast-check';
import type { Scenario, Step } from '../generated/schema-types.ts';
import { socketsOpenAt } from '../spec/close-problems.ts';

/** Which socket (mod the candidates), and whether mid-run after workload step `after` (mod the length). */
export interface RxqOvflDraw { socket: number; midRun: boolean; after: number }

export const rxqOvflDrawArbitrary: fc.Arbitrary<RxqOvflDraw> = fc.record({ socket: fc.nat(7), midRun: fc.boolean(), after: fc.nat(40) });

/** `s` with SO_RXQ_OVFL set on one socket where `d` says (unchanged without sockets). */
export function withRxqOvfl(s: Scenario, d: RxqOvflDraw): Scenario {
  const sockets = s.config.sockets ?? [];
  if (sockets.length === 0) return s;
  if (!d.midRun || s.workload.length === 0) {
    const i = d.socket % sockets.length;
    const changed = sockets.map((k, j) => (j === i ? { ...k, rxqOvfl: true } : k));
    return { ...s, config: { ...s.config, sockets: changed } };
  }
  const at = (d.after % s.workload.length) + 1;
  const open = socketsOpenAt(s, at);
  if (open.length === 0) return s;
  const step: Step = { at: s.workload[at - 1]!.at, op: 'setsockopt', socket: open[d.socket % open.length]!.name, rxqOvfl: true };
  return { ...s, workload: [...s.workload.slice(0, at), step, ...s.workload.slice(at)] };
}
