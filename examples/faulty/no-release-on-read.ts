// linux-3.13 recvmsg frees the skb without sock_rfree: the truesize stays charged to sk_rmem_alloc
// after the datagram is read. Kernel 3.13: net/core/datagram.c:skb_free_datagram_locked frees the skb,
// whose destructor net/core/sock.c:sock_rfree does `atomic_sub(skb->truesize, &sk->sk_rmem_alloc)`.
import { UDP_PROFILES } from '../../src/model/profile-udp.ts';
import { faulty } from './lib.ts';

export const description = 'linux-3.13 udp_recvmsg does not release truesize from sk_rmem_alloc (no sock_rfree)';

export default faulty('no-release-on-read', description, ['linux-3.13'], {
  udp: { ...UDP_PROFILES['linux-3.13'], readRelease: () => 0 },
});
