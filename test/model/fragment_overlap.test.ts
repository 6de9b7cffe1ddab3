// Fragments cut elsewhere than the sender cuts (FragmentCut in FramesStep.fragments), overlapping the ones a queue
// holds: 6.x inet_frag_queue_insert's runs (a duplicate inside one run is dropped, any other overlap kills the queue),
// 3.13 ip_frag_queue's trimming, 3.13 ip6_frag_queue's refusal. The model (src/model/inet_fragment.ts,
// ip_fragment.ts, reassembly.ts) and the summary the validator and properties use (src/spec/ip-fragment.ts
// defragRuns) must agree on every order; golden/kernel/linux-6.x/frag*-veth-overlap-* hold the kernel's own numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FragmentCut, FramesStep, ProfileName, Scenario } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { reassembledTruesizes } from '../../src/model/truesize.ts';
import { fragmentDataLens, l4Len, stepFragmentRuns } from '../../src/spec/ip-fragment.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { scenarioTags } from '../../src/spec/scenario-tags.ts';

const FLOW4 = { src: '10.0.0.2', dst: '10.0.0.1', sport: 40000, dport: 9000 };
const FLOW6 = { family: 'inet6' as const, src: 'fd00::2', dst: 'fd00::1', sport: 40000, dport: 9000 };

function scenario(profile: ProfileName, v6: boolean, fragments: FramesStep['fragments'], payload = 3000): Scenario {
  return {
    name: 'overlap',
    config: {
      profile, cpus: 2, hz: 250, devices: [{ name: 'veth0', kind: 'veth' }],
      sockets: [{ name: 'rx', ...(v6 ? { family: 'inet6' as const } : {}), port: 9000, soRcvbuf: 16777216, soRcvbufForce: true }],
      sysctls: { 'net.ipv4.ipfrag_time': 2, 'net.ipv6.ip6frag_time': 2 },
    },
    workload: [
      { at: 0, op: 'frames', device: 'veth0', cpu: 1, count: 1, flow: v6 ? FLOW6 : FLOW4, payload, ...(fragments ? { fragments } : {}) },
      { at: 5_000_000, op: 'checkpoint', label: 'sent', settle: true },
      { at: 3_100_000_000, op: 'advance' },
      { at: 3_100_000_000, op: 'checkpoint', label: 'expired', settle: true },
    ],
  } as Scenario;
}

function counters(s: Scenario, label: string) {
  const c = simulate(validateScenario(s, 'o.json')).checkpoints.find((x) => x.label === label)!.counters;
  const v6 = s.config.sockets![0]!.family === 'inet6';
  const ip = v6 ? c.snmp6!.Ip6 : c.snmp.Ip;
  const te = v6 ? c.snmp6!.Icmp6.OutTimeExcds : c.snmp.Icmp.OutTimeExcds;
  return {
    oks: ip.ReasmOKs, fails: ip.ReasmFails, timeout: ip.ReasmTimeout, te, overlaps: c.netstat.IpExt.ReasmOverlaps,
    rxq: c.udp[0]!.rx_queue,
  };
}

const cut = (offset: number, length: number): FragmentCut => ({ offset, length });

describe.each(['linux-6.18', 'linux-3.13'] as const)('%s: overlapping fragments', (profile) => {
  const sixX = profile !== 'linux-3.13';
  it('IPv4: a fragment inside the run the first two make is a duplicate in 6.x, trimmed away in 3.13: reassembled', () => {
    expect(counters(scenario(profile, false, [0, 1, cut(1000, 400), 2]), 'expired')).toMatchObject({ oks: 1, fails: 0 });
  });
  it('IPv4: one across two runs kills the queue in 6.x (ReasmOverlaps); 3.13 trims both and waits for the last', () => {
    const c = counters(scenario(profile, false, [1, 0, cut(1000, 800)]), 'expired');
    if (sixX) expect(c).toMatchObject({ oks: 0, fails: 1, timeout: 0, te: 0, overlaps: 1 });
    else expect(c).toMatchObject({ oks: 0, fails: 1, timeout: 1, te: 1 });
  });
  it('IPv4: a last fragment from inside the first to the end: 6.x kills, 3.13 trims it and reassembles', () => {
    expect(counters(scenario(profile, false, [0, cut(1000, 1008)], 2000), 'sent').oks).toBe(sixX ? 0 : 1);
  });
  it('IPv6: a fragment inside a run is a duplicate in 6.x; 3.13 kills the queue for it', () => {
    const c = counters(scenario(profile, true, [0, 1, cut(1000, 400), 2]), 'expired');
    expect(c).toMatchObject(sixX ? { oks: 1, fails: 0 } : { oks: 0, fails: 2, timeout: 1 });
  });
});

