// linux-6.18 __udp_enqueue_schedule_skb with an off-by-one: a datagram that exactly fills the
// receive buffer (rmem + truesize == rcvbuf) is dropped. Kernel 6.18: net/ipv4/udp.c:__udp_enqueue_schedule_skb
// `if (rmem + size > rcvbuf) { if (rcvbuf > INT_MAX >> 1) goto drop; if (rmem) goto drop; }`: it is
// admitted while rmem + size <= rcvbuf (RcvbufErrors + InErrors otherwise).
import { faulty, udpRule } from './lib.ts';

const INT_MAX = 0x7fffffff;

export const description = 'linux-6.18 __udp_enqueue_schedule_skb drops when rmem + truesize >= rcvbuf (kernel: >)';

export default faulty('udp-admit-ge-6-18', description, ['linux-6.18'], udpRule(() => ({
  udpAdmit: (rmem: number, truesize: number, rcvbuf: number) => {
    const r = rmem >>> 0;
    const b = rcvbuf >>> 0;
    return !(r + truesize >= b && (b > INT_MAX >>> 1 || r !== 0));
  },
})));
