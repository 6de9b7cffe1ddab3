// An IPv6 datagram larger than the veth MTU: cut by the sender (src/spec/ip-fragment.ts: 1448 data bytes behind a
// fragment header), reassembled by ipv6_frag_rcv (src/model/reassembly.ts) and charged the reassembled truesize; its
// fragment orders, expiry (net.ipv6.ip6frag_time) and what the validator refuses. The kernel's own numbers are in
// golden/kernel (frag6-veth-*); these tests pin the rules.
import { describe, expect, it } from 'vitest';
import type { FramesStep, ProfileName, Scenario, Socket } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { fragmentTruesize, reasmHeadTailroom, reassembledTruesize } from '../../src/model/truesize.ts';
import { fragmentDataLens, fragmentRuns, isFragmented, stepFragmentRuns } from '../../src/spec/ip-fragment.ts';
import { frag6TruesizeMax } from '../../src/spec/ipv6-problems.ts';
import { buildFragments } from '../../src/kernel/frames.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { scenarioTags } from '../../src/spec/scenario-tags.ts';

const PROFILES = ['linux-3.13', 'linux-6.1', 'linux-6.12', 'linux-6.18'] as const;
const FLOW6 = { family: 'inet6', src: 'fd00::2', dst: 'fd00::1', sport: 40000, dport: 9000 } as const;
const RX6: Socket = { name: 'rx', family: 'inet6', address: '::', port: 9000, soRcvbuf: 16777216, soRcvbufForce: true };

function scenario6(profile: ProfileName, step: Partial<FramesStep>, sysctls: Record<string, number> = {}): Scenario {
  return {
    name: 't',
    config: { profile, cpus: 2, hz: 250, devices: [{ name: 'veth0', kind: 'veth' }], sockets: [RX6], sysctls },
    workload: [
      { at: 0, op: 'frames', device: 'veth0', cpu: 1, count: 1, gapNs: 50_000, flow: { ...FLOW6 }, payload: 3000, ...step },
      { at: 5_000_000, op: 'checkpoint', label: 'sent', settle: true },
      { at: 3_100_000_000, op: 'advance' },
      { at: 3_100_000_000, op: 'checkpoint', label: 'expired', settle: true },
    ],
  } as Scenario;
}

const at = (s: Scenario, label: string) => simulate(validateScenario(s, 't.json')).checkpoints.find((c) => c.label === label)!.counters;

describe('the sender cuts an IPv6 datagram for the veth MTU as ip6_fragment does', () => {
  it('1448 data bytes per fragment (1500 - 40 - 8, a multiple of 8), the UDP header in the first', () => {
    const v6 = (payload: number) => ({ payload, flow: { family: 'inet6' as const } });
    expect(isFragmented({ kind: 'veth' }, v6(1452), 'linux-6.18')).toBe(false); // 40 + 8 + 1452 = 1500
    expect(fragmentDataLens(v6(1453), 1500)).toEqual([1448, 13]);
    expect(fragmentDataLens(v6(3000), 1500)).toEqual([1448, 1448, 112]);
    expect(fragmentDataLens(v6(65507), 1500)).toHaveLength(46);
    expect(isFragmented({ kind: 'loopback' }, v6(3000), 'linux-6.18')).toBe(false);
  });

  it('the frames: next header 44, payload length, a fragment header with the offset, M and the identification', () => {
    const spec = { srcMac: '02:00:00:00:00:02', dstMac: '02:00:00:00:00:01', src: 'fd00::2', dst: 'fd00::1', sport: 40000,
      dport: 9000, proto: 17, payload: 3000, flags: [], id: 0x10203, family: 'inet6' as const };
    const frames = buildFragments(spec, 1500);
    expect(frames.map((f) => f.length)).toEqual([14 + 1496, 14 + 1496, 14 + 160]);
    const u16 = (f: Uint8Array, o: number) => (f[o] << 8) | f[o + 1];
    expect(frames.map((f) => f[14 + 6])).toEqual([44, 44, 44]);
    expect(frames.map((f) => u16(f, 14 + 4))).toEqual([1456, 1456, 120]);
    expect(frames.map((f) => f[54])).toEqual([17, 17, 17]); // the fragment header's next header
    expect(frames.map((f) => u16(f, 56))).toEqual([0x0001, 1448 | 1, 2896]); // offset (bytes, 8-aligned) | M
    for (const f of frames) expect((u16(f, 58) << 16) | u16(f, 60)).toBe(0x10203);
    expect(u16(frames[0], 62 + 4)).toBe(3008); // the UDP length, in the first fragment
  });
});

