// Properties over the toy implementation's observations, for runner tests.
import fc from 'fast-check';
import type { Property } from '../../properties/types.ts';
import { fail, pass } from '../../properties/types.ts';
import type { ProfileName } from '../../src/generated/schema-types.ts';
import { toyScenario } from './fakes.ts';

const end = (o: { checkpoints: { counters: unknown }[] }) => o.checkpoints.at(-1)!.counters as { snmp: { Ip: Record<string, number>; Udp: Record<string, number> } };

export const deliversAll: Property = {
  name: 'delivers-what-arrives', title: 'Ip InDelivers equals InReceives', rule: 'net/ipv4/ip_input.c:ip_local_deliver (toy)',
  reads: 'counters', profiles: ['linux-3.13', 'linux-6.18'],
  arbitrary: (p: ProfileName) => fc.integer({ min: 1, max: 300 }).map((n) => toyScenario(p, n)),
  check: (_s, obs) => {
    const ip = end(obs).snmp.Ip;
    return ip.InDelivers === ip.InReceives ? pass
      : fail('every datagram that arrives at IP is delivered', { checkpoint: 'end', path: 'snmp.Ip.InDelivers', expected: ip.InReceives, actual: ip.InDelivers });
  },
};

export const rcvbufPaired: Property = {
  name: 'rcvbuf-errors-paired', title: 'RcvbufErrors are InErrors too', rule: 'net/ipv4/udp.c:__udp_queue_rcv_skb (toy)',
  reads: 'counters', profiles: ['linux-6.18'],
  arbitrary: (p: ProfileName) => fc.integer({ min: 1, max: 300 }).map((n) => toyScenario(p, n)),
  check: (_s, obs) => (end(obs).snmp.Udp.RcvbufErrors <= end(obs).snmp.Udp.InErrors ? pass : fail('RcvbufErrors without InErrors')),
};

