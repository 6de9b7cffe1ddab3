// A packet with a malformed IP option gets its ICMP parameter problem and is dropped, but no counter
// moves. Kernel (both profiles): net/ipv4/ip_input.c:ip_rcv_options `if (ip_options_compile(...)) {
// __IP_INC_STATS(dev_net(dev), IPSTATS_MIB_INHDRERRORS); goto drop; }` (ip_options_compile sent the ICMP).
import { chargeIpInputError } from '../../src/model/profile-udp.ts';
import { faulty, udpRule } from './lib.ts';

export const description = 'ip_rcv_options drops a malformed option without InHdrErrors (kernel: InHdrErrors)';

export default faulty('ip-options-uncounted', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  chargeIpInputError: (mib, check) => { if (check !== 'options') chargeIpInputError(mib, check); },
})));
