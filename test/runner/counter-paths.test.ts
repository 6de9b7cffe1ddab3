// Counter paths name a snapshot's values the way golden traces' `observed` and an implementation's
// `observes` do; a pattern names a counter and everything below it.
import { describe, expect, test } from 'vitest';
import { flattenSnapshot, pathFilter, readPath, tokens } from '../../src/oracle/counter-paths.ts';
import { zeroSnapshot } from './fakes.ts';

describe('counter paths', () => {
  test('flattening names every leaf, arrays by index, internal left out', () => {
    const s = zeroSnapshot({ profile: 'linux-6.18', cpus: 2 });
    s.internal = { backlog: [{ cpu: 0, input_qlen: 1, process_qlen: 2 }] };
    const f = flattenSnapshot(s);
    expect(f.get('softnet_stat[1].dropped')).toBe(0);
    expect(f.get('snmp.Udp.InErrors')).toBe(0);
    expect(f.get('softirqs.NET_RX[1]')).toBe(0);
    expect([...f.keys()].some((k) => k.startsWith('internal'))).toBe(false);
    expect(flattenSnapshot(s, { internal: true }).get('internal.backlog[0].process_qlen')).toBe(2);
  });

  test('both index spellings tokenize alike', () => {
    expect(tokens('softnet_stat[0].dropped')).toEqual(['softnet_stat', '[0]', 'dropped']);
    expect(tokens('softnet_stat.[0].dropped')).toEqual(['softnet_stat', '[0]', 'dropped']);
  });

  test('a pattern covers what is below it; * matches any key or index', () => {
    const f = pathFilter(['snmp.Udp', 'udp[*].drops', 'softnet_stat.[0].dropped', 'dev.*.rx_packets']);
    expect(f('snmp.Udp.RcvbufErrors')).toBe(true);
    expect(f('snmp.Ip.InReceives')).toBe(false);
    expect(f('udp[3].drops')).toBe(true);
    expect(f('udp[3].rx_queue')).toBe(false);
    expect(f('softnet_stat[0].dropped')).toBe(true);
    expect(f('softnet_stat[1].dropped')).toBe(false);
    expect(f('dev.eth0.rx_packets')).toBe(true);
    expect(pathFilter(undefined)('anything')).toBe(true);
  });

  test('readPath follows keys and indexes', () => {
    const s = zeroSnapshot({ profile: 'linux-6.18', cpus: 2 });
    s.softnet_stat[1]!.processed = 9;
    expect(readPath(s, 'softnet_stat[1].processed')).toBe(9);
    expect(readPath(s, 'nope.x')).toBeUndefined();
  });
});
