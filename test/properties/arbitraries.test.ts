// The generated scenarios are valid inputs (schema + semantic checks), switch features on and off
// (swarm), reach the edges the issue names, and stay small.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ProfileName, Scenario, Step } from '../../src/generated/schema-types.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { scenarioArbitrary } from '../../src/arbitraries/scenario.ts';
import { FEATURES } from '../../src/arbitraries/swarm.ts';
import { withIcmpGlobalRoom } from '../../src/arbitraries/icmp-global-room.ts';
import { icmpGlobalBucketMayRunDry } from '../../src/spec/semantic.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';
import { udpGroScenarioArbitrary, udpGroScenariosFit } from '../../src/arbitraries/udp-gro-scenarios.ts';
import { simulate } from '../../src/model/index.ts';

const PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.18'];

describe('generated scenarios', () => {
  for (const profile of PROFILES) {
    test(`${profile}: every property's scenarios validate against the schemas`, () => {
      for (const p of ALL_PROPERTIES) {
        for (const s of fc.sample(p.arbitrary(profile), { numRuns: 60, seed: 11 })) {
          expect(() => validateScenario(s, `<${p.name}>`)).not.toThrow();
        }
      }
    });
  }

  test('swarm: every feature is on in some scenarios and off in others', () => {
    const samples = fc.sample(scenarioArbitrary('linux-6.18'), { numRuns: 400, seed: 3 });
    for (const f of FEATURES) {
      const on = samples.filter((s) => (s.description ?? '').split(' ').includes(f)).length;
      expect(on, f).toBeGreaterThan(0);
      expect(on, f).toBeLessThan(samples.length);
    }
  });

  test('the edges occur: backlog 0/1/2, budget 1, weight > budget, rcvbuf below one truesize, 1 and many CPUs', () => {
    const samples: Scenario[] = fc.sample(scenarioArbitrary('linux-3.13', { bias: { tinyBacklog: 0.5, tinyBudget: 0.5, oddWeight: 0.5, tinyRcvbuf: 0.5 } }), { numRuns: 600, seed: 5 });
    const sys = (s: Scenario, n: string) => (s.config.sysctls as Record<string, unknown> | undefined)?.[n];
    for (const v of [0, 1, 2]) expect(samples.some((s) => sys(s, 'net.core.netdev_max_backlog') === v), `backlog ${v}`).toBe(true);
    expect(samples.some((s) => sys(s, 'net.core.netdev_budget') === 1)).toBe(true);
    expect(samples.some((s) => s.config.devices?.some((d) => (d.napiWeight ?? 64) > ((sys(s, 'net.core.netdev_budget') as number) ?? 300)))).toBe(true);
    expect(samples.some((s) => s.config.sockets?.some((k) => k.soRcvbuf !== undefined && k.soRcvbuf <= 1152))).toBe(true);
    expect(samples.some((s) => s.config.cpus === 1)).toBe(true);
    expect(samples.some((s) => s.config.cpus >= 4)).toBe(true);
    expect(samples.some((s) => s.workload.some((w) => w.op === 'frames' && w.payload === 65507))).toBe(true);
    expect(samples.some((s) => s.workload.some((w) => w.op === 'frames' && w.payload === 0))).toBe(true);
  });

  test('scenarios stay small: at most 10 steps (and the late features\' close and SO_RXQ_OVFL) and 320 frames a step', () => {
    const late = (w: Step): boolean => w.op === 'close' || (w.op === 'setsockopt' && w.soRcvbuf === undefined);
    for (const s of fc.sample(scenarioArbitrary('linux-6.18'), { numRuns: 300, seed: 9 })) {
      expect(s.workload.filter((w) => !late(w)).length).toBeLessThanOrEqual(10);
      expect(s.workload.filter(late).length).toBeLessThanOrEqual(2);
      for (const w of s.workload) if (w.op === 'frames') expect(w.count ?? 1).toBeLessThanOrEqual(320);
    }
  });

  test('the close feature closes a socket in some scenarios, and names it in no later step', () => {
    const samples = fc.sample(scenarioArbitrary('linux-6.18', { bias: { close: 1 } }), { numRuns: 200, seed: 21 });
    const closing = samples.filter((s) => s.workload.some((w) => w.op === 'close'));
    expect(closing.length).toBeGreaterThan(100);
    for (const s of closing) {
      const i = s.workload.findIndex((w) => w.op === 'close');
      const name = (s.workload[i] as { socket: string }).socket;
      expect(s.workload.slice(i + 1).some((w) => 'socket' in w && w.socket === name)).toBe(false);
    }
  });

  test.each([
    ['last', { vethNapi: 0, bursts: 0, udpGro: 0, xdp: 0, vethMtu: 0, noRoute: 0, loMtu: 0 }, /\b(vethNapi|bursts|udpGro|xdp|vethMtu|noRoute|loMtu)\b/],
    ['final', { udpGro: 0, xdp: 0, vethMtu: 0, noRoute: 0, loMtu: 0 }, /\b(udpGro|xdp|vethMtu|noRoute|loMtu)\b/],
    ['closing', { xdp: 0, vethMtu: 0, noRoute: 0, loMtu: 0 }, /\b(xdp|vethMtu|noRoute|loMtu)\b/],
    ['trailing', { vethMtu: 0, noRoute: 0, loMtu: 0 }, /\b(vethMtu|noRoute|loMtu)\b/],
    ['tail', { loMtu: 0 }, /\bloMtu\b/],
  ] as const)('the %s features change nothing when off: a seed\'s scenarios are those it gave without them', (_, off, on) => {
    const a = fc.sample(scenarioArbitrary('linux-6.18', { bias: off }), { numRuns: 400, seed: 78 });
    // with them drawn (and off in most), the scenarios they leave alone are the same, draw for draw
    const b = fc.sample(scenarioArbitrary('linux-6.18'), { numRuns: 400, seed: 78 });
    const plain = (s: Scenario) => !on.test(s.description ?? '');
    const same = b.map((s, i) => [s, a[i]!] as const).filter(([s]) => plain(s));
    expect(same.length).toBeGreaterThan(15);
    for (const [s, t] of same) expect(JSON.stringify(s)).toBe(JSON.stringify(t));
  });

  test('the UDP GRO scenarios are valid, and GRO merges datagrams in many of them', () => {
    const xs = fc.sample(udpGroScenarioArbitrary('linux-6.12'), { numRuns: 60, seed: 81 });
    let merged = 0;
    for (const s of xs) {
      validateScenario(s, 'generated');
      const end = simulate(s).checkpoints.at(-1)!.counters;
      const segments = end.internal?.sockets?.some((k) => (k.queued_segments ?? 0) > k.queued) ?? false;
      const ip6 = end.snmp6?.Ip6;
      if (segments || (ip6 !== undefined && ip6.InNoECTPkts > ip6.InReceives)) merged++;
    }
    expect(merged).toBeGreaterThan(10);
    expect(udpGroScenariosFit('linux-3.13', undefined)).toBe(false);
    expect(udpGroScenariosFit('linux-6.18', ['veth', 'socket'])).toBe(false);
  });

  test('udpGro gives one socket UDP_GRO where the validator takes it: a 6.x profile, NICs\' GRO off', () => {
    const samples = fc.sample(scenarioArbitrary('linux-6.18', { bias: { udpGro: 1 } }), { numRuns: 100, seed: 80 });
    const gro = samples.filter((s) => (s.config.sockets ?? []).some((k) => k.udpGro === true));
    expect(gro.length).toBeGreaterThan(50);
    for (const s of gro) {
      expect((s.config.sockets ?? []).filter((k) => k.udpGro === true)).toHaveLength(1);
      expect((s.config.devices ?? []).every((d) => d.kind !== 'nic' || d.gro === false)).toBe(true);
    }
    const old = fc.sample(scenarioArbitrary('linux-3.13', { bias: { udpGro: 1 } }), { numRuns: 50, seed: 80 });
    expect(old.some((s) => (s.config.sockets ?? []).some((k) => k.udpGro !== undefined))).toBe(false);
  });

  test('xdp gives one veth of a 6.x profile a program, of each verdict; the validator takes every one', () => {
    const samples = fc.sample(scenarioArbitrary('linux-6.18', { bias: { xdp: 1, veth: 1 } }), { numRuns: 150, seed: 82 });
    const xdp = samples.filter((s) => (s.config.devices ?? []).some((d) => d.xdp !== undefined));
    expect(xdp.length).toBeGreaterThan(60);
    for (const s of xdp) {
      expect((s.config.devices ?? []).filter((d) => d.xdp !== undefined)).toHaveLength(1);
      expect(() => validateScenario(s, 'generated')).not.toThrow();
    }
    for (const v of ['pass', 'drop', 'aborted']) expect(xdp.some((s) => s.config.devices!.some((d) => d.xdp === v)), v).toBe(true);
    const old = fc.sample(scenarioArbitrary('linux-3.13', { bias: { xdp: 1, veth: 1 } }), { numRuns: 50, seed: 82 });
    expect(old.some((s) => (s.config.devices ?? []).some((d) => d.xdp !== undefined))).toBe(false);
  });

  test('vethNapi gives veths GRO (and their other ends\' TSO off in most); bursts send loopback/veth steps in one section', () => {
    const samples = fc.sample(scenarioArbitrary('linux-6.18', { bias: { vethNapi: 1, bursts: 1, veth: 1, loopback: 1 } }), { numRuns: 200, seed: 79 });
    const veths = samples.flatMap((s) => (s.config.devices ?? []).filter((d) => d.kind === 'veth'));
    expect(veths.length).toBeGreaterThan(100);
    expect(veths.every((d) => d.gro === true)).toBe(true);
    expect(veths.filter((d) => d.peerTso === false).length).toBeGreaterThan(veths.length / 2);
    const steps = samples.flatMap((s) => s.workload.filter((w): w is Extract<Step, { op: 'frames' }> => w.op === 'frames'));
    const bursts = steps.filter((w) => w.burst === true);
    expect(bursts.length).toBeGreaterThan(50);
    // never a light flow's step (tc pedit is not in every build) nor one the sender fragments, and never a gap
    expect(bursts.every((w) => w.interleave === undefined && w.fragments === undefined && w.gapNs === undefined)).toBe(true);
  });

  test('a drawn workload whose ICMP errors could run 6.x\'s global bucket dry loses frames steps, the last first, until valid', () => {
    const s: Scenario = {
      name: 'room', config: {
        profile: 'linux-6.18', cpus: 1, devices: [{ name: 'veth0', kind: 'veth' }], sockets: [{ name: 's0', port: 5000 }],
        sysctls: { 'net.ipv4.icmp_ratelimit': 0 },
      },
      workload: [
        { at: 0, op: 'frames', device: 'veth0', count: 5, flow: { dport: 5000 } },
        { at: 1000, op: 'frames', device: 'veth0', count: 20, flow: { dport: 7 } },
        { at: 2000, op: 'read', socket: 's0' },
        { at: 3000, op: 'frames', device: 'veth0', count: 30, flow: { dport: 7 } },
      ],
    };
    expect(icmpGlobalBucketMayRunDry(s)).toBe(true);
    const fixed = withIcmpGlobalRoom(s);
    expect(fixed.workload.map((w) => w.op)).toEqual(['frames', 'frames', 'read']);
    expect(() => validateScenario(fixed, '<room>')).not.toThrow();
    const fine = { ...s, workload: s.workload.slice(0, 3) };
    expect(withIcmpGlobalRoom(fine)).toBe(fine);
  });

  test('the same seed generates the same scenarios', () => {
    const a = fc.sample(scenarioArbitrary('linux-6.18'), { numRuns: 20, seed: 77 });
    const b = fc.sample(scenarioArbitrary('linux-6.18'), { numRuns: 20, seed: 77 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
