// Multicast: the route exists only for joined groups (ip_check_mc_rcu); every socket on the port
// gets a copy (IP_MULTICAST_ALL defaults to 1), each charged the full truesize.
import { describe, expect, test } from 'vitest';
import { makeHost, receive, sockNamed } from './udp-host.ts';

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  const socks = [
    { name: 'joined', port: 5000, multicast: '239.1.1.1' },
    { name: 'wild', port: 5000 },
    { name: 'other', port: 5001 },
  ];
  test('a joined group: InMcastPkts/InMcastOctets, a clone for each socket on the port', () => {
    const h = makeHost({ profile, sockets: socks });
    receive(h, { dst: '239.1.1.1', dport: 5000, payload: 100, truesize: 832, flags: ['multicast'] }, 2);
    expect([h.mib.ipExt.InMcastPkts, h.mib.ipExt.InMcastOctets, h.mib.ip.InDelivers]).toEqual([2, 256, 2]);
    expect(['joined', 'wild', 'other'].map((n) => sockNamed(h, n).rmem_alloc)).toEqual([1664, 1664, 0]);
    expect(h.skbs.live).toBe(4);
  });
  test('a group nobody joined has no route: only InReceives moves', () => {
    const h = makeHost({ profile, sockets: socks });
    receive(h, { dst: '239.9.9.9', dport: 5000, flags: ['multicast'] });
    expect([h.mib.ip.InReceives, h.mib.ipExt.InMcastPkts, h.mib.ip.InDelivers, h.mib.udp.IgnoredMulti, h.skbs.live]).toEqual([1, 0, 0, 0, 0]);
  });
});
