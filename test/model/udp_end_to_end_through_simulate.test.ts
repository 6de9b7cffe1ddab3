// The IPv4/UDP half inside the whole model: scenarios through simulate() (src/model/index.ts).
import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';

type Counters = {
  snmp: { Ip: Record<string, number>; Icmp: Record<string, number>; Udp: Record<string, number> };
  udp: { name: string; rx_queue: number; drops: number }[];
};
function at(obs: ReturnType<typeof simulate>, label: string): Counters {
  const c = obs.checkpoints.find((x) => x.label === label);
  if (!c) throw new Error(`no checkpoint ${label}`);
  return (c as unknown as { counters: Counters }).counters;
}

describe('through simulate()', () => {
  test('6.18 loopback, rcvbuf 2304: 2 of 10 queued, RcvbufErrors = InErrors = drops = 8, InDelivers = 10', () => {
    const sc: Scenario = {
      name: 'rcvbuf-2304', config: { profile: 'linux-6.18', cpus: 2, sockets: [{ name: 's', port: 5000, soRcvbuf: 1152 }] },
      workload: [{ at: 0, op: 'frames', device: 'lo', flow: { dport: 5000 }, payload: 100, count: 10 }],
    };
    const end = at(simulate(sc), 'end');
    expect(end.snmp.Udp).toMatchObject({ RcvbufErrors: 8, InErrors: 8, InDatagrams: 0 });
    expect(end.snmp.Ip).toMatchObject({ InReceives: 10, InDelivers: 10 });
    expect(end.udp[0]).toMatchObject({ rx_queue: 1664, drops: 8 });
  });

  test('6.18 batched release (spec 9.4): 10 reads free nothing for admission, 40 reads do', () => {
    const f = (at: number) => ({ at, op: 'frames' as const, device: 'lo', flow: { dport: 9 }, payload: 100, count: 10 });
    const sc: Scenario = {
      name: 'release-batching', config: { profile: 'linux-6.18', cpus: 2, sockets: [{ name: 's', port: 9, soRcvbuf: 65536 }] },
      workload: [
        { at: 0, op: 'frames', device: 'lo', flow: { dport: 9 }, payload: 100, count: 200 },
        { at: 10_000_000, op: 'checkpoint', label: 'full' },
        { at: 11_000_000, op: 'read', socket: 's', count: 10 },
        { at: 12_000_000, op: 'checkpoint', label: 'read10' },
        f(13_000_000),
        { at: 14_000_000, op: 'checkpoint', label: 'sent10a' },
        { at: 15_000_000, op: 'read', socket: 's', count: 30 },
        f(16_000_000),
        { at: 17_000_000, op: 'checkpoint', label: 'sent10b' },
      ],
    };
    const obs = simulate(sc);
    expect(at(obs, 'full').udp[0]).toMatchObject({ rx_queue: 130624, drops: 43 });
    expect(at(obs, 'read10').udp[0].rx_queue).toBe(122304);
    expect(at(obs, 'read10').snmp.Udp.InDatagrams).toBe(10);
    expect(at(obs, 'sent10a').udp[0].drops).toBe(53);
    expect(at(obs, 'sent10b').udp[0].drops).toBe(53);
  });

  test('3.13 lock_sock: datagrams wait in the socket backlog and are queued at release_sock', () => {
    const sc: Scenario = {
      name: 'backlog', config: { profile: 'linux-3.13', cpus: 2, sockets: [{ name: 's', port: 9 }] },
      workload: [
        { at: 0, op: 'lock_sock', socket: 's', durationNs: 5_000_000 },
        { at: 1_000_000, op: 'frames', device: 'lo', flow: { dport: 9 }, payload: 100, count: 5 },
        { at: 2_000_000, op: 'checkpoint', label: 'locked' },
        { at: 6_000_000, op: 'checkpoint', label: 'released' },
      ],
    };
    const obs = simulate(sc, { events: false });
    expect(at(obs, 'locked').udp[0].rx_queue).toBe(0);
    expect(at(obs, 'released').udp[0].rx_queue).toBe(5 * 768);
  });

  test('NoPorts from 127.0.0.1 over lo: the ICMP port unreachable loops back and is delivered', () => {
    for (const profile of ['linux-3.13', 'linux-6.18'] as const) {
      const sc: Scenario = {
        name: 'noports', config: { profile, cpus: 2 },
        workload: [{ at: 0, op: 'frames', device: 'lo', flow: { src: '127.0.0.1', dst: '127.0.0.1', dport: 9 }, payload: 10, count: 3 }],
      };
      const end = at(simulate(sc), 'end');
      expect(end.snmp.Udp.NoPorts).toBe(3);
      expect(end.snmp.Icmp).toMatchObject({ OutMsgs: 3, OutDestUnreachs: 3, InMsgs: 3, InDestUnreachs: 3 });
      expect(end.snmp.Ip).toMatchObject({ InReceives: 6, InDelivers: 6 });
    }
  });
});
