// IPv6 UDP receive (src/model/ip6_input.ts, udp6.ts): counters as net/ipv6/ip6_input.c and net/ipv6/udp.c keep them,
// the dual-stack socket's IPv4 datagrams in the IPv4 MIB, the /proc/net/udp6 row, and the refusals.
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/model/index.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import type { FrameFlag, FramesStep, ProfileName, Scenario, Snapshot, Socket, Step } from '../../src/generated/schema-types.ts';
import { frameTruesize } from '../../src/model/truesize.ts';

function scenario(profile: ProfileName, sockets: Socket[], workload: Step[], kind: 'veth' | 'loopback' = 'veth'): Scenario {
  return {
    name: 'ipv6', config: { profile, cpus: 1, devices: [{ name: 'd0', kind }], sockets }, workload,
  };
}

function end(s: Scenario, events = false): { snap: Snapshot; kfree: { location: string; reason?: string }[] } {
  const obs = simulate(s, { events });
  const snap = obs.checkpoints[obs.checkpoints.length - 1].counters;
  const kfree = (obs.events ?? []).filter((e) => e.event === 'kfree_skb') as { location: string; reason?: string }[];
  return { snap, kfree };
}

function v6frames(count: number, flags: FrameFlag[] = [], payload = 64, dport = 9000): FramesStep {
  const st: FramesStep = { at: 0, op: 'frames', device: 'd0', count, flow: { family: 'inet6', dport }, payload };
  if (flags.length > 0) st.flags = flags;
  return st;
}

const V6_SOCK: Socket = { name: 's6', family: 'inet6', port: 9000 };

