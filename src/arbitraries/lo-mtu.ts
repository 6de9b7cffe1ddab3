// The `loMtu` feature (a tail one: drawn after every other draw, scenario.ts): lo's MTU below its 64 KiB (Device.mtu),
// so that a local socket's datagram above it leaves as __ip_append_data's fragments (src/spec/ip-fragment.ts). A loopback
// step the model reassembles keeps its payload (UDP, flagged about its whole datagram only, not a burst, no light
// flow); any other is shrunk to fit the MTU. Its edges: IPV6_MIN_MTU (the least the format takes on lo), Ethernet's,
// a jumbo frame's, either side of SKB_MAX_ALLOC for IPv4 (16035, 16036: fragments paged from there) and IPv6 (16047,
// 16048), lo's own. Kept only where the validator takes the result.
import fc from 'fast-check';
import type { Device, FramesStep, ProfileName, Scenario, Step } from '../generated/schema-types.ts';
import { edgeInt } from './edges.ts';
import { settingRange } from './schema-ranges.ts';
import { FRAGMENTABLE_FLAGS, IPV6_MIN_MTU, LO_MTU, exceedsMtu, stepIpLen } from '../spec/ip-fragment.ts';
import { workloadProblems } from '../spec/semantic.ts';

const LO_MTU_EDGES = [1280, 1500, 9000, 16035, 16036, 16047, 16048, 20000, 65535];

export function loMtuArbitrary(profile: ProfileName): fc.Arbitrary<number> {
  const { max } = settingRange('device.schema.json', profile, 'mtu');
  return edgeInt({ min: IPV6_MIN_MTU, max: Math.min(max, LO_MTU) }, LO_MTU_EDGES);
}

/** A loopback step the model takes as its socket's fragments (src/spec/semantic.ts fragmentationProblems). */
function fragmentable(st: FramesStep): boolean {
  return (st.flow.proto ?? 17) === 17 && st.burst !== true && st.interleave === undefined
    && (st.flags ?? []).every((f) => FRAGMENTABLE_FLAGS.includes(f));
}

/** `st` within lo's MTU: its payload less what its IP datagram is over. */
function shrunk(st: FramesStep, mtu: number): FramesStep {
  return { ...st, payload: Math.max(0, (st.payload ?? 64) - (stepIpLen(st) - mtu)) };
}

/** `s` with lo's MTU `mtu` (unchanged without lo, or if the validator refuses the result). */
export function withLoMtu(s: Scenario, mtu: number): Scenario {
  const devices = s.config.devices ?? [];
  const lo = devices.find((d) => d.kind === 'loopback');
  if (lo === undefined) return s;
  const at: Device = { ...lo, mtu };
  const workload = s.workload.map((st): Step => {
    if (st.op !== 'frames' || st.device !== lo.name || !exceedsMtu(at, st) || fragmentable(st)) return st;
    return shrunk(st, mtu);
  });
  const out = { ...s, config: { ...s.config, devices: devices.map((d) => (d === lo ? at : d)) }, workload };
  return workloadProblems(out, 'generated').length === 0 ? out : s;
}
