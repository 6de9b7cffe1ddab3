// Every UDP checksum is verified when the datagram arrives: a bad one is counted (InCsumErrors,
// InErrors) and dropped at once, never queued. Kernel: net/ipv4/udp.c:udp4_csum_init (3.13) only
// sets the checksum up, and the full check runs at the copy in udp_recvmsg (skb_copy_and_csum_datagram_iovec:
// InCsumErrors, InErrors and the socket's drops, when the datagram is read); 6.18 udp4_csum_init ->
// __skb_checksum_validate_complete computes it at once only when skb->len <= CHECKSUM_BREAK (76).
import { faulty, udpRule } from './lib.ts';

export const description =
  'UDP checksums all verified at receive (kernel: at the copy in udp_recvmsg; 6.18 at receive only when len <= 76)';

export default faulty('udp-csum-at-receive', description, ['linux-3.13', 'linux-6.18'], udpRule(() => ({
  udpCsumAtReceive: () => true,
})));
