// linux-6.18 __udp_queue_rcv_skb: a receive-buffer drop (-ENOMEM) is charged to InErrors only,
// forgetting RcvbufErrors (the kernel "charges twice").
import { UDP_PROFILES } from '../../src/model/profile-udp.ts';
import { faulty } from './lib.ts';

export const description = 'linux-6.18 rcvbuf drops bump Udp InErrors only, not RcvbufErrors';

export default faulty('rcvbuf-inerrors-only', description, ['linux-6.18'], {
  udp: { ...UDP_PROFILES['linux-6.18'], chargeRcvbuf: (mib) => { mib.udp.InErrors++; } },
});