describe('the model and defragRuns agree on any order of sender and crafted fragments', () => {
  /** An order: indexes of the sender's cuts and crafted cuts, 8-aligned, inside the datagram and within the MTU. */
  const orderArb = (v6: boolean, payload: number): fc.Arbitrary<NonNullable<FramesStep['fragments']>> => {
    const shape = { payload, flow: v6 ? { family: 'inet6' as const } : {} };
    const n = fragmentDataLens(shape, 1500).length;
    const l4 = l4Len(payload);
    const per = fragmentDataLens(shape, 1500)[0]!;
    const crafted = fc.tuple(fc.integer({ min: 1, max: (l4 - 1) >> 3 }), fc.integer({ min: 1, max: per >> 3 }), fc.boolean())
      .map(([o, units, toEnd]) => {
        const offset = o * 8;
        const end = toEnd ? Math.min(l4, offset + per) : Math.min(offset + units * 8, l4);
        return cut(offset, end === l4 ? l4 - offset : ((end - offset) >> 3) * 8 || 8);
      })
      .filter((c) => c.offset + c.length <= l4 && c.length <= per);
    const item = fc.oneof(fc.integer({ min: 0, max: n - 1 }), crafted);
    return fc.array(item, { minLength: 1, maxLength: 8 }) as fc.Arbitrary<NonNullable<FramesStep['fragments']>>;
  };
  it.each([
    ['linux-6.18', false], ['linux-6.18', true], ['linux-6.1', false], ['linux-3.13', false], ['linux-3.13', true],
  ] as const)('%s, IPv6 %s', (profile, v6) => {
    fc.assert(fc.property(fc.constantFrom(3000, 2000, 1700), fc.nat(), (payload, seed) => {
      const order = fc.sample(orderArb(v6, payload), { numRuns: 1, seed })[0]!;
      const s = scenario(profile, v6, order, payload);
      const runs = stepFragmentRuns(s.workload[0] as FramesStep, profile, 1500);
      const c = counters(s, 'expired');
      expect(c.oks).toBe(runs.reassembled);
      expect(c.fails).toBe(runs.killed + (runs.expires ? 1 : 0));
      expect(c.timeout).toBe(runs.expires ? 1 : 0);
      expect(c.te).toBe(runs.expiresWithFirst ? 1 : 0);
      // each reassembled datagram is charged the truesize of the pieces it was made of
      expect(c.rxq).toBe(reassembledTruesizes(profile, s.workload[0] as FramesStep, 1500).reduce((a, b) => a + b, 0));
    }), { seed: 13, numRuns: 150 });
  });
});

describe('the validator and the tag', () => {
  const refuse = (order: FramesStep['fragments'], re: RegExp) =>
    expect(() => validateScenario(scenario('linux-6.18', false, order), 'o.json')).toThrow(re);
  it('takes a crafted cut and tags the scenario fragment_overlap', () => {
    expect(scenarioTags(validateScenario(scenario('linux-6.18', false, [0, cut(1000, 800)]), 'o.json'))).toContain('fragment_overlap');
  });
  it('refuses a cut off the 8-byte grid, past the datagram, beyond the MTU, or at offset 0', () => {
    refuse([0, cut(1004, 800)], /\/workload\/0\/fragments\/1\/offset: must be a multiple of 8/);
    refuse([0, cut(1000, 801)], /\/workload\/0\/fragments\/1\/length: must be a multiple of 8 for a fragment that does not end the datagram/);
    refuse([0, cut(2960, 56)], /\/workload\/0\/fragments\/1\/length: must keep the fragment within the datagram's 3008 bytes/);
    expect(() => validateScenario(scenario('linux-6.18', true, [0, cut(8, 1456)]), 'o.json'))
      .toThrow(/\/workload\/0\/fragments\/1\/length: must keep the fragment within the veth's MTU \(1500\): at most 1452/);
    refuse([0, cut(0, 8)], /\/workload\/0\/fragments\/1\/offset: must be >= 8/);
  });
});
