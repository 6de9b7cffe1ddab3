// Where a bad UDP checksum is caught: 6.18 verifies UDP lengths <= CHECKSUM_BREAK (76) in
// udp4_csum_init and larger ones while copying at read; 3.13's udp4_csum_init never verifies.
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';
import { udp_recvmsg } from '../../src/model/udp.ts';

function run(profile: 'linux-3.13' | 'linux-6.18', payload: number) {
  const h = makeHost({ profile, sockets: [{ name: 's', port: 7 }] });
  const s = h.sockets[0];
  receive(h, { dport: 7, payload, flags: ['udp_csum'] });
  receive(h, { dport: 7, payload });
  const atReceive = { InCsumErrors: h.mib.udp.InCsumErrors, queued: s.queued() };
  const read = udp_recvmsg(h, s, 1, 0);
  return {
    atReceive, read, InCsumErrors: h.mib.udp.InCsumErrors, InErrors: h.mib.udp.InErrors,
    InDatagrams: h.mib.udp.InDatagrams, drops: s.drops, left: s.queued(), rmem: s.rmem_alloc, live: h.skbs.live,
  };
}

describe('bad UDP checksum', () => {
  test('6.18, payload 68 (UDP length 76): dropped on receive, never queued', () => {
    expect(run('linux-6.18', 68)).toEqual({
      atReceive: { InCsumErrors: 1, queued: 1 }, read: 1, InCsumErrors: 1, InErrors: 1, InDatagrams: 1, drops: 0, left: 0, rmem: 0, live: 0,
    });
  });
  test('6.18, payload 69: queued, found at read (InCsumErrors + InErrors + drops), skipped, the next one read', () => {
    expect(run('linux-6.18', 69)).toEqual({
      atReceive: { InCsumErrors: 0, queued: 2 }, read: 1, InCsumErrors: 1, InErrors: 1, InDatagrams: 1, drops: 1, left: 0, rmem: 0, live: 0,
    });
  });
  test('3.13, even a small payload is queued and found at read', () => {
    expect(run('linux-3.13', 10)).toEqual({
      atReceive: { InCsumErrors: 0, queued: 2 }, read: 1, InCsumErrors: 1, InErrors: 1, InDatagrams: 1, drops: 1, left: 0, rmem: 0, live: 0,
    });
  });
});
