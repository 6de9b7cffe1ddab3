// SO_RXQ_OVFL in a scenario: a socket created with it (Socket.rxqOvfl) or a setsockopt step that sets it. Such a
// scenario's snapshots carry `rxq_ovfl` (schemas/counters/rxq_ovfl.schema.json); others stay as they were.
import type { Scenario } from '../generated/schema-types.ts';

/** Does the scenario use SO_RXQ_OVFL (its snapshots then have `rxq_ovfl`)? */
export function scenarioUsesRxqOvfl(s: Scenario): boolean {
  return (s.config.sockets ?? []).some((k) => k.rxqOvfl !== undefined)
    || s.workload.some((st) => st.op === 'setsockopt' && st.rxqOvfl !== undefined);
}
