// linux-6.18 releases a read datagram's memory at once (forward_threshold 0), as 3.13's sock_rfree
// does, instead of batching it until a quarter of the buffer is read or the reader queue drains: the
// datagrams that arrive after a partial read find more room than the kernel gives them. Kernel 6.18:
// net/ipv4/udp.c:udp_rmem_release `if (size < READ_ONCE(up->forward_threshold) && !skb_queue_empty(
// &up->reader_queue)) return;` with forward_threshold = sk_rcvbuf >> 2 (udp_lib_init_sock, udp_set_rcvbuf).
import { faulty, udpRule } from './lib.ts';

export const description =
  'linux-6.18 udp_rmem_release frees every read datagram at once (kernel: batches to sk_rcvbuf / 4)';

export default faulty('udp-release-at-once-6-18', description, ['linux-6.18'], udpRule(() => ({
  forwardThreshold: () => 0,
})));
