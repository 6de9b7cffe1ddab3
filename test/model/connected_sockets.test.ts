// connect()ed UDP sockets of either family (src/spec/connect.ts, src/model/sock.ts, udp6.ts): the peers the
// validator takes, the address connect() binds, what a connected socket receives, and what the recorder's form
// keeps. The kernel recordings are golden/kernel/linux-*/{,ipv6-}{lo,veth}-connected*.json.
import { describe, expect, it } from 'vitest';
import type { Config, Scenario, Socket } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { validationProblems } from '../spec/validation-problems.ts';
import { connectProblem } from '../../src/kernel/expressible.ts';
import { kernelForm } from '../../src/kernel/kernel-form.ts';

const VETH = { name: 'veth0', kind: 'veth' } as const;
const LO = { name: 'lo', kind: 'loopback' } as const;

function scenarioOf(sockets: Socket[], workload: Scenario['workload'], extra: Partial<Config> = {}): Scenario {
  return { name: 't', config: { profile: 'linux-6.18', cpus: 1, devices: [VETH, LO], sockets, ...extra }, workload };
}

const problems = validationProblems;

const v6 = (connect: string, extra: Partial<Socket> = {}): Socket =>
  ({ name: 's', family: 'inet6', port: 9000, connect: { address: connect, port: 40000 }, ...extra });

describe('the validator: which peers an inet6 socket may connect to', () => {
  it.each(['::1', 'fd00::2', 'fd00::1', 'fd00::99'])('takes %s (a route exists)', (peer) => {
    expect(problems(scenarioOf([v6(peer)], []))).toEqual([]);
  });

  it.each([
    [v6('2001:db8::1'), /connect\/address: must be ::1 or \(with a veth\) an address of fd00::\/64.*ENETUNREACH/],
    [v6('::ffff:10.0.0.2'), /connect\/address: must be an IPv6 unicast address, not :: or an IPv4-mapped one/],
    [v6('::'), /connect\/address: must be an IPv6 unicast address/],
    [v6('10.0.0.2'), /connect\/address: must be an IPv6 address for an inet6 socket/],
    [v6('fd00::2', { address: '::1' }), /connect\/address: must be reached from the socket's bound address ::1/],
    [v6('fd00::2', { address: '::ffff:10.0.0.1' }), /connect: must be absent on an inet6 socket bound to an IPv4-mapped address/],
    [{ name: 's', port: 9000, connect: { address: 'fd00::2', port: 1 } }, /connect\/address: must be an IPv4 address for an inet socket/],
  ])('refuses %j', (sock, re) => {
    const got = problems(scenarioOf([sock], []));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(re);
    expect(got[0]).toMatch(/^\/config\/sockets\/0\//);
  });

  it('refuses fd00::/64 without a veth: only ::1 is routed then', () => {
    const s = scenarioOf([v6('fd00::2')], [], { devices: [LO] });
    expect(problems(s)).toEqual([expect.stringMatching(/ENETUNREACH \(got fd00::2\)$/)]);
  });
});

describe.each(['linux-3.13', 'linux-6.1', 'linux-6.18'] as const)('%s: a connected AF_INET6 socket', (profile) => {
  const flow6 = { family: 'inet6', dport: 9000 } as const;
  const run = (sockets: Socket[], workload: Scenario['workload']) =>
    simulate({ ...scenarioOf(sockets, workload), config: { ...scenarioOf(sockets, workload).config, profile } });
  const last = (obs: ReturnType<typeof simulate>) => obs.checkpoints[obs.checkpoints.length - 1].counters;

  it('takes datagrams from its peer only: another source port finds no socket (Udp6 NoPorts)', () => {
    const c = last(run([v6('fd00::2')], [
      { at: 0, op: 'frames', device: 'veth0', count: 4, flow: { ...flow6, sport: 40000 } },
      { at: 1e6, op: 'frames', device: 'veth0', count: 3, flow: { ...flow6, sport: 40001 } },
      { at: 2e6, op: 'read', socket: 's' },
    ]));
    expect(c.snmp6!.Udp6.InDatagrams).toBe(4);
    expect(c.snmp6!.Udp6.NoPorts).toBe(3);
    expect(c.snmp6!.Ip6.InDelivers).toBe(7);
  });

  it('is bound to the route\'s source (fd00::1 towards fd00::2, ::1 towards ::1) and shows its peer in udp6', () => {
    const rows = last(run([v6('fd00::2'), v6('::1', { name: 't', port: 9001 })], [])).udp;
    expect(rows.map((r) => [r.local_address, r.rem_address])).toEqual([
      ['000000FD000000000000000001000000:2328', '000000FD000000000000000002000000:9C40'],
      ['00000000000000000000000001000000:2329', '00000000000000000000000001000000:9C40'],
    ]);
  });

  it('bound to :: without IPV6_V6ONLY, takes no IPv4 once connected to an IPv6 peer (inet_rcv_saddr 127.0.0.6)', () => {
    const c = last(run([v6('fd00::2')], [
      { at: 0, op: 'frames', device: 'veth0', count: 2, flow: { dport: 9000 } },
    ]));
    expect(c.snmp.Udp.NoPorts).toBe(2);
    expect(c.udp[0].rx_queue).toBe(0);
  });
});

describe('an AF_INET socket connected to a local address', () => {
  it('is bound to that address (a local route\'s source is itself), not to the first one', () => {
    const s = scenarioOf([{ name: 's', port: 9000, connect: { address: '10.0.0.5', port: 40000 } }], [],
      { localAddresses: ['10.0.0.1', '10.0.0.5'] });
    const obs = simulate(s);
    expect(obs.checkpoints[0].counters.udp[0].local_address).toBe('0500000A:2328');
  });
});

describe('the recorder: connect() is kept where the namespace routes the peer as the model does', () => {
  const cfg = (connect: string, extra: Partial<Config> = {}): Config =>
    ({ profile: 'linux-6.18', cpus: 2, devices: [VETH], sockets: [{ name: 's', port: 9000, connect: { address: connect, port: 1 } }], ...extra });
  it.each([
    ['127.0.0.9', {}, true], ['10.0.0.1', {}, true], ['10.0.0.2', {}, true],
    ['10.0.0.5', { localAddresses: ['10.0.0.1', '10.0.0.5'] }, true],
    ['10.0.1.2', {}, false], ['192.168.0.2', { localAddresses: ['10.0.0.1', '192.168.0.1'] }, false],
    ['10.0.0.2', { devices: [LO] }, false],
  ] as [string, Partial<Config>, boolean][])('AF_INET to %s (%j): %s', (peer, extra, ok) => {
    expect(connectProblem(cfg(peer, extra).sockets![0], cfg(peer, extra)) === null).toBe(ok);
  });

  it('the kernel form keeps a routable connect and drops one the namespace cannot make', () => {
    const host = { cpus: 2, hz: 250 as const, hasSysctl: () => true };
    const frames = [{ at: 0, op: 'frames' as const, device: 'veth0', count: 1, flow: { dport: 9000 } }];
    const keep = kernelForm({ name: 'k', config: cfg('10.0.0.2'), workload: frames }, host);
    expect(keep?.config.sockets?.[0].connect).toEqual({ address: '10.0.0.2', port: 1 });
    const drop = kernelForm({ name: 'd', config: cfg('10.0.1.2'), workload: frames }, host);
    expect(drop?.config.sockets?.[0].connect).toBeUndefined();
  });
});
