// Fragments out of order, repeated or missing in generated scenarios (the swarm's late feature `fragmentOrder`):
// each fragmented veth step (a datagram above the MTU) may send its fragments in another order
// (FramesStep.fragments). Kept only where the validator takes the result (the time exceeded of queues left
// holding their first fragment count toward the ICMP limits: src/spec/semantic.ts).
import fc from 'fast-check';
import type { FramesStep, Scenario, Step } from '../generated/schema-types.ts';
import { fragmentDataLens, isFragmented } from '../spec/ip-fragment.ts';
import { workloadProblems } from '../spec/semantic.ts';

/** One order per fragmented step, by kind (mod the kinds). */
export type FragmentOrderDraw = number[];

export const fragmentOrderDrawArbitrary: fc.Arbitrary<FragmentOrderDraw> = fc.array(fc.nat(7), { minLength: 1, maxLength: 4 });

/** The order of kind `k` for a datagram of `n` fragments: reversed, a duplicate, one left out, twice over. */
function orderOf(k: number, n: number): [number, ...number[]] {
  const all = Array.from({ length: n }, (_, i) => i);
  const orders: number[][] = [
    [...all].reverse(),
    [0, ...all],
    all.slice(0, -1),
    all.slice(1),
    [...all, ...all],
    [...all, 0],
    [n - 1, ...all.slice(0, -1)],
  ];
  return orders[k % orders.length] as [number, ...number[]];
}

/** `s` with its fragmented veth steps sending their fragments in the drawn orders (unchanged if the validator refuses). */
export function withFragmentOrders(s: Scenario, d: FragmentOrderDraw): Scenario {
  const kinds = new Map((s.config.devices ?? []).map((x) => [x.name, x.kind]));
  let j = 0;
  const workload = s.workload.map((st): Step => {
    if (st.op !== 'frames' || !isFragmented(kinds.get(st.device) ?? 'nic', st)) return st;
    const n = fragmentDataLens(st).length;
    const out: FramesStep = { ...st, fragments: orderOf(d[j++ % d.length]!, n) };
    return out;
  });
  if (j === 0) return s;
  const ordered: Scenario = { ...s, workload };
  return workloadProblems(ordered, '<generated>').length === 0 ? ordered : s;
}
