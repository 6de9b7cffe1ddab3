// linux-6.18 profile with the older admission rule (~6.10-6.14: drop only when rmem > rcvbuf), which
// lets the queue grow to rcvbuf + truesize instead of fitting within rcvbuf. Kernel 6.18:
// net/ipv4/udp.c:__udp_enqueue_schedule_skb drops when `rmem + size > rcvbuf` and the queue is not
// empty (rmem != 0) or rcvbuf > INT_MAX >> 1.
import { faulty } from './lib.ts';
import { UDP_PROFILES } from '../../src/model/profile-udp.ts';

export const description = 'linux-6.18 __udp_enqueue_schedule_skb admits unless rmem > rcvbuf (the pre-6.15 rule)';

export default faulty('udp-admit-pre-618', description, ['linux-6.18'], {
  udp: {
    ...UDP_PROFILES['linux-6.18'],
    udpAdmit: (rmem: number, _truesize: number, rcvbuf: number) => !((rmem >>> 0) > (rcvbuf >>> 0)),
  },
});
