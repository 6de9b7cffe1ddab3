// The `noRoute` feature (a trailing one: drawn after every other draw, scenario.ts): with forwarding on, one IPv4
// frames step on a NIC or veth carries the no_route flag, so that ip_route_input_slow finds no route (RTN_UNREACHABLE)
// and ip_error counts IpExt InNoRoutes and sends a net unreachable (src/model/ip_input.ts). The errors feature gives
// that flag only now and then among forty, and forwarding is on in a fifth of the scenarios, so without this the
// drop reason IP_INNOROUTES came up in one run of a profile's default runs, or none. Kept only where the validator
// takes the result.
import fc from 'fast-check';
import type { FrameFlag, FramesStep, Scenario, Step } from '../generated/schema-types.ts';
import { isInet6Flow } from '../spec/ipv6.ts';
import { workloadProblems } from '../spec/semantic.ts';

/** Which eligible step gets the flag (mod their number). */
export const noRouteDrawArbitrary: fc.Arbitrary<number> = fc.nat(7);

/** `s` with the drawn step flagged no_route (unchanged without forwarding, or if the validator refuses the result). */
export function withNoRoute(s: Scenario, d: number): Scenario {
  if (s.config.forwarding !== true) return s;
  const kinds = new Map((s.config.devices ?? []).map((x) => [x.name, x.kind]));
  const eligible = s.workload.flatMap((st, i) => (st.op === 'frames' && kinds.get(st.device) !== 'loopback'
    && !isInet6Flow(st.flow) && (st.flow.proto ?? 17) === 17 && st.fragments === undefined ? [i] : []));
  if (eligible.length === 0) return s;
  const at = eligible[d % eligible.length]!;
  const step = s.workload[at] as FramesStep;
  const flags: FrameFlag[] = [...(step.flags ?? []).filter((f) => f !== 'no_route'), 'no_route'];
  const workload = s.workload.map((st, i): Step => (i === at ? { ...step, flags } : st));
  const out = { ...s, workload };
  return workloadProblems(out, 'generated').length === 0 ? out : s;
}
