// Issue 13 item 7: configurations the model cannot predict faithfully are input errors (exit 2) naming the JSON
// pointer and the reason, never a confident wrong answer: fragmented datagrams of a kind the model does not
// reassemble, datagrams beyond tot_len, and ICMP rate limits whose outcome depends on inet_peer GC.
import { describe, expect, it } from 'vitest';
import { validationProblems } from './validation-problems.ts';
import type { Scenario } from '../../src/generated/schema-types.ts';

type Kind = 'veth' | 'loopback' | 'nic';
function sc(kind: Kind, frames: Record<string, unknown>, extra: Record<string, unknown> = {}, profile = 'linux-6.18'): Scenario {
  const name = kind === 'loopback' ? 'lo' : 'd0';
  return {
    name: 't',
    config: { profile, cpus: 1, devices: [{ name, kind }], sockets: [{ name: 's', port: 5000 }], ...extra },
    workload: [{ at: 0, op: 'frames', device: name, count: 1, flow: { dport: 5000 }, ...frames }],
  } as Scenario;
}
const problems = validationProblems;

describe('device MTU: a veth sender fragments, and the model reassembles UDP datagrams only', () => {
  it('a NIC frame is a wire frame as given (jumbo frames allowed): not checked against an MTU', () => {
    expect(problems(sc('nic', { payload: 8972 }))).toEqual([]);
  });

  it('veth: MTU 1500, so a 1473-byte UDP payload (IP length 1501) is sent as 2 fragments and taken, as is the UDP maximum', () => {
    expect(problems(sc('veth', { payload: 1472 }))).toEqual([]);
    expect(problems(sc('veth', { payload: 1473 }))).toEqual([]);
    expect(problems(sc('veth', { payload: 65507, count: 3, flags: ['udp_csum'] }))).toEqual([]);
  });

  it.each([
    [{ payload: 1473, flags: ['ttl_1'] }, /^\/workload\/0\/flags: must hold only udp_csum or udp_csum_zero .*1501 bytes, more than the MTU of "d0" \(1500\), so the sender sends it as 2 fragments.*\(got ttl_1\)$/],
    [{ payload: 1469, flags: ['ip_options'] }, /^\/workload\/0\/flags: must hold only .*1501 bytes.*\(got ip_options\)$/],
    [{ payload: 3000, burst: true }, /^\/workload\/0\/burst: must be false or absent: .*3 fragments, each sent on its own/],
    [{ payload: 3000, interleave: { every: 2, sport: 41000 } }, /^\/workload\/0\/interleave: must be absent: .*a light flow interleaves frames/],
    [{ payload: 3000, padding: 4 }, /^\/workload\/0\/padding: must be 0 or absent: .*only a frame shorter than the Ethernet minimum/],
    [{ payload: 3000, flow: { dport: 5000, proto: 253 } }, /^\/workload\/0\/flow\/proto: must be 17 \(UDP\) or absent: .*reassembles UDP datagrams only/],
    [{ payload: 65504, flags: ['ip_options_nop'] }, /^\/workload\/0\/payload: must keep the IP datagram within 65535 bytes .*tot_len is 16 bits.*\(got 65504, an IP length of 65536\)$/],
  ] as const)('veth %j is rejected', (frames, re) => {
    expect(problems(sc('veth', frames))).toEqual([expect.stringMatching(re)]);
  });

  it('loopback: MTU 65536, so the largest UDP payload (65507) is accepted; with an IP option the datagram would exceed tot_len 65535', () => {
    expect(problems(sc('loopback', { payload: 65507, flow: { dport: 5000, src: '127.0.0.1', dst: '127.0.0.1' } }))).toEqual([]);
    const p = problems(sc('loopback', { payload: 65507, flags: ['ip_options'], flow: { dport: 5000, src: '127.0.0.1', dst: '127.0.0.1' } }));
    expect(p[0]).toMatch(/^\/workload\/0\/payload: must keep the IP datagram within 65535 bytes .*tot_len is 16 bits/);
  });
});

