// inet_recvmsg -> sock_rps_record_flow: a connected socket writes its sk_rxhash with the reading CPU.
import { describe, expect, test } from 'vitest';
import { makeHost, receive } from './udp-host.ts';
import { udp_recvmsg } from '../../src/model/udp.ts';
import { RpsSockFlowTable, } from '../../src/model/softnet.ts';
import { RPS_NO_CPU } from '../../src/model/profile.ts';

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  test('connected: recorded at the slot of its hash; unconnected: nothing recorded', () => {
    const h = makeHost({ profile, sockets: [
      { name: 'c', port: 7, connect: { address: '10.0.0.9', port: 999 } },
      { name: 'u', port: 8 },
    ] });
    const table = new RpsSockFlowTable(256, RPS_NO_CPU);
    h.core.sockFlowTable = table;
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7, hash: 0x1234 });
    receive(h, { dport: 8, hash: 0x5678 });
    udp_recvmsg(h, h.sockets[1], 1, 1);
    expect(Array.from(table.ents).every((v) => v === RPS_NO_CPU)).toBe(true);
    udp_recvmsg(h, h.sockets[0], 1, 1);
    expect(Array.from(table.ents).filter((v) => v !== RPS_NO_CPU)).toHaveLength(1);
  });
});
