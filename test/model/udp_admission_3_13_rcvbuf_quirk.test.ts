// 3.13 udp_queue_rcv_skb: sk_rcvqueues_full (`>`, InErrors only) then sock_queue_rcv_skb (`>=`,
// RcvbufErrors + InErrors): spec 6b.
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';

function run(rcvbuf: number, n: number) {
  const h = makeHost({ profile: 'linux-3.13', events: true, sockets: [{ name: 's', port: 5000, soRcvbuf: rcvbuf / 2 }] });
  receive(h, { dport: 5000, payload: 100, truesize: 832 }, n);
  const s = h.sockets[0];
  const full = h.trace!.events.filter((e) => e.event === 'sock_rcvqueue_full').length;
  return { queued: s.queued(), drops: s.drops, InErrors: h.mib.udp.InErrors, RcvbufErrors: h.mib.udp.RcvbufErrors, full };
}

describe('linux-3.13 receive buffer admission', () => {
  test('rcvbuf 2304, truesize 832: 3 of 10 accepted (accept while rmem < rcvbuf)', () => {
    expect(run(2304, 10).queued).toBe(3);
  });
  test('rmem > rcvbuf drops in sk_rcvqueues_full: InErrors only, no RcvbufErrors, no sock_rcvqueue_full', () => {
    expect(run(2304, 10)).toEqual({ queued: 3, drops: 7, InErrors: 7, RcvbufErrors: 0, full: 0 });
  });
  test('rmem == rcvbuf exactly reaches the `>=` test: every drop is RcvbufErrors + InErrors and fires sock_rcvqueue_full', () => {
    expect(run(2496, 10)).toEqual({ queued: 3, drops: 7, InErrors: 7, RcvbufErrors: 7, full: 7 });
  });
});
