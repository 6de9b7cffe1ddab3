// InDatagrams moves in udp_recvmsg, never at enqueue (spec 6 "InDatagrams", live 9.3).
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';
import { udp_recvmsg } from '../../src/model/udp.ts';

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  test('InDatagrams is 0 until read, then the number read', () => {
    const h = makeHost({ profile, sockets: [{ name: 's', port: 53 }] });
    receive(h, { dport: 53, payload: 64 }, 25);
    expect(h.mib.udp.InDatagrams).toBe(0);
    expect(h.mib.ip.InReceives).toBe(25);
    expect(h.mib.ip.InDelivers).toBe(25);
    expect(udp_recvmsg(h, h.sockets[0], 10, 0)).toBe(10);
    expect(h.mib.udp.InDatagrams).toBe(10);
    expect(udp_recvmsg(h, h.sockets[0], Infinity, 0)).toBe(15);
    expect(h.mib.udp.InDatagrams).toBe(25);
    expect(udp_recvmsg(h, h.sockets[0], 5, 0)).toBe(0);
    expect(h.skbs.live).toBe(0);
  });
});
