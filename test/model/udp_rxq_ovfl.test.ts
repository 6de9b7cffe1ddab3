// SO_RXQ_OVFL (udp.ts:sock_recv_drops, UdpProfile.skbDropcount): a datagram carries sk_drops as it was when queued
// (3.13 always, 6.x while the option is set); recvmsg hands it over when it is not 0; the snapshot's rxq_ovfl is
// the last value the application received.
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/model/index.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { checkRcvbuf } from '../../properties/rcvbuf.ts';
import type { ProfileName, Scenario, Snapshot, Socket, Step } from '../../src/generated/schema-types.ts';

const SIX: ProfileName[] = ['linux-6.1', 'linux-6.12', 'linux-6.18'];

function frames(at: number, count: number, payload = 1000): Step {
  return { at, op: 'frames', device: 'v0', count, gapNs: 10_000, payload, flow: { dport: 9000 } };
}

function scenario(profile: ProfileName, sk: Partial<Socket>, workload: Step[]): Scenario {
  return {
    name: 'rxq-ovfl', workload,
    config: { profile, cpus: 1, devices: [{ name: 'v0', kind: 'veth' }], sockets: [{ name: 'rx', port: 9000, soRcvbuf: 4096, ...sk }] },
  };
}

function byLabel(s: Scenario): Map<string, Snapshot> {
  return new Map(simulate(s).checkpoints.map((c) => [c.label, c.counters]));
}

const seen = (snap: Snapshot | undefined): number | undefined => snap?.rxq_ovfl?.[0]?.value;
const drops = (snap: Snapshot | undefined): number | undefined => snap?.udp[0]?.drops;

describe.each([...SIX, 'linux-3.13'] as ProfileName[])('%s', (profile) => {
  test('set at creation: nothing for datagrams queued before the first drop, then the drops as they were', () => {
    const cps = byLabel(scenario(profile, { rxqOvfl: true }, [
      frames(0, 20), { at: 1_000_000, op: 'checkpoint', label: 'full' },
      { at: 2_000_000, op: 'read', socket: 'rx', count: 2 }, { at: 2_000_000, op: 'checkpoint', label: 'read2' },
      frames(3_000_000, 2), { at: 4_000_000, op: 'read', socket: 'rx' }, { at: 4_000_000, op: 'checkpoint', label: 'all' },
    ]));
    const full = cps.get('full')!;
    expect(drops(full)).toBeGreaterThan(0);
    expect(seen(full)).toBe(0);
    expect(seen(cps.get('read2'))).toBe(0);
    // the two that came after the drops carry sk_drops at their queueing: the drops of the first burst
    expect(seen(cps.get('all'))).toBe(drops(full));
  });

  test('turned off: no control message any more', () => {
    const cps = byLabel(scenario(profile, { rxqOvfl: true }, [
      frames(0, 20), { at: 1_000_000, op: 'read', socket: 'rx', count: 2 }, frames(2_000_000, 2),
      { at: 3_000_000, op: 'setsockopt', socket: 'rx', rxqOvfl: false },
      { at: 3_000_000, op: 'read', socket: 'rx' }, { at: 3_000_000, op: 'checkpoint', label: 'all' },
    ]));
    expect(drops(cps.get('all'))).toBeGreaterThan(0);
    expect(seen(cps.get('all'))).toBe(0);
  });

  test(profile === 'linux-3.13'
    ? 'turned on with datagrams queued after drops: 3.13 stored the count in them anyway'
    : 'turned on with datagrams queued after drops: 6.x queued them without the count', () => {
    const cps = byLabel(scenario(profile, {}, [
      frames(0, 20), { at: 1_000_000, op: 'checkpoint', label: 'full' },
      { at: 1_000_000, op: 'read', socket: 'rx', count: 2 }, frames(2_000_000, 2),
      { at: 3_000_000, op: 'setsockopt', socket: 'rx', rxqOvfl: true },
      { at: 3_000_000, op: 'read', socket: 'rx' }, { at: 3_000_000, op: 'checkpoint', label: 'queued' },
    ]));
    expect(seen(cps.get('queued'))).toBe(profile === 'linux-3.13' ? drops(cps.get('full')) : 0);
  });

  test('no SO_RXQ_OVFL anywhere: no rxq_ovfl in the snapshot', () => {
    const cps = byLabel(scenario(profile, {}, [frames(0, 20), { at: 1_000_000, op: 'checkpoint', label: 'full' }]));
    expect(cps.get('full')!.rxq_ovfl).toBeUndefined();
  });
});

test('a datagram whose bad checksum recvmsg finds is not handed over: no control message for it', () => {
  // 6.18, a 1000-byte payload: its checksum is verified when copied (udp_recvmsg csum_copy_err), after a drop
  const wl: Step[] = [
    frames(0, 20), { at: 1_000_000, op: 'read', socket: 'rx', count: 5 },
    { ...frames(2_000_000, 1), flags: ['udp_csum'] } as Step,
    { at: 3_000_000, op: 'read', socket: 'rx' }, { at: 3_000_000, op: 'checkpoint', label: 'all' },
  ];
  const all = byLabel(scenario('linux-6.18', { rxqOvfl: true }, wl)).get('all')!;
  expect(all.snmp.Udp.InCsumErrors).toBe(1);
  // the bad one was queued after the burst's drops; it bumps sk_drops when found, but carries nothing out
  expect(seen(all)).toBe(0);
  expect(drops(all)).toBeGreaterThan(0);
});

test('a setsockopt step sets SO_RCVBUF, SO_RXQ_OVFL, UDP_GRO or more than one, never none', () => {
  const none = scenario('linux-6.18', {}, [{ at: 0, op: 'setsockopt', socket: 'rx' }]);
  expect(() => validateScenario(none, 's.json')).toThrow(/\/workload\/0: must set soRcvbuf \(SO_RCVBUF\), rxqOvfl \(SO_RXQ_OVFL\), udpGro \(UDP_GRO\) or more than one/);
  const both = scenario('linux-6.18', {}, [{ at: 0, op: 'setsockopt', socket: 'rx', soRcvbuf: 8192, rxqOvfl: true }]);
  expect(() => validateScenario(both, 's.json')).not.toThrow();
});

test('the rcvbuf property refuses an SO_RXQ_OVFL value above the socket\'s drops', () => {
  const s = scenario('linux-6.18', { rxqOvfl: true }, [
    frames(0, 20), { at: 1_000_000, op: 'read', socket: 'rx', count: 2 }, frames(2_000_000, 2),
    { at: 3_000_000, op: 'read', socket: 'rx' }, { at: 3_000_000, op: 'checkpoint', label: 'all' },
  ]);
  const obs = simulate(s);
  expect(checkRcvbuf(s, obs).ok).toBe(true);
  const end = obs.checkpoints.at(-1)!.counters;
  end.rxq_ovfl![0]!.value = end.udp[0]!.drops + 1;
  const v = checkRcvbuf(s, obs);
  expect(v.ok).toBe(false);
  expect(v.ok ? '' : v.message).toMatch(/socket rx: SO_RXQ_OVFL gave \d+ but the socket dropped only \d+/);
});