describe('ICMP rate limits the model cannot predict', () => {
  it('icmp_ratelimit above 20 s (6 x it beyond inet_peer_minttl 120 s) over more than 120 s is rejected (inet_peer_gc)', () => {
    const s = { 'net.ipv4.icmp_ratelimit': 30_000 };
    expect(problems(sc('veth', { flow: { dport: 9999 }, count: 3, gapNs: 1_000_000_000 }, { sysctls: s }))).toEqual([]);
    const p = problems(sc('veth', { flow: { dport: 9999 }, count: 3, gapNs: 100_000_000_000 }, { sysctls: s }));
    expect(p[0]).toMatch(/^\/workload\/0: must not send rate-limited ICMP errors over more than 120 s .*inet_peer_gc/);
    // to an open port no error is sent, so no rate limit is involved
    expect(problems(sc('veth', { flow: { dport: 5000 }, count: 3, gapNs: 100_000_000_000 }, { sysctls: s }))).toEqual([]);
  });

  it('6.x: errors that could run the global bucket dry are rejected (icmp_global_consume draws 0-2 credits)', () => {
    const noPeerLimit = { 'net.ipv4.icmp_ratelimit': 0 };
    const p = problems(sc('veth', { flow: { dport: 9999 }, count: 25 }, { sysctls: noPeerLimit }));
    expect(p).toEqual([expect.stringMatching(/^\/workload\/0: must not send more than 24 rate-limited ICMP errors .*icmp_global_consume/)]);
    expect(problems(sc('veth', { flow: { dport: 9999 }, count: 24 }, { sysctls: noPeerLimit }))).toEqual([]);
    // the bucket off (either sysctl 0), the type not rate-masked, or 3.13 (no global bucket): nothing random
    expect(problems(sc('veth', { flow: { dport: 9999 }, count: 25 }, { sysctls: { ...noPeerLimit, 'net.ipv4.icmp_msgs_burst': 0 } }))).toEqual([]);
    expect(problems(sc('veth', { flow: { dport: 9999 }, count: 25 }, { sysctls: { ...noPeerLimit, 'net.ipv4.icmp_ratemask': 0 } }))).toEqual([]);
    expect(problems(sc('veth', { flow: { dport: 9999 }, count: 25 }, { sysctls: noPeerLimit }, 'linux-3.13'))).toEqual([]);
    // one destination under the default per-destination limit: 6 quick errors, then one a second, each finding a refill
    expect(problems(sc('veth', { flow: { dport: 9999 }, count: 1000 }))).toEqual([]);
  });
});

describe('IP protocols with a kernel handler the model does not have', () => {
  it.each([6, 2, 47, 50, 132, 136])('protocol %i is rejected at /workload/0/flow/proto', (proto) => {
    const p = problems(sc('veth', { flow: { dport: 5000, proto } }));
    expect(p).toEqual([expect.stringMatching(new RegExp(`^/workload/0/flow/proto: must be 17 \\(UDP\\), 1 \\(ICMP\\) or a protocol the kernel has no handler for: protocol ${proto} has one`))]);
  });

  it.each([200, 253, 99])('protocol %i (no handler: InUnknownProtos) is accepted', (proto) => {
    expect(problems(sc('veth', { flow: { dport: 5000, proto } }))).toEqual([]);
  });
});

describe('ICMP error frames quote the datagram they are about', () => {
  it('an error type needs a payload of at least 48 (IHL 10 of 0x5a bytes, + 8), an unknown type does not', () => {
    expect(problems(sc('veth', { payload: 48, flow: { dport: 0, proto: 1, sport: 3 } }))).toEqual([]);
    expect(problems(sc('veth', { payload: 47, flow: { dport: 0, proto: 1, sport: 11 } }))).toEqual([
      expect.stringMatching(/^\/workload\/0\/payload: must be at least 48 for an ICMP error frame: .*icmp_socket_deliver.*\(got 47\)$/),
    ]);
    expect(problems(sc('veth', { payload: 0, flow: { dport: 0, proto: 1, sport: 200 } }))).toEqual([]);
  });
});

