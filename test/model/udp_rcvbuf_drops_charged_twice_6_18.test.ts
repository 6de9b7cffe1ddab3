// 6.18: every receive-buffer drop gives RcvbufErrors = InErrors = socket drops (spec 6c, live 9.3),
// and the queue never exceeds rcvbuf unless it holds a single oversize datagram.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { makeHost, receive } from './udp-host.ts';
import { udp_recvmsg } from '../../src/model/udp.ts';
import { skb_truesize } from '../../src/model/truesize.ts';

describe('linux-6.18 rcvbuf drops', () => {
  test('RcvbufErrors = InErrors = drops, accepted + dropped = sent, rmem <= rcvbuf or one skb', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 300000 }), fc.integer({ min: 0, max: 65507 }), fc.integer({ min: 1, max: 300 }),
      fc.integer({ min: 0, max: 300 }),
      (so, payload, n, reads) => {
        const h = makeHost({ profile: 'linux-6.18', sockets: [{ name: 's', port: 7, soRcvbuf: so }] });
        const s = h.sockets[0];
        receive(h, { dport: 7, payload }, n);
        udp_recvmsg(h, s, reads, 0);
        receive(h, { dport: 7, payload }, n);
        const u = h.mib.udp;
        expect(u.RcvbufErrors).toBe(u.InErrors);
        expect(s.drops).toBe(u.InErrors);
        expect(u.InDatagrams + s.queued() + s.drops).toBe(2 * n);
        expect(s.rmem_alloc).toBeLessThanOrEqual(Math.max(s.rcvbuf, skb_truesize('linux-6.18', payload)));
        expect(h.mib.ip.InDelivers).toBe(2 * n);
      },
    ), { seed: 1813, numRuns: 150 });
  });

  test('a rule that charges rcvbuf drops to InErrors only (a faulty kernel) breaks the equality', () => {
    const h = makeHost({
      profile: 'linux-6.18', sockets: [{ name: 's', port: 7, soRcvbuf: 1152 }],
      udpRules: { chargeRcvbuf: (udp) => { udp.InErrors++; } },
    });
    receive(h, { dport: 7, payload: 100 }, 10);
    expect(h.mib.udp.InErrors).toBe(8);
    expect(h.mib.udp.RcvbufErrors).toBe(0);
  });
});
