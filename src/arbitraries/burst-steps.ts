// Bursts in generated scenarios (the swarm's last feature `bursts`): some loopback and veth frames steps send all
// their frames inside one BH-disabled section (FramesStep.burst: netif_rx back to back, the backlog not drained until
// the section ends; on a NAPI-mode veth, veth_xmit filling its ring). Not a step with a light flow (a burst's light
// frames are made by rewriting the original, which not every kernel build can: tc pedit), nor one whose datagrams
// the sender fragments (a burst repeats one frame). Kept only where the validator takes the result.
import fc from 'fast-check';
import type { Scenario, Step } from '../generated/schema-types.ts';
import { isFragmented } from '../spec/ip-fragment.ts';
import { workloadProblems } from '../spec/semantic.ts';

/** Which of the eligible steps become bursts, in turn (mod its length). */
export type BurstDraw = boolean[];

export const burstDrawArbitrary: fc.Arbitrary<BurstDraw> = fc.array(fc.boolean(), { minLength: 1, maxLength: 4 });

/** `s` with the drawn loopback/veth frames steps sent as bursts (unchanged if the validator refuses the result). */
export function withBursts(s: Scenario, d: BurstDraw): Scenario {
  const devices = new Map((s.config.devices ?? []).map((x) => [x.name, x]));
  let j = 0;
  let made = 0;
  const workload = s.workload.map((st): Step => {
    if (st.op !== 'frames' || st.burst === true || st.interleave !== undefined || st.fragments !== undefined) return st;
    const dev = devices.get(st.device);
    const kind = dev?.kind;
    if (kind !== 'loopback' && kind !== 'veth') return st;
    if (dev !== undefined && isFragmented(dev, st, s.config.profile)) return st;
    if (!d[j++ % d.length]) return st;
    made++;
    const { gapNs: _g, ...rest } = st;
    void _g;
    return { ...rest, burst: true };
  });
  if (made === 0) return s;
  const out: Scenario = { ...s, workload };
  return workloadProblems(out, '<generated>').length === 0 ? out : s;
}
