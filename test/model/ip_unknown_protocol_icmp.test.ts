// ip_local_deliver_finish / ip_protocol_deliver_rcu: no handler, no raw socket.
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  test('unknown protocol: InUnknownProtos + ICMP protocol unreachable, not InDelivers', () => {
    const h = makeHost({ profile });
    receive(h, { dport: 7, proto: 47 }, 4);
    expect([h.mib.ip.InUnknownProtos, h.mib.icmp.OutMsgs, h.mib.icmp.OutDestUnreachs, h.mib.ip.InDelivers, h.skbs.live]).toEqual([4, 4, 4, 0, 0]);
  });
  test('no ICMP error about a broadcast datagram', () => {
    const h = makeHost({ profile });
    receive(h, { dst: '255.255.255.255', dport: 7, proto: 47, flags: ['broadcast'] });
    expect([h.mib.ip.InUnknownProtos, h.mib.icmp.OutMsgs, h.mib.ipExt.InBcastPkts]).toEqual([1, 0, 1]);
  });
});
