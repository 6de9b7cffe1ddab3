// Udp InDatagrams counted when a datagram is queued to its socket instead of when the application
// reads it. Kernel (both profiles): net/ipv4/udp.c:udp_recvmsg `if (!peeking) UDP_INC_STATS(sock_net(sk),
// UDP_MIB_INDATAGRAMS, is_udplite);` after the copy; __udp_queue_rcv_skb counts nothing on success.
import { faulty, udpRule } from './lib.ts';

export const description = 'Udp InDatagrams counted at enqueue (kernel: in udp_recvmsg, once per datagram read)';

export default faulty('in-datagrams-on-enqueue', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  inDatagramsOnRead: false,
})));