describe('addresses that contradict a frame\'s flags', () => {
  const flow = (f: Record<string, unknown>) => ({ flow: { dport: 5000, ...f } });
  it.each([
    [['multicast'], { dst: '10.0.0.1' }, /^\/workload\/0\/flow\/dst: must be a multicast group/],
    [[], { dst: '239.1.1.1' }, /^\/workload\/0\/flow\/dst: must not be a multicast group unless/],
    [[], { dst: '255.255.255.255' }, /^\/workload\/0\/flow\/dst: must not be the limited broadcast unless/],
    [['not_local'], { dst: '10.0.0.1' }, /^\/workload\/0\/flow\/dst: must not be a local address for a frame flagged not_local/],
    [['no_route'], { dst: '127.0.0.1' }, /^\/workload\/0\/flow\/dst: must not be a local address for a frame flagged no_route/],
  ])('flags %j with %j is rejected', (flags, f, re) => {
    expect(problems(sc('nic', { flags, ...flow(f) }))).toEqual([expect.stringMatching(re)]);
  });

  it('addresses of the flag\'s kind are accepted', () => {
    expect(problems(sc('veth', { flags: ['multicast'], ...flow({ dst: '224.1.1.1' }) }))).toEqual([]);
    expect(problems(sc('veth', { flags: ['broadcast'], ...flow({ dst: '10.0.0.255' }) }))).toEqual([]);
    expect(problems(sc('veth', { flags: ['not_local'], ...flow({ dst: '10.0.0.99' }) }))).toEqual([]);
  });

  it('martian sources are taken (src/model/ip_input.ts martian_source drops them)', () => {
    for (const src of ['10.0.0.1', '127.0.0.5', '0.0.0.0', '224.1.2.3', '255.255.255.255']) {
      expect(problems(sc('veth', flow({ src })))).toEqual([]);
    }
  });

  it('a loopback frame comes from a local address', () => {
    expect(problems(sc('loopback', { flow: { dport: 5000, src: '127.0.0.9' } }))).toEqual([]);
    expect(problems(sc('loopback', { flow: { dport: 5000, src: '10.0.0.1' } }))).toEqual([]);
    expect(problems(sc('loopback', { flow: { dport: 5000, src: '10.0.0.2' } }))).toEqual([
      expect.stringMatching(/^\/workload\/0\/flow\/src: must be a local address \(127.0.0.0\/8 or config.localAddresses\)/),
    ]);
  });
});

