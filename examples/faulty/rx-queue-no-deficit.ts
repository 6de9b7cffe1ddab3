// linux-6.18 /proc/net/udp rx_queue shows sk_rmem_alloc, forgetting to subtract the forward_deficit
// (memory read but not yet released). Kernel 6.18: net/ipv4/udp.c:udp4_format_sock prints
// udp_rqueue_get(sp) = sk_rmem_alloc_get(sk) - READ_ONCE(udp_sk(sk)->forward_deficit).
import { faulty } from './lib.ts';
import { UDP_PROFILES } from '../../src/model/profile-udp.ts';

export const description = 'linux-6.18 rx_queue = sk_rmem_alloc (kernel: rmem_alloc - forward_deficit)';

export default faulty('rx-queue-no-deficit', description, ['linux-6.18'], {
  udp: { ...UDP_PROFILES['linux-6.18'], procRxQueue: (rmem: number) => rmem },
});
