// Memory scheduling against udp_mem / udp_rmem_min (net/core/sock.c:__sk_mem_raise_allocated).
// 3.13: -ENOBUFS -> InErrors + drops (no RcvbufErrors). 6.x charges sk_rmem_alloc before scheduling
// (`atomic_add(size, &sk->sk_rmem_alloc)`), so udp_rmem_min is compared with the datagram included.
// 6.18: the llist batch drops with PROTO_MEM and returns 0: only the socket drop counter moves (spec 6c
// quirk). 6.1 and 6.12 return -ENOBUFS: MemErrors + InErrors (__udp_queue_rcv_skb).
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';
import { udp_recvmsg } from '../../src/model/udp.ts';
import { inet_state } from '../../src/model/sock.ts';

describe('udp_mem', () => {
  test('3.13: above udp_mem[0] only a socket under udp_rmem_min gets pages; failures are InErrors + drops', () => {
    const h = makeHost({ profile: 'linux-3.13', sockets: [{ name: 's', port: 7 }], sysctl: { udp_mem: [1, 1, 4], udp_rmem_min: 4096 } });
    const s = h.sockets[0];
    receive(h, { dport: 7, payload: 100, truesize: 832 }, 10);
    // page 1 (<= udp_mem[0]) covers skbs 1-4; page 2 is granted at skb 5 because rmem 3328 < udp_rmem_min
    // and covers skbs 5-9; page 3 is refused at skb 10 (rmem 7488 >= udp_rmem_min)
    expect([s.queued(), s.drops, h.mib.udp.InErrors, h.mib.udp.RcvbufErrors, h.mib.udp.MemErrors]).toEqual([9, 1, 1, 0, 0]);
    expect(inet_state(h).udpMemoryAllocated).toBe(2);
    udp_recvmsg(h, s, Infinity, 0);
    // sk_mem_reclaim_partial reclaims only when forward_alloc > one quantum: one page stays forward-allocated
    expect([s.rmem_alloc, s.forward_alloc, inet_state(h).udpMemoryAllocated]).toEqual([0, 4096, 1]);
  });
  test('6.18: the same exhaustion moves only the socket drop counter', () => {
    const h = makeHost({ profile: 'linux-6.18', events: true, sockets: [{ name: 's', port: 7 }], sysctl: { udp_mem: [1, 1, 4], udp_rmem_min: 4096 } });
    const s = h.sockets[0];
    receive(h, { dport: 7, payload: 100 }, 10);
    // page 1 (<= udp_mem[0]) covers skbs 1-4 (832 each); at skb 5 rmem_alloc with it is 4160 >= udp_rmem_min: refused
    expect([s.queued(), s.drops, h.mib.udp.InErrors, h.mib.udp.RcvbufErrors, h.mib.udp.MemErrors]).toEqual([4, 6, 0, 0, 0]);
    const reasons = h.trace!.events.map((e) => (e as { reason?: string }).reason);
    expect(reasons).toEqual(Array(6).fill('PROTO_MEM'));
    expect(s.rmem_alloc).toBe(4 * 832); // the refused ones are uncharged again
    udp_recvmsg(h, s, Infinity, 0);
    // udp_rmem_release: amt = (size + forward_alloc - 1) & ~(PAGE_SIZE - 1) keeps the last partial page
    expect([s.rmem_alloc, s.forward_deficit, s.forward_alloc, inet_state(h).udpMemoryAllocated]).toEqual([0, 0, 4096, 1]);
  });
  test.each(['linux-6.1', 'linux-6.12'] as const)('%s: the exhaustion is -ENOBUFS: MemErrors and InErrors with each drop', (profile) => {
    const h = makeHost({ profile, events: true, sockets: [{ name: 's', port: 7 }], sysctl: { udp_mem: [1, 1, 4], udp_rmem_min: 4096 } });
    const s = h.sockets[0];
    receive(h, { dport: 7, payload: 100 }, 10);
    // 6.1 (truesize 768): the page taken at skb 1 lasts through skb 5 (forward_alloc 256 left); skb 6 has
    // `size >= sk_forward_alloc` and asks for a second page with rmem_alloc 4608 >= udp_rmem_min: refused.
    // 6.12 (truesize 960): forward_alloc 256 after skb 4; skb 5 needs 704 more bytes with rmem_alloc 4800: refused.
    expect(s.queued()).toBe(profile === 'linux-6.1' ? 5 : 4);
    expect([s.drops, h.mib.udp.InErrors, h.mib.udp.MemErrors, h.mib.udp.RcvbufErrors]).toEqual([10 - s.queued(), 10 - s.queued(), 10 - s.queued(), 0]);
    const reasons = h.trace!.events.map((e) => (e as { reason?: string }).reason).filter((r) => r !== undefined);
    expect(reasons).toEqual(Array(10 - s.queued()).fill('PROTO_MEM'));
  });
});
