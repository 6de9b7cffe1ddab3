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

// OutOctets of a forwarded packet: 3.13 and 6.1 ip_forward_finish add OUTOCTETS and ip_output adds them
// again; from 6.3 (read in 6.12.118) ip_forward counts only OUTFORWDATAGRAMS, so the bytes count once.
describe.each([['linux-3.13', 2], ['linux-6.1', 2], ['linux-6.12', 1], ['linux-6.18', 1]] as const)('%s forwarding', (profile, times) => {
  test(`OutOctets counts a forwarded packet's bytes ${times === 2 ? 'twice' : 'once'}; OutRequests only up to 6.1`, () => {
    const h = makeHost({ profile, forwarding: true });
    receive(h, { dport: 7, flags: ['not_local'] }, 1);
    expect(h.mib.ip.ForwDatagrams).toBe(1);
    expect(h.mib.ipExt.OutOctets).toBe(times * h.mib.ipExt.InOctets);
    expect(h.mib.ip.OutRequests).toBe(times === 2 ? 1 : 0);
  });
});
