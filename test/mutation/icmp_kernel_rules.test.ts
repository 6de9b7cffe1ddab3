// net/ipv4/icmp.c rules for ICMP frames the workload sends (the type travels in the flow's sport):
// icmp_rcv's per-type counters and `type > NR_ICMP_TYPES -> goto error` (Icmp InErrors), and
// __icmp_send's refusal to answer an ICMP error or an unknown ICMP type with an error.
import { describe, expect, it } from 'vitest';
import { PROFILES, end, frames, nic, scenario, sim } from '../model/build.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

const host = (profile: (typeof PROFILES)[number]) => ({ profile, cpus: 1, devices: [nic('eth0')] });

describe.each(PROFILES)('%s ICMP frames', (profile) => {
  it('icmp_rcv: InMsgs for each, the per-type In counter for 3, 11, 12 only, InErrors for a type above NR_ICMP_TYPES (18); each is an IP InDeliver', () => {
    const types = [3, 4, 5, 11, 12, 18 + 1, 200];
    const s = end(sim(scenario(host(profile), types.map((t, i) => frames(i * 10_000, 'eth0', 1, { flow: { dport: 7, proto: 1, sport: t } })))));
    expect(s.snmp.Icmp).toMatchObject({ InMsgs: 7, InErrors: 2, InDestUnreachs: 1, InTimeExcds: 1, InParmProbs: 1, OutMsgs: 0 });
    expect(s.snmp.Ip.InDelivers).toBe(7);
  });

  it('__icmp_send: a bad IP option in an ICMP error or an unknown ICMP type gets no parameter problem; in a UDP datagram it does', () => {
    const s = end(sim(scenario(host(profile), [
      frames(0, 'eth0', 1, { flow: { dport: 7, proto: 1, sport: 3 }, flags: ['ip_options'] }),
      frames(10_000, 'eth0', 1, { flow: { dport: 7, proto: 1, sport: 99 }, flags: ['ip_options'] }),
      frames(20_000, 'eth0', 1, { flow: { dport: 7 }, flags: ['ip_options'] }),
    ])));
    expect(s.snmp.Ip.InHdrErrors).toBe(3);
    expect([s.snmp.Icmp.OutMsgs, s.snmp.Icmp.OutParmProbs]).toEqual([1, 1]);
  });

  it('an ICMP frame must say its type: an ICMP query (echo, 8) or no sport is an input error naming /workload/N/flow/sport', () => {
    for (const sport of [8, undefined]) {
      const flow = sport === undefined ? { dport: 7, proto: 1 } : { dport: 7, proto: 1, sport };
      try {
        scenario(host(profile), [frames(0, 'eth0', 1, { flow })]);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(RxpathInputError);
        expect(String((e as Error).message)).toMatch(/\/workload\/0\/flow\/sport: must be the ICMP type of an ICMP frame \(proto 1\)/);
      }
    }
  });
});
