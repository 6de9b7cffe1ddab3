// Kernel rules of struct sock memory accounting (net/core/sock.c:__sk_mem_raise_allocated,
// net/ipv4/udp.c:udp_rmem_release, __udp_enqueue_schedule_skb admission) and socket creation
// (sock.ts, profile-udp.ts) that the model's own tests and the property suite left unpinned
// (found by `npm run mutate`).
import { describe, expect, test } from 'vitest';
import { makeHost, receive, sockNamed } from '../model/udp-host.ts';
import { udp_recvmsg } from '../../src/model/udp.ts';
import { inet_state } from '../../src/model/sock.ts';
import { UDP_313, UDP_618 } from '../../src/model/profile-udp.ts';
import { Mibs } from '../../src/model/mib.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

const BIG = { name: 's', port: 7, soRcvbuf: 1 << 28, soRcvbufForce: true };

describe('__sk_mem_raise_allocated (3.13 sock_queue_rcv_skb -> sk_rmem_schedule, one page per 4096-byte skb)', () => {
  const queuedWith = (udp_mem: [number, number, number], udp_rmem_min: number, n = 2) => {
    const h = makeHost({ profile: 'linux-3.13', sockets: [BIG], sysctl: { udp_mem, udp_rmem_min } });
    receive(h, { dport: 7, truesize: 4096 }, n);
    return [h.sockets[0].queued(), inet_state(h).udpMemoryAllocated];
  };
  test('allocated <= udp_mem[0] always succeeds (the boundary page included)', () => {
    expect(queuedWith([1, 1, 1], 0)).toEqual([1, 1]);
  });
  test('between udp_mem[0] and udp_mem[2] only a socket holding less than udp_rmem_min gets a page', () => {
    expect(queuedWith([0, 0, 2], 1)).toEqual([1, 1]); // empty socket: yes; rmem 4096 >= 1: no
    expect(queuedWith([0, 0, 4], 4096, 3)).toEqual([1, 1]); // rmem == udp_rmem_min is not "under"
    expect(queuedWith([0, 0, 4], 8192, 3)).toEqual([2, 2]);
  });
  test('allocated <= udp_mem[2] is the hard limit (the boundary page included)', () => {
    expect(queuedWith([0, 0, 1], 1 << 20)).toEqual([1, 1]);
  });
});

describe('6.x udp_rmem_release(sk, size, partial=1)', () => {
  test('the forward deficit is released once it reaches forward_threshold (not only above it), keeping the partial page', () => {
    // SO_RCVBUF 4000 -> sk_rcvbuf 8000 -> forward_threshold 2000; truesize 1000
    const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 7, soRcvbuf: 4000 }] });
    const s = sockNamed(h, 's');
    expect(s.forward_threshold).toBe(2000);
    receive(h, { dport: 7, truesize: 1000 }, 5);
    // forward_alloc: page at #1 (3096), 2096, 1096, 96, page at #5 (4192 - 1000 = 3192); 2 pages
    expect([s.rmem_alloc, s.forward_alloc, inet_state(h).udpMemoryAllocated]).toEqual([5000, 3192, 2]);
    udp_recvmsg(h, s, 1, 0); // deficit 1000 < 2000 and the reader queue is not empty: nothing released
    expect([s.rmem_alloc, s.forward_deficit]).toEqual([5000, 1000]);
    udp_recvmsg(h, s, 1, 0); // deficit 2000 == threshold: released
    // amt = (2000 + 3192 - 1) & ~4095 = 4096: forward_alloc 3192 + 2000 - 4096 = 1096, one page back
    expect([s.rmem_alloc, s.forward_deficit, s.forward_alloc, inet_state(h).udpMemoryAllocated]).toEqual([3000, 0, 1096, 1]);
  });
});

