// Multicast receive through simulate(), IPv4 and IPv6, as recorded on 6.1, 6.12 and 6.18 (golden/kernel mcast-*,
// mcast6-*): the groups every device joins (224.0.0.1, ff02::1), which sockets take a group's datagram
// (ip_mc_sf_allow: an AF_INET6 socket's IPv4 mc_all is 0; inet6_mc_check: np->mc_all is 1), ip6_mc_input, the scopes
// ip6_rcv_core drops, a zero checksum to a group, and the defaults a flagged frame's destination takes.
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/model/index.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import type { FrameFlag, FramesStep, ProfileName, Scenario, Snapshot, Socket } from '../../src/generated/schema-types.ts';

function scenario(profile: ProfileName, sockets: Socket[], steps: FramesStep[]): Scenario {
  return {
    name: 'multicast',
    config: { profile, cpus: 1, devices: [{ name: 'v0', kind: 'veth' }], sockets, sysctls: { 'net.ipv4.icmp_ratemask': 0 } },
    workload: [...steps, { at: 50_000_000, op: 'checkpoint', label: 'done', settle: true }],
  };
}

function frames(count: number, flow: FramesStep['flow'], flags: FrameFlag[] = ['multicast'], payload = 100): FramesStep {
  return { at: 0, op: 'frames', device: 'v0', count, gapNs: 100_000, payload, flow, flags };
}

function end(s: Scenario): Snapshot {
  validateScenario(s, 'multicast.json');
  const obs = simulate(s);
  return obs.checkpoints[obs.checkpoints.length - 1].counters;
}

const rxQueues = (snap: Snapshot): number[] => (snap.udp ?? []).map((u) => u.rx_queue);

describe.each(['linux-3.13', 'linux-6.18'] as const)('%s', (profile) => {
  const sixX = profile !== 'linux-3.13';
  test('224.0.0.1 is every device\'s (ip_mc_up): ours with no socket joined, delivered to the socket on the port', () => {
    const snap = end(scenario(profile, [{ name: 'rx', port: 9000 }], [frames(6, { dst: '224.0.0.1', dport: 9000 })]));
    expect([snap.netstat.IpExt.InMcastPkts, snap.snmp.Ip.InDelivers]).toEqual([6, 6]);
    expect(rxQueues(snap)[0]).toBeGreaterThan(0);
  });
  test('a dual-stack AF_INET6 socket takes no IPv4 group it has not joined (inet6_create leaves mc_all 0)', () => {
    const sock: Socket = { name: 'rx', family: 'inet6', port: 9000 };
    const snap = end(scenario(profile, [sock], [frames(6, { dst: '224.0.0.1', dport: 9000 })]));
    expect([snap.snmp.Ip.InDelivers, snap.snmp.Udp.IgnoredMulti ?? 0, ...rxQueues(snap)]).toEqual([6, sixX ? 6 : 0, 0]);
  });
  test('... but a broadcast it does (ip_mc_sf_allow passes a destination that is no group)', () => {
    const sock: Socket = { name: 'rx', family: 'inet6', port: 9000 };
    const snap = end(scenario(profile, [sock], [frames(3, { dst: '10.0.0.255', dport: 9000 }, ['broadcast'])]));
    expect(rxQueues(snap)[0]).toBeGreaterThan(0);
  });
  test('a broadcast frame without a destination goes to the subnet broadcast: not to a socket bound to 10.0.0.1', () => {
    const snap = end(scenario(profile, [{ name: 'rx', address: '10.0.0.1', port: 9000 }], [frames(3, { dport: 9000 }, ['broadcast'])]));
    expect([snap.netstat.IpExt.InBcastPkts, ...rxQueues(snap)]).toEqual([3, 0]);
  });
  test('a multicast frame without a destination goes to 239.1.1.1, the group a socket joins by default', () => {
    const snap = end(scenario(profile, [{ name: 'rx', port: 9000, multicast: '239.1.1.1' }], [frames(3, { dport: 9000 })]));
    expect(rxQueues(snap)[0]).toBeGreaterThan(0);
  });

  test('ff02::1 is every device\'s (ipv6_add_dev): ip6_mc_input counts InMcastPkts and delivers', () => {
    const snap = end(scenario(profile, [{ name: 'rx', family: 'inet6', port: 9000 }],
      [frames(6, { family: 'inet6', dst: 'ff02::1', dport: 9000 })]));
    const ip6 = snap.snmp6!.Ip6;
    expect([ip6.InMcastPkts, ip6.InMcastOctets, ip6.InDelivers]).toEqual([6, 6 * 148, 6]);
    expect(rxQueues(snap)[0]).toBeGreaterThan(0);
  });
  test('a group nobody joined: InMcastPkts, then ipv6_chk_mcast_addr fails: not delivered', () => {
    const snap = end(scenario(profile, [{ name: 'rx', family: 'inet6', port: 9000, multicast: 'ff15::1' }],
      [frames(5, { family: 'inet6', dst: 'ff15::2', dport: 9000 })]));
    expect([snap.snmp6!.Ip6.InMcastPkts, snap.snmp6!.Ip6.InDelivers, ...rxQueues(snap)]).toEqual([5, 0, 0]);
  });
  test('a joined group goes to every AF_INET6 socket on the port, joined or not, and to no AF_INET one', () => {
    const socks: Socket[] = [
      { name: 'j', family: 'inet6', port: 9000, multicast: 'ff15::1' },
      { name: 'o', family: 'inet6', port: 9001 },
      { name: 'v4', port: 9002 },
    ];
    const snap = end(scenario(profile, socks, [
      frames(2, { family: 'inet6', dport: 9001 }), frames(2, { family: 'inet6', dport: 9002 }),
    ]));
    expect(rxQueues(snap).map((q) => q > 0)).toEqual([false, true, false]);
    if (sixX) expect(snap.snmp6!.Udp6.IgnoredMulti).toBe(2);
  });
  test('scope 0 (ff10::1) and interface-local scope from the wire (ff01::1) are header errors', () => {
    for (const dst of ['ff10::1', 'ff01::1']) {
      const snap = end(scenario(profile, [{ name: 'rx', family: 'inet6', port: 9000 }],
        [frames(4, { family: 'inet6', dst, dport: 9000 })]));
      expect([snap.snmp6!.Ip6.InHdrErrors, snap.snmp6!.Ip6.InMcastPkts, snap.snmp6!.Ip6.InDelivers]).toEqual([4, 0, 0]);
    }
  });
  test('fragments to a group: each counted as the group\'s, reassembled, delivered; an expired queue sends no error', () => {
    const sock: Socket = { name: 'rx', port: 9000, multicast: '239.1.1.1', soRcvbufForce: true, soRcvbuf: 4194304 };
    const v4 = end(scenario(profile, [sock], [frames(5, { dst: '239.1.1.1', dport: 9000 }, ['multicast'], 3000)]));
    expect([v4.netstat.IpExt.InMcastPkts, v4.snmp.Ip.ReasmReqds, v4.snmp.Ip.ReasmOKs, v4.snmp.Ip.InDelivers]).toEqual([15, 15, 5, 5]);
    const lost: FramesStep = { ...frames(5, { family: 'inet6', dst: 'ff02::1', dport: 9000 }, ['multicast'], 3000), fragments: [0, 1] };
    const s6 = scenario(profile, [{ name: 'rx', family: 'inet6', port: 9000 }], [lost]);
    s6.workload[1] = { at: 40_000_000_000, op: 'checkpoint', label: 'done', settle: true };
    const v6 = end(s6);
    expect([v6.snmp6!.Ip6.InMcastPkts, v6.snmp6!.Ip6.ReasmFails, v6.snmp6!.Icmp6.OutMsgs]).toEqual([10, 5, 0]);
  });
  test('a zero UDP checksum to a group: 6.x skips every socket (IgnoredMulti), 3.13 refuses it in udp6_csum_init', () => {
    const snap = end(scenario(profile, [{ name: 'rx', family: 'inet6', port: 9000 }],
      [frames(5, { family: 'inet6', dst: 'ff02::1', dport: 9000 }, ['multicast', 'udp_csum_zero'], 20)]));
    const udp6 = snap.snmp6!.Udp6;
    expect([udp6.IgnoredMulti ?? 0, udp6.InCsumErrors, ...rxQueues(snap)]).toEqual(sixX ? [5, 0, 0] : [0, 5, 0]);
  });
});

