// ip_rcv / ip_rcv_core: the header checks in the kernel's order, each with its counters (spec 5).
import { describe, expect, test } from 'vitest';
import type { FrameFlag } from '../../src/generated/schema-types.ts';
import { makeHost, receive } from './udp-host.ts';

function counters(profile: 'linux-3.13' | 'linux-6.18', flags: FrameFlag[]) {
  const h = makeHost({ profile, sockets: [{ name: 's', port: 7 }] });
  receive(h, { dport: 7, payload: 10, flags });
  const { ip, ipExt, udp } = h.mib;
  return {
    InReceives: ip.InReceives, InHdrErrors: ip.InHdrErrors, InCsumErrors: ipExt.InCsumErrors,
    InTruncatedPkts: ipExt.InTruncatedPkts, InNoECTPkts: ipExt.InNoECTPkts, InDelivers: ip.InDelivers,
    InOctets: ipExt.InOctets, queued: h.sockets[0].queued(), live: h.skbs.live, udpInErrors: udp.InErrors,
  };
}

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  test('PACKET_OTHERHOST is dropped before InReceives', () => {
    expect(counters(profile, ['otherhost', 'ip_csum'])).toMatchObject({ InReceives: 0, InHdrErrors: 0, InOctets: 0, live: 0 });
  });
  test('a good frame: InReceives, InOctets = IP length, InNoECTPkts, InDelivers', () => {
    expect(counters(profile, [])).toMatchObject({ InReceives: 1, InOctets: 38, InNoECTPkts: 1, InDelivers: 1, queued: 1 });
  });
  test('bad version and bad checksum: InHdrErrors once, no InCsumErrors, no InNoECTPkts (version is checked first)', () => {
    expect(counters(profile, ['ip_version', 'ip_csum'])).toMatchObject({ InReceives: 1, InHdrErrors: 1, InCsumErrors: 0, InNoECTPkts: 0, live: 0 });
  });
  test('ihl < 5 is an InHdrErrors like a bad version', () => {
    expect(counters(profile, ['ip_ihl'])).toMatchObject({ InHdrErrors: 1, InNoECTPkts: 0 });
  });
  test('bad header checksum: InCsumErrors and InHdrErrors, after InNoECTPkts', () => {
    expect(counters(profile, ['ip_csum', 'ip_truncated'])).toMatchObject({ InHdrErrors: 1, InCsumErrors: 1, InNoECTPkts: 1, InTruncatedPkts: 0 });
  });
  test('tot_len beyond the frame: InTruncatedPkts only (checked before tot_len < ihl*4)', () => {
    expect(counters(profile, ['ip_truncated', 'ip_len_short'])).toMatchObject({ InTruncatedPkts: 1, InHdrErrors: 0, InDelivers: 0 });
  });
  test('tot_len below the header: InHdrErrors', () => {
    expect(counters(profile, ['ip_len_short'])).toMatchObject({ InHdrErrors: 1, InTruncatedPkts: 0 });
  });
  test('a bad IP option: InHdrErrors after the route lookup, even for a frame with no route', () => {
    const h = makeHost({ profile });
    receive(h, { dport: 7, flags: ['ip_options', 'no_route'] });
    expect([h.mib.ip.InHdrErrors, h.mib.ip.InAddrErrors, h.mib.ipExt.InNoRoutes]).toEqual([1, 0, 0]);
  });
});
