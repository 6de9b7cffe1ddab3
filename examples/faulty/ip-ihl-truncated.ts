// ip_rcv counts a header length below 5 words (ihl < 5) in IpExt InTruncatedPkts, as if the packet
// were cut short, instead of InHdrErrors. Kernel (both profiles): net/ipv4/ip_input.c:ip_rcv
// (6.18 ip_rcv_core) `if (iph->ihl < 5 || iph->version != 4) goto inhdr_error;` -> IPSTATS_MIB_INHDRERRORS.
import { chargeIpInputError } from '../../src/model/profile-udp.ts';
import { faulty, udpRule } from './lib.ts';

export const description = 'ip_rcv counts ihl < 5 in InTruncatedPkts (kernel: inhdr_error, InHdrErrors)';

export default faulty('ip-ihl-truncated', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  chargeIpInputError: (mib, check) => {
    if (check === 'ihl') mib.ipExt.InTruncatedPkts++; else chargeIpInputError(mib, check);
  },
})));
