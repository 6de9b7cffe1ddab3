// Kernel rules of net/ipv4/udp.c (socket lookup, early demux, multicast delivery, drop sites,
// memory scheduling, reader queue) that the model's own tests and the property suite left
// unpinned (found by `npm run mutate`).
import { describe, expect, test } from 'vitest';
import { makeHost, receive, sockNamed } from '../model/udp-host.ts';
import { lock_sock, release_sock, udp_recvmsg } from '../../src/model/udp.ts';
import { inet_state } from '../../src/model/sock.ts';
import type { KfreeSkbEvent } from '../../src/generated/schema-types.ts';

const PROFILES = ['linux-3.13', 'linux-6.18'] as const;
const drops = (h: ReturnType<typeof makeHost>) =>
  h.trace!.events.filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb').map((e) => [e.location, e.reason ?? null]);

describe.each(PROFILES)('%s compute_score', (profile) => {
  test('a socket bound to another local address does not match: NoPorts', () => {
    const h = makeHost({ profile, sockets: [{ name: 'b', port: 7, address: '10.0.0.5' }], localAddresses: ['10.0.0.1', '10.0.0.5'] });
    receive(h, { dst: '10.0.0.1', dport: 7 });
    expect([sockNamed(h, 'b').queued(), h.mib.udp.NoPorts]).toEqual([0, 1]);
  });
  test('a connected socket does not match a datagram from another peer address or port: NoPorts', () => {
    const h = makeHost({ profile, sockets: [{ name: 'c', port: 7, connect: { address: '10.0.0.9', port: 999 } }] });
    receive(h, { src: '10.0.0.8', sport: 999, dport: 7 });
    receive(h, { src: '10.0.0.9', sport: 998, dport: 7 });
    expect([sockNamed(h, 'c').queued(), h.mib.udp.NoPorts]).toEqual([0, 2]);
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7 });
    expect(sockNamed(h, 'c').queued()).toBe(1);
  });
  test('the connected 4-tuple (+4 peer address, +4 peer port) beats a socket bound to the same address, even bound later', () => {
    // early demux off, so the choice is compute_score's
    const h = makeHost({ profile, sysctl: { ip_early_demux: 0 }, sockets: [
      { name: 'c', port: 7, connect: { address: '10.0.0.9', port: 999 } },
      { name: 'u', port: 7, address: '10.0.0.1' },
    ] });
    receive(h, { src: '10.0.0.9', sport: 999, dst: '10.0.0.1', dport: 7 });
    expect([sockNamed(h, 'c').queued(), sockNamed(h, 'u').queued()]).toEqual([1, 0]);
  });
});

describe.each(PROFILES)('%s early demux (udp_v4_early_demux: INET_MATCH on the full 4-tuple)', (profile) => {
  test('the only socket, connected, is found by early demux: sk_rx_dst saved, so rp_filter is skipped next time', () => {
    const h = makeHost({ profile, sockets: [{ name: 'c', port: 7, connect: { address: '10.0.0.9', port: 999 } }] });
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7 });
    expect(sockNamed(h, 'c').rx_dst).toBe(true);
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7, flags: ['rp_filter'] });
    expect(sockNamed(h, 'c').queued()).toBe(2);
  });
  test('a connected socket on another port, or bound to another address, is not an early-demux match', () => {
    const h = makeHost({ profile, localAddresses: ['10.0.0.1', '10.0.0.3'], sockets: [
      { name: 'c', port: 7, connect: { address: '10.0.0.9', port: 999 } }, // bound 10.0.0.1 by connect()
      { name: 'other-port', port: 8 },
      { name: 'any', port: 7 },
    ] });
    receive(h, { src: '10.0.0.9', sport: 999, dst: '10.0.0.1', dport: 8 });
    receive(h, { src: '10.0.0.9', sport: 999, dst: '10.0.0.3', dport: 7 });
    expect(['c', 'other-port', 'any'].map((n) => sockNamed(h, n).queued())).toEqual([0, 1, 1]);
    expect(sockNamed(h, 'c').rx_dst).toBe(false);
  });
});

