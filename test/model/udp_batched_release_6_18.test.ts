// 6.18 udp_rmem_release batching (spec 6c "Release batching", live 9.4) versus 3.13 sock_rfree.
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';
import { udp_recvmsg } from '../../src/model/udp.ts';

describe('memory release on read', () => {
  test('6.18: after 10 reads the queue still counts as full; after 40 it has room', () => {
    const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 9, soRcvbuf: 65536 }] });
    const s = h.sockets[0];
    receive(h, { dport: 9, payload: 100 }, 200);
    expect(s.procRxQueue()).toBe(130624);
    udp_recvmsg(h, s, 10, 0);
    expect(s.forward_deficit).toBe(8320);
    expect(s.rmem_alloc).toBe(130624);
    expect(s.procRxQueue()).toBe(122304); // rx_queue = rmem_alloc - forward_deficit
    const before = s.drops;
    receive(h, { dport: 9, payload: 100 }, 10);
    expect(s.drops - before).toBe(10); // all dropped although rx_queue shows room
    udp_recvmsg(h, s, 30, 0); // 40 read: deficit 33280 >= 32768 -> released
    expect(s.forward_deficit).toBe(0);
    expect(s.rmem_alloc).toBe(130624 - 40 * 832);
    receive(h, { dport: 9, payload: 100 }, 10);
    expect(s.drops - before).toBe(10); // all 10 accepted
    expect(s.queued()).toBe(157 - 40 + 10);
  });

  test('6.18: the read that empties the reader queue releases everything', () => {
    const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 9, soRcvbuf: 65536 }] });
    const s = h.sockets[0];
    receive(h, { dport: 9, payload: 100 }, 5);
    udp_recvmsg(h, s, 5, 0);
    expect([s.rmem_alloc, s.forward_deficit, s.procRxQueue()]).toEqual([0, 0, 0]);
  });

  test('3.13: each read frees its truesize at once (rx_queue = rmem_alloc)', () => {
    const h = makeHost({ profile: 'linux-3.13', sockets: [{ name: 's', port: 9, soRcvbuf: 65536 }] });
    const s = h.sockets[0];
    receive(h, { dport: 9, payload: 100, truesize: 832 }, 200);
    expect(s.queued()).toBe(158); // accept while rmem < rcvbuf: 158 * 832 = 131456
    udp_recvmsg(h, s, 10, 0);
    expect(s.rmem_alloc).toBe(148 * 832);
    expect(s.procRxQueue()).toBe(148 * 832);
    const before = s.drops;
    receive(h, { dport: 9, payload: 100, truesize: 832 }, 10);
    expect(s.drops - before).toBe(0);
  });
});
