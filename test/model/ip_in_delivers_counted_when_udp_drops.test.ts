// InDelivers counts every datagram UDP's handler took, even the ones it dropped (spec 5.11; live:
// InDelivers == InReceives while RcvbufErrors > 0).
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  test('InDelivers == InReceives while the socket drops most of them', () => {
    const h = makeHost({ profile, sockets: [{ name: 's', port: 7, soRcvbuf: 0 }] });
    receive(h, { dport: 7, payload: 100 }, 50);
    expect(h.mib.ip.InReceives).toBe(50);
    expect(h.mib.ip.InDelivers).toBe(50);
    expect(h.mib.udp.InErrors).toBeGreaterThan(40);
    expect(h.sockets[0].drops).toBe(h.mib.udp.InErrors);
  });
});
