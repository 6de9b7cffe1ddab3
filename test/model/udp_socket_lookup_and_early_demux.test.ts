// Socket lookup (bound address, INADDR_ANY, connected 4-tuple) and UDP early demux.
import { describe, expect, test } from 'vitest';
import { makeHost, makeSkb, receive, sockNamed } from './udp-host.ts';
import { ip_rcv } from '../../src/model/ip_input.ts';

const socks = [
  { name: 'any', port: 7 },
  { name: 'bound', port: 7, address: '10.0.0.1' },
  { name: 'conn', port: 7, connect: { address: '10.0.0.9', port: 999 } },
];

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  test('the connected socket gets its 4-tuple, others go to the bound or wildcard socket', () => {
    const h = makeHost({ profile, sockets: socks, localAddresses: ['10.0.0.1', '10.0.0.2'] });
    receive(h, { src: '10.0.0.9', sport: 999, dst: '10.0.0.1', dport: 7 });
    receive(h, { src: '10.0.0.9', sport: 998, dst: '10.0.0.1', dport: 7 });
    receive(h, { src: '10.0.0.9', sport: 998, dst: '10.0.0.2', dport: 7 });
    expect(socks.map((s) => sockNamed(h, s.name).queued())).toEqual([1, 1, 1]);
  });
  test('early demux finds the connected socket, saves sk_rx_dst; the socket saves the flow hash', () => {
    const h = makeHost({ profile, sockets: socks });
    const conn = sockNamed(h, 'conn');
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7, hash: 0xabcdef });
    expect(conn.rx_dst).toBe(true);
    expect(conn.rxhash).toBe(0xabcdef);
    // with the cached dst, the route lookup (and its rp_filter check) is skipped
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7, flags: ['rp_filter'] });
    expect(conn.queued()).toBe(2);
    expect(h.mib.tcpExt.IPReversePathFilter).toBe(0);
  });
  test('an unconnected socket never saves a flow hash', () => {
    const h = makeHost({ profile, sockets: socks });
    receive(h, { src: '10.0.0.3', dport: 7, hash: 77 });
    expect(sockNamed(h, 'bound').rxhash).toBe(0);
  });
});

test('linux-6.18 udp_early_demux=0: no early demux, the lookup still finds the connected socket', () => {
  const h = makeHost({ profile: 'linux-6.18', sockets: socks, sysctl: { udp_early_demux: 0 } });
  const skb = makeSkb(h, { src: '10.0.0.9', sport: 999, dport: 7 });
  ip_rcv(h, skb, 0);
  const conn = sockNamed(h, 'conn');
  expect(conn.queued()).toBe(1);
  expect(conn.rx_dst).toBe(false);
});

test('a connect()ed socket bound to INADDR_ANY takes the source address connect() chose', () => {
  const h = makeHost({ profile: 'linux-6.18', sockets: [
    { name: 'c1', port: 7, connect: { address: '10.0.0.9', port: 999 } },
    { name: 'c2', port: 8, connect: { address: '127.0.0.1', port: 999 } },
  ] });
  expect(h.sockets.map((s) => s.procRow().local_address)).toEqual(['0100000A:0007', '0100007F:0008']);
  expect(h.sockets[0].procRow().rem_address).toBe('0900000A:03E7');
});
