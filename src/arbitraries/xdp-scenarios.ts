// Scenarios aimed at XDP programs on a veth (Device.xdp; src/model/veth.ts), which the generic mix gives a veth only
// now and then: one veth with a program (mostly pass, whose page-pool copies are charged by what came before them),
// GRO on or off, and a few steps of datagrams of mixed sizes, single or in bursts, IPv4 or IPv6, with reads and
// receive buffers that fill, so that the page pool's fragments, a full ring and whole drops by the program all come up.
import fc from 'fast-check';
import type { Device, ProfileName, Scenario, Socket, Step } from '../generated/schema-types.ts';
import { maxInet6Payload } from '../spec/ipv6-problems.ts';
import { VETH_MTU } from '../spec/ip-fragment.ts';
import { sixOnlyScenariosFit } from './feature-tags.ts';

const STEP_GAP_NS = 20_000_000;
const SINGLE_GAP_NS = 100_000;

const stepArbitrary = fc.record({
  count: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 300 })),
  payload: fc.oneof(fc.integer({ min: 0, max: 1472 }), fc.constantFrom(0, 100, 700, 1000, 1400, 1472)),
  padding: fc.option(fc.integer({ min: 1, max: 40 }), { freq: 5 }),
  burst: fc.boolean(),
  v6: fc.boolean(),
  read: fc.option(fc.integer({ min: 1, max: 8 })),
});

/** The scenario tags (scenarioTags) these scenarios may need: an implementation must declare them all. */
export const XDP_SCENARIO_TAGS = [
  'veth', 'veth_napi', 'xdp', 'socket', 'burst', 'rcvbuf', 'ipv6', 'padding', 'multi_cpu', 'sysctl:net.ipv4.icmp_ratemask',
] as const;

/** Whether the profile and the declared tags take these scenarios (linux-3.13's veth has no XDP). */
export function xdpScenariosFit(profile: ProfileName, tags: readonly string[] | undefined): boolean {
  return sixOnlyScenariosFit(profile, tags, XDP_SCENARIO_TAGS);
}

/** A scenario of a veth with an XDP program and dual-stack sockets behind it (a 6.x profile: xdpScenariosFit). */
export function xdpScenarioArbitrary(profile: ProfileName, name = 'xdp'): fc.Arbitrary<Scenario> {
  return fc.record({
    xdp: fc.constantFrom<NonNullable<Device['xdp']>>('pass', 'pass', 'pass', 'drop', 'aborted'),
    gro: fc.boolean(),
    rcvbuf: fc.option(fc.constantFrom(2304, 4096, 16384, 65536, 212992)),
    steps: fc.array(stepArbitrary, { minLength: 1, maxLength: 5 }),
  }).map(({ xdp, gro, rcvbuf, steps }) => {
    // dual-stack: an AF_INET6 socket bound to :: takes IPv4 datagrams too
    const sockets: Socket[] = [{ name: 'x', port: 9000, family: 'inet6', ...(rcvbuf !== null ? { soRcvbuf: rcvbuf } : {}) }];
    const workload: Step[] = [];
    let at = 0;
    for (const st of steps) {
      const payload = st.v6 ? Math.min(st.payload, maxInet6Payload({ kind: 'veth' })) : st.payload;
      // padding within the MTU: the datagram is 40 (IPv6) or 20 (IPv4) + 8 + payload bytes
      const padding = Math.min(st.padding ?? 0, VETH_MTU - (st.v6 ? 48 : 28) - payload);
      workload.push({
        at, op: 'frames', device: 'veth0', cpu: 0, count: st.count, payload,
        ...(padding > 0 ? { padding } : {}),
        ...(st.burst ? { burst: true } : { gapNs: SINGLE_GAP_NS }), flow: { ...(st.v6 ? { family: 'inet6' as const } : {}), dport: 9000 },
      });
      at += (st.burst ? 0 : st.count * SINGLE_GAP_NS) + STEP_GAP_NS;
      if (st.read !== null) {
        workload.push({ at, op: 'read', socket: 'x', count: st.read });
        at += STEP_GAP_NS;
      }
    }
    workload.push({ at, op: 'checkpoint', label: 'queued' }, { at: at + STEP_GAP_NS, op: 'read', socket: 'x' });
    return {
      name: `${name}-${profile}`,
      description: `xdp: a veth whose XDP program gives every frame ${xdp}`,
      config: {
        profile, cpus: 2, localAddresses: ['10.0.0.1'],
        devices: [{ name: 'veth0', kind: 'veth', xdp, ...(gro ? { gro: true } : {}) }],
        sysctls: { 'net.ipv4.icmp_ratemask': 0 },
        sockets,
      },
      workload,
    };
  });
}
