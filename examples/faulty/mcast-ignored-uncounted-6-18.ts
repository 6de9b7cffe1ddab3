// linux-6.18 __udp4_lib_mcast_deliver and __udp6_lib_mcast_deliver without UDP_MIB_IGNOREDMULTI (3.13's rule): a
// datagram to a group the device joined that no socket on its port takes is freed without a counter. Kernel 6.18:
// net/ipv4/udp.c:__udp4_lib_mcast_deliver `consume_skb(skb); __UDP_INC_STATS(net, UDP_MIB_IGNOREDMULTI, ...)` (and
// net/ipv6/udp.c alike, with kfree_skb), so Udp IgnoredMulti and Udp6 IgnoredMulti count them.
import { faulty, udpRule } from './lib.ts';

export const description = 'linux-6.18 counts no IgnoredMulti for a multicast or broadcast datagram no socket takes';

export default faulty('mcast-ignored-uncounted-6-18', description, ['linux-6.18'], udpRule(() => ({
  chargeMcastNoSocket: () => {},
})));
