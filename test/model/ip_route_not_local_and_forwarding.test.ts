// Non-local destinations and missing routes with forwarding off and on (route.c:ip_route_input_slow, ip_error, ip_forward).
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  test('forwarding off: a non-local destination is InAddrErrors, no ICMP', () => {
    const h = makeHost({ profile });
    receive(h, { dst: '10.9.9.9', dport: 7 }, 3);
    expect([h.mib.ip.InAddrErrors, h.mib.ip.ForwDatagrams, h.mib.icmp.OutMsgs, h.mib.ip.InDelivers]).toEqual([3, 0, 0, 0]);
  });
  test('forwarding off: no route is EHOSTUNREACH too (InAddrErrors, not InNoRoutes)', () => {
    const h = makeHost({ profile });
    receive(h, { dport: 7, flags: ['no_route'] });
    expect([h.mib.ip.InAddrErrors, h.mib.ipExt.InNoRoutes]).toEqual([1, 0]);
  });
  test('forwarding on: a non-local destination is forwarded (ForwDatagrams, output counters)', () => {
    const h = makeHost({ profile, forwarding: true });
    receive(h, { dport: 7, flags: ['not_local'] }, 2);
    expect([h.mib.ip.ForwDatagrams, h.mib.ip.InAddrErrors, h.mib.ip.InDelivers, h.skbs.live]).toEqual([2, 0, 0, 0]);
    const out = profile === 'linux-3.13' ? h.mib.ip.OutRequests : h.mib.ip.OutTransmits;
    expect(out).toBe(2);
  });
  test('forwarding on: no route is InNoRoutes plus ICMP net unreachable', () => {
    const h = makeHost({ profile, forwarding: true });
    receive(h, { dport: 7, flags: ['no_route'] });
    expect([h.mib.ipExt.InNoRoutes, h.mib.icmp.OutMsgs, h.mib.icmp.OutDestUnreachs]).toEqual([1, 1, 1]);
  });
  test('rp_filter failure: TcpExt IPReversePathFilter, nothing delivered', () => {
    const h = makeHost({ profile, sockets: [{ name: 's', port: 7 }] });
    receive(h, { dport: 7, flags: ['rp_filter'] });
    expect([h.mib.tcpExt.IPReversePathFilter, h.mib.ip.InDelivers, h.mib.ip.InReceives, h.sockets[0].queued()]).toEqual([1, 0, 1, 0]);
  });
});
