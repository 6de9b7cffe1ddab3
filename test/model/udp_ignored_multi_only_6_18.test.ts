// __udp4_lib_mcast_deliver with no matching socket: 3.13 silent, 6.18 IgnoredMulti (spec 6a.7).
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';

describe('broadcast/multicast to no socket', () => {
  test('linux-3.13 frees it silently (kfree_skb, no counter)', () => {
    const h = makeHost({ profile: 'linux-3.13', events: true, sockets: [{ name: 's', port: 7 }] });
    receive(h, { dst: '10.0.0.255', dport: 8, flags: ['broadcast'] }, 3);
    expect([h.mib.udp.IgnoredMulti, h.mib.udp.NoPorts, h.mib.ipExt.InBcastPkts, h.mib.ip.InDelivers, h.skbs.live]).toEqual([0, 0, 3, 3, 0]);
    expect(h.trace!.events.filter((e) => e.event === 'kfree_skb')).toHaveLength(3);
  });
  test('linux-6.18 counts IgnoredMulti and consumes it (no kfree_skb event)', () => {
    const h = makeHost({ profile: 'linux-6.18', events: true, sockets: [{ name: 's', port: 7 }] });
    receive(h, { dst: '10.0.0.255', dport: 8, flags: ['broadcast'] }, 3);
    expect([h.mib.udp.IgnoredMulti, h.mib.udp.NoPorts, h.mib.icmp.OutMsgs, h.skbs.live]).toEqual([3, 0, 0, 0]);
    expect(h.trace!.events).toHaveLength(0);
  });
});
