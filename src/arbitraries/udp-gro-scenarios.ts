// Scenarios aimed at UDP GRO (src/model/udp_gro.ts), which the generic mix reaches only where a socket with UDP_GRO
// meets a burst on a NAPI-mode veth: one such veth, a socket with UDP_GRO and one with or without it, and a few
// steps of datagrams of one size (bursts mostly, which one veth_poll takes together), IPv4 or IPv6, with reads,
// receive buffers that fill and UDP_GRO set or cleared mid-run, so that merging, its limits, whole-skb drops and
// skb_condense all come up.
import fc from 'fast-check';
import type { ProfileName, Scenario, Socket, Step } from '../generated/schema-types.ts';
import { maxInet6Payload } from '../spec/ipv6-problems.ts';
import { sixOnlyScenariosFit } from './feature-tags.ts';

const STEP_GAP_NS = 20_000_000;
const SINGLE_GAP_NS = 100_000;

const stepArbitrary = fc.record({
  count: fc.oneof(fc.integer({ min: 1, max: 260 }), fc.constantFrom(2, 63, 64, 65, 128)),
  payload: fc.oneof(fc.integer({ min: 0, max: 1472 }), fc.constantFrom(0, 1, 100, 200, 1024, 1400)),
  burst: fc.integer({ min: 0, max: 3 }).map((x) => x > 0),
  gro: fc.boolean(),
  read: fc.option(fc.integer({ min: 1, max: 4 })),
  // setsockopt(UDP_GRO) on the step's socket before it, now and then
  toggle: fc.option(fc.boolean(), { freq: 4 }),
});

/** The scenario tags (scenarioTags) these scenarios may need: an implementation must declare them all. */
export const UDP_GRO_SCENARIO_TAGS = [
  'veth', 'veth_napi', 'socket', 'udp_gro', 'burst', 'rcvbuf', 'ipv6', 'multi_cpu', 'sysctl:net.ipv4.icmp_ratemask',
] as const;

/** Whether the profile and the declared tags take these scenarios (linux-3.13 has no UDP_GRO). */
export function udpGroScenariosFit(profile: ProfileName, tags: readonly string[] | undefined): boolean {
  return sixOnlyScenariosFit(profile, tags, UDP_GRO_SCENARIO_TAGS);
}

/** A scenario of UDP_GRO sockets behind a NAPI-mode veth (a 6.x profile: udpGroScenariosFit). */
export function udpGroScenarioArbitrary(profile: ProfileName, name = 'udp-gro'): fc.Arbitrary<Scenario> {
  return fc.record({
    v6: fc.boolean(),
    rcvbuf: fc.option(fc.constantFrom(2304, 4096, 16384, 40000, 65536, 212992)),
    plainGro: fc.boolean(),
    steps: fc.array(stepArbitrary, { minLength: 1, maxLength: 4 }),
  }).map(({ v6, rcvbuf, plainGro, steps }) => {
    const fam = v6 ? { family: 'inet6' as const } : {};
    const sockets: Socket[] = [
      { name: 'g', port: 9000, ...fam, udpGro: true, ...(rcvbuf !== null ? { soRcvbuf: rcvbuf } : {}) },
      { name: 'p', port: 9001, ...fam, ...(plainGro ? { udpGro: true } : {}) },
    ];
    const workload: Step[] = [];
    let at = 0;
    for (const st of steps) {
      const payload = v6 ? Math.min(st.payload, maxInet6Payload({ kind: 'veth' })) : st.payload;
      if (st.toggle !== null) {
        workload.push({ at, op: 'setsockopt', socket: st.gro ? 'g' : 'p', udpGro: st.toggle });
        at += STEP_GAP_NS;
      }
      workload.push({
        at, op: 'frames', device: 'veth0', cpu: 0, count: st.count, payload,
        ...(st.burst ? { burst: true } : { gapNs: SINGLE_GAP_NS }), flow: { ...fam, dport: st.gro ? 9000 : 9001 },
      });
      at += (st.burst ? 0 : st.count * SINGLE_GAP_NS) + STEP_GAP_NS;
      if (st.read !== null) {
        workload.push({ at, op: 'read', socket: st.gro ? 'g' : 'p', count: st.read });
        at += STEP_GAP_NS;
      }
    }
    workload.push({ at, op: 'checkpoint', label: 'queued' }, { at: at + STEP_GAP_NS, op: 'read', socket: 'g' });
    return {
      name: `${name}-${profile}`,
      description: 'udp-gro: UDP_GRO sockets behind a veth in NAPI mode',
      config: {
        profile, cpus: 2, localAddresses: ['10.0.0.1'],
        devices: [{ name: 'veth0', kind: 'veth', gro: true, peerTso: false }],
        sysctls: { 'net.ipv4.icmp_ratemask': 0 },
        sockets,
      },
      workload,
    };
  });
}