describe.each(PROFILES)('%s __udp4_lib_mcast_deliver', (profile) => {
  test('only sockets that __udp_is_mcast_sock accepts get a copy: not one connected elsewhere, not one bound to another address', () => {
    const h = makeHost({ profile, sockets: [
      { name: 'joined', port: 5000, multicast: '239.1.1.1' },
      { name: 'connelse', port: 5000, address: '239.1.1.1', connect: { address: '10.0.0.7', port: 40000 } },
      { name: 'connport', port: 5000, address: '239.1.1.1', connect: { address: '10.0.0.2', port: 1 } },
      { name: 'bound', port: 5000, address: '10.0.0.1' },
      { name: 'connpeer', port: 5000, address: '239.1.1.1', connect: { address: '10.0.0.2', port: 40000 } },
    ] });
    receive(h, { dst: '239.1.1.1', dport: 5000, flags: ['multicast'] });
    expect(['joined', 'connelse', 'connport', 'bound', 'connpeer'].map((n) => sockNamed(h, n).queued())).toEqual([1, 0, 0, 0, 1]);
  });
  test('a single receiver at socket index 0 gets the original skb; nothing is ignored or dropped', () => {
    const h = makeHost({ profile, events: true, sockets: [{ name: 'joined', port: 5000, multicast: '239.1.1.1' }, { name: 'x', port: 6000 }] });
    receive(h, { dst: '239.1.1.1', dport: 5000, flags: ['multicast'] });
    expect([sockNamed(h, 'joined').queued(), h.mib.udp.IgnoredMulti, h.skbs.live]).toEqual([1, 0, 1]);
    expect(drops(h)).toEqual([]);
  });
  test('two receivers: one clone and the original; IgnoredMulti stays 0 and nothing is dropped', () => {
    const h = makeHost({ profile, events: true, sockets: [{ name: 'a', port: 5000, multicast: '239.1.1.1' }, { name: 'b', port: 5000 }] });
    receive(h, { dst: '239.1.1.1', dport: 5000, flags: ['multicast'] });
    expect([sockNamed(h, 'a').queued(), sockNamed(h, 'b').queued(), h.mib.udp.IgnoredMulti, h.skbs.live]).toEqual([1, 1, 0, 2]);
    expect(drops(h)).toEqual([]);
  });
});

describe('drop sites: skb:kfree_skb location (and the 6.x reason)', () => {
  const reason = (profile: string, r: string) => (profile === 'linux-3.13' ? null : r);
  test.each(PROFILES)('%s: short packet -> __udp4_lib_rcv PKT_TOO_SMALL; no socket + bad checksum -> __udp4_lib_rcv UDP_CSUM', (profile) => {
    const h = makeHost({ profile, events: true, sockets: [] });
    receive(h, { dport: 7, flags: ['udp_len_short'] });
    receive(h, { dport: 7, payload: 500, flags: ['udp_csum'] });
    expect(drops(h)).toEqual([
      ['net/ipv4/udp.c:__udp4_lib_rcv', reason(profile, 'PKT_TOO_SMALL')],
      ['net/ipv4/udp.c:__udp4_lib_rcv', reason(profile, 'UDP_CSUM')],
    ]);
  });
  test.each(PROFILES)('%s: a bad checksum found while copying in recvmsg -> udp_recvmsg UDP_CSUM', (profile) => {
    const h = makeHost({ profile, events: true, sockets: [{ name: 's', port: 7 }] });
    receive(h, { dport: 7, payload: 500, flags: ['udp_csum'] });
    udp_recvmsg(h, h.sockets[0], Infinity, 0);
    expect(drops(h)).toEqual([['net/ipv4/udp.c:udp_recvmsg', reason(profile, 'UDP_CSUM')]]);
  });
  // kfree_skb on 6.x too, recorded at __udp4_lib_rcv, where __udp4_lib_mcast_deliver is inlined (golden/kernel
  // mcast-joined-noport, mcast-inet6-socket on 6.12 and 6.18)
  test('a broadcast nobody listens to is kfree_skb-ed in __udp4_lib_mcast_deliver, inlined into __udp4_lib_rcv', () => {
    for (const profile of PROFILES) {
      const h = makeHost({ profile, events: true, sockets: [{ name: 's', port: 6000 }] });
      receive(h, { dst: '10.0.0.255', dport: 7, flags: ['broadcast'] });
      expect(drops(h)).toEqual([['net/ipv4/udp.c:__udp4_lib_rcv', reason(profile, 'NOT_SPECIFIED')]]);
    }
  });
  test('3.13: sk_rcvqueues_full -> udp_queue_rcv_skb; sock_queue_rcv_skb -ENOMEM -> __udp_queue_rcv_skb', () => {
    const h = makeHost({ profile: 'linux-3.13', events: true, sockets: [{ name: 's', port: 7, soRcvbuf: 1 }] }); // rcvbuf 2304
    receive(h, { dport: 7, truesize: 2000 }, 3);
    // 1st: rmem 0 -> queued; 2nd: rmem 2000 < 2304 passes sk_rcvqueues_full (2000 <= 2304) and
    // sock_queue_rcv_skb (2000 < 2304) -> queued; 3rd: 4000 > 2304 -> sk_rcvqueues_full
    expect(drops(h)).toEqual([['net/ipv4/udp.c:udp_queue_rcv_skb', null]]);
    const h2 = makeHost({ profile: 'linux-3.13', events: true, sockets: [{ name: 's', port: 7, soRcvbuf: 1 }] });
    receive(h2, { dport: 7, truesize: 2304 }, 2);
    // 2nd: sk_rcvqueues_full 2304 > 2304 is false; sock_queue_rcv_skb 2304 >= 2304 -> -ENOMEM
    expect(drops(h2)).toEqual([['net/ipv4/udp.c:__udp_queue_rcv_skb', null]]);
  });
  test('6.18: a udp_rmem_schedule failure is dropped at __udp_enqueue_schedule_skb with PROTO_MEM', () => {
    const h = makeHost({ profile: 'linux-6.18', events: true, sockets: [{ name: 's', port: 7 }], sysctl: { udp_mem: [0, 0, 0] } });
    receive(h, { dport: 7 });
    expect(drops(h)).toEqual([['net/ipv4/udp.c:__udp_enqueue_schedule_skb', 'PROTO_MEM']]);
  });
});

