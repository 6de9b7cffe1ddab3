// The order form of a scenario: what an implementation without a clock (timing `settled`,
// src/impl/types.ts) can be asked to do. Its steps keep their order; the frames of one step arrive
// back to back (no gapNs); and every step starts only once the host has gone idle after the one
// before (each `at` moved far enough past the previous step's work, under any clock the
// classification in clock.ts tries). Under the reference model the order form is an ordinary
// scenario, so the model answers it as it answers any other.
import type { Costs, Device, ProfileName, Scenario, Step } from '../generated/schema-types.ts';
import { DEFAULT_COSTS } from '../model/softnet.ts';
import { framesOnWire } from '../spec/ip-fragment.ts';

/** Time left after every step for the host to go idle, beyond the work the step brings (ns). */
export const SETTLE_NS = 10_000_000;
/** How much slower than its own cost model a frame may be handled under clock.ts's perturbations. */
export const SLOWEST_CLOCK_FACTOR = 8;

/** An upper bound on the simulated CPU time one frame takes on its way up, at the slowest clock tried. */
function frameBoundNs(costs: Costs | undefined): number {
  const c = { ...DEFAULT_COSTS, ...costs };
  const perFrame = c.irqNs + c.softirqNs + c.pollNs + c.driverPacketNs + c.stackPacketNs + c.backlogPacketNs;
  return perFrame * SLOWEST_CLOCK_FACTOR;
}

/**
 * How long after a step starts the host is certainly idle again: every frame it puts on the wire (a datagram above a
 * veth's MTU is its fragments, up to 1365 of them at MTU 68) at the slowest clock tried.
 */
function stepSpanNs(step: Step, frameNs: number, devices: ReadonlyMap<string, Device>, profile: ProfileName): number {
  switch (step.op) {
    case 'frames': return framesOnWire(step, devices.get(step.device) ?? { kind: 'nic' }, profile) * frameNs + SETTLE_NS;
    case 'lock_sock': return step.durationNs + SETTLE_NS;
    default: return SETTLE_NS;
  }
}

/** The scenario in order form (idempotent: the order form of an order form is itself). */
export function settledForm(s: Scenario): Scenario {
  const frameNs = frameBoundNs(s.config.costs);
  const devices = new Map((s.config.devices ?? []).map((d) => [d.name, d]));
  let at = s.workload[0]?.at ?? 0;
  const workload = s.workload.map((step, i) => {
    if (i > 0) at += stepSpanNs(s.workload[i - 1]!, frameNs, devices, s.config.profile);
    if (step.op === 'frames') {
      const { gapNs: _gap, ...rest } = step;
      void _gap;
      return { ...rest, at };
    }
    return { ...step, at };
  });
  return { ...s, workload };
}
