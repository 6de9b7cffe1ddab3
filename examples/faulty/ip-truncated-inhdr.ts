// ip_rcv counts a packet shorter than its tot_len in InHdrErrors (a bad length field) instead of
// IpExt InTruncatedPkts. Kernel (both profiles): net/ipv4/ip_input.c:ip_rcv (6.18 ip_rcv_core)
// `if (skb->len < len) { __IP_INC_STATS(net, IPSTATS_MIB_INTRUNCATEDPKTS); goto drop; }`, only
// `len < iph->ihl*4` goes to inhdr_error.
import { chargeIpInputError } from '../../src/model/profile-udp.ts';
import { faulty, udpRule } from './lib.ts';

export const description = 'ip_rcv counts skb->len < tot_len in InHdrErrors (kernel: InTruncatedPkts)';

export default faulty('ip-truncated-inhdr', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  chargeIpInputError: (mib, check) => {
    if (check === 'truncated') mib.ip.InHdrErrors++; else chargeIpInputError(mib, check);
  },
})));
