// linux-6.18 __udp_queue_rcv_skb: a receive-buffer drop (-ENOMEM) is charged to InErrors only,
// forgetting RcvbufErrors. Kernel 6.18: net/ipv4/udp.c:__udp_queue_rcv_skb `if (rc == -ENOMEM)
// UDP_INC_STATS(..., UDP_MIB_RCVBUFERRORS, ...);` then `UDP_INC_STATS(..., UDP_MIB_INERRORS, ...)`
// ("Note that an ENOMEM error is charged twice").
import { UDP_PROFILES } from '../../src/model/profile-udp.ts';
import { faulty } from './lib.ts';

export const description = 'linux-6.18 rcvbuf drops bump Udp InErrors only, not RcvbufErrors';

export default faulty('rcvbuf-inerrors-only', description, ['linux-6.18'], {
  udp: { ...UDP_PROFILES['linux-6.18'], chargeRcvbuf: (udp) => { udp.InErrors++; } },
});