describe('6.x __udp_enqueue_schedule_skb admission (unsigned arithmetic)', () => {
  test('a datagram that does not fit is dropped when sk_rcvbuf > INT_MAX >> 1, even into an empty queue', () => {
    expect(UDP_618.udpAdmit(0, 0x40000001, 0x40000000)).toBe(false);
    expect(UDP_618.udpAdmit(0, 0x40000000, 0x3fffffff)).toBe(true); // rcvbuf == INT_MAX >> 1: the empty-queue rule applies
    expect(UDP_618.udpAdmit(1, 0x40000000, 0x3fffffff)).toBe(false);
  });
});

describe('6.x ip_rcv_finish_core early demux needs both ip_early_demux and udp_early_demux', () => {
  test.each([[0, 1], [1, 0]])('ip_early_demux=%i udp_early_demux=%i: no early demux, so no sk_rx_dst', (ip, udp) => {
    const h = makeHost({ profile: 'linux-6.18', sysctl: { ip_early_demux: ip, udp_early_demux: udp }, sockets: [{ name: 'c', port: 7, connect: { address: '10.0.0.9', port: 999 } }] });
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7 });
    expect([sockNamed(h, 'c').queued(), sockNamed(h, 'c').rx_dst]).toEqual([1, false]);
  });
});

describe('3.13 ip_rcv_finish: sysctl_ip_early_demux alone switches early demux', () => {
  test('ip_early_demux=0: no early demux, so no sk_rx_dst', () => {
    const h = makeHost({ profile: 'linux-3.13', sysctl: { ip_early_demux: 0 }, sockets: [{ name: 'c', port: 7, connect: { address: '10.0.0.9', port: 999 } }] });
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7 });
    expect([sockNamed(h, 'c').queued(), sockNamed(h, 'c').rx_dst]).toEqual([1, false]);
  });
});

describe('a rule of the other kernel is an error, never a silent answer', () => {
  test('3.13 has no __udp_enqueue_schedule_skb; 6.x UDP has no socket backlog nor sock_queue_rcv_skb', () => {
    expect(() => UDP_313.udpAdmit(0, 1, 1)).toThrow('linux-3.13 has no __udp_enqueue_schedule_skb');
    expect(() => UDP_618.rcvqueuesFull(0, 0, 1)).toThrow('linux-6.18 UDP has no socket backlog (sk_rcvqueues_full)');
    expect(() => UDP_618.sockQueueFull(0, 1)).toThrow('linux-6.18 UDP does not use sock_queue_rcv_skb');
    expect(() => UDP_618.chargeRcvqueuesFull(new Mibs().udp)).toThrow('linux-6.x UDP has no sk_rcvqueues_full');
  });
});

describe('sock_create', () => {
  test('ip4_datagram_connect picks a source address only for a socket bound to INADDR_ANY; an explicit bind is kept', () => {
    const h = makeHost({ profile: 'linux-6.18', localAddresses: ['10.0.0.1', '10.0.0.3'], sockets: [
      { name: 'bound', port: 7, address: '10.0.0.3', connect: { address: '10.0.0.9', port: 999 } },
      { name: 'any', port: 8, connect: { address: '10.0.0.9', port: 999 } },
      { name: 'lo', port: 9, connect: { address: '127.0.0.5', port: 999 } },
      { name: 'plain', port: 10 },
    ] });
    expect(['bound', 'any', 'lo', 'plain'].map((n) => sockNamed(h, n).procRow().local_address))
      .toEqual(['0300000A:0007', '0100000A:0008', '0100007F:0009', '00000000:000A']);
  });
  test.each([
    [{ name: 'b', port: 7, soBusyPoll: 50 }, '/config/sockets/0/soBusyPoll', /busy-poll.*got 50/],
    [{ name: 'f', port: 7, soRcvbufForce: true }, '/config/sockets/0/soRcvbufForce', /needs soRcvbuf/],
  ])('an unsupported socket option is an input error naming its pointer (%#)', (sock, pointer, message) => {
    let err: unknown;
    try { makeHost({ profile: 'linux-6.18', sockets: [sock] }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(RxpathInputError);
    const p = (err as RxpathInputError).problems;
    expect(p).toHaveLength(1);
    expect(p[0].file).toBe('<scenario>');
    expect(p[0].pointer).toBe(pointer);
    expect(p[0].message).toMatch(message);
  });
});
