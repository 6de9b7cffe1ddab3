// Workloads (workload.schema.json): frames (bursts and gaps, several flows with hashes, sizes from
// 0 to the UDP maximum, error flags), application reads (none, partial, interleaved), lock_sock
// windows, sysctl writes mid-run, checkpoints. Steps are generated as an array of small specs
// with indices (device, socket, flow) that `buildWorkload` resolves against the configuration by
// modulo, so fast-check shrinks the array of steps on its own (to few steps) without regenerating.
import fc from 'fast-check';
import type { FrameFlag, FramesStep, ProfileName, Step, Workload } from '../generated/schema-types.ts';
import type { SysctlName } from '../spec/defaults.ts';
import { allCpusMask, NO_SOCKET_PORT, PEER, SOCKET_PORTS, type BuiltDevice } from './config.ts';
import { edgeInt } from './edges.ts';
import { frameFlags, sysctlExists, workloadRange } from './schema-ranges.ts';
import { ANY_TAG, KNOB_TAGS, midRunSysctlTags, type TagGate } from './feature-tags.ts';
import { EXCLUSIVE_FLAGS, ICMP_ERROR_TYPES, ICMP_QUOTE_MIN, IP_TRUNCATED_EXCESS, MAC_FLAGS, NR_ICMP_TYPES } from '../spec/semantic.ts';
import { frameTag, protoTag } from '../spec/scenario-tags.ts';
import { IP_OPTION_FLAGS, ipOptionsLen } from '../spec/ip-options.ts';
import { FRAGMENTABLE_FLAGS, type MtuDevice, VETH_MTU, deviceMtu } from '../spec/ip-fragment.ts';
import type { Swarm } from './swarm.ts';
import { INET6_FLAGS, maxInet6Payload } from '../spec/ipv6-problems.ts';
import { EXT_HEADERS, IPV6_EXT_FLAGS, ipv6ExtLen } from '../spec/ipv6-ext.ts';
import { V6_ALL_NODES, V6_UNROUTED } from '../spec/ipv6.ts';

/** An address of the veth's fd00::/64 that is not the host's (src/spec/ipv6.ts v6OnlinkNotLocal). */
const V6_ONLINK_OTHER = 'fd00::99';

/** ICMP types of generated ICMP frames (in sport): every error type and two unknown ones (the kinds the model receives). */
const ICMP_FRAME_TYPES = [...ICMP_ERROR_TYPES, NR_ICMP_TYPES + 1, 200];
/**
 * The scenario tags of frames-step fields the generator gates one by one (src/spec/scenario-tags.ts):
 * a light flow mixed in (FramesStep.interleave), Ethernet padding (FramesStep.padding), and a veth datagram
 * larger than the MTU, which the sender fragments (src/spec/ip-fragment.ts).
 */
export const STEP_FIELD_TAGS = { interleave: 'interleave', padding: 'padding', fragmentation: 'fragmentation' } as const;
/** Source ports of generated light flows (FramesStep.interleave): apart from the 40000 + i of the others. */
const LIGHT_SPORT_BASE = 40100;

export type StepSpec =
  | { k: 'frames'; dt: number; dev: number; queue: number | null; cpu: number; count: number; gap: number; flow: number; port: number; hash: number | null; payload: number; flags: FrameFlag[]; proto: number | null; mix: number | null; pad: number | null }
  | { k: 'read'; dt: number; sock: number; count: number }
  | { k: 'sysctl'; dt: number; which: number; value: number }
  | { k: 'lock'; dt: number; sock: number; duration: number }
  | { k: 'advance'; dt: number }
  | { k: 'checkpoint'; dt: number; settle: boolean };

export interface WorkloadLimits {
  /** Most steps in one workload (default 10). */
  maxSteps: number;
  /** Most frames in one frames step (default 320). */
  maxCount: number;
}

export const DEFAULT_LIMITS: WorkloadLimits = { maxSteps: 10, maxCount: 320 };

/** Time before a step: back to back, microseconds, or several jiffies. */
const dtArb = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 50_000 }), weight: 2 },
  { arbitrary: fc.integer({ min: 50_000, max: 30_000_000 }), weight: 1 },
);

