// When a veth takes its frames in NAPI mode (drivers/net/veth.c; the model: src/model/veth.ts): its GRO is on, which
// gives it the NAPI (veth_set_features -> veth_napi_enable), and the frames its other end sends are eligible
// (veth_skb_is_eligible_for_gro: that end's TSO is off; with it on only a socket's own UDP is, and only with
// rx-udp-gro-forwarding or rx-gro-list on the veth, which the format does not set). An XDP program (Device.xdp) gives
// it the NAPI too (veth_xdp_set -> veth_enable_xdp) and takes TSO from its other end (peer->hw_features &=
// ~NETIF_F_GSO_SOFTWARE), so every frame is eligible whatever gro and peerTso say. 3.13's veth has neither.
import type { Device, ProfileName } from '../generated/schema-types.ts';

/** The device asks for the NAPI path: a veth with an XDP program, or with gro on and its other end's TSO off. */
export function vethNapiRequested(d: Device): boolean {
  return d.kind === 'veth' && (d.xdp !== undefined || (d.gro === true && d.peerTso === false));
}

/** The device takes its frames in NAPI mode on `profile`. */
export function vethNapiMode(profile: ProfileName, d: Device): boolean {
  return profile !== 'linux-3.13' && vethNapiRequested(d);
}