describe('a software device has no NIC settings; a veth\'s GRO and its other end\'s TSO are its own', () => {
  it.each([
    [{ ringSize: 64 }, /^\/config\/devices\/0\/ringSize: must be absent on a veth device/],
    [{ napiWeight: 8 }, /^\/config\/devices\/0\/napiWeight: must be absent on a veth device/],
    [{ rxQueues: 2 }, /^\/config\/devices\/0\/rxQueues: must be 1 on a veth device/],
  ])('veth with %j is rejected', (settings, re) => {
    const s = sc('veth', {});
    s.config.devices![0] = { ...s.config.devices![0]!, ...settings } as never;
    expect(problems(s)).toEqual([expect.stringMatching(re)]);
  });

  it('GRO off and RPS on a veth are accepted', () => {
    const s = sc('veth', {}, {});
    s.config.devices![0] = { name: 'd0', kind: 'veth', gro: false, queues: [{ rpsCpus: '1' }] };
    expect(problems(s)).toEqual([]);
  });

  it('rps_flow_cnt 1 is refused on linux-6.18, whose store_rps_dev_flow_table_cnt fails the write; taken elsewhere', () => {
    const withCnt = (profile: string, rpsFlowCnt: number): Scenario => {
      const s = sc('veth', {}, {}, profile);
      s.config.devices![0] = { name: 'd0', kind: 'veth', queues: [{ rpsFlowCnt }] };
      return s;
    };
    expect(problems(withCnt('linux-6.18', 1))).toEqual([
      expect.stringMatching(/^\/config\/devices\/0\/queues\/0\/rpsFlowCnt: must be 0 or at least 2 in linux-6.18: .*EIO.*\(got 1\)$/),
    ]);
    for (const n of [0, 2, 3, 4096]) expect(problems(withCnt('linux-6.18', n))).toEqual([]);
    for (const p of ['linux-3.13', 'linux-6.1', 'linux-6.12']) expect(problems(withCnt(p, 1))).toEqual([]);
  });

  it('GRO on a veth (its NAPI mode, src/model/veth.ts) with its other end\'s TSO off or on is accepted', () => {
    for (const peerTso of [false, true, undefined]) {
      const s = sc('veth', {}, {});
      s.config.devices![0] = { name: 'd0', kind: 'veth', gro: true, ...(peerTso === undefined ? {} : { peerTso }) };
      expect(problems(s)).toEqual([]);
    }
  });

  it('peerTso on a device that is not a veth is rejected', () => {
    const s = sc('loopback', {}, {});
    s.config.devices![0] = { ...s.config.devices![0]!, peerTso: false } as never;
    expect(problems(s)).toEqual([expect.stringMatching(/^\/config\/devices\/0\/peerTso: must be absent on a loopback device: it is the TSO setting of a veth's other end/)]);
  });
});

describe('a net unreachable to a source reached through lo', () => {
  it('rp_filter with no_route is rejected with forwarding on (the error loops back RTCF_LOCAL), taken with it off', () => {
    const frames = { flags: ['no_route', 'rp_filter'], flow: { dport: 5000, src: '10.9.0.2', dst: '192.0.2.1' } };
    expect(problems(sc('veth', frames, { forwarding: true }))).toEqual([expect.stringMatching(/^\/workload\/0\/flags: must not flag both rp_filter and no_route with forwarding on: ip_error answers/)]);
    expect(problems(sc('veth', frames, { forwarding: false }))).toEqual([]);
  });
});

describe('one destination MAC per frame', () => {
  it.each([[['otherhost', 'multicast']], [['broadcast', 'otherhost']], [['multicast', 'broadcast']]])('%j is rejected at /workload/0/flags', (flags) => {
    const dst = flags.includes('multicast') ? '239.1.1.1' : '10.0.0.255';
    expect(problems(sc('veth', { flags, flow: { dport: 5000, dst } }))).toContainEqual(expect.stringMatching(/^\/workload\/0\/flags: must flag at most one of otherhost, multicast, broadcast/));
  });
});

describe('frames shorter than an IP header, and Ethernet padding', () => {
  it.each([
    ['nic', { flags: ['ip_short'], flow: { dport: 5000 } }, /^\/workload\/0\/flags: must not flag ip_short on a nic: a NIC discards a runt/],
    ['loopback', { flags: ['ip_short'], flow: { dport: 5000 } }, /^\/workload\/0\/flags: must not flag ip_short on a loopback/],
    ['loopback', { padding: 6, flow: { dport: 5000 } }, /^\/workload\/0\/padding: must be 0 or absent on loopback/],
    ['veth', { padding: 6, flags: ['ip_short'], flow: { dport: 5000 } }, /^\/workload\/0\/padding: must be 0 or absent with ip_short/],
    ['veth', { payload: 1472, padding: 1, flow: { dport: 5000 } }, /^\/workload\/0\/padding: must keep the frame within the MTU of "d0" \(1500\)/],
    ['veth', { flags: ['udp_csum', 'udp_csum_zero'], flow: { dport: 5000 } }, /^\/workload\/0\/flags: must not flag both udp_csum and udp_csum_zero/],
    ['veth', { flags: ['ttl_1', 'ttl_0'], flow: { dport: 5000 } }, /^\/workload\/0\/flags: must not flag both ttl_1 and ttl_0/],
    ['veth', { flags: ['ip_options', 'ip_options_rr'], flow: { dport: 5000 } }, /^\/workload\/0\/flags: must flag at most one of the IP options flags/],
    ['veth', { payload: 1466, flags: ['ip_options_rr'], flow: { dport: 5000 } }, /^\/workload\/0\/flags: must hold only udp_csum or udp_csum_zero .*\(got ip_options_rr\)$/],
  ] as const)('%s frames %j are rejected', (kind, frames, re) => {
    expect(problems(sc(kind, frames))).toEqual([expect.stringMatching(re)]);
  });

  it('a short frame on a veth and padding on a veth or NIC are taken', () => {
    expect(problems(sc('veth', { flags: ['ip_short'], flow: { dport: 5000 } }))).toEqual([]);
    expect(problems(sc('veth', { payload: 1400, padding: 72, flow: { dport: 5000 } }))).toEqual([]);
    expect(problems(sc('nic', { payload: 0, padding: 18, flow: { dport: 5000 } }))).toEqual([]);
  });
});


describe('ip_truncated with Ethernet padding', () => {
  it('padding below the 100 bytes the IP length claims past the datagram is taken, IPv4 and IPv6', () => {
    expect(problems(sc('veth', { flags: ['ip_truncated'], padding: 99 }))).toEqual([]);
    expect(problems(sc('veth', { flags: ['ip_truncated'], padding: 99, flow: { family: 'inet6', dport: 5000 } }))).toEqual([]);
  });

  it('100 bytes or more would hold them: the kernel sees no truncation, and the validator refuses it', () => {
    for (const flow of [{ dport: 5000 }, { family: 'inet6', dport: 5000 }]) {
      expect(problems(sc('veth', { flags: ['ip_truncated'], padding: 100, flow })))
        .toEqual([expect.stringMatching(/^\/workload\/0\/padding: must be below 100 with ip_truncated: .*no truncation.*\(got 100\)$/)]);
    }
    expect(problems(sc('nic', { flags: ['ip_truncated'], padding: 816 })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/padding: must be below 100 with ip_truncated/)]);
  });
});