export function stepSpecArbitrary(limits: WorkloadLimits = DEFAULT_LIMITS): fc.Arbitrary<StepSpec> {
  const payload = workloadRange('FramesStep', 'payload');
  const hash = workloadRange('FramesStep', 'hash');
  const count = { min: Math.max(1, workloadRange('FramesStep', 'count').min), max: limits.maxCount };
  const frames = fc.record({
    k: fc.constant('frames' as const),
    dt: dtArb,
    dev: fc.nat(3),
    queue: fc.option(fc.nat(3), { freq: 4 }),
    cpu: fc.nat(7),
    count: edgeInt(count, [1, 2, 3, 64, 65, 129, 300]),
    gap: fc.oneof(
      { arbitrary: fc.constant(0), weight: 3 },
      { arbitrary: fc.integer({ min: 1, max: 5_000 }), weight: 2 },
      { arbitrary: fc.integer({ min: 5_000, max: 2_000_000 }), weight: 1 },
    ),
    flow: fc.nat(7),
    port: fc.nat(SOCKET_PORTS.length),
    // hash edges: 0, 1, the top bit, and values whose low bits are all zero (a table indexed by `hash & (n - 1)`
    // puts them in bucket 0, hash_32 spreads them: flow-limit buckets and RFS slots, 3.13 and 6.1/6.12 vs 6.18)
    hash: fc.option(edgeInt(hash, [0, 1, 0x80000000, 0x1000, 0x40000, hash.max]), { freq: 2 }),
    // payload edges: empty, typical, the largest without IP fragmentation at MTU 1500, the UDP max
    payload: edgeInt(payload, [64, 0, 1, 1472, 1473, 8972, payload.max]),
    flags: fc.subarray(frameFlags(), { maxLength: 2 }),
    // another IP protocol than UDP for one frames step in six (most malformed frames stay UDP, so
    // the UDP header checks get their share); shrinks toward UDP
    proto: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(253, 200, 1) }),
    // a light flow mixed into a loopback or veth step (FramesStep.interleave): one frame in `mix`
    mix: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 8 }) }),
    // Ethernet padding after the datagram (FramesStep.padding): to the 60-byte minimum frame, or more
    pad: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: edgeInt({ min: 1, max: 1500 }, [1, 18, 46]) }),
  });
  return fc.oneof(
    { arbitrary: frames, weight: 6 },
    { arbitrary: fc.record({ k: fc.constant('read' as const), dt: dtArb, sock: fc.nat(2), count: edgeInt({ min: 1, max: 400 }, [1, 2, 10]) }), weight: 2 },
    { arbitrary: fc.record({ k: fc.constant('sysctl' as const), dt: dtArb, which: fc.nat(15), value: fc.nat(15) }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('lock' as const), dt: dtArb, sock: fc.nat(2), duration: edgeInt({ min: 0, max: 20_000_000 }, [0, 1_000, 100_000]) }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('advance' as const), dt: dtArb }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('checkpoint' as const), dt: dtArb, settle: fc.boolean() }), weight: 1 },
  );
}

export function stepSpecsArbitrary(limits: WorkloadLimits = DEFAULT_LIMITS): fc.Arbitrary<StepSpec[]> {
  return fc.array(stepSpecArbitrary(limits), { minLength: 1, maxLength: limits.maxSteps });
}

/** The sysctls a workload may write mid-run, with the values it writes (per profile; those the gate allows). */
export function midRunSysctls(profile: ProfileName, cpus: number, gate: TagGate = ANY_TAG): [SysctlName, (number | string)[]][] {
  const all: [SysctlName, (number | string)[]][] = [
    ['net.core.netdev_max_backlog', [0, 1, 2, 1000]],
    ['net.core.netdev_budget', [1, 2, 300]],
    ['net.core.dev_weight', [1, 2, 64]],
    ['net.core.flow_limit_cpu_bitmap', ['0', '1', allCpusMask(cpus)]],
    ['net.core.rps_sock_flow_entries', [0, 64]],
    ['net.core.gro_normal_batch', [1, 8]],
    ['net.ipv4.ip_early_demux', [0, 1]],
  ];
  return all.filter(([n]) => sysctlExists(profile, n) && midRunSysctlTags(n).every((t) => gate.allows(t)));
}

const FLAG_OFF: readonly FrameFlag[] = [];

/** At most one flag of each group that sets the same thing (the first drawn): src/spec/semantic.ts. */
function oneOfEachKind(flags: readonly FrameFlag[]): readonly FrameFlag[] {
  let out = flags;
  for (const group of [MAC_FLAGS, IP_OPTION_FLAGS, ...EXCLUSIVE_FLAGS] as readonly (readonly string[])[]) {
    const first = out.find((f) => group.includes(f));
    out = out.filter((f) => f === first || !group.includes(f));
  }
  return out;
}

