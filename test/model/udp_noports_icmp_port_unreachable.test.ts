// __udp4_lib_rcv without a socket: NoPorts + ICMP port unreachable; a bad checksum is found first.
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  test('NoPorts and Icmp OutMsgs/OutDestUnreachs per datagram; InDelivers still counted', () => {
    const h = makeHost({ profile, sockets: [{ name: 's', port: 7 }] });
    receive(h, { dport: 8 }, 5);
    expect([h.mib.udp.NoPorts, h.mib.icmp.OutMsgs, h.mib.icmp.OutDestUnreachs, h.mib.ip.InDelivers, h.mib.udp.InErrors]).toEqual([5, 5, 5, 5, 0]);
  });
  test('the ICMP error goes through __ip_local_out/ip_output: 20 + 8 + offending datagram bytes', () => {
    const h = makeHost({ profile });
    const sent: number[] = [];
    h.ip_local_out_hook = (_h, _dev, len, proto) => { sent.push(len, proto); };
    receive(h, { dport: 8, payload: 100 });
    expect(sent).toEqual([28 + 128, 1]);
    expect(h.mib.ipExt.OutOctets).toBe(156);
    expect(h.mib.ip.OutRequests).toBe(1);
    expect(h.mib.ip.OutTransmits).toBe(profile === 'linux-6.18' ? 1 : 0);
  });
  test('ICMP quotes at most 548 bytes of the offending datagram (576-byte error)', () => {
    const h = makeHost({ profile });
    receive(h, { dport: 8, payload: 5000 });
    expect(h.mib.ipExt.OutOctets).toBe(576);
  });
  test('no socket and a bad checksum (large payload): InCsumErrors + InErrors, no NoPorts, no ICMP', () => {
    const h = makeHost({ profile });
    receive(h, { dport: 8, payload: 1000, flags: ['udp_csum'] });
    expect([h.mib.udp.InCsumErrors, h.mib.udp.InErrors, h.mib.udp.NoPorts, h.mib.icmp.OutMsgs]).toEqual([1, 1, 0, 0]);
  });
  test('UDP length too long or too short: InErrors only', () => {
    const h = makeHost({ profile, sockets: [{ name: 's', port: 7 }] });
    receive(h, { dport: 7, flags: ['udp_len_long'] });
    receive(h, { dport: 7, flags: ['udp_len_short', 'udp_csum'] });
    expect([h.mib.udp.InErrors, h.mib.udp.InCsumErrors, h.mib.ip.InDelivers, h.sockets[0].queued()]).toEqual([2, 0, 2, 0]);
  });
});
