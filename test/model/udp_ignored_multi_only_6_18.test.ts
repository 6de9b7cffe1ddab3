// __udp4_lib_mcast_deliver with no matching socket: 3.13 silent, 6.18 IgnoredMulti (spec 6a.7); kfree_skb on both.
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';

describe('broadcast/multicast to no socket', () => {
  test('linux-3.13 frees it silently (kfree_skb, no counter)', () => {
    const h = makeHost({ profile: 'linux-3.13', events: true, sockets: [{ name: 's', port: 7 }] });
    receive(h, { dst: '10.0.0.255', dport: 8, flags: ['broadcast'] }, 3);
    expect([h.mib.udp.IgnoredMulti, h.mib.udp.NoPorts, h.mib.ipExt.InBcastPkts, h.mib.ip.InDelivers, h.skbs.live]).toEqual([0, 0, 3, 3, 0]);
    expect(h.trace!.events.filter((e) => e.event === 'kfree_skb')).toHaveLength(3);
  });
  // kfree_skb, not consume_skb: recorded at __udp4_lib_rcv (where __udp4_lib_mcast_deliver is inlined) on 6.12 and
  // 6.18 (golden/kernel mcast-joined-noport, mcast-inet6-socket)
  test('linux-6.18 counts IgnoredMulti and frees it with kfree_skb (NOT_SPECIFIED)', () => {
    const h = makeHost({ profile: 'linux-6.18', events: true, sockets: [{ name: 's', port: 7 }] });
    receive(h, { dst: '10.0.0.255', dport: 8, flags: ['broadcast'] }, 3);
    expect([h.mib.udp.IgnoredMulti, h.mib.udp.NoPorts, h.mib.icmp.OutMsgs, h.skbs.live]).toEqual([3, 0, 0, 0]);
    const frees = h.trace!.events.filter((e) => e.event === 'kfree_skb') as { location: string; reason?: string }[];
    expect(frees.map((e) => `${e.location} ${e.reason}`)).toEqual(Array(3).fill('net/ipv4/udp.c:__udp4_lib_rcv NOT_SPECIFIED'));
  });
});
