// A packet that fails the reverse-path filter is counted in InAddrErrors instead of TcpExt
// IPReversePathFilter. Kernel (both profiles): net/ipv4/ip_input.c:ip_rcv_finish (6.18
// ip_rcv_finish_core) `if (unlikely(err)) { if (err == -EXDEV) __NET_INC_STATS(net, LINUX_MIB_IPRPFILTER);
// goto drop; }` (fib_validate_source returns -EXDEV).
import { chargeIpInputError } from '../../src/model/profile-udp.ts';
import { faulty, udpRule } from './lib.ts';

export const description =
  'ip_rcv_finish counts an rp_filter failure in InAddrErrors (kernel: TcpExt IPReversePathFilter)';

export default faulty('ip-rpfilter-addr-errors', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  chargeIpInputError: (mib, check) => {
    if (check === 'rp_filter') mib.ip.InAddrErrors++; else chargeIpInputError(mib, check);
  },
})));