describe.each(PROFILES)('%s: IPv6 reassembly', (profile) => {
  it('20 datagrams of 3000 bytes: 60 fragments, 60 ReasmReqds, 20 ReasmOKs, 20 InDelivers, the reassembled truesize', () => {
    const c = at(scenario6(profile, { count: 20 }), 'sent');
    const ip6 = c.snmp6!.Ip6;
    expect([ip6.InReceives, ip6.ReasmReqds, ip6.ReasmOKs, ip6.InDelivers, ip6.ReasmFails]).toEqual([60, 60, 20, 20, 0]);
    expect(c.dev.veth0.rx_packets).toBe(60);
    expect(c.dev.veth0.rx_bytes).toBe(20 * (2 * 1510 + 14 + 48 + 112));
    expect(c.udp[0].rx_queue).toBe(20 * reassembledTruesize(profile, { payload: 3000, flow: { family: 'inet6' } }, 1500, 'packet_snd'));
  });

  it('the 1496-byte head leaves 4 bytes more tailroom than IPv4\'s 1500-byte one: a 216-byte last fragment is copied', () => {
    const room = reasmHeadTailroom(profile, 1496, 'packet_snd', false);
    expect(room).toBe(reasmHeadTailroom(profile, 1500, 'packet_snd', false) + 4);
    const head = fragmentTruesize(profile, 1448, true);
    const fits = 1448 + room - 8; // the UDP payload whose last fragment carries `room` bytes
    expect(at(scenario6(profile, { payload: fits }), 'sent').udp[0].rx_queue).toBe(head);
    expect(at(scenario6(profile, { payload: fits + 1 }), 'sent').udp[0].rx_queue).toBe(head + fragmentTruesize(profile, room + 1, true));
  });

  it('a datagram missing its last fragment expires after ip6frag_time with a time exceeded; one missing its first, without', () => {
    const last = at(scenario6(profile, { count: 2, fragments: [0, 1] }, { 'net.ipv6.ip6frag_time': 2 }), 'expired');
    expect([last.snmp6!.Ip6.ReasmFails, last.snmp6!.Ip6.ReasmTimeout, last.snmp6!.Icmp6.OutTimeExcds]).toEqual([2, 2, 2]);
    const first = at(scenario6(profile, { count: 2, fragments: [1, 2] }, { 'net.ipv6.ip6frag_time': 2 }), 'expired');
    expect([first.snmp6!.Ip6.ReasmFails, first.snmp6!.Ip6.ReasmTimeout, first.snmp6!.Icmp6.OutTimeExcds]).toEqual([2, 2, 0]);
    const before = at(scenario6(profile, { count: 2, fragments: [0, 1] }, { 'net.ipv6.ip6frag_time': 2 }), 'sent');
    expect(before.snmp6!.Ip6.ReasmFails).toBe(0);
  });

  it('a fragment the queue holds: 6.x drops it and keeps the queue; 3.13 takes it for an overlap and kills the queue', () => {
    const c = at(scenario6(profile, { count: 3, fragments: [0, 1, 0, 2] }, { 'net.ipv6.ip6frag_time': 2 }), 'expired');
    const ip6 = c.snmp6!.Ip6;
    if (profile === 'linux-3.13') {
      // 0, 1 held; 0 again kills the queue (ReasmFails); 2 starts a queue that expires without fragment 0
      expect([ip6.ReasmOKs, ip6.ReasmFails, ip6.ReasmTimeout, c.snmp6!.Icmp6.OutTimeExcds]).toEqual([0, 6, 3, 0]);
    } else {
      expect([ip6.ReasmOKs, ip6.ReasmFails, ip6.ReasmTimeout]).toEqual([3, 0, 0]);
    }
    const runs = stepFragmentRuns(scenario6(profile, { fragments: [0, 1, 0, 2] }).workload[0] as FramesStep, profile, 1500);
    expect(runs.reassembled).toBe(profile === 'linux-3.13' ? 0 : 1);
  });

  it('every fragment frame is charged at most frag6TruesizeMax, the validator\'s memory bound, at every MTU', () => {
    for (let mtu = 1280; mtu <= 4065; mtu++) {
      const full = ((mtu - 48) & ~7);
      expect(fragmentTruesize(profile, full, true), `MTU ${mtu}`).toBeLessThanOrEqual(frag6TruesizeMax(mtu));
      // the bound is the slab of the largest frame, not more
      expect(fragmentTruesize(profile, mtu - 48, true), `MTU ${mtu}`).toBe(frag6TruesizeMax(mtu));
    }
  });
});

