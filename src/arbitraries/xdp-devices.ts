// XDP programs in generated scenarios (the swarm's closing feature `xdp`): one veth of a 6.x profile gets a program
// that gives every frame one verdict (Device.xdp; src/spec/xdp.ts), which turns on its NAPI whatever its gro and
// its other end's TSO say: pass hands page copies on to IP, drop and aborted drop every frame before IP sees it. A
// program goes only where the validator takes it: beside a socket with UDP_GRO only plain datagrams to the veth, and
// with pass no such socket and no datagram to the veth as fragments.
import fc from 'fast-check';
import type { Device, ProfileName, Scenario } from '../generated/schema-types.ts';
import { scenarioUsesUdpGro, udpGroFrameProblems } from '../spec/udp-gro.ts';
import { xdpPassFrameProblems, xdpPassUdpGroProblem, xdpProblem } from '../spec/xdp.ts';

/** Which veth (mod the veths), and the verdict. */
export interface XdpDraw { device: number; verdict: NonNullable<Device['xdp']> }

export const xdpDrawArbitrary: fc.Arbitrary<XdpDraw> = fc.record({
  device: fc.nat(7),
  verdict: fc.constantFrom<NonNullable<Device['xdp']>>('pass', 'drop', 'aborted'),
});

/** `s` with an XDP program on one of its veths (a 6.x profile), else `s` unchanged. */
export function withXdp(s: Scenario, profile: ProfileName, d: XdpDraw): Scenario {
  const devices = s.config.devices ?? [];
  const veths = devices.filter((dev) => dev.kind === 'veth');
  if (profile === 'linux-3.13' || veths.length === 0) return s;
  const pick = veths[d.device % veths.length]!;
  if (xdpProblem(profile, { ...pick, xdp: d.verdict }) !== undefined) return s; // an MTU above what XDP takes
  const withProgram = { ...pick, xdp: d.verdict };
  const config = { ...s.config, devices: devices.map((dev) => (dev === pick ? withProgram : dev)) };
  // the program makes the veth a NAPI one, where a UDP_GRO socket takes only plain datagrams
  const out = { ...s, config };
  const gro = scenarioUsesUdpGro(out);
  if (gro && xdpPassUdpGroProblem(config) !== undefined) return s;
  const refused = s.workload.some((st) => st.op === 'frames' && st.device === pick.name
    && (xdpPassFrameProblems(st, withProgram).length > 0 || udpGroFrameProblems(profile, out, st, withProgram).length > 0));
  return refused ? s : out;
}
