// Scenarios aimed at multicast receive (Socket.multicast, frames flagged multicast; src/model/ip_input.ts,
// ip6_input.ts, udp.ts, udp6.ts), which the generic mix reaches only now and then: one veth, up to three sockets of
// either family on two ports, some joined to a group, bound to the wildcard, the host's own address or the group, and
// steps of datagrams to the groups every device joins (224.0.0.1, ff02::1), to the joined ones, to ones nobody joined,
// to the IPv6 scopes ip6_rcv_core drops, and now and then to a unicast address, with reads and receive buffers that
// fill.
import fc from 'fast-check';
import type { FrameFlag, FramesStep, ProfileName, Scenario, Socket, Step } from '../generated/schema-types.ts';
import { FLOW_MCAST_DST_DEFAULT } from '../spec/flow-defaults.ts';
import { FLOW_MCAST6_DST_DEFAULT, V6_ALL_NODES, V6_LOCAL } from '../spec/ipv6.ts';
import { frameTag } from '../spec/scenario-tags.ts';
import { tagGate } from './feature-tags.ts';

const STEP_GAP_NS = 20_000_000;
const FRAME_GAP_NS = 100_000;
const PORTS = [9000, 9001, 9999] as const;

/** Where a step's frames go, by family: the all-hosts/all-nodes group, the joined one, one nobody joined, ... */
const GROUPS4 = ['224.0.0.1', FLOW_MCAST_DST_DEFAULT, '239.2.2.2', null] as const;
const GROUPS6 = [V6_ALL_NODES, FLOW_MCAST6_DST_DEFAULT, 'ff15::2', 'ff10::1', 'ff01::1', null] as const;

const socketArbitrary = fc.record({
  v6: fc.boolean(),
  join: fc.boolean(),
  port: fc.constantFrom(0, 1),
  bound: fc.constantFrom('any', 'any', 'local', 'group'),
  v6only: fc.boolean(),
});

const stepArbitrary = fc.record({
  v6: fc.boolean(),
  to: fc.nat({ max: 5 }),
  port: fc.constantFrom(0, 0, 1, 2),
  count: fc.integer({ min: 1, max: 40 }),
  payload: fc.oneof(fc.integer({ min: 0, max: 1400 }), fc.constantFrom(0, 20, 100, 1000)),
  csum: fc.constantFrom<FrameFlag | null>(null, null, null, null, 'udp_csum', 'udp_csum_zero'),
  read: fc.option(fc.integer({ min: 1, max: 8 })),
});

/** The scenario tags (scenarioTags) these scenarios may need: an implementation must declare them all. */
export const MULTICAST_SCENARIO_TAGS = [
  'veth', 'socket', 'multicast', 'ipv6', 'rcvbuf', 'multi_cpu', 'sysctl:net.ipv4.icmp_ratemask',
  frameTag('multicast'), frameTag('udp_csum'), frameTag('udp_csum_zero'),
] as const;

/** Whether the declared tags take these scenarios (every profile has multicast receive). */
export function multicastScenariosFit(tags: readonly string[] | undefined): boolean {
  const gate = tagGate(tags);
  return MULTICAST_SCENARIO_TAGS.every((t) => gate.allows(t));
}

interface SocketDraw { v6: boolean; join: boolean; port: number; bound: string; v6only: boolean }

/** The sockets: at most one per port and family, so that no two bind the same address and port. */
function sockets(draws: readonly SocketDraw[]): Socket[] {
  const out: Socket[] = [];
  const taken = new Set<string>();
  for (const d of draws) {
    // a dual-stack AF_INET6 socket on :: takes the port's IPv4 wildcard too: one wildcard socket per port
    const key = `${PORTS[d.port]}`;
    if (taken.has(key)) continue;
    taken.add(key);
    out.push({
      name: `m${out.length}`, port: PORTS[d.port]!,
      ...(d.v6 ? { family: 'inet6' as const, ...(d.v6only ? { v6only: true } : {}) } : {}),
      ...(d.bound === 'local' ? { address: d.v6 ? V6_LOCAL : '10.0.0.1' } : {}),
      ...(d.bound === 'group' ? { address: d.v6 ? FLOW_MCAST6_DST_DEFAULT : FLOW_MCAST_DST_DEFAULT } : {}),
      ...(d.join ? { multicast: d.v6 ? FLOW_MCAST6_DST_DEFAULT : FLOW_MCAST_DST_DEFAULT } : {}),
    });
  }
  return out;
}

interface StepDraw {
  v6: boolean; to: number; port: number; count: number; payload: number; csum: FrameFlag | null; read: number | null;
}

/** A frames step to a group (flagged multicast) or, for the draw past the groups, to the host's own address. */
function framesStep(d: StepDraw, at: number): FramesStep {
  const groups = d.v6 ? GROUPS6 : GROUPS4;
  const dst = groups[d.to % groups.length];
  const flags: FrameFlag[] = [...(dst !== null ? ['multicast' as const] : []), ...(d.csum !== null ? [d.csum] : [])];
  const flow: FramesStep['flow'] = {
    ...(d.v6 ? { family: 'inet6' as const } : {}), ...(dst !== null ? { dst } : {}), dport: PORTS[d.port]!,
  };
  return {
    at, op: 'frames', device: 'veth0', cpu: 0, count: d.count, gapNs: FRAME_GAP_NS,
    payload: d.v6 ? Math.min(d.payload, 1452) : d.payload, flow, ...(flags.length > 0 ? { flags } : {}),
  };
}

/** A scenario of multicast datagrams into a veth with sockets of both families behind it. */
export function multicastScenarioArbitrary(profile: ProfileName, name = 'multicast'): fc.Arbitrary<Scenario> {
  return fc.record({
    sockets: fc.array(socketArbitrary, { minLength: 1, maxLength: 3 }),
    rcvbuf: fc.option(fc.constantFrom(2304, 4096, 16384), { freq: 3 }),
    steps: fc.array(stepArbitrary, { minLength: 1, maxLength: 4 }),
  }).map(({ sockets: draws, rcvbuf, steps }) => {
    const socks = sockets(draws).map((k, i) => (i === 0 && rcvbuf !== null ? { ...k, soRcvbuf: rcvbuf } : k));
    const workload: Step[] = [];
    let at = 0;
    for (const st of steps) {
      workload.push(framesStep(st, at));
      at += st.count * FRAME_GAP_NS + STEP_GAP_NS;
      if (st.read !== null) {
        workload.push({ at, op: 'read', socket: socks[0]!.name, count: st.read });
        at += STEP_GAP_NS;
      }
    }
    workload.push({ at, op: 'checkpoint', label: 'queued' });
    socks.forEach((k, i) => workload.push({ at: at + (i + 1) * STEP_GAP_NS, op: 'read', socket: k.name }));
    return {
      name: `${name}-${profile}`,
      description: 'multicast: datagrams to groups joined, unjoined and always joined, into a veth',
      config: {
        profile, cpus: 2, localAddresses: ['10.0.0.1'], devices: [{ name: 'veth0', kind: 'veth' }],
        sysctls: { 'net.ipv4.icmp_ratemask': 0 }, sockets: socks,
      },
      workload,
    };
  });
}
