// UDP_GRO in generated scenarios (the swarm's final feature `udpGro`): one socket sets UDP_GRO, where the validator
// takes it (src/spec/udp-gro.ts): a 6.x profile; every NIC's GRO turned off (a NIC's skbs would merge by a path the
// model does not follow); every frames step on a NAPI-mode veth a plain UDP datagram from the peer to a local address.
// A scenario that has such a veth step otherwise is left as it is.
import fc from 'fast-check';
import type { ProfileName, Scenario } from '../generated/schema-types.ts';
import { udpGroFrameProblems } from '../spec/udp-gro.ts';
import { vethNapiMode } from '../spec/veth-napi.ts';

/** Which socket (mod the sockets). */
export interface UdpGroDraw { socket: number }

export const udpGroDrawArbitrary: fc.Arbitrary<UdpGroDraw> = fc.record({ socket: fc.nat(7) });

/** `s` with UDP_GRO on one socket where the validator takes it, else `s` unchanged. */
export function withUdpGro(s: Scenario, profile: ProfileName, d: UdpGroDraw): Scenario {
  const sockets = s.config.sockets ?? [];
  if (profile === 'linux-3.13' || sockets.length === 0) return s;
  const devices = (s.config.devices ?? []).map((dev) => (dev.kind === 'nic' ? { ...dev, gro: false } : dev));
  // the socket a burst on a NAPI-mode veth is sent to, where there is one (GRO merges only such a burst's datagrams)
  const napi = new Set(devices.filter((dev) => vethNapiMode(profile, dev)).map((dev) => dev.name));
  const ports = s.workload.flatMap((st) => (st.op === 'frames' && st.burst === true && napi.has(st.device) ? [st.flow.dport] : []));
  const aimed = sockets.filter((k) => ports.includes(k.port));
  const pick = aimed.length > 0 ? aimed[d.socket % aimed.length]! : sockets[d.socket % sockets.length]!;
  const i = sockets.indexOf(pick);
  const config = { ...s.config, devices, sockets: sockets.map((k, j) => (j === i ? { ...k, udpGro: true } : k)) };
  const byName = new Map(devices.map((dev) => [dev.name, dev]));
  const plain = s.workload.every((st) => st.op !== 'frames' || byName.get(st.device) === undefined
    || udpGroFrameProblems(profile, { config, workload: s.workload }, st, byName.get(st.device)!).length === 0);
  return plain ? { ...s, config } : s;
}