describe('memory and queues', () => {
  test('3.13 sk_rmem_schedule: `size <= sk_forward_alloc` uses the forward allocation without a new page', () => {
    const h = makeHost({ profile: 'linux-3.13', sockets: [{ name: 's', port: 7 }] });
    receive(h, { dport: 7, truesize: 2048 }, 2);
    const s = h.sockets[0];
    expect([s.queued(), s.forward_alloc, inet_state(h).udpMemoryAllocated]).toEqual([2, 0, 1]);
  });
  test('6.x __skb_recv_udp: reads come from reader_queue first; each read returns one distinct datagram', () => {
    const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 7 }] });
    const s = h.sockets[0];
    receive(h, { dport: 7 }, 5);
    expect(udp_recvmsg(h, s, 2, 0)).toBe(2);
    expect(s.queued()).toBe(3);
    expect(h.skbs.live).toBe(3);
    expect(udp_recvmsg(h, s, Infinity, 0)).toBe(3);
    expect([h.mib.udp.InDatagrams, h.skbs.live, s.queued()]).toEqual([5, 0, 0]);
  });
  test('6.x __skb_recv_udp splices sk_receive_queue only into an empty reader_queue, so the read that empties reader_queue releases the deficit', () => {
    const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 7 }] });
    const s = h.sockets[0];
    receive(h, { dport: 7, truesize: 1000 }, 2);
    udp_recvmsg(h, s, 1, 0); // splices both; deficit 1000 < forward_threshold and reader_queue not empty
    expect([s.rmem_alloc, s.forward_deficit]).toEqual([2000, 1000]);
    receive(h, { dport: 7, truesize: 1000 }); // waits in sk_receive_queue
    udp_recvmsg(h, s, 1, 0); // served from reader_queue, which is now empty: udp_rmem_release runs
    expect([s.rmem_alloc, s.forward_deficit, s.queued()]).toEqual([1000, 0, 1]);
  });
  test('6.x: every datagram is read exactly once, whatever the interleaving of arrivals and reads', () => {
    const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 7, soRcvbuf: 8000 }] });
    const s = h.sockets[0];
    let sent = 0;
    for (let i = 0; i < 30; i++) {
      const n = (i % 3) + 1;
      receive(h, { dport: 7, truesize: 500 }, n);
      sent += n;
      udp_recvmsg(h, s, (i % 2) + 1, 0);
    }
    udp_recvmsg(h, s, Infinity, 0);
    expect([h.mib.udp.InDatagrams, s.drops, h.skbs.live, s.queued(), s.rmem_alloc]).toEqual([sent, 0, 0, 0, 0]);
  });
  test('6.x udp_rmem_schedule asks for memory only when the datagram exceeds sk_forward_alloc (delta > 0)', () => {
    // udp_mem [0, 0, 1], udp_rmem_min 4096: above udp_mem[0] only a socket holding less than udp_rmem_min
    // (with this datagram charged: `atomic_add(size, &sk->sk_rmem_alloc)` comes first) may take a page
    const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 7 }], sysctl: { udp_mem: [0, 0, 1], udp_rmem_min: 4096 } });
    receive(h, { dport: 7, truesize: 2048 }, 3);
    // #1 takes the page (rmem 2048), #2 fits the forward allocation exactly (delta 0), #3 needs a page beyond udp_mem[2]: refused
    expect([h.sockets[0].queued(), h.sockets[0].drops, h.sockets[0].forward_alloc, inet_state(h).udpMemoryAllocated]).toEqual([2, 1, 0, 1]);
  });
  test('3.13 release_sock runs the socket backlog through __udp_queue_rcv_skb and zeroes sk_backlog.len', () => {
    const h = makeHost({ profile: 'linux-3.13', sockets: [{ name: 's', port: 7 }] });
    const s = h.sockets[0];
    lock_sock(h, s);
    receive(h, { dport: 7, truesize: 1000 }, 3);
    expect([s.queued(), s.backlog.length, s.backlog_len]).toEqual([0, 3, 3000]);
    release_sock(h, s);
    expect([s.queued(), s.backlog.length, s.backlog_len, s.owned_by_user]).toEqual([3, 0, 0, false]);
  });
});