describe('what the validator refuses about multicast', () => {
  const base = (sockets: Socket[], step: FramesStep): Scenario => scenario('linux-6.18', sockets, [step]);
  const v6 = (dst: string, flags: FrameFlag[] = ['multicast']): FramesStep => frames(1, { family: 'inet6', dst, dport: 9000 }, flags);
  test.each([
    ['an IPv4 socket joining a unicast address', base([{ name: 'rx', port: 9000, multicast: '10.0.0.5' }], frames(1, { dport: 9000 }, [])),
      /\/config\/sockets\/0\/multicast: must be a multicast group \(224\.0\.0\.0\/4\)/],
    ['an inet6 socket joining a unicast address', base([{ name: 'rx', family: 'inet6', port: 9000, multicast: 'fd00::5' }], v6('ff02::1')),
      /\/config\/sockets\/0\/multicast: must be an IPv6 multicast group/],
    ['an inet socket joining an IPv6 group', base([{ name: 'rx', port: 9000, multicast: 'ff15::1' }], v6('ff02::1')),
      /\/config\/sockets\/0\/multicast: must be a multicast group \(224/],
    ['an unflagged frame to an IPv6 group', base([], v6('ff15::1', [])), /flow\/dst: must not be a multicast group unless/],
    ['a flagged frame to a unicast IPv6 address', base([], v6('fd00::1')), /flow\/dst: must be an IPv6 multicast group/],
    ['a solicited-node group', base([], v6('ff02::1:ff00:1')), /flow\/dst: must not be a solicited-node group/],
    ['an extension header to a group', base([], v6('ff02::1', ['multicast', 'ip6_hopopts'])), /flags: must not hold an extension header flag with multicast/],
    ['otherhost and multicast', base([], v6('ff02::1', ['multicast', 'otherhost'])), /flags: must flag at most one of otherhost, multicast/],
    ['a loopback frame flagged multicast', { ...base([], frames(1, { dport: 9000 })), config: { profile: 'linux-6.18', cpus: 1,
      devices: [{ name: 'v0', kind: 'loopback' }] } }, /\/workload\/0\/flags: must not hold multicast on loopback/],
    ['a socket bound to an address the host does not own', base([{ name: 'rx', port: 9000, address: '10.9.9.9' }], frames(1, { dport: 9000 }, [])),
      /\/config\/sockets\/0\/address: must be an address the host owns/],
    ['an inet6 socket bound to a link-local group', base([{ name: 'rx', family: 'inet6', port: 9000, address: 'ff02::1' }], v6('ff02::1')),
      /\/config\/sockets\/0\/address: must be an address the host owns/],
  ] as [string, Scenario, RegExp][])('%s', (_what, s, message) => {
    expect(() => validateScenario(s, 'x.json')).toThrow(message);
  });
});
