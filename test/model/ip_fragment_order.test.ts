// A datagram's fragments out of order, repeated or missing (FramesStep.fragments; ip_fragment.ts ip_frag_queue and
// ip_frag_duplicate; src/spec/ip-fragment.ts fragmentRuns): what ip_defrag counts, what it delivers and frees.
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/model/index.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { fragmentRuns } from '../../src/spec/ip-fragment.ts';
import { frameTruesize } from '../../src/model/truesize.ts';
import type { FramesStep, ProfileName, Scenario, Snapshot, Step } from '../../src/generated/schema-types.ts';

/** 3000-byte datagrams: fragments of 1480, 1480 and 48 data bytes. */
function frames(order: number[] | undefined, count = 4, payload = 3000): FramesStep {
  return { at: 0, op: 'frames', device: 'v0', count, gapNs: 100_000, payload, flow: { dport: 9000 }, ...(order ? { fragments: order as never } : {}) };
}

function scenario(profile: ProfileName, step: FramesStep, more: Step[] = []): Scenario {
  return {
    name: 'order', workload: [step, { at: 10_000_000, op: 'checkpoint', label: 'received' }, ...more],
    config: {
      profile, cpus: 1, devices: [{ name: 'v0', kind: 'veth' }], sockets: [{ name: 'rx', port: 9000, soRcvbuf: 4194304, soRcvbufForce: true }],
      sysctls: { 'net.ipv4.icmp_ratemask': 0, 'net.ipv4.ipfrag_time': 2 },
    },
  };
}

const at = (s: Scenario, label: string, events = false): { snap: Snapshot; kfree: { location: string; reason?: string }[] } => {
  const obs = simulate(s, { events });
  const snap = obs.checkpoints.find((c) => c.label === label)!.counters;
  return { snap, kfree: (obs.events ?? []).filter((e) => e.event === 'kfree_skb') as never };
};
const reasm = (s: Snapshot): number[] => [s.snmp.Ip.ReasmReqds, s.snmp.Ip.ReasmOKs, s.snmp.Ip.ReasmFails, s.snmp.Ip.ReasmTimeout, s.snmp.Ip.InDelivers];

test('fragmentRuns: reassemblies, and the queue left over', () => {
  expect(fragmentRuns([0, 1, 2], 3)).toMatchObject({ reassembled: 1, expires: false, expiresWithFirst: false, reassembledThrough: 3 });
  expect(fragmentRuns([2, 0, 2, 1], 3)).toMatchObject({ reassembled: 1, expires: false, expiresWithFirst: false, reassembledThrough: 4 });
  expect(fragmentRuns([0, 1], 3)).toMatchObject({ reassembled: 0, expires: true, expiresWithFirst: true, reassembledThrough: 0 });
  expect(fragmentRuns([1, 2], 3)).toMatchObject({ reassembled: 0, expires: true, expiresWithFirst: false, reassembledThrough: 0 });
  expect(fragmentRuns([0, 1, 2, 0, 1, 2, 1], 3)).toMatchObject({ reassembled: 2, expires: true, expiresWithFirst: false, reassembledThrough: 6 });
});

