// 6.18 __udp_enqueue_schedule_skb admission: fits, or the queue is empty (spec 6c, live 9.2).
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';
import { skb_truesize } from '../../src/model/truesize.ts';

function accepted(rcvbufSetting: number, payload: number, n: number): { queued: number; rxq: number; drops: number } {
  const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 5000, soRcvbuf: rcvbufSetting }] });
  receive(h, { dport: 5000, payload }, n);
  const s = h.sockets[0];
  return { queued: s.queued(), rxq: s.procRxQueue(), drops: s.drops };
}

describe('linux-6.18 receive buffer admission', () => {
  test('the payload sizes used below have the truesizes of spec 9.2 (832, 2304, 4352)', () => {
    expect([100, 1000, 2000].map((p) => skb_truesize('linux-6.18', p))).toEqual([832, 2304, 4352]);
  });
  test('rcvbuf 2304, truesize 832: 2 of 10 accepted', () => {
    expect(accepted(1152, 100, 10)).toEqual({ queued: 2, rxq: 1664, drops: 8 });
  });
  test('rcvbuf 8192: 9 of 20 at 832 bytes, 3 of 20 at 2304 bytes', () => {
    expect(accepted(4096, 100, 20).queued).toBe(9);
    expect(accepted(4096, 1000, 20).queued).toBe(3);
  });
  test('rcvbuf 131072: 157 of 200, rx_queue 130624', () => {
    expect(accepted(65536, 100, 200)).toEqual({ queued: 157, rxq: 130624, drops: 43 });
  });
  test('a 4352-truesize skb into rcvbuf 2304 is accepted only into the empty queue', () => {
    expect(accepted(1152, 2000, 5)).toEqual({ queued: 1, rxq: 4352, drops: 4 });
  });
});
