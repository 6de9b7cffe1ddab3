// UDP_GRO in a scenario (Socket.udpGro): which configurations the model merges faithfully, and the validator's
// refusals of the rest. GRO runs only where a NAPI polls with napi_gro_receive: of the devices the model sends frames
// on, a NAPI-mode veth (src/spec/veth-napi.ts) and a NIC. The model merges (src/model/udp_gro.ts) what a NAPI-mode
// veth takes from its other end: linear skbs, merged by skb_gro_receive's frag_list path, each segment's truesize
// added to the first's. A NIC's page-fragment skbs take skb_gro_receive's frags path, whose truesize the model does
// not know, so a NIC with GRO on refuses a socket with UDP_GRO. On the veth, the model merges plain datagrams from
// the peer to a local address: a frame with a flag, padding or fragments, or of another protocol, address or
// destination, could be merged or flushed by rules (inet_gro_receive's header checks, udp_gro_receive_segment's
// checksum and length checks, a forwarded or martian GSO skb) the model does not follow, so it is refused.
import type { Config, Device, FramesStep, ProfileName, Scenario } from '../generated/schema-types.ts';
import { VETH_LINEAR_MAX_MTU, isFragmented, stepIpLen } from './ip-fragment.ts';
import { ipv6Bytes, ipv6Key, isInet6Flow, V6_LOCAL, V6_PEER } from './ipv6.ts';
import { vethNapiMode } from './veth-napi.ts';
import { xdpPassUdpGroProblem } from './xdp.ts';
import { FLOW_SRC_DEFAULT, LOCAL_ADDRESSES_DEFAULT } from './flow-defaults.ts';

/** The sockets that have UDP_GRO at some time of the scenario: at creation (Socket.udpGro) or by a setsockopt step. */
export function udpGroSocketNames(s: Pick<Scenario, 'config' | 'workload'>): Set<string> {
  const out = new Set((s.config.sockets ?? []).filter((k) => k.udpGro === true).map((k) => k.name));
  for (const st of s.workload) if (st.op === 'setsockopt' && st.udpGro === true) out.add(st.socket);
  return out;
}

/** Does a socket ask for UDP_GRO at any time (its snapshots then report queued_segments)? */
export function scenarioUsesUdpGro(s: Pick<Scenario, 'config' | 'workload'>): boolean {
  return udpGroSocketNames(s).size > 0;
}

/** Why a setsockopt step's udpGro cannot be taken, at its pointer (`udpGro`), or []. */
export function udpGroStepProblems(profile: ProfileName, config: Config, udpGro: boolean | undefined): [string, string][] {
  if (udpGro === undefined) return [];
  if (profile === 'linux-3.13') {
    return [['udpGro', `must be absent in linux-3.13: it has no UDP_GRO (came in 5.0; setsockopt fails with ENOPROTOOPT) (got ${udpGro})`]];
  }
  const rps = (config.devices ?? []).find((d) => vethNapiMode(profile, d) && (d.queues ?? []).some((q) => /[1-9a-fA-F]/.test(q.rpsCpus ?? '')));
  if (udpGro === false && rps !== undefined) {
    return [['udpGro', `must not be false while the NAPI-mode veth ${JSON.stringify(rps.name)} steers by RPS: a skb GRO merged `
      + 'may wait in another CPU\'s backlog and reach the socket after UDP_GRO is cleared, where udp_unexpected_gso cuts it '
      + 'back into datagrams (udp_rcv_segment), which the model does not do (got false)']];
  }
  return udpGroSocketProblems(profile, config, udpGro);
}

/** Why a socket's udpGro cannot be taken, at its pointer (`udpGro`), or []. */
export function udpGroSocketProblems(profile: ProfileName, config: Config, udpGro: boolean | undefined): [string, string][] {
  if (udpGro !== true) return [];
  if (profile === 'linux-3.13') {
    return [['udpGro', 'must be false or absent in linux-3.13: it has no UDP_GRO (came in 5.0; setsockopt fails with '
      + 'ENOPROTOOPT) (got true)']];
  }
  const pass = xdpPassUdpGroProblem(config);
  if (pass !== undefined) return [['udpGro', pass]];
  const nic = (config.devices ?? []).find((d) => d.kind === 'nic' && d.gro !== false);
  if (nic !== undefined) {
    return [['udpGro', `must be false or absent while the NIC ${JSON.stringify(nic.name)} has GRO on (set its gro `
      + 'false): its page-fragment skbs merge by skb_gro_receive\'s frags path, whose truesize the model does not know '
      + '(got true)']];
  }
  return [];
}

/**
 * The frames step's problems, at pointers relative to the step, when a socket of the scenario asks for UDP_GRO (at
 * creation or by a setsockopt step: scenarioUsesUdpGro).
 */
export function udpGroFrameProblems(profile: ProfileName, s: Pick<Scenario, 'config' | 'workload'>, step: FramesStep, d: Device): [string, string][] {
  const config = s.config;
  if (!scenarioUsesUdpGro(s) || !vethNapiMode(profile, d)) return [];
  const why = `a socket asks for UDP_GRO and ${JSON.stringify(d.name)} is a NAPI-mode veth: the model merges only `
    + 'plain UDP datagrams from its peer to a local address';
  const out: [string, string][] = [];
  if ((step.flags ?? []).length > 0) out.push(['flags', `must be empty or absent: ${why} (got ${step.flags!.join(', ')})`]);
  if ((step.padding ?? 0) !== 0) out.push(['padding', `must be 0 or absent: ${why} (got ${step.padding})`]);
  if (isFragmented(d, step, profile) || step.fragments !== undefined) {
    out.push(['payload', `must keep the datagram within the veth MTU: ${why}, not fragments (got ${step.payload})`]);
  } else if (stepIpLen(step) > VETH_LINEAR_MAX_MTU) {
    out.push(['payload', `must keep the datagram within ${VETH_LINEAR_MAX_MTU} bytes: ${why}, each in one linear skb; `
      + `packet_snd puts a longer frame in pages, whose merging the model does not follow (got ${step.payload})`]);
  }
  if ((step.flow.proto ?? 17) !== 17) out.push(['flow/proto', `must be 17 or absent: ${why} (got ${step.flow.proto})`]);
  const peer = isInet6Flow(step.flow) ? V6_PEER : FLOW_SRC_DEFAULT;
  const src = step.flow.src;
  if (src !== undefined && (isInet6Flow(step.flow) ? ipv6Bytes(src) === null || ipv6Key(src) !== ipv6Key(peer) : src !== peer)) {
    out.push(['flow/src', `must be absent or ${peer}, the peer's address: ${why} (got ${src})`]);
  }
  const dst = step.flow.dst;
  if (dst !== undefined) {
    const local = isInet6Flow(step.flow)
      ? ipv6Bytes(dst) !== null && ipv6Key(dst) === ipv6Key(V6_LOCAL)
      : (config.localAddresses ?? LOCAL_ADDRESSES_DEFAULT).includes(dst);
    if (!local) out.push(['flow/dst', `must be absent or a local address: ${why} (got ${dst})`]);
  }
  return out;
}
