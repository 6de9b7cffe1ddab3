// The `vethMtu` feature's draw: the MTU of the generated veth (Device.mtu, both ends), drawn after every other draw
// of a scenario (scenario.ts) so that a seed's scenarios without the feature are as they were. Its edges: ETH_MIN_MTU,
// the least a host must take (576), IPV6_MIN_MTU, a tunnel's, XDP's most (3506), either side of where packet_snd
// starts putting a frame in pages (4065, 4066), a jumbo frame's (9000) and ETH_MAX_MTU.
// With the ipv6 feature the veth keeps IPV6_MIN_MTU or more (config.ts deviceList): below it the device has no IPv6.
import fc from 'fast-check';
import type { ProfileName } from '../generated/schema-types.ts';
import { edgeInt } from './edges.ts';
import { settingRange } from './schema-ranges.ts';
import { VETH_MAX_MTU } from '../spec/ip-fragment.ts';

export function vethMtuArbitrary(profile: ProfileName): fc.Arbitrary<number> {
  const { min } = settingRange('device.schema.json', profile, 'mtu');
  return edgeInt({ min, max: VETH_MAX_MTU }, [68, 576, 1280, 1400, 2000, 3506, 4065, 4066, 9000, 65535]);
}
