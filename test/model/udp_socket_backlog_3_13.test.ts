// 3.13: while the application holds the socket lock, softirq delivery goes to the socket backlog,
// counted by sk_rcvqueues_full; release_sock runs it through __udp_queue_rcv_skb. 6.18 has none.
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';
import { lock_sock, release_sock, udp_recvmsg } from '../../src/model/udp.ts';

describe('socket lock', () => {
  test('3.13: backlog while owned, limited by rmem + backlog.len > rcvbuf, drained by release_sock', () => {
    const h = makeHost({ profile: 'linux-3.13', sockets: [{ name: 's', port: 7, soRcvbuf: 2048 }] });
    const s = h.sockets[0];
    receive(h, { dport: 7, payload: 100, truesize: 832 }, 2); // rmem 1664
    lock_sock(h, s);
    receive(h, { dport: 7, payload: 100, truesize: 832 }, 10);
    // rmem 1664 + backlog 832 = 2496 > 4096? no; + another = 3328, + another = 4160 > 4096 stops
    expect([s.backlog.length, s.backlog_len, s.queued(), s.drops]).toEqual([3, 2496, 2, 7]);
    expect([h.mib.udp.InErrors, h.mib.udp.RcvbufErrors]).toEqual([7, 0]);
    release_sock(h, s);
    // 1664 < 4096 -> 2496 -> 3328 -> 4160: all three pass the `rmem >= rcvbuf` test
    expect([s.backlog.length, s.backlog_len, s.queued(), s.rmem_alloc, s.owned_by_user]).toEqual([0, 0, 5, 4160, false]);
    expect(udp_recvmsg(h, s, Infinity, 0)).toBe(5);
  });
  test('6.18: lock_sock does not change UDP delivery', () => {
    const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 7, soRcvbuf: 2048 }] });
    const s = h.sockets[0];
    lock_sock(h, s);
    receive(h, { dport: 7, payload: 100 }, 10);
    expect([s.backlog.length, s.queued()]).toEqual([0, 4]);
    release_sock(h, s);
    expect(s.queued()).toBe(4);
  });
});