describe('ipv6_rcv -> udpv6_rcv', () => {
  test('valid datagrams: Ip6 InReceives, InOctets (40 + 8 + payload each), InNoECTPkts, InDelivers; Udp6 InDatagrams on read', () => {
    const { snap } = end(scenario('linux-6.18', [V6_SOCK], [v6frames(5, [], 100), { at: 1_000_000, op: 'read', socket: 's6', count: 3 }]));
    const ip6 = snap.snmp6!.Ip6;
    expect([ip6.InReceives, ip6.InOctets, ip6.InNoECTPkts, ip6.InDelivers]).toEqual([5, 5 * 148, 5, 5]);
    expect(snap.snmp6!.Udp6.InDatagrams).toBe(3);
    expect(snap.snmp.Ip.InReceives).toBe(0);
    expect(snap.snmp.Udp.InDatagrams).toBe(0);
    // two left queued, each charged the frame's truesize
    const ts = frameTruesize('linux-6.18', 'veth', v6frames(1, [], 100) as never);
    expect(snap.udp[0].rx_queue).toBe(2 * ts);
    // ::/9000 as /proc/net/udp6 prints it
    expect(snap.udp[0].local_address).toBe('00000000000000000000000000000000:2328');
  });

  test('a dual-stack AF_INET6 socket counts IPv4 datagrams in Udp, IPv6 ones in Udp6', () => {
    const v4: Step = { at: 0, op: 'frames', device: 'd0', count: 4, flow: { dport: 9000 } };
    const { snap } = end(scenario('linux-6.18', [V6_SOCK], [v6frames(2), v4, { at: 1_000_000, op: 'read', socket: 's6' }]));
    expect([snap.snmp.Udp.InDatagrams, snap.snmp6!.Udp6.InDatagrams]).toEqual([4, 2]);
    expect([snap.snmp.Ip.InDelivers, snap.snmp6!.Ip6.InDelivers]).toEqual([4, 2]);
  });

  test('IPV6_V6ONLY, or a bind to a non-mapped IPv6 address, takes no IPv4: NoPorts', () => {
    for (const sock of [{ ...V6_SOCK, v6only: true }, { ...V6_SOCK, address: 'fd00::1' }]) {
      const v4: Step = { at: 0, op: 'frames', device: 'd0', count: 3, flow: { dport: 9000 } };
      const { snap } = end(scenario('linux-6.18', [sock], [v4]));
      expect(snap.snmp.Udp.NoPorts).toBe(3);
    }
  });

  test('a socket bound to ::ffff:10.0.0.1 takes IPv4 to 10.0.0.1 and shows the mapped address in udp6', () => {
    const sock: Socket = { ...V6_SOCK, address: '::ffff:10.0.0.1' };
    const v4: Step = { at: 0, op: 'frames', device: 'd0', count: 2, flow: { dport: 9000 } };
    const { snap } = end(scenario('linux-6.18', [sock], [v4, { at: 1_000_000, op: 'read', socket: 's6' }]));
    expect(snap.snmp.Udp.InDatagrams).toBe(2);
    expect(snap.udp[0].local_address).toBe('0000000000000000FFFF00000100000A:2328');
  });

  test('a zero checksum is refused on IPv6: with a socket UDP_CSUM (6.x), InCsumErrors + InErrors', () => {
    const { snap, kfree } = end(scenario('linux-6.18', [V6_SOCK], [v6frames(3, ['udp_csum_zero'])]), true);
    expect([snap.snmp6!.Udp6.InCsumErrors, snap.snmp6!.Udp6.InErrors, snap.snmp6!.Ip6.InDelivers]).toEqual([3, 3, 3]);
    expect(kfree.map((e) => e.reason)).toEqual(['UDP_CSUM', 'UDP_CSUM', 'UDP_CSUM']);
    expect(kfree[0].location).toBe('net/ipv6/udp.c:__udp6_lib_rcv');
  });

  test('a zero checksum to no socket: 6.x keeps the no_sk reason NO_SOCKET; no NoPorts', () => {
    const { snap, kfree } = end(scenario('linux-6.18', [], [v6frames(2, ['udp_csum_zero'])]), true);
    expect([snap.snmp6!.Udp6.InCsumErrors, snap.snmp6!.Udp6.NoPorts]).toEqual([2, 0]);
    expect(kfree.map((e) => e.reason)).toEqual(['NO_SOCKET', 'NO_SOCKET']);
  });

  test('linux-3.13 refuses a zero checksum in udp6_csum_init, socket or not', () => {
    const { snap } = end(scenario('linux-3.13', [V6_SOCK], [v6frames(2, ['udp_csum_zero'])]));
    expect([snap.snmp6!.Udp6.InCsumErrors, snap.snmp6!.Udp6.InErrors]).toEqual([2, 2]);
  });

  test('a bad checksum on a short datagram is found at receive on 6.x (CHECKSUM_BREAK), at read on 3.13', () => {
    const wl = [v6frames(2, ['udp_csum'], 16)];
    const six = end(scenario('linux-6.18', [V6_SOCK], wl)).snap;
    expect([six.snmp6!.Udp6.InCsumErrors, six.udp[0].rx_queue]).toEqual([2, 0]);
    const old = end(scenario('linux-3.13', [V6_SOCK], wl)).snap;
    expect(old.snmp6!.Udp6.InCsumErrors).toBe(0);
    expect(old.udp[0].rx_queue).toBeGreaterThan(0);
    const read = end(scenario('linux-3.13', [V6_SOCK], [...wl, { at: 1_000_000, op: 'read', socket: 's6' }])).snap;
    expect([read.snmp6!.Udp6.InCsumErrors, read.snmp6!.Udp6.InErrors, read.snmp6!.Udp6.InDatagrams, read.udp[0].drops]).toEqual([2, 2, 0, 2]);
  });

  test('a bad UDP length: Udp6 InErrors only (short_packet), reason PKT_TOO_SMALL', () => {
    const { snap, kfree } = end(scenario('linux-6.18', [V6_SOCK], [v6frames(2, ['udp_len_short'])]), true);
    expect([snap.snmp6!.Udp6.InErrors, snap.snmp6!.Udp6.InCsumErrors]).toEqual([2, 0]);
    expect(kfree.map((e) => e.reason)).toEqual(['PKT_TOO_SMALL', 'PKT_TOO_SMALL']);
  });

  test('to another address of fd00::/64: routed to ip6_forward, which drops it with forwarding off (InAddrErrors)', () => {
    const st: FramesStep = { ...v6frames(4), flow: { family: 'inet6', dport: 9000, dst: 'fd00::99' } };
    const { snap, kfree } = end(scenario('linux-6.18', [V6_SOCK], [st]), true);
    const ip6 = snap.snmp6!.Ip6;
    expect([ip6.InReceives, ip6.InAddrErrors, ip6.InDelivers, snap.snmp6!.Udp6.NoPorts]).toEqual([4, 4, 0, 0]);
    expect(kfree.map((e) => `${e.location} ${e.reason}`)).toEqual(Array(4).fill('net/ipv6/ip6_output.c:ip6_forward IP_INADDRERRORS'));
  });

  test('PACKET_OTHERHOST is dropped before Ip6 InReceives, but was processed', () => {
    const { snap } = end(scenario('linux-6.18', [V6_SOCK], [v6frames(3, ['otherhost'])]));
    expect(snap.snmp6!.Ip6.InReceives).toBe(0);
    expect(snap.softnet_stat[0].processed).toBe(3);
  });

  test.each([
    ['ip_version', 'InHdrErrors', 'UNHANDLED_PROTO', 3 * 112, 0],
    ['ip_short', 'InHdrErrors', 'IP_INHDR', 3 * 10, 0],
    ['ip_truncated', 'InTruncatedPkts', 'PKT_TOO_SMALL', 3 * 112, 3],
  ] as const)('%s: ip6_rcv_core counts InReceives and InOctets, then %s, and drops it (%s)', (flag, counter, reason, octets, noEct) => {
    const { snap, kfree } = end(scenario('linux-6.18', [V6_SOCK], [v6frames(3, [flag])]), true);
    const ip6 = snap.snmp6!.Ip6;
    expect([ip6.InReceives, ip6.InOctets, ip6[counter], ip6.InNoECTPkts, ip6.InDelivers]).toEqual([3, octets, 3, noEct, 0]);
    expect(kfree.map((e) => `${e.location} ${e.reason}`)).toEqual(Array(3).fill(`net/ipv6/ip6_input.c:ip6_rcv_core ${reason}`));
    const old = end(scenario('linux-3.13', [V6_SOCK], [v6frames(3, [flag])]), true);
    expect(old.snap.snmp6!.Ip6[counter]).toBe(3);
    expect(old.kfree.map((e) => e.location)).toEqual(Array(3).fill('net/ipv6/ip6_input.c:ipv6_rcv'));
  });

  test.each([
    [['ip6_hopopts'], 0, 3, 0],
    [['ip6_dstopts'], 0, 3, 0],
    [['ip6_hopopts', 'ip6_dstopts'], 0, 3, 0],
    [['ip6_opt_discard'], 3, 0, 0],
    [['ip6_opt_icmp'], 3, 0, 3],
    [['ip6_opt_skip'], 0, 3, 0],
    [['ip6_opt_icmp_nomcast'], 3, 0, 3],
    [['ip6_hop_skip'], 0, 3, 0],
    [['ip6_hop_discard'], 3, 0, 0],
    [['ip6_hop_icmp'], 3, 0, 3],
    [['ip6_hop_icmp_nomcast'], 3, 0, 3],
    [['ip6_rthdr'], 0, 3, 0],
    [['ip6_rthdr_segleft'], 3, 0, 3],
    [['ip6_hop_skip', 'ip6_rthdr', 'ip6_opt_skip'], 0, 3, 0],
    [['ip6_hop_discard', 'ip6_rthdr_segleft', 'ip6_opt_icmp'], 3, 0, 0],
    [['ip6_rthdr_segleft', 'ip6_opt_icmp'], 3, 0, 3],
  ] as [FrameFlag[], number, number, number][])('extension headers %j: InHdrErrors %i, InDelivers %i, OutParmProblems %i', (flags, hdr, deliv, parm) => {
    const ext = 8 * flags.length;
    const { snap } = end(scenario('linux-6.18', [V6_SOCK], [v6frames(3, flags, 100)]));
    const ip6 = snap.snmp6!.Ip6;
    expect([ip6.InReceives, ip6.InOctets, ip6.InHdrErrors, ip6.InDelivers]).toEqual([3, 3 * (148 + ext), hdr, deliv]);
    expect(snap.snmp6!.Icmp6.OutParmProblems).toBe(parm);
    expect(snap.snmp6!.Udp6.NoPorts).toBe(0);
  });

  test('an unknown destination option to a closed port is met before UDP: a parameter problem, no NoPorts', () => {
    const { snap } = end(scenario('linux-6.18', [V6_SOCK], [v6frames(2, ['ip6_opt_icmp'], 64, 9999)]));
    expect([snap.snmp6!.Udp6.NoPorts, snap.snmp6!.Icmp6.OutParmProblems, snap.snmp6!.Icmp6.OutDestUnreachs]).toEqual([0, 2, 0]);
  });

  test('an unknown hop-by-hop option is met in ip6_rcv_core, before the route lookup: to a destination that is not ours or has no route, a parameter problem, and no InAddrErrors or InNoRoutes', () => {
    for (const dst of ['fd00::99', '2001:db8::1']) {
      const { snap, kfree } = end(scenario('linux-6.18', [V6_SOCK], [{ ...v6frames(2, ['ip6_hop_icmp']), flow: { family: 'inet6', dport: 9000, dst } }]), true);
      const ip6 = snap.snmp6!.Ip6;
      expect([ip6.InHdrErrors, ip6.InAddrErrors, ip6.InNoRoutes, snap.snmp6!.Icmp6.OutParmProblems]).toEqual([2, 0, 0, 2]);
      const drops = kfree.filter((e) => e.reason !== 'OTHERHOST'); // the errors, dropped by the veth's other end
      expect(drops.map((e) => `${e.location} ${e.reason}`)).toEqual(Array(2).fill('net/ipv6/exthdrs.c:ip6_tlvopt_unknown UNHANDLED_PROTO'));
    }
  });

  test('a routing header with segments left is met only for a local destination; its parameter problem\'s drop site is ipv6_rthdr_rcv (6.x) or icmpv6_param_prob (3.13)', () => {
    const notLocal = end(scenario('linux-6.18', [V6_SOCK], [{ ...v6frames(2, ['ip6_rthdr_segleft']), flow: { family: 'inet6', dport: 9000, dst: 'fd00::99' } }]));
    expect([notLocal.snap.snmp6!.Ip6.InAddrErrors, notLocal.snap.snmp6!.Ip6.InHdrErrors]).toEqual([2, 0]);
    const sites = (p: 'linux-3.13' | 'linux-6.18') => end(scenario(p, [V6_SOCK], [v6frames(1, ['ip6_rthdr_segleft'])]), true)
      .kfree.filter((e) => e.reason !== 'OTHERHOST').map((e) => `${e.location} ${e.reason}`);
    expect(sites('linux-6.18')).toEqual(['net/ipv6/exthdrs.c:ipv6_rthdr_rcv NOT_SPECIFIED']);
    expect(sites('linux-3.13')[0]).toMatch(/^net\/ipv6\/icmp.c:icmpv6_param_prob /);
  });

  test('one header of each kind: two hop-by-hop or two routing headers are refused too', () => {
    expect(() => validateScenario(scenario('linux-6.18', [V6_SOCK], [v6frames(1, ['ip6_hopopts', 'ip6_hop_skip'])]), 'e.json'))
      .toThrow(/\/workload\/0\/flags: must hold at most one of ip6_hopopts, .*hop-by-hop options header/);
    expect(() => validateScenario(scenario('linux-6.18', [V6_SOCK], [v6frames(1, ['ip6_rthdr', 'ip6_rthdr_segleft'])]), 'e.json'))
      .toThrow(/\/workload\/0\/flags: must hold at most one of ip6_rthdr, ip6_rthdr_segleft: each is the frame's routing header/);
  });

  test('two destination options headers are refused; an extension header counts toward the MTU', () => {
    expect(() => validateScenario(scenario('linux-6.18', [V6_SOCK], [v6frames(1, ['ip6_dstopts', 'ip6_opt_icmp'])]), 'e.json'))
      .toThrow(/\/workload\/0\/flags: must hold at most one of ip6_dstopts, ip6_opt_skip, ip6_opt_discard, ip6_opt_icmp, ip6_opt_icmp_nomcast/);
    expect(() => validateScenario(scenario('linux-6.18', [V6_SOCK], [v6frames(1, ['ip6_hopopts'], 1452)]), 'e.json'))
      .toThrow(/\/workload\/0\/flags: must hold only udp_csum or udp_csum_zero/);
  });

  test('an IPv6 header flag is refused on loopback, and ip_short with padding', () => {
    expect(() => validateScenario(scenario('linux-6.18', [V6_SOCK], [v6frames(1, ['ip_short'])], 'loopback'), 'h.json'))
      .toThrow(/\/workload\/0\/flags: must be empty on loopback/);
    expect(() => validateScenario(scenario('linux-6.18', [V6_SOCK], [{ ...v6frames(1, ['ip_short']), padding: 4 }]), 'h.json'))
      .toThrow(/\/workload\/0\/padding: must be 0 or absent with ip_short/);
  });

  test('a full receive buffer: Udp6 RcvbufErrors and InErrors, the socket drops', () => {
    const { snap, kfree } = end(scenario('linux-6.18', [{ ...V6_SOCK, soRcvbuf: 2000 }], [v6frames(10)]), true);
    const udp6 = snap.snmp6!.Udp6;
    expect(udp6.RcvbufErrors).toBeGreaterThan(0);
    expect(udp6.InErrors).toBe(udp6.RcvbufErrors);
    expect(snap.udp[0].drops).toBe(udp6.RcvbufErrors);
    expect(snap.snmp.Udp.RcvbufErrors).toBe(0);
    expect(new Set(kfree.map((e) => e.location))).toEqual(new Set(['net/ipv6/udp.c:udpv6_queue_rcv_one_skb']));
  });

  test('no snmp6 in the snapshot of a scenario without IPv6', () => {
    const v4: Step = { at: 0, op: 'frames', device: 'd0', count: 1, flow: { dport: 9000 } };
    expect(end(scenario('linux-6.18', [{ name: 's', port: 9000 }], [v4])).snap.snmp6).toBeUndefined();
  });

  test('per profile, /proc/net/snmp6 has the fields its kernel prints', () => {
    const wl = [v6frames(1)];
    expect(end(scenario('linux-3.13', [V6_SOCK], wl)).snap.snmp6!.Udp6.IgnoredMulti).toBeUndefined();
    expect(end(scenario('linux-6.1', [V6_SOCK], wl)).snap.snmp6!.Ip6.OutTransmits).toBeUndefined();
    expect(end(scenario('linux-6.18', [V6_SOCK], wl)).snap.snmp6!.Ip6.OutTransmits).toBe(0);
  });
});

describe('no socket: Udp6 NoPorts and ICMPv6 port unreachable (net/ipv6/icmp.c:icmp6_send)', () => {
  test('over lo each error comes back in: Ip6 counts both, Icmp6 InMsgs/InDestUnreachs, no rate limit', () => {
    const { snap } = end(scenario('linux-6.18', [], [v6frames(5, [], 100)], 'loopback'));
    const ip6 = snap.snmp6!.Ip6;
    const icmp6 = snap.snmp6!.Icmp6;
    // the error quotes the whole 148-byte datagram: 40 + 8 + 148 = 196 bytes
    expect([ip6.InReceives, ip6.InDelivers, ip6.InOctets]).toEqual([10, 10, 5 * 148 + 5 * 196]);
    expect([icmp6.OutMsgs, icmp6.OutDestUnreachs, icmp6.InMsgs, icmp6.InDestUnreachs]).toEqual([5, 5, 5, 5]);
    expect(snap.snmp6!.Udp6.NoPorts).toBe(5);
  });

  test('out a veth: the per-destination bucket lets 6 through back to back, then one per tmo (6.x counts the rest)', () => {
    const back = end(scenario('linux-6.18', [], [v6frames(50)])).snap.snmp6!;
    expect([back.Udp6.NoPorts, back.Icmp6.OutMsgs, back.Icmp6.OutDestUnreachs, back.Icmp6.OutRateLimitHost]).toEqual([50, 6, 6, 44]);
    expect(back.Ip6.InReceives).toBe(50); // the errors reach the peer as PACKET_OTHERHOST: not counted
    // 12 frames 100 ms (25 jiffies at HZ 250) apart. linux-6.18: net.ipv6.icmp.ratelimit 100 ms, tmo 25 jiffies: each
    // frame earns the token it spends, all 12 sent. linux-3.13: 1000 ms divided by 4 for the /64, tmo 62 jiffies, the
    // bucket starts at 6 * 62 = 372: tokens before each frame 372, 335, 298, 261, 224, 187, 150, 113, 76 (all >= 62:
    // sent, -62), then 39 (refused), 64 (sent), 27 (refused): 10 sent (inetpeer.c:inet_peer_xrlim_allow)
    const spaced: Step = { ...v6frames(12), gapNs: 100_000_000 };
    const s = end(scenario('linux-6.18', [], [spaced])).snap.snmp6!;
    expect([s.Icmp6.OutMsgs, s.Icmp6.OutRateLimitHost]).toEqual([12, 0]);
    const s313 = end(scenario('linux-3.13', [], [spaced])).snap.snmp6!;
    expect([s313.Icmp6.OutMsgs, s313.Icmp6.OutRateLimitHost]).toEqual([10, undefined]);
    const old = end(scenario('linux-3.13', [], [v6frames(50)])).snap.snmp6!;
    expect([old.Icmp6.OutMsgs, old.Icmp6.OutRateLimitHost]).toEqual([6, undefined]);
  });
});

describe('what the model refuses about IPv6', () => {
  test.each([
    [{ ...v6frames(1, ['ttl_1'] as FrameFlag[]) }, /\/workload\/0\/flags: may hold only/],
    [{ ...v6frames(1, [], 1453), padding: 10 }, /\/workload\/0\/padding: must be 0 or absent/],
    [{ ...v6frames(1), flow: { family: 'inet6', dport: 9000, dst: 'fe80::5' } }, /\/workload\/0\/flow\/dst: must be fd00::1/],
    [{ ...v6frames(1), flow: { family: 'inet6', dport: 9000, dst: 'ff02::1' } }, /\/workload\/0\/flow\/dst: must not be a multicast group unless/],
    [{ ...v6frames(1), flow: { family: 'inet6', dport: 9000, dst: 'fd00::' } }, /\/workload\/0\/flow\/dst: must be fd00::1/],
    [{ ...v6frames(1), flow: { family: 'inet6', dport: 9000, src: '10.0.0.2' } }, /\/workload\/0\/flow\/src: must be an IPv6 address/],
  ] as [Step, RegExp][])('step %#: refused at its pointer', (step, pointer) => {
    expect(() => validateScenario(scenario('linux-6.18', [V6_SOCK], [step]), 'x.json')).toThrow(pointer);
  });

  test('linux-6.1 and 6.12 (no 0201eedb69b2): 1000 ms divided by 4 for the /64, as recorded under QEMU', () => {
    // ipv6-veth-noports-refill340ms: 10 back to back (6 sent), 340 ms (85 jiffies) later 10 more: one token of 62
    for (const profile of ['linux-6.1', 'linux-6.12'] as const) {
      const wl: Step[] = [v6frames(10), { ...v6frames(10), at: 340_000_000 }, { at: 400_000_000, op: 'checkpoint', label: 'second', settle: true }];
      const c = end(scenario(profile, [], wl)).snap.snmp6!.Icmp6;
      expect([c.OutMsgs, c.OutRateLimitHost]).toEqual([7, 13]);
    }
  });

  test('an AF_INET6 socket on :: holds the IPv4 wildcard too: a second AF_INET socket on its port is refused', () => {
    expect(() => validateScenario(scenario('linux-6.18', [V6_SOCK, { name: 's4', port: 9000 }], []), 'x.json'))
      .toThrow(/\/config\/sockets\/1\/port: must not be bound twice: socket "s6" .* already binds \[::\]:9000/);
    const sockets = [{ ...V6_SOCK, v6only: true }, { name: 's4', port: 9000 }];
    expect(() => validateScenario(scenario('linux-6.18', sockets, []), 'x.json')).not.toThrow();
  });
});

describe('a destination no route reaches (ip6_pkt_drop)', () => {
  test.each(['linux-3.13', 'linux-6.18'] as ProfileName[])('%s: Ip6 InNoRoutes, an ICMPv6 destination unreachable each, no UDP', (profile) => {
    for (const dst of ['2001:db8::1', 'fd01::5']) {
      const { snap, kfree } = end(scenario(profile, [V6_SOCK], [{ ...v6frames(4), flow: { family: 'inet6', dport: 9000, dst } }]), true);
      const ip6 = snap.snmp6!.Ip6;
      expect([ip6.InReceives, ip6.InNoRoutes, ip6.InDelivers, ip6.InAddrErrors]).toEqual([4, 4, 0, 0]);
      expect([snap.snmp6!.Icmp6.OutMsgs, snap.snmp6!.Icmp6.OutDestUnreachs]).toEqual([4, 4]);
      expect(snap.snmp6!.Udp6.NoPorts).toBe(0);
      const site = profile === 'linux-6.18' ? 'net/ipv6/route.c:ip6_pkt_discard' : 'net/ipv6/route.c:ip6_pkt_drop';
      expect(kfree.filter((e) => e.location === site)).toHaveLength(4);
    }
  });

  test('linux-6.18: no-route and port unreachables share the per-destination bucket (6, then limited)', () => {
    const wl: Step[] = [{ ...v6frames(5), flow: { family: 'inet6', dport: 9000, dst: '2001:db8::1' } }, v6frames(5, [], 64, 7)];
    const { snap } = end(scenario('linux-6.18', [V6_SOCK], wl));
    expect([snap.snmp6!.Icmp6.OutDestUnreachs, snap.snmp6!.Icmp6.OutRateLimitHost]).toEqual([6, 4]);
  });
});