export interface WorkloadContext {
  profile: ProfileName;
  swarm: Swarm;
  devices: BuiltDevice[];
  sockets: number;
  cpus: number;
  /** Leaves out steps and step fields that give undeclared tags (feature-tags.ts); default: none. */
  gate?: TagGate;
}

/**
 * Makes a loopback or veth frames step an IPv6 one (the ipv6 feature; src/spec/ipv6-problems.ts says what the
 * model takes): UDP, the IPv6 flags only (none on loopback), within the device's unfragmented size, to s0 (the
 * dual-stack AF_INET6 socket) or, where the step was for the port no socket has, there (Udp6 NoPorts, ICMPv6).
 */
/**
 * The IPv6 counterpart a generated IPv4 flag takes when its step becomes an IPv6 one: the IPv4 header's malformations
 * become the IPv6 header's, its options the extension headers, and the flags about routes and TTLs one of those, so
 * that IPv6 steps carry them about as often as IPv4 ones carry theirs (not_local and no_route become addresses).
 */
const V6_COUNTERPART: Readonly<Partial<Record<FrameFlag, FrameFlag>>> = {
  ip_csum: 'ip_truncated', ip_ihl: 'ip_version', ip_len_short: 'ip_truncated', rp_filter: 'ip_truncated',
  ttl_1: 'ip_short', ttl_0: 'udp_csum', broadcast: 'udp_csum_zero',
  ip_options: 'ip6_opt_icmp', fragment: 'ip_truncated', ip_options_nop: 'ip6_hopopts', ip_options_ra: 'ip6_hopopts',
  ip_options_rr: 'ip6_dstopts', ip_options_ts: 'ip6_dstopts', ip_options_lsrr: 'ip6_rthdr',
  ip_options_ssrr: 'ip6_rthdr_segleft', ip_options_sec: 'ip6_hopopts', ip_options_cipso: 'ip6_opt_icmp',
};

function toInet6(f: FramesStep, d: MtuDevice, gate: TagGate, drawn: readonly FrameFlag[]): void {
  const kind = d.kind;
  const as6 = (x: FrameFlag): FrameFlag => V6_COUNTERPART[x] ?? x;
  // the step's drawn IPv6 flags (the extension headers among them), then its IPv4 flags' counterparts
  const own = drawn.filter((x) => (INET6_FLAGS as readonly string[]).includes(x));
  const mapped = [...new Set([...own, ...(f.flags ?? []).map(as6)])].filter((x) => gate.allows(frameTag(x)));
  // at most one of each extension header: its first flag
  const first = EXT_HEADERS.map((h) => mapped.find((x) => h.flags.includes(x)));
  const one = mapped.filter((x) => !IPV6_EXT_FLAGS.includes(x) || first.includes(x));
  // and one of each exclusive pair: two IPv4 flags may map to both udp_csum and udp_csum_zero (ttl_0, broadcast)
  const inet6 = one.filter((x) => (INET6_FLAGS as readonly string[]).includes(x));
  const kept = kind === 'loopback' ? [] : oneOfEachKind(inet6);
  // a frame to a group carries no extension header (src/spec/ipv6-problems.ts multicast6Problems)
  const flags = kept.includes('multicast') ? kept.filter((x) => !IPV6_EXT_FLAGS.includes(x)) : kept;
  const dport = f.flow.dport === NO_SOCKET_PORT ? NO_SOCKET_PORT : SOCKET_PORTS[0];
  // half the frames to a group go to the all-nodes group every device joins (addrconf.c:ipv6_add_dev), half to the
  // default group, which s0 may have joined (config.ts multicastSocket)
  const group = flags.includes('multicast') && (f.payload ?? 64) % 2 === 1 ? { dst: V6_ALL_NODES } : {};
  // the IPv4 step's not_local flag becomes another address of the veth's /64 (ip6_forward drops it), its
  // no_route flag an address no route reaches (ip6_pkt_drop: InNoRoutes, ICMPv6 no route)
  const notLocal = kind === 'veth' && !flags.includes('multicast') && (f.flags ?? []).includes('not_local');
  const noRoute = kind === 'veth' && !notLocal && (f.flags ?? []).includes('no_route');
  f.flow = {
    family: 'inet6', dport, ...group, ...(notLocal && { dst: V6_ONLINK_OTHER }), ...(noRoute && { dst: V6_UNROUTED }),
    ...(f.flow.sport !== undefined && f.flow.proto === undefined && { sport: f.flow.sport }),
  };
  if (flags.length > 0) f.flags = [...flags];
  else delete f.flags;
  if (flags.includes('ip_short')) delete f.padding; // the frame ends inside its IPv6 header
  // within the device's MTU with the extension headers
  const max = maxInet6Payload(d) - ipv6ExtLen(flags);
  if ((f.payload ?? 64) > max) f.payload = max;
  // Ethernet padding after the IPv6 datagram, within the veth's MTU (ip6_rcv_core trims it)
  const room = max - (f.payload ?? 64);
  const cap = flags.includes('ip_truncated') ? Math.min(room, IP_TRUNCATED_EXCESS - 1) : room;
  if (f.padding !== undefined && (kind === 'loopback' || cap <= 0)) delete f.padding;
  else if (f.padding !== undefined) f.padding = Math.min(f.padding, cap);
  delete f.interleave; delete f.hash;
}