describe('fragmentRuns when a duplicate kills the queue (3.13 IPv6)', () => {
  it('counts the kills, and a later fragment starts a new queue', () => {
    expect(fragmentRuns([0, 0, 1, 2], 3, 'kill')).toEqual({
      reassembled: 0, expires: true, expiresWithFirst: false, reassembledThrough: 0, killed: 1, pieces: [],
    });
    expect(fragmentRuns([0, 1, 2, 0, 0, 1, 2], 3, 'kill')).toMatchObject({ reassembled: 1, killed: 1, expires: true });
    expect(fragmentRuns([0, 0, 1, 2], 3, 'runs')).toMatchObject({ reassembled: 1, killed: 0, expires: false });
  });
});

describe('the validator and the tags for IPv6 fragments', () => {
  const step = (over: Partial<FramesStep>): Scenario => scenario6('linux-6.18', over);
  it('takes a datagram above the veth MTU to fd00::1 and tags it ipv6_fragmentation', () => {
    const s = validateScenario(step({ payload: 8000, count: 3 }), 'f.json');
    expect(scenarioTags(s)).toEqual(expect.arrayContaining(['ipv6', 'ipv6_fragmentation']));
    expect(scenarioTags(s)).not.toContain('fragmentation');
  });
  it.each([
    ['another destination', { flow: { ...FLOW6, dst: 'fd00::5' } }, /\/workload\/0\/flow\/dst: must be fd00::1 \(or absent\) or a group for an inet6 datagram above the veth MTU/],
    ['padding', { padding: 10 }, /\/workload\/0\/padding: must be 0 or absent/],
    ['a flag about one fragment', { flags: ['udp_len_short'] }, /\/workload\/0\/flags: must hold only udp_csum or udp_csum_zero/],
    ['an index past the last fragment', { fragments: [0, 3] }, /\/workload\/0\/fragments\/1: must be a fragment's index, 0 to 2/],
    ['fragments of an unfragmented datagram', { payload: 100, fragments: [0] }, /\/workload\/0\/fragments: must be absent: only a datagram above the MTU/],
    ['more fragment memory than ip6frag_high_thresh', { payload: 3000, count: 700 }, /\/workload\/0\/count: must keep the IPv6 fragments of the workload within net.ipv6.ip6frag_high_thresh/],
  ] as [string, Partial<FramesStep>, RegExp][])('refuses %s', (_what, over, re) => {
    expect(() => validateScenario(step(over), 'f.json')).toThrow(re);
  });
  it('takes a datagram lo\'s own 64 KiB cuts (above 65488 bytes of payload) as its socket\'s fragments', () => {
    const s = step({});
    s.config.devices = [{ name: 'lo', kind: 'loopback' }];
    s.workload[0] = { at: 0, op: 'frames', device: 'lo', flow: { family: 'inet6', dport: 9000 }, payload: 65489 };
    expect(scenarioTags(validateScenario(s, 'f.json'))).toContain('ipv6_fragmentation');
    s.workload[0] = { ...s.workload[0], payload: 65488 };
    expect(scenarioTags(validateScenario(s, 'f.json'))).not.toContain('ipv6_fragmentation');
  });
});
