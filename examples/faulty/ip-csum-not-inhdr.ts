// ip_rcv counts a bad IP header checksum in IpExt InCsumErrors only, forgetting that csum_error falls
// through into inhdr_error. Kernel (both profiles): net/ipv4/ip_input.c:ip_rcv (6.18 ip_rcv_core)
// `csum_error: __IP_INC_STATS(net, IPSTATS_MIB_CSUMERRORS); inhdr_error: __IP_INC_STATS(net,
// IPSTATS_MIB_INHDRERRORS);`: both counters.
import { chargeIpInputError } from '../../src/model/profile-udp.ts';
import { faulty, udpRule } from './lib.ts';

export const description =
  'ip_rcv counts a bad IP header checksum in InCsumErrors only (kernel: InCsumErrors and InHdrErrors)';

export default faulty('ip-csum-not-inhdr', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  chargeIpInputError: (mib, check) => {
    if (check === 'csum') mib.ipExt.InCsumErrors++; else chargeIpInputError(mib, check);
  },
})));