/** IGMP_ALL_HOSTS */
const ALL_HOSTS_GROUP = '224.0.0.1';

/** Resolves step specs against the configuration and the swarm; drops steps of features that are off. */
export function buildWorkload(specs: readonly StepSpec[], c: WorkloadContext): Workload {
  const s = c.swarm;
  const out: Workload = [];
  const gate = c.gate ?? ANY_TAG;
  const sysctls = midRunSysctls(c.profile, c.cpus, gate);
  let at = 0;
  let checkpoints = 0;
  for (const sp of specs) {
    at += sp.dt;
    let step: Step | null = null;
    switch (sp.k) {
      case 'frames': {
        const d = c.devices[sp.dev % c.devices.length];
        const port = sp.port < SOCKET_PORTS.length ? SOCKET_PORTS[sp.port] : NO_SOCKET_PORT;
        const f: FramesStep = { at, op: 'frames', device: d.name, count: sp.count, flow: { dport: port } };
        if (d.kind === 'nic') {
          if (sp.queue !== null && d.queues > 1 && gate.allows(KNOB_TAGS.queueOverride)) f.queue = sp.queue % d.queues;
        } else if (sp.cpu % c.cpus !== 0) f.cpu = sp.cpu % c.cpus;
        if (sp.gap > 0) f.gapNs = sp.gap;
        let flow = s.rfs || s.hashes || s.flowLimit || s.rps || s.multiQueue ? sp.flow : 0;
        // connected sockets (config.ts: socket i is connected to PEER:40000+i) get their peer's own
        // flow half the time, so that early demux and RFS flow recording see the traffic they match
        if ((s.rfs || s.connected) && sp.port < SOCKET_PORTS.length && sp.flow < 4) flow = sp.port;
        if (flow > 0) f.flow.sport = 40000 + flow;
        if (s.hashes && sp.hash !== null) f.hash = sp.hash;
        // one destination MAC per frame (otherhost, multicast, broadcast), one value per length field
        // a frame cut inside its IP header comes only over a veth (a NIC drops runts, lo sends whole datagrams)
        // and a loopback frame is not flagged multicast or broadcast (src/spec/semantic.ts loopbackGroupMessage)
        const carried = (x: FrameFlag): boolean => (x !== 'ip_short' || d.kind === 'veth')
          && (d.kind !== 'loopback' || (x !== 'multicast' && x !== 'broadcast'));
        // rp_filter with no_route is refused with forwarding on (src/spec/semantic.ts RPF_NET_UNREACH_MESSAGE): no_route wins
        const rpfOk = (x: FrameFlag): boolean => x !== 'rp_filter' || !sp.flags.includes('no_route') || !s.forwarding;
        // the IPv6 extension headers come to an IPv6 step as its IPv4 flags' counterparts (toInet6)
        const ipv4 = (x: FrameFlag): boolean => !IPV6_EXT_FLAGS.includes(x);
        const drawn = sp.flags.filter((x) => ipv4(x) && gate.allows(frameTag(x)) && carried(x) && rpfOk(x));
        const flags = s.errors ? oneOfEachKind(drawn) : FLAG_OFF;
        if (flags.length > 0) f.flags = [...flags];
        // a loopback datagram stays within tot_len 65535 (MTU 65536); a veth one within its MTU (Device.mtu), unless
        // the step is one the sender fragments and the model reassembles (src/spec/ip-fragment.ts): a UDP
        // datagram flagged about its whole only, without padding or a light flow
        const opt = ipOptionsLen(flags);
        // a step is meant as fragments by its payload alone (beyond the default MTU), so that a veth's own MTU
        // (Device.mtu) shrinks the other steps' payloads to fit rather than strip their flags
        const mtu = deviceMtu(d);
        const fragments = d.kind === 'veth' && s.bigPayload && sp.payload + 28 + opt > VETH_MTU
          && gate.allows(STEP_FIELD_TAGS.fragmentation);
        if (fragments && flags.length > 0) {
          const kept = flags.filter((x) => FRAGMENTABLE_FLAGS.includes(x));
          if (kept.length > 0) f.flags = [...kept];
          else delete f.flags;
        }
        const vethMax = fragments ? 65507 : mtu - 28 - opt;
        const devMax = d.kind === 'veth' ? vethMax : d.kind === 'loopback' ? 65507 - opt : Infinity;
        const payload = Math.min(s.bigPayload ? sp.payload : Math.min(sp.payload, VETH_MTU - 28), devMax);
        if (payload !== 64) f.payload = payload;
        if (!fragments && s.errors && sp.pad !== null && d.kind !== 'loopback' && !flags.includes('ip_short') && gate.allows(STEP_FIELD_TAGS.padding)) {
          const mtuRoom = d.kind === 'veth' ? mtu - (28 + opt + payload) : sp.pad; // veth: the frame stays within the MTU
          // ip_truncated: less padding than the bytes its IP length claims past the datagram (or it is not truncated)
          const room = flags.includes('ip_truncated') ? Math.min(mtuRoom, IP_TRUNCATED_EXCESS - 1) : mtuRoom;
          if (Math.min(sp.pad, room) > 0) f.padding = Math.min(sp.pad, room);
        }
        if (!fragments && s.errors && sp.proto !== null && gate.allows(protoTag(sp.proto))) f.flow.proto = sp.proto;
        // an ICMP frame's type is its sport: errors and unknown types (the ones the model receives)
        if (f.flow.proto === 1) f.flow.sport = ICMP_FRAME_TYPES[sp.flow % ICMP_FRAME_TYPES.length];
        // an error quotes the datagram it is about: at least ICMP_QUOTE_MIN bytes (src/spec/semantic.ts)
        const icmpError = f.flow.proto === 1 && ICMP_ERROR_TYPES.includes(f.flow.sport!);
        if (icmpError && payload < ICMP_QUOTE_MIN) f.payload = ICMP_QUOTE_MIN;
        if (f.flow.sport === undefined && f.flow.proto === undefined) f.flow = { dport: port };
        // a heavy and a light flow in one step, where something keys on the flow (flow limits, RPS)
        const keyed = s.flowLimit || s.rps;
        if (!fragments && sp.mix !== null && keyed && d.kind !== 'nic' && f.flow.proto === undefined && f.hash === undefined && gate.allows(STEP_FIELD_TAGS.interleave)) {
          f.interleave = { every: sp.mix, sport: LIGHT_SPORT_BASE + sp.flow };
        }
        // half the multicast frames go to the all-hosts group every device joins (igmp.c:ip_mc_up), half to the
        // default group, which a socket may have joined (config.ts multicastSocket)
        if (f.flags?.includes('multicast') && d.kind !== 'loopback' && payload % 2 === 1) f.flow.dst = ALL_HOSTS_GROUP;
        if (s.ipv6 && d.kind !== 'nic' && sp.flow % 2 === 0) toInet6(f, d, gate, s.errors ? sp.flags : FLAG_OFF);
        step = f;
        break;
      }
      case 'read':
        if (!s.reads) break;
        step = s.partialReads
          ? { at, op: 'read', socket: `s${sp.sock % c.sockets}`, count: sp.count }
          : { at, op: 'read', socket: `s${sp.sock % c.sockets}` };
        break;
      case 'sysctl': {
        if (!s.sysctlSteps || sysctls.length === 0) break;
        const [name, values] = sysctls[sp.which % sysctls.length];
        step = { at, op: 'sysctl', name, value: values[sp.value % values.length] };
        break;
      }
      case 'lock':
        if (!s.lockSock) break;
        step = { at, op: 'lock_sock', socket: `s${sp.sock % c.sockets}`, durationNs: sp.duration };
        break;
      case 'advance':
        step = { at, op: 'advance' };
        break;
      case 'checkpoint':
        if (!s.checkpoints) break;
        step = sp.settle ? { at, op: 'checkpoint', label: `c${checkpoints++}`, settle: true } : { at, op: 'checkpoint', label: `c${checkpoints++}` };
        break;
    }
    if (step) out.push(step);
  }
  return out;
}

export { PEER };
