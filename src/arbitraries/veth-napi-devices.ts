// A veth in NAPI mode in generated scenarios (the swarm's late feature `vethNapi`): every veth device gets GRO on
// and, unless the draw keeps it on, its other end's TSO off, so the frames it receives take the NAPI path
// (src/model/veth.ts: the 256-slot ring, veth_poll) and a burst can fill the ring; with the other end's TSO on
// they go to netif_rx as with GRO off. A device setting only: the validator refuses nothing it makes.
import fc from 'fast-check';
import type { Scenario } from '../generated/schema-types.ts';

/** Whether the veths' other ends keep TSO on (then GRO on changes nothing the frames do). */
export interface VethNapiDraw { peerTsoOn: boolean }

/** The other end's TSO stays on one time in four. */
export const vethNapiDrawArbitrary: fc.Arbitrary<VethNapiDraw> =
  fc.integer({ min: 0, max: 3 }).map((x) => ({ peerTsoOn: x === 0 }));

/** `s` with GRO on its veths (and their other ends' TSO off, per the draw); `s` itself when it has no veth. */
export function withVethNapi(s: Scenario, d: VethNapiDraw): Scenario {
  const devices = s.config.devices ?? [];
  if (!devices.some((x) => x.kind === 'veth')) return s;
  const offloads = d.peerTsoOn ? { gro: true } : { gro: true, peerTso: false };
  const napi = devices.map((x) => (x.kind !== 'veth' ? x : { ...x, ...offloads }));
  return { ...s, config: { ...s.config, devices: napi } };
}
