// close(2) on a UDP socket mid-run (src/model/udp_close.ts): udp_lib_unhash at once (NoPorts, or another socket),
// the queue freed without a counter at udp_destruct_common (6.x) or inet_sock_destruct (3.13), memory back to
// udp_mem, the /proc/net/udp row gone; 3.13's inet_release resets the RFS entry, 6.x's does not.
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/model/index.ts';
import type { ProfileName, Scenario, Snapshot, Socket, Step } from '../../src/generated/schema-types.ts';
import { makeHost, receive } from './udp-host.ts';
import { udp_lib_close } from '../../src/model/udp_close.ts';
import { udp_recvmsg } from '../../src/model/udp.ts';
import { RpsSockFlowTable } from '../../src/model/softnet.ts';
import { RPS_NO_CPU } from '../../src/model/profile.ts';
import { inet_state } from '../../src/model/sock.ts';

const PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.1', 'linux-6.12', 'linux-6.18'];

function frames(at: number, count: number, dport = 9000): Step {
  return { at, op: 'frames', device: 'v0', count, gapNs: 10_000, payload: 100, flow: { dport } };
}

function scenario(profile: ProfileName, sockets: Socket[], workload: Step[]): Scenario {
  return {
    name: 'close', workload,
    config: { profile, cpus: 1, devices: [{ name: 'v0', kind: 'veth' }], sockets, sysctls: { 'net.ipv4.icmp_ratemask': 0 } },
  };
}

function checkpoints(s: Scenario, events = false): { label: string; snap: Snapshot }[] & { events?: unknown[] } {
  const obs = simulate(s, { events });
  const out = obs.checkpoints.map((c) => ({ label: c.label, snap: c.counters })) as ReturnType<typeof checkpoints>;
  out.events = obs.events;
  return out;
}

describe.each(PROFILES)('%s', (profile) => {
  const rx: Socket = { name: 'rx', port: 9000 };
  const other: Socket = { name: 'other', port: 9001 };
  const wl: Step[] = [
    frames(0, 10), frames(0, 4, 9001),
    { at: 1_000_000, op: 'read', socket: 'rx', count: 3 },
    { at: 2_000_000, op: 'checkpoint', label: 'before' },
    { at: 3_000_000, op: 'close', socket: 'rx' },
    { at: 3_000_000, op: 'checkpoint', label: 'closed' },
    frames(4_000_000, 5),
    { at: 5_000_000, op: 'checkpoint', label: 'after' },
  ];

  test('the row goes, the queue is freed without a counter, later datagrams find no socket', () => {
    const [before, closed, after] = checkpoints(scenario(profile, [rx, other], wl));
    expect(before!.snap.udp.map((r) => r.name)).toEqual(['rx', 'other']);
    expect(closed!.snap.udp.map((r) => r.name)).toEqual(['other']);
    expect(closed!.snap.internal!.sockets!.map((k) => k.name)).toEqual(['other']);
    expect(closed!.snap.internal!.closed).toEqual([{ name: 'rx', purged: 7, drops: 0 }]);
    // no counter moved at the close
    expect(closed!.snap.snmp).toEqual(before!.snap.snmp);
    // the other socket keeps what it had
    expect(closed!.snap.udp[0]).toEqual(before!.snap.udp[1]);
    expect(after!.snap.snmp.Udp.NoPorts - closed!.snap.snmp.Udp.NoPorts).toBe(5);
    expect(after!.snap.snmp.Icmp.OutDestUnreachs).toBe(5);
  });

  test('the freed datagrams are kfree_skb events at the profile\'s destructor', () => {
    const events = checkpoints(scenario(profile, [rx, other], wl), true).events as { event: string; location: string; t: number }[];
    const atClose = events.filter((e) => e.event === 'kfree_skb' && e.t === 3_000_000);
    expect(atClose).toHaveLength(7);
    const site = profile === 'linux-3.13' ? 'net/ipv4/af_inet.c:inet_sock_destruct' : 'net/ipv4/udp.c:udp_destruct_common';
    expect(new Set(atClose.map((e) => e.location))).toEqual(new Set([site]));
  });

  test('every page the socket held goes back to udp_mem', () => {
    const h = makeHost({ profile, sockets: [rx] });
    const before = inet_state(h).udpMemoryAllocated;
    for (let i = 0; i < 9; i++) receive(h, { dport: 9000, payload: 1000 });
    udp_recvmsg(h, h.sockets[0]!, 2, 0);
    expect(inet_state(h).udpMemoryAllocated).toBeGreaterThan(before);
    const closed = udp_lib_close(h, h.sockets[0]!);
    expect(closed.purged).toBe(7);
    expect(inet_state(h).udpMemoryAllocated).toBe(before);
    expect([h.sockets[0]!.rmem_alloc, h.sockets[0]!.forward_alloc, h.sockets[0]!.queued()]).toEqual([0, 0, 0]);
  });

  test('a closed connected socket: early demux and the full lookup both miss it', () => {
    const conn: Socket = { name: 'c', port: 9000, connect: { address: '10.0.0.2', port: 40000 } };
    const h = makeHost({ profile, sockets: [conn] });
    receive(h, { src: '10.0.0.2', sport: 40000, dport: 9000 });
    expect(h.sockets[0]!.queued()).toBe(1);
    udp_lib_close(h, h.sockets[0]!);
    receive(h, { src: '10.0.0.2', sport: 40000, dport: 9000 });
    expect(h.mib.udp.NoPorts).toBe(1);
  });

  test(profile === 'linux-3.13' ? 'inet_release resets the RFS entry (sock_rps_reset_flow)' : 'inet_release leaves the RFS entry', () => {
    const conn: Socket = { name: 'c', port: 7, connect: { address: '10.0.0.9', port: 999 } };
    const h = makeHost({ profile, sockets: [conn] });
    const table = new RpsSockFlowTable(256, RPS_NO_CPU);
    h.core.sockFlowTable = table;
    receive(h, { src: '10.0.0.9', sport: 999, dport: 7, hash: 0x1234 });
    udp_recvmsg(h, h.sockets[0]!, 1, 0);
    const recorded = Array.from(table.ents).filter((v) => v !== RPS_NO_CPU);
    expect(recorded).toHaveLength(1);
    udp_lib_close(h, h.sockets[0]!);
    const left = Array.from(table.ents).filter((v) => v !== RPS_NO_CPU);
    expect(left).toEqual(profile === 'linux-3.13' ? [] : recorded);
  });
});

test('a dual-stack AF_INET6 socket closed: both families find no socket after', () => {
  const s = scenario('linux-6.18', [{ name: 'rx', family: 'inet6', port: 9000 }], [
    { at: 0, op: 'close', socket: 'rx' },
    frames(1_000_000, 2),
    { at: 1_000_000, op: 'frames', device: 'v0', count: 3, flow: { family: 'inet6', dport: 9000 } },
  ]);
  const snap = checkpoints(s).at(-1)!.snap;
  expect([snap.snmp.Udp.NoPorts, snap.snmp6!.Udp6.NoPorts]).toEqual([2, 3]);
  expect(snap.udp).toEqual([]);
});
