// ip_rcv counts a header whose version is not 4 in InUnknownProtos (an "unsupported protocol")
// instead of InHdrErrors. Kernel (both profiles): net/ipv4/ip_input.c:ip_rcv (6.18 ip_rcv_core)
// `if (iph->ihl < 5 || iph->version != 4) goto inhdr_error;` -> IPSTATS_MIB_INHDRERRORS.
import { chargeIpInputError } from '../../src/model/profile-udp.ts';
import { faulty, udpRule } from './lib.ts';

export const description = 'ip_rcv counts version != 4 in InUnknownProtos (kernel: inhdr_error, InHdrErrors)';

export default faulty('ip-version-unknown-protos', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  chargeIpInputError: (mib, check) => {
    if (check === 'version') mib.ip.InUnknownProtos++; else chargeIpInputError(mib, check);
  },
})));
