// Socket.udpGro: taken where the model merges faithfully (src/spec/udp-gro.ts), refused elsewhere with the reason.
import { describe, expect, it } from 'vitest';
import { validationProblems } from './validation-problems.ts';
import type { Device, FramesStep, Scenario } from '../../src/generated/schema-types.ts';

const NAPI: Device = { name: 'veth0', kind: 'veth', gro: true, peerTso: false };

function sc(frames: Partial<FramesStep>, opts: { profile?: string; devices?: Device[]; udpGro?: boolean } = {}): Scenario {
  return {
    name: 't',
    config: {
      profile: opts.profile ?? 'linux-6.18', cpus: 1, devices: opts.devices ?? [NAPI],
      sockets: [{ name: 's', port: 5000, ...(opts.udpGro === false ? {} : { udpGro: true }) }],
    },
    workload: [{ at: 0, op: 'frames', device: 'veth0', count: 10, burst: true, flow: { dport: 5000 }, ...frames }],
  } as Scenario;
}

describe('UDP_GRO sockets', () => {
  it('plain UDP datagrams from the peer to a local address on a NAPI-mode veth are taken, IPv4 and IPv6', () => {
    for (const p of ['linux-6.1', 'linux-6.12', 'linux-6.18']) expect(validationProblems(sc({}, { profile: p }))).toEqual([]);
    expect(validationProblems(sc({ flow: { dport: 5000, src: '10.0.0.2', dst: '10.0.0.1' } }))).toEqual([]);
    const v6 = sc({ flow: { family: 'inet6', dport: 5000, src: 'fd00::2', dst: 'fd00::1' } });
    v6.config.sockets![0] = { ...v6.config.sockets![0], family: 'inet6' };
    expect(validationProblems(v6)).toEqual([]);
  });

  it('linux-3.13 has no UDP_GRO', () => {
    const s = sc({}, { profile: 'linux-3.13', devices: [{ name: 'veth0', kind: 'veth' }] });
    expect(validationProblems(s)).toEqual([expect.stringMatching(/^\/config\/sockets\/0\/udpGro: must be false or absent in linux-3.13: .*ENOPROTOOPT/)]);
  });

  it('a NIC with GRO on (its default) refuses it; with GRO off it is taken', () => {
    const nic: Device = { name: 'eth0', kind: 'nic' };
    expect(validationProblems(sc({}, { devices: [NAPI, nic] }))).toEqual([
      expect.stringMatching(/^\/config\/sockets\/0\/udpGro: must be false or absent while the NIC "eth0" has GRO on .*frags path/),
    ]);
    expect(validationProblems(sc({}, { devices: [NAPI, { ...nic, gro: false }] }))).toEqual([]);
  });

  it.each([
    [{ flags: ['udp_csum'] }, /^\/workload\/0\/flags: must be empty or absent: a socket asks for UDP_GRO .*\(got udp_csum\)$/],
    [{ padding: 10, payload: 4 }, /^\/workload\/0\/padding: must be 0 or absent: .*\(got 10\)$/],
    [{ payload: 3000, burst: false }, /^\/workload\/0\/payload: must keep the datagram within the veth MTU: .*\(got 3000\)$/],
    [{ flow: { dport: 5000, proto: 253 } }, /^\/workload\/0\/flow\/proto: must be 17 or absent: .*\(got 253\)$/],
    [{ flow: { dport: 5000, src: '10.0.0.9' } }, /^\/workload\/0\/flow\/src: must be absent or 10.0.0.2, the peer's address: .*\(got 10.0.0.9\)$/],
    [{ flow: { dport: 5000, dst: '10.0.0.7' } }, /^\/workload\/0\/flow\/dst: must be absent or a local address: .*\(got 10.0.0.7\)$/],
  ] as const)('on a NAPI-mode veth, frames %j are refused', (frames, re) => {
    expect(validationProblems(sc(frames as Partial<FramesStep>))).toContainEqual(expect.stringMatching(re));
  });

  it('the same frames are taken without a UDP_GRO socket, or on a veth that is not in NAPI mode', () => {
    expect(validationProblems(sc({ flags: ['udp_csum'] }, { udpGro: false }))).toEqual([]);
    expect(validationProblems(sc({ flags: ['udp_csum'] }, { devices: [{ name: 'veth0', kind: 'veth' }] }))).toEqual([]);
  });
});

describe('UDP_GRO set or cleared by a setsockopt step', () => {
  const step = (udpGro: boolean, opts: { profile?: string; devices?: Device[] } = {}): Scenario => {
    const s = sc({}, { udpGro: false, ...opts });
    return { ...s, workload: [{ at: 0, op: 'setsockopt', socket: 's', udpGro }, { ...s.workload[0]!, at: 1 }] } as Scenario;
  };

  it('is taken on 6.x, set or cleared, alone in its step', () => {
    for (const p of ['linux-6.1', 'linux-6.12', 'linux-6.18']) {
      expect(validationProblems(step(true, { profile: p }))).toEqual([]);
      expect(validationProblems(step(false, { profile: p }))).toEqual([]);
    }
  });

  it('counts as a UDP_GRO socket for the frames of the run, set at any step', () => {
    const s = step(true);
    s.workload[1] = { ...s.workload[1]!, flags: ['udp_csum'] } as FramesStep;
    expect(validationProblems(s)).toContainEqual(expect.stringMatching(/^\/workload\/1\/flags: must be empty or absent: a socket asks for UDP_GRO/));
  });

  it('linux-3.13 refuses it even to clear it (setsockopt fails with ENOPROTOOPT)', () => {
    expect(validationProblems(step(false, { profile: 'linux-3.13', devices: [{ name: 'veth0', kind: 'veth' }] })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/udpGro: must be absent in linux-3.13: .*ENOPROTOOPT\) \(got false\)$/)]);
  });

  it('is refused where a socket could not have it: a NIC with GRO on', () => {
    expect(validationProblems(step(true, { devices: [NAPI, { name: 'eth0', kind: 'nic' }] })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/udpGro: must be false or absent while the NIC "eth0" has GRO on/)]);
  });

  it('cleared, is refused where the NAPI-mode veth steers by RPS (a merged skb could reach the socket after)', () => {
    const rps: Device = { ...NAPI, queues: [{ rpsCpus: '2' }] };
    const s = step(false, { devices: [rps] });
    s.config.cpus = 2;
    expect(validationProblems(s)).toEqual([expect.stringMatching(/^\/workload\/0\/udpGro: must not be false while the NAPI-mode veth "veth0" steers by RPS: .*udp_rcv_segment/)]);
    const on = step(true, { devices: [rps] });
    on.config.cpus = 2;
    expect(validationProblems(on)).toEqual([]);
  });
});
