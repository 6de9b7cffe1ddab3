// A packet for an address that is not local, with forwarding off, counted in IpExt InNoRoutes
// instead of InAddrErrors. Kernel (both profiles): net/ipv4/route.c:ip_route_input_slow gives
// `err = -EHOSTUNREACH` when !IN_DEV_FORWARD, and route.c:ip_error counts EHOSTUNREACH as
// IPSTATS_MIB_INADDRERRORS (only ENETUNREACH, no route at all, is IPSTATS_MIB_INNOROUTES).
import { chargeIpInputError } from '../../src/model/profile-udp.ts';
import { faulty, udpRule } from './lib.ts';

export const description =
  'ip_error counts EHOSTUNREACH (not local, forwarding off) in InNoRoutes (kernel: InAddrErrors)';

export default faulty('ip-not-local-noroutes', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  chargeIpInputError: (mib, check) => {
    if (check === 'host_unreach') mib.ipExt.InNoRoutes++; else chargeIpInputError(mib, check);
  },
})));
