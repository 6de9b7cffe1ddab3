// Fragments out of order, repeated or missing in generated scenarios (the swarm's late feature `fragmentOrder`):
// each fragmented veth step (a datagram above the MTU) may send its fragments in another order
// (FramesStep.fragments). Kept only where the validator takes the result (the time exceeded of queues left
// holding their first fragment count toward the ICMP limits: src/spec/semantic.ts).
import fc from 'fast-check';
import type { FragmentCut, FramesStep, Scenario, Step } from '../generated/schema-types.ts';
import { deviceMtu, fragmentDataLens, isFragmented, l4Len } from '../spec/ip-fragment.ts';
import { workloadProblems } from '../spec/semantic.ts';

/** One order per fragmented step, by kind (mod the kinds). */
export type FragmentOrderDraw = number[];

export const fragmentOrderDrawArbitrary: fc.Arbitrary<FragmentOrderDraw> = fc.array(fc.nat(11), { minLength: 1, maxLength: 4 });

/** Draws from here on are crafted orders when the fragment_overlap tag is allowed (else orderOf's, mod its kinds). */
const CRAFTED_FROM = 8;

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

/**
 * The crafted order of kind `k` (FragmentCut: the fragment_overlap tag) for a datagram of `cuts`: a fragment inside the
 * run the first two make, one across two runs, one past the first fragment's end, a last one from inside the first
 * to the end. `l4` is the datagram's bytes after the IP header.
 */
function craftedOrderOf(k: number, cuts: readonly number[], l4: number): FramesStep['fragments'] & object {
  const per = cuts[0]!;
  const mid = (per >> 4) << 3; // 8-aligned, half way into the first fragment
  const all = cuts.map((_, i) => i);
  const orders: (number | FragmentCut)[][] = [
    [0, ...all.slice(1, 2), { offset: mid, length: 8 }, ...all.slice(2)],
    [...all.slice(1, 2), 0, { offset: mid, length: Math.min(per, (l4 - mid) & ~7) }, ...all.slice(2)],
    [0, { offset: mid, length: Math.min(per, (l4 - mid) & ~7) }, ...all.slice(1)],
    [0, { offset: mid, length: Math.min(per, l4 - mid) }],
  ];
  return orders[k % orders.length] as [number | FragmentCut, ...(number | FragmentCut)[]];
}

/**
 * `s` with its fragmented veth steps sending their fragments in the drawn orders (unchanged if the validator
 * refuses); with `crafted`, a draw from 8 on gives a crafted order (craftedOrderOf).
 */
export function withFragmentOrders(s: Scenario, d: FragmentOrderDraw, crafted = false): Scenario {
  const devices = new Map((s.config.devices ?? []).map((x) => [x.name, x]));
  let j = 0;
  const workload = s.workload.map((st): Step => {
    const dev = st.op === 'frames' ? devices.get(st.device) : undefined;
    if (st.op !== 'frames' || dev?.kind !== 'veth' || !isFragmented(dev, st, s.config.profile)) return st;
    const cuts = fragmentDataLens(st, deviceMtu(dev));
    const k = d[j++ % d.length]!;
    const fragments = crafted && k >= CRAFTED_FROM ? craftedOrderOf(k - CRAFTED_FROM, cuts, l4Len(st.payload ?? 64)) : orderOf(k, cuts.length);
    const out: FramesStep = { ...st, fragments };
    return out;
  });
  if (j === 0) return s;
  const ordered: Scenario = { ...s, workload };
  return workloadProblems(ordered, '<generated>').length === 0 ? ordered : s;
}
