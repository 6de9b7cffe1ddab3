// Tracepoint-shaped events: skb:kfree_skb with location (and 6.18 reason), sock:sock_rcvqueue_full (3.13 only).
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';

describe('drop events', () => {
  test('6.18: kfree_skb carries the drop reason names tracefs prints', () => {
    const h = makeHost({ profile: 'linux-6.18', events: true, sockets: [{ name: 's', port: 7, soRcvbuf: 0 }] });
    receive(h, { dport: 7, payload: 100 }, 3); // 2 accepted, 1 SOCKET_RCVBUFF
    receive(h, { dport: 8 }); // NO_SOCKET
    receive(h, { dport: 7, flags: ['ip_csum'] }); // IP_CSUM
    receive(h, { dport: 7, flags: ['otherhost'] }); // OTHERHOST
    receive(h, { dport: 7, flags: ['udp_csum'], payload: 10 }); // UDP_CSUM at receive
    receive(h, { dst: '10.7.7.7', dport: 7 }); // IP_INADDRERRORS
    receive(h, { dport: 7, proto: 99 }); // IP_NOPROTO
    const ev = h.trace!.events.filter((e) => e.event === 'kfree_skb');
    expect(ev.map((e) => (e as { reason?: string }).reason)).toEqual([
      'SOCKET_RCVBUFF', 'NO_SOCKET', 'IP_CSUM', 'OTHERHOST', 'UDP_CSUM', 'IP_INADDRERRORS', 'IP_NOPROTO',
    ]);
    // __udp_queue_rcv_skb is inlined: the tracepoint names udp_queue_rcv_one_skb (recorded on 6.12 and 6.18)
    expect(ev[0]).toMatchObject({ location: 'net/ipv4/udp.c:udp_queue_rcv_one_skb', protocol: 2048 });
    expect(h.trace!.events.some((e) => e.event === 'sock_rcvqueue_full')).toBe(false);
  });
  test('3.13: kfree_skb has no reason; sock_rcvqueue_full fires at the `>=` test with rmem, truesize, rcvbuf', () => {
    const h = makeHost({ profile: 'linux-3.13', events: true, sockets: [{ name: 's', port: 7, soRcvbuf: 1248 }] });
    receive(h, { dport: 7, payload: 100, truesize: 832 }, 4);
    const full = h.trace!.events.find((e) => e.event === 'sock_rcvqueue_full');
    expect(full).toMatchObject({ rmem_alloc: 2496, truesize: 832, sk_rcvbuf: 2496 });
    const k = h.trace!.events.filter((e) => e.event === 'kfree_skb');
    expect(k).toHaveLength(1);
    expect(k[0]).not.toHaveProperty('reason');
  });
});