describe.each(['linux-3.13', 'linux-6.1', 'linux-6.18'] as ProfileName[])('%s', (profile) => {
  const inOrder = at(scenario(profile, frames(undefined)), 'received').snap;

  test('out of order: the same datagrams, charged the same truesize, as in order', () => {
    for (const order of [[2, 1, 0], [1, 0, 2], [2, 0, 1]]) {
      const { snap } = at(scenario(profile, frames(order)), 'received');
      expect(reasm(snap)).toEqual([12, 4, 0, 0, 4]);
      expect(snap.udp[0]!.rx_queue).toBe(inOrder.udp[0]!.rx_queue);
      expect(snap.udp[0]!.rx_queue).toBe(4 * frameTruesize(profile, 'veth', frames(undefined)));
    }
  });

  test('a duplicate counts in ReasmReqds only, and is freed', () => {
    const { snap, kfree } = at(scenario(profile, frames([0, 1, 0, 2])), 'received', true);
    expect(reasm(snap)).toEqual([16, 4, 0, 0, 4]);
    expect(snap.udp[0]!.rx_queue).toBe(inOrder.udp[0]!.rx_queue);
    const site = profile === 'linux-3.13' ? 'net/ipv4/ip_fragment.c:ip_frag_queue' : 'net/ipv4/ip_fragment.c:ip_defrag';
    expect(kfree.filter((e) => e.location === site)).toHaveLength(4);
  });

  test('a missing fragment: the queue expires (ReasmTimeout, ReasmFails), with a time exceeded only if it held the first', () => {
    const wait: Step[] = [{ at: 2_500_000_000, op: 'checkpoint', label: 'expired' }];
    const last = at(scenario(profile, frames([0, 1]), wait), 'expired').snap;
    expect(reasm(last)).toEqual([8, 0, 4, 4, 0]);
    expect(last.snmp.Icmp.OutTimeExcds).toBe(4);
    const first = at(scenario(profile, frames([2, 1]), wait), 'expired').snap;
    expect(reasm(first)).toEqual([8, 0, 4, 4, 0]);
    expect(first.snmp.Icmp.OutTimeExcds).toBe(0);
  });

  test('the whole order twice: each datagram reassembled and delivered twice', () => {
    const { snap } = at(scenario(profile, frames([0, 1, 2, 0, 1, 2])), 'received');
    expect(reasm(snap)).toEqual([24, 8, 0, 0, 8]);
  });
});

describe('the validator', () => {
  const s = (step: FramesStep): Scenario => scenario('linux-6.18', step);
  test('an index beyond the fragments', () => {
    expect(() => validateScenario(s(frames([0, 3])), 'f.json')).toThrow(/\/workload\/0\/fragments\/1: must be a fragment's index, 0 to 2/);
  });
  test('a datagram the sender does not fragment', () => {
    expect(() => validateScenario(s(frames([0], 1, 1000)), 'f.json')).toThrow(/\/workload\/0\/fragments: must be absent: only a datagram above the MTU/);
  });
  test('the ICMP rate-limit check counts the time exceeded of queues left with their first fragment', () => {
    // 60 datagrams whose queues expire holding fragment 0, all at once 2 s later: the global bucket could run dry
    const many = { ...frames([0, 1], 60), gapNs: 0 };
    const sc = scenario('linux-6.18', many);
    sc.config.sysctls = { 'net.ipv4.icmp_ratelimit': 0, 'net.ipv4.ipfrag_time': 2 };
    expect(() => validateScenario(sc, 'f.json')).toThrow(/rate-limited ICMP errors/);
    sc.workload[0] = { ...many, fragments: [1, 2] };
    expect(() => validateScenario(sc, 'f.json')).not.toThrow();
  });
});

test('two steps sending fragmented datagrams at the same time: each datagram keeps its own queue (IP id)', () => {
  // found by the rcvbuf property: a datagram's fragments took the id of another stream's datagram started meanwhile
  const a = { ...frames(undefined, 6), gapNs: 0 };
  const b: FramesStep = { ...frames([1, 0, 2], 6), gapNs: 0, flow: { dport: 9001 } };
  const s = scenario('linux-6.18', a, []);
  s.workload = [a, b, { at: 10_000_000, op: 'checkpoint', label: 'received' }];
  s.config.sockets!.push({ name: 'other', port: 9001, soRcvbuf: 4194304, soRcvbufForce: true });
  const { snap } = at(s, 'received');
  expect(reasm(snap)).toEqual([36, 12, 0, 0, 12]);
  const one = frameTruesize('linux-6.18', 'veth', frames(undefined));
  expect(snap.udp.map((r) => r.rx_queue)).toEqual([6 * one, 6 * one]);
});
