// __udp4_lib_rcv takes a wrong UDP length (longer than the packet, or shorter than the header) for a
// checksum error: InCsumErrors and InErrors. Kernel (both profiles): net/ipv4/udp.c:__udp4_lib_rcv
// `if (ulen > skb->len) goto short_packet;` ... `short_packet:` ... `drop: __UDP_INC_STATS(net,
// UDP_MIB_INERRORS, ...)`: InErrors only (InCsumErrors is csum_error's).
import { faulty, udpRule } from './lib.ts';

export const description =
  '__udp4_lib_rcv counts a bad UDP length as a checksum error (kernel: short_packet, InErrors only)';

export default faulty('udp-len-as-csum', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  chargeUdpLenError: (udp) => { udp.InCsumErrors++; udp.InErrors++; },
})));
