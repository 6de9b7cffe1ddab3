// An XDP program on a veth (Device.xdp): where the format takes one, and whether a scenario's snapshots carry the
// veths' ethtool -S (schemas/counters/veth.schema.json). The model: src/model/veth.ts veth_xdp_rcv_skb.
import type { Config, Device, FramesStep, ProfileName } from '../generated/schema-types.ts';
import { deviceMtu, exceedsMtu } from './ip-fragment.ts';

/**
 * drivers/net/veth.c:veth_xdp_set: `max_mtu = SKB_WITH_OVERHEAD(PAGE_SIZE - VETH_XDP_HEADROOM) - peer->hard_header_len`,
 * 4096 - 256 - 320 - 14 on x86_64 (VETH_XDP_HEADROOM = XDP_PACKET_HEADROOM 256 + NET_IP_ALIGN 0; skb_shared_info
 * SKB_DATA_ALIGNed 320): the most the other end's MTU may be. Measured on 6.18: 3506 attaches, 3507 gets ERANGE.
 */
export const VETH_XDP_MAX_MTU = 3506;

/** Does a veth of the config have an XDP program (its snapshots then have `veth`)? */
export function configUsesXdp(config: Pick<Config, 'devices'>): boolean {
  return (config.devices ?? []).some((d) => d.xdp !== undefined);
}

/** Why a device's xdp cannot be taken (the message for its `xdp` pointer), or undefined. */
export function xdpProblem(profile: ProfileName, d: Device): string | undefined {
  if (d.xdp === undefined) return undefined;
  if (d.kind !== 'veth') {
    return `must be absent on a ${d.kind} device: the format attaches XDP programs to a veth only (got ${JSON.stringify(d.xdp)})`;
  }
  if (profile === 'linux-3.13') {
    return `must be absent in linux-3.13: its veth has no XDP (veth's ndo_bpf came in 4.19) (got ${JSON.stringify(d.xdp)})`;
  }
  if (deviceMtu(d) > VETH_XDP_MAX_MTU) {
    return `must be absent while the veth's MTU is above ${VETH_XDP_MAX_MTU} (it is ${d.mtu}): veth.c:veth_xdp_set refuses `
      + `the program when the other end's MTU exceeds SKB_WITH_OVERHEAD(PAGE_SIZE - VETH_XDP_HEADROOM) - ETH_HLEN (-ERANGE, `
      + `'Peer MTU is too large to set XDP') (got ${JSON.stringify(d.xdp)})`;
  }
  return undefined;
}

/**
 * A frames step's problems, at pointers relative to the step, on a veth whose program passes frames: each frame
 * reaches IP as veth_convert_skb_to_xdp_buff's page copy, whose head ip_defrag would coalesce fragments into by
 * rules (skb_try_coalesce on a page-fragment head) the model does not follow, so a datagram sent as fragments is
 * refused.
 */
export function xdpPassFrameProblems(step: FramesStep, d: Device): [string, string][] {
  if (d.xdp !== 'pass' || (!exceedsMtu(d, step) && step.fragments === undefined)) return [];
  return [['payload', `must keep the datagram within the veth MTU: ${JSON.stringify(d.name)} has an XDP program that `
    + 'passes frames, and the model does not reassemble its page copies (got fragments)']];
}

/** Why a socket's UDP_GRO cannot be taken beside a veth whose program passes frames, or undefined. */
export function xdpPassUdpGroProblem(config: Pick<Config, 'devices'>): string | undefined {
  const d = (config.devices ?? []).find((x) => x.xdp === 'pass');
  if (d === undefined) return undefined;
  return `must be false or absent while the veth ${JSON.stringify(d.name)} has an XDP program that passes frames: GRO `
    + 'merges its page copies by skb_gro_receive\'s frags path, whose truesize the model does not know (got true)';
}
