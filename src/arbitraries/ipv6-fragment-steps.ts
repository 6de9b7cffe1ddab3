// IPv6 datagrams above the veth MTU in generated scenarios (the swarm's late feature `ipv6Fragments`): the IPv6 veth
// steps to fd00::1 flagged about the whole datagram only, if at all, get a payload the sender cuts into fragments
// (src/spec/ip-fragment.ts), without padding or a burst, a few dozen datagrams at most (the validator's bound on the fragment
// memory: src/spec/ipv6-problems.ts). Kept only where the validator takes the result.
import fc from 'fast-check';
import type { FramesStep, Scenario, Step } from '../generated/schema-types.ts';
import { FRAGMENTABLE_FLAGS } from '../spec/ip-fragment.ts';
import { ipv6Key, isInet6Flow, V6_LOCAL } from '../spec/ipv6.ts';
import { workloadProblems } from '../spec/semantic.ts';

/** The UDP payloads given to the IPv6 veth steps, in turn (mod their number). */
export type Ipv6FragmentDraw = number[];

/** 1453 is the least payload the sender fragments (40 + 8 + 1453 > 1500); 9000 bytes make 7 fragments. */
export const ipv6FragmentDrawArbitrary: fc.Arbitrary<Ipv6FragmentDraw> =
  fc.array(fc.integer({ min: 1453, max: 9000 }), { minLength: 1, maxLength: 3 });

/** Datagrams per fragmented step at most: 40 x 7 fragments stay far below ip6frag_high_thresh. */
const MAX_COUNT = 40;

/** `s` with its IPv6 veth steps to the local address sending datagrams above the MTU (unchanged if refused). */
export function withIpv6Fragments(s: Scenario, d: Ipv6FragmentDraw): Scenario {
  const kinds = new Map((s.config.devices ?? []).map((x) => [x.name, x.kind]));
  let j = 0;
  const workload = s.workload.map((st): Step => {
    if (st.op !== 'frames' || !isInet6Flow(st.flow) || kinds.get(st.device) !== 'veth') return st;
    if (st.flow.dst !== undefined && ipv6Key(st.flow.dst) !== ipv6Key(V6_LOCAL)) return st;
    // a step flagged about one frame's headers keeps them, unfragmented
    if ((st.flags ?? []).some((x) => !FRAGMENTABLE_FLAGS.includes(x))) return st;
    const { padding: _p, burst: _b, ...rest } = st;
    void _p; void _b;
    return { ...rest, payload: d[j++ % d.length]!, count: Math.min(st.count ?? 1, MAX_COUNT) };
  });
  if (j === 0) return s;
  const big: Scenario = { ...s, workload };
  return workloadProblems(big, '<generated>').length === 0 ? big : s;
}
