// linux-6.18 /proc/net/udp rx_queue shows sk_rmem_alloc, forgetting to subtract the
// forward_deficit (udp_rqueue_get).
import { faulty } from './lib.ts';
import { UDP_PROFILES } from '../../src/model/profile-udp.ts';

export const description = 'linux-6.18 rx_queue = sk_rmem_alloc (kernel: rmem_alloc - forward_deficit)';

export default faulty('rx-queue-no-deficit', description, ['linux-6.18'], {
  udp: { ...UDP_PROFILES['linux-6.18'], procRxQueue: (rmem: number) => rmem },
});
