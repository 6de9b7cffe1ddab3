// linux-3.13 sock_queue_rcv_skb with an off-by-one: it drops only when sk_rmem_alloc exceeds
// sk_rcvbuf, so a buffer filled exactly (three 768-byte loopback datagrams in 2304) takes one more.
// Kernel 3.13: net/core/sock.c:sock_queue_rcv_skb `if (atomic_read(&sk->sk_rmem_alloc) >= sk->sk_rcvbuf)
// { atomic_inc(&sk->sk_drops); trace_sock_rcvqueue_full(sk, skb); return -ENOMEM; }`.
import { faulty, udpRule } from './lib.ts';

export const description = 'linux-3.13 sock_queue_rcv_skb drops when rmem_alloc > rcvbuf (kernel: >=)';

export default faulty('sock-queue-full-gt-3-13', description, ['linux-3.13'], udpRule(() => ({
  sockQueueFull: (rmem: number, rcvbuf: number) => (rmem | 0) > (rcvbuf | 0),
})));
