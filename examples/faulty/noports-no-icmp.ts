// A datagram that finds no socket is counted in NoPorts but no ICMP port unreachable is sent (so
// Icmp OutMsgs / OutDestUnreachs and the IP output counters stay put). Kernel (both profiles):
// net/ipv4/udp.c:__udp4_lib_rcv `__UDP_INC_STATS(net, UDP_MIB_NOPORTS, proto == IPPROTO_UDPLITE);
// icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);` (net/ipv4/icmp.c:__icmp_send counts them).
import { faulty, udpRule } from './lib.ts';

export const description = '__udp4_lib_rcv counts NoPorts without sending the ICMP port unreachable (kernel: icmp_send)';

export default faulty('noports-no-icmp', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  noPortsIcmp: false,
})));
