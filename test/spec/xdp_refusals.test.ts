// Device.xdp: taken on a 6.x veth (src/spec/xdp.ts), refused elsewhere with the reason; a program that passes frames
// refuses what the model does not follow for its page copies (UDP_GRO, datagrams sent as fragments).
import { describe, expect, it } from 'vitest';
import { validationProblems } from './validation-problems.ts';
import type { Device, FramesStep, Scenario } from '../../src/generated/schema-types.ts';

function sc(dev: Partial<Device>, step: Partial<FramesStep> = {}, opts: { profile?: string; udpGro?: boolean } = {}): Scenario {
  return {
    name: 't',
    config: {
      profile: opts.profile ?? 'linux-6.18', cpus: 1, devices: [{ name: 'veth0', kind: 'veth', ...dev } as Device],
      sockets: [{ name: 's', port: 5000, ...(opts.udpGro ? { udpGro: true } : {}) }],
    },
    workload: [{ at: 0, op: 'frames', device: 'veth0', count: 3, flow: { dport: 5000 }, ...step } as FramesStep],
  } as Scenario;
}

describe('XDP programs', () => {
  it('every verdict is taken on a veth of a 6.x profile, with flags, bursts and IPv6', () => {
    for (const p of ['linux-6.1', 'linux-6.12', 'linux-6.18']) {
      for (const xdp of ['pass', 'drop', 'aborted'] as const) expect(validationProblems(sc({ xdp }, {}, { profile: p }))).toEqual([]);
    }
    expect(validationProblems(sc({ xdp: 'drop' }, { flags: ['udp_csum'], burst: true }))).toEqual([]);
    expect(validationProblems(sc({ xdp: 'drop' }, { payload: 3000 }))).toEqual([]);
  });

  it('linux-3.13 has none, and a NIC or loopback takes none', () => {
    expect(validationProblems(sc({ xdp: 'drop' }, {}, { profile: 'linux-3.13' })))
      .toEqual([expect.stringMatching(/^\/config\/devices\/0\/xdp: must be absent in linux-3.13: its veth has no XDP/)]);
    const nic = { ...sc({}), config: { ...sc({}).config, devices: [{ name: 'veth0', kind: 'nic', xdp: 'drop' } as Device] } };
    expect(validationProblems(nic)).toEqual([expect.stringMatching(/^\/config\/devices\/0\/xdp: must be absent on a nic device/)]);
  });

  it('a verdict the format does not know is a schema error', () => {
    expect(validationProblems(sc({ xdp: 'tx' as Device['xdp'] }))).toEqual([expect.stringMatching(/^\/config\/devices\/0\/xdp: /)]);
  });

  it('pass: no datagram sent as fragments to that veth, and no socket with UDP_GRO', () => {
    expect(validationProblems(sc({ xdp: 'pass' }, { payload: 3000 })))
      .toEqual([expect.stringMatching(/^\/workload\/0\/payload: must keep the datagram within the veth MTU: "veth0" has an XDP program that passes/)]);
    expect(validationProblems(sc({ xdp: 'pass' }, {}, { udpGro: true })))
      .toEqual([expect.stringMatching(/^\/config\/sockets\/0\/udpGro: .* "veth0" has an XDP program that passes frames/)]);
    expect(validationProblems(sc({ xdp: 'drop' }, {}, { udpGro: true }))).toEqual([]);
  });
});
