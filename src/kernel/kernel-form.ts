// The live kernel's form of a scenario: the nearest scenario that the recorder carries out exactly
// on this host (expressible.ts: kernelProblems), or null when there is none. Generated scenarios
// pass through it before the kernel and the reference model both run them, so the two always
// answer the same question. What it changes, and why:
// - devices keep their name and kind only (the recorder applies no other device settings), and a veth
//   its gro and peerTso (ethtool -K: its NAPI mode); the loopback device is "lo", a veth name is cut to
//   14 characters (its injecting end adds "p");
// - the host's CPUs (softnet_stat has a row for each) and HZ; one sending CPU (the recorder pins
//   one sender);
// - loopback frames are UDP from a socket, inside 127.0.0.0/8, one at a time (no burst, no flags);
// - IPv6 (an inet6 flow or socket): loopback flows go ::1 -> ::1, veth flows fd00::2 -> fd00::1
//   (the topology's only IPv6 addresses) or another address of fd00::/64, unfragmented (up to 1452 bytes of payload on a veth, 65488
//   on loopback); an inet6 socket binds ::, ::1, fd00::1 with a veth, or the IPv4-mapped form of an
//   address an inet socket could bind; a v6only socket binds no IPv4-mapped address;
// - a socket binds an address the namespace owns, at most one socket per port, and no loopback
//   sender binds a port a socket uses;
// - net.ipv4.icmp_ratemask 0, and no ICMP sysctl changed mid-run: both ICMP limiters refill by
//   jiffies, which a trial without the model's clock does not keep, and icmp_global_consume
//   (net/ipv4/icmp.c) draws at random; a veth trial's namespace has it anyway (topology.ts);
// - the ICMPv6 rate limits (net.ipv6.icmp.ratemask is not in the format: its default limits port
//   unreachables): none where more than 6 could leave a veth (the per-destination bucket's burst),
//   unless all come back to back in one step of at most 64 frames with tokens of 100 ms or more
//   (icmpv6ByOrder); no net.ipv6.icmp sysctl changed mid-run;
// - none on linux-6.1 where a sender's datagrams could pile up in a backlog past its drop point
//   while ksoftirqd waits to run (ksoftirqd-pileup.ts): the clock decides those drops;
// - sysctls this kernel lacks (its build options) are left out, and so are steps the recorder
//   cannot take from outside (lock_sock, a host-wide sysctl changed mid-run).
import type { Config, Device, FramesStep, ProfileName, Scenario, Socket, Step } from '../generated/schema-types.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { ipv4FlowDstDefault } from '../spec/flow-defaults.ts';
import { bindAddressProblem } from '../spec/bind-address.ts';
import { validateScenario } from '../spec/validate.ts';
import { deviceMtu, exceedsMtu, framesOnWire, isFragmented, stepFragmentRuns } from '../spec/ip-fragment.ts';
import {
  ipv6AddrIsMulticast, ipv6Bytes, ipv6FlowDstDefault, ipv6Key, ipv6V4Mapped, isInet6Flow, isInet6Socket, V6_LOCAL,
  V6_LOOPBACK, V6_PEER, v6OnlinkNotLocal, v6Unrouted,
} from '../spec/ipv6.ts';
import { connectProblem, kernelProblems, sysctlScope } from './expressible.ts';
import { socketsOpenAt } from '../spec/close-problems.ts';
import { cpusInMask, sysctlValues } from '../spec/semantic.ts';
import { inet6IcmpError } from '../spec/ipv6-problems.ts';
import { ksoftirqdPileUpProblem } from './ksoftirqd-pileup.ts';
import { appliedSettings, PEER_ADDR, softwareRxQueue } from './topology.ts';

/** What the form depends on: the host the kernel runs on. */
export interface KernelHost {
  cpus: number;
  hz?: NonNullable<Config['hz']>;
  /** Whether the host has the sysctl (CONFIG_NET_FLOW_LIMIT, CONFIG_RPS ... decide). */
  hasSysctl(name: string): boolean;
}

/** Ports the recorder itself binds or sends from (run_scenario.ts PROBE_PORT, its probe's sport). */
const RECORDER_PORTS = new Set([65000, 40001]);
const SENDER_PORT_DEFAULT = 40000;
const VETH_NAME_MAX = 14;

function isLoopbackAddress(a: string): boolean {
  return a.startsWith('127.');
}

/** A device's settings the recorder applies (topology.ts appliedSettings): a veth's gro, its peer's TSO, xdp, its MTU; lo's MTU. */
function appliedOf(d: Device): Partial<Device> {
  return Object.fromEntries(appliedSettings(d).filter((k) => d[k] !== undefined).map((k) => [k, d[k]]));
}

/**
 * A software device's RPS map the recorder applies (topology.ts applyRps), reduced to the lowest of its CPUs the host
 * has: with one CPU in the map get_rps_cpu picks it whatever the flow hash, which is the kernel's own (jhash with a
 * random seed per boot, flow_dissector.c:__skb_get_hash), so with more the CPU a flow goes to is not the model's.
 */
function singleCpuRps(d: Device, cpus: number): Partial<Device> {
  const mask = softwareRxQueue(d)?.rpsCpus;
  if (mask === undefined) return {};
  const cpu = cpusInMask(mask).find((c) => c < cpus);
  return cpu === undefined ? {} : { queues: [{ rpsCpus: cpuMask(cpu) }] };
}

/**
 * RFS (a veth's rps_flow_cnt, rps_sock_flow_entries, the sockets' reading CPUs) decides by table slots the kernel's
 * seeded flow hash picks (rps_dev_flow_table, rps_sock_flow_table: `hash & mask`), so two flows may share a slot on
 * one boot and not on the next. With every frame of one flow over veths (no light flow, no fragments, whose hash
 * leaves out the ports, and no loopback, where the host's own ICMP errors come back in) no slot is shared.
 */
function rfsOfOneFlow(workload: readonly Step[], devices: ReadonlyMap<string, Device>): boolean {
  const flows = new Set<string>();
  for (const st of workload) {
    if (st.op !== 'frames') continue;
    const d = devices.get(st.device)!;
    if (d.kind !== 'veth' || st.interleave !== undefined || exceedsMtu(d, st)) return false;
    flows.add(JSON.stringify({ ...st.flow, sport: st.flow.sport ?? SENDER_PORT_DEFAULT }));
  }
  return flows.size <= 1;
}

/**
 * Whether a flow limit may drop some fragments of a datagram the sender cuts: with the sending CPU in
 * flow_limit_cpu_bitmap and netdev_max_backlog below 2, skb_flow_limit looks at every skb (`qlen < (max_backlog >> 1)`
 * never holds) and drops a flow's skbs once it holds more than half the history, so a datagram may keep a
 * reassembly queue whose ip_expire (ipfrag_time later) the model's `end` includes and a trial does not wait for.
 * Found by rxpath agreement --impl kernel:6.12 --seed 106.
 */
function fragmentsFlowLimited(
  s: Scenario, senderCpu: number, minBacklog: number, devices: ReadonlyMap<string, Device>,
): boolean {
  const bitmap = s.config.sysctls?.['net.core.flow_limit_cpu_bitmap'];
  if (typeof bitmap !== 'string' || !cpusInMask(bitmap).includes(senderCpu) || minBacklog >> 1 > 0) return false;
  return s.workload.some((st) => st.op === 'frames' && isFragmented(devices.get(st.device)!, st, s.config.profile));
}

const RPS_SOCK_FLOW_ENTRIES = 'net.core.rps_sock_flow_entries';
const RFS_ENTRIES_MIN = 32768;

function cpuMask(cpu: number): string {
  return (1n << BigInt(cpu)).toString(16);
}

/**
 * The most frames the workload sends (a fragmented datagram's fragments each), an upper bound of what one backlog
 * could hold. RPS to another CPU than the sender's races that CPU: it drains its backlog after each
 * IPI while the sender's CPU fills it (its next sendto, or a NAPI-mode veth's next poll of 64 after net_rx_action
 * ends on a full poll and sends the IPI), so whether a backlog overflows, or reaches half of netdev_max_backlog where
 * skb_flow_limit starts counting, depends on the two CPUs' speeds, which the model takes from its costs, not from
 * this machine. The form keeps such a map only when all the frames fit in half the backlog, and otherwise maps the
 * device to the sender's own CPU (get_rps_cpu's path still, with no other CPU to race).
 */
function framesBound(workload: readonly Step[], devices: ReadonlyMap<string, Device>, profile: ProfileName): number {
  let n = 0;
  for (const st of workload) {
    if (st.op === 'frames') n += framesOnWire(st, devices.get(st.device)!, profile);
  }
  return n;
}

/** Devices by their new names; null when two would collide or one cannot be made. */
function deviceNames(devices: readonly Device[]): Map<string, string> | null {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const d of devices) {
    if (d.kind === 'nic') return null;
    const name = d.kind === 'loopback' ? 'lo' : d.name.slice(0, VETH_NAME_MAX);
    if (used.has(name)) return null;
    used.add(name);
    names.set(d.name, name);
  }
  return names;
}

/**
 * Sockets that can all be bound at once, with only the settings the recorder applies. An address bind(2) would refuse
 * in the trial's namespace (src/spec/bind-address.ts, the validator's rule) becomes the wildcard, and so does the
 * v4-mapped address of a v6only socket.
 */
function bindableSockets(config: Config): Socket[] {
  const out: Socket[] = [];
  const ports = new Set<number>();
  for (const s of config.sockets ?? []) {
    if (ports.has(s.port) || RECORDER_PORTS.has(s.port)) continue;
    ports.add(s.port);
    const { connect, soBusyPoll: _b, cpu: _cpu, ...kept } = s;
    void _b; void _cpu;
    // a connect() the namespace routes as the model does is kept (expressible.ts connectProblem)
    const rest: Socket = connect !== undefined && connectProblem(s, config) === null ? { ...kept, connect } : kept;
    const v6 = isInet6Socket(rest);
    const mappedV6only = v6 && rest.v6only === true && rest.address !== undefined && ipv6Bytes(rest.address) !== null
      && ipv6V4Mapped(ipv6Key(rest.address)) >= 0;
    const bindable = bindAddressProblem(rest, config) === null && !mappedV6only;
    out.push(bindable ? rest : { ...rest, address: v6 ? '::' : '0.0.0.0' });
  }
  return out;
}

/** A source port for loopback senders that no socket binds. */
function freeSenderPort(taken: ReadonlySet<number>, wanted: number): number {
  let p = wanted;
  while (taken.has(p) || RECORDER_PORTS.has(p)) p = p >= 65535 ? 1024 : p + 1;
  return p;
}

function loopbackFrames(st: FramesStep, taken: ReadonlySet<number>): FramesStep | null {
  const { burst: _b, flags: _f, queue: _q, hash: _h, padding: _p, ...rest } = st;
  void _b; void _f; void _q; void _h; void _p;
  const v6 = isInet6Flow(st.flow);
  const src = v6 ? V6_LOOPBACK : st.flow.src !== undefined && isLoopbackAddress(st.flow.src) ? st.flow.src : '127.0.0.1';
  const dst = v6 ? V6_LOOPBACK : st.flow.dst !== undefined && isLoopbackAddress(st.flow.dst) ? st.flow.dst : '127.0.0.1';
  const sport = freeSenderPort(taken, st.flow.sport ?? SENDER_PORT_DEFAULT);
  const out: FramesStep = { ...rest, flow: { ...(v6 ? { family: 'inet6' as const } : {}), src, dst, sport, dport: st.flow.dport } };
  // the light flow's sender binds a port of its own too (FramesStep.interleave)
  if (st.interleave) out.interleave = { ...st.interleave, sport: freeSenderPort(new Set([...taken, sport]), st.interleave.sport) };
  return out;
}

/** 10.0.0.0/24 from 10.0.0.1: the subnet topology.ts gives each local address on a veth. */
function subnet24(a: string): string {
  return a.slice(0, a.lastIndexOf('.'));
}

/** TEST-NET-1 (RFC 5737): no route in a trial's namespace. */
const UNROUTED = '192.0.2.1';
/** In RPF_SUBNET (topology.ts), routed via lo: a source strict reverse-path filtering refuses. */
const RPF_SOURCE = '10.9.0.2';

/**
 * The addresses that make a veth frame what its flags say (workload.schema.json FrameFlag): the
 * model reads the flags, the kernel reads the addresses, so the two must agree. A default address
 * becomes one of the flag's kind. An address given that contradicts a flag, or a martian source, is
 * the validator's to refuse (kernelForm validates its result); here, an address the trial's
 * namespace routes otherwise than the flags say (topology.ts: a /24 per local address, strict
 * rp_filter, 10.9.0.0/24 via lo) gives no form.
 */
function vethFlow(st: FramesStep, local: readonly string[], forwarding: boolean): FramesStep['flow'] | null {
  const flags = new Set(st.flags ?? []);
  const subnets = new Set(local.map(subnet24));
  const routed = (a: string): boolean => isLoopbackAddress(a) || subnets.has(subnet24(a));
  const bcasts = new Set(['255.255.255.255', ...[...subnets].flatMap((n) => [`${n}.255`, `${n}.0`])]);
  let dst = st.flow.dst;
  const src = st.flow.src ?? (flags.has('rp_filter') ? RPF_SOURCE : PEER_ADDR);
  if (flags.has('multicast') || flags.has('broadcast')) dst ??= ipv4FlowDstDefault(st.flags, local);
  else if (flags.has('no_route')) dst ??= UNROUTED;
  else if (flags.has('not_local')) dst ??= `${subnet24(local[0]!)}.99`;
  dst ??= '10.0.0.1';
  if (flags.has('broadcast') !== bcasts.has(dst)) return null;
  if (flags.has('no_route') && routed(dst)) return null;
  if (flags.has('not_local') && !routed(dst)) return null;
  // an unrouted destination without the flag: the kernel's no-route path, which forwarding changes
  if (!flags.has('no_route') && !flags.has('multicast') && !routed(dst) && forwarding) return null;
  if (flags.has('rp_filter') !== src.startsWith('10.9.0.')) return null;
  if (!flags.has('rp_filter') && !subnets.has(subnet24(src))) return null; // strict rp_filter
  return { ...st.flow, src, dst };
}

/**
 * An inet6 flow on a veth: from fd00::2 (the peer; the source only decides where an ICMPv6 error would
 * go) to fd00::1, the receiving end's one IPv6 address, to another address of its fd00::/64 (ip6_forward
 * drops it), to one no route reaches (ip6_pkt_drop), or to a group. A datagram above the MTU goes as its fragments
 * (the validator keeps it to fd00::1 or a group).
 */
function vethFlow6(st: FramesStep): FramesStep['flow'] | null {
  const dst = st.flow.dst;
  if (dst === undefined) return { ...st.flow, src: V6_PEER, dst: ipv6FlowDstDefault(st.flags) };
  if (ipv6Bytes(dst) === null) return null;
  const key = ipv6Key(dst);
  // a group (the frame flagged multicast: the validator keeps the two together)
  if (ipv6AddrIsMulticast(key)) return { ...st.flow, src: V6_PEER, dst };
  if (key !== ipv6Key(V6_LOCAL) && !v6OnlinkNotLocal(key) && !v6Unrouted(key)) return null;
  return { ...st.flow, src: V6_PEER, dst };
}

/**
 * FramesStep.fragments without a queue left over: an order that leaves one ends where its last reassembly does
 * (none: in order). A queue left waits in ip_defrag until ip_expire, ipfrag_time seconds later, which the model's
 * `end` (once idle) includes and a trial does not wait for (as lone first fragments, kernel.ts NOT_CRAFTED).
 */
function orderWithoutLeftover(st: FramesStep, profile: ProfileName, mtu: number): FramesStep['fragments'] {
  const order = st.fragments;
  if (order === undefined) return order;
  const runs = stepFragmentRuns(st, profile, mtu);
  if (!runs.expires) return order;
  return runs.reassembledThrough > 0 ? order.slice(0, runs.reassembledThrough) as FramesStep['fragments'] : undefined;
}

function vethFrames(
  st: FramesStep, local: readonly string[], forwarding: boolean, profile: ProfileName, mtu: number,
): FramesStep | null {
  const { queue: _q, hash: _h, fragments: _f, ...rest } = st;
  void _q; void _h; void _f;
  const flow = isInet6Flow(st.flow) ? vethFlow6(st) : vethFlow(st, local, forwarding);
  const fragments = orderWithoutLeftover(st, profile, mtu);
  return flow ? { ...rest, flow, ...(fragments !== undefined ? { fragments } : {}) } : null;
}

/** XRLIM_BURST_FACTOR (net/ipv4/inetpeer.c): the tokens a fresh per-destination bucket starts with. */
const ICMPV6_PEER_BURST = 6;
/** Frames the recorder sends in one step within a few milliseconds (one send each): far less than a token's refill. */
const ICMPV6_ONE_STEP_MAX = 64;
/** The least net.ipv6.icmp.ratelimit (ms) a token refills over, well beyond such a step: every kernel's default (100 or 1000 ms >> 2). */
const ICMPV6_ONE_STEP_MIN_RATELIMIT_MS = 100;

/**
 * Whether order alone decides which ICMPv6 errors of `s` (a form: its flows and sockets as the recorder has
 * them) leave a veth. The namespace keeps the kernel's ICMPv6 rate limits (topology.ts): every error out a
 * veth goes to fd00::2 and takes a token of its one per-destination bucket (net/ipv6/icmp.c:icmpv6_xrlim_allow),
 * 6 at first and refilled by jiffies, which a trial without the model's clock does not keep. Each inet6 frame
 * on a veth that src/spec/ipv6-problems.ts inet6IcmpError says is answered (no open socket takes it, no route, an
 * unknown option or a routing header a parameter problem answers) takes one. The first 6 pass whenever they
 * come; more only when they all come in one step of at most 64 frames, back to back in the model's order form and
 * within milliseconds on the kernel, and a token takes 100 ms or more
 * to refill (net.ipv6.icmp.ratelimit not set lower). (The validator keeps their draws on the global bucket shared
 * with IPv4 from deciding, src/spec/semantic.ts; IPv4 errors draw nothing with icmp_ratemask 0.)
 */
function icmpv6ByOrder(s: Scenario): boolean {
  const ratelimit = s.config.sysctls?.['net.ipv6.icmp.ratelimit'];
  const veths = new Set((s.config.devices ?? []).filter((d) => d.kind === 'veth').map((d) => d.name));
  // the steps whose every frame is answered with an ICMPv6 error, by the sockets open when each runs (a close step
  // before it leaves the port to no one; a connected socket takes its peer's datagrams only)
  const steps = s.workload.filter((st, i): st is FramesStep => st.op === 'frames' && veths.has(st.device)
    && isInet6Flow(st.flow) && inet6IcmpError(st, 'veth', socketsOpenAt(s, i)));
  const total = steps.reduce((n, st) => n + (st.count ?? 1), 0);
  const slow = ratelimit === undefined || Number(ratelimit) >= ICMPV6_ONE_STEP_MIN_RATELIMIT_MS;
  return total <= ICMPV6_PEER_BURST || (steps.length === 1 && total <= ICMPV6_ONE_STEP_MAX && slow);
}

function keptSysctls(config: Config, host: KernelHost): Config['sysctls'] {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config.sysctls ?? {})) if (host.hasSysctl(k)) out[k] = v;
  out['net.ipv4.icmp_ratemask'] = 0;
  return out as Config['sysctls'];
}

function changeableMidRun(name: string, host: KernelHost): boolean {
  return sysctlScope(name) === 'netns' && host.hasSysctl(name) && !name.startsWith('net.ipv4.icmp_') && !name.startsWith('net.ipv6.icmp.');
}

/** Whether the validator takes the form (it refuses addresses that contradict a frame's flags). */
function isValid(s: Scenario): boolean {
  try {
    validateScenario(s, 'the kernel form');
    return true;
  } catch (e) {
    if (e instanceof RxpathInputError) return false;
    throw e;
  }
}

/** The scenario as the live kernel on `host` carries it out exactly, or null. */
export function kernelForm(s: Scenario, host: KernelHost): Scenario | null {
  const c = s.config;
  const names = deviceNames(c.devices ?? []);
  if (!names) return null;
  const byName = new Map((c.devices ?? []).map((d) => [d.name, d]));
  const cpus = host.cpus;
  const sockets = bindableSockets(c);
  const socketNames = new Set(sockets.map((k) => k.name));
  const taken = new Set(sockets.map((k) => k.port));
  const firstFrames = s.workload.find((st): st is FramesStep => st.op === 'frames');
  const senderCpu = Math.min(firstFrames?.cpu ?? 0, cpus - 1);
  const local = c.localAddresses ?? ['10.0.0.1'];
  const forwarding = c.forwarding === true;
  const workload: Step[] = [];
  for (const st of s.workload) {
    if (st.op === 'lock_sock') continue;
    if (st.op === 'sysctl' && !changeableMidRun(st.name, host)) continue;
    if ((st.op === 'read' || st.op === 'setsockopt' || st.op === 'close') && !socketNames.has(st.socket)) continue;
    if (st.op !== 'frames') { workload.push(st); continue; }
    const device = names.get(st.device);
    if (device === undefined) return null;
    const moved = { ...st, device, cpu: senderCpu };
    const dev = byName.get(st.device)!;
    const frames = dev.kind === 'loopback' ? loopbackFrames(moved, taken)
      : vethFrames(moved, local, forwarding, c.profile, deviceMtu(dev));
    if (!frames) return null;
    workload.push(frames);
  }
  // RPS to another CPU than the sender's only where no backlog can fill (framesBound)
  const minBacklog = Math.min(...sysctlValues(s, 'net.core.netdev_max_backlog').filter((v) => typeof v === 'number'));
  const formDevices = new Map([...names].map(([from, to]) => [to, byName.get(from)!]));
  const remoteOk = framesBound(workload, formDevices, c.profile) <= minBacklog >> 1;
  const rfs = rfsOfOneFlow(workload, formDevices) && remoteOk;
  const devices = (c.devices ?? []).map((d): Device => {
    const rps = singleCpuRps(d, cpus);
    const remote = rps.queues !== undefined && rps.queues[0].rpsCpus !== cpuMask(senderCpu);
    const map = remote && !remoteOk ? { rpsCpus: cpuMask(senderCpu) } : rps.queues?.[0];
    const cnt = d.kind === 'veth' && rfs ? softwareRxQueue(d)?.rpsFlowCnt : undefined;
    // this host's 6.18.44 refuses 1 (the write fails: no table), where 6.1 and 6.12 make a one-entry table
    const flowCnt = cnt !== undefined && cnt >= 2 ? cnt : undefined;
    const queue = { ...map, ...(flowCnt !== undefined ? { rpsFlowCnt: flowCnt } : {}) };
    const queues = Object.keys(queue).length > 0 ? { queues: [queue] } : {};
    return { name: names.get(d.name)!, kind: d.kind, ...appliedOf(d), ...queues };
  });
  // the reading CPUs matter where a flow table steers by them (sock_rps_record_flow), and only there are they kept
  const readers = rfs ? sockets.map((k) => {
    const cpu = c.sockets?.find((o) => o.name === k.name)?.cpu;
    return cpu === undefined ? k : { ...k, cpu: Math.min(cpu, cpus - 1) };
  }) : sockets;
  const sysctls = keptSysctls(c, host) as Record<string, unknown>;
  // the socket flow table is the host's (global): its other sockets record their flows in it too, so a table big
  // enough that they hardly ever take the flow's slot (the smaller RFS ran with would be a coin toss)
  if (devices.some((d) => d.queues?.[0]?.rpsFlowCnt !== undefined)) {
    sysctls[RPS_SOCK_FLOW_ENTRIES] = Math.max(Number(sysctls[RPS_SOCK_FLOW_ENTRIES] ?? 0), RFS_ENTRIES_MIN);
  }
  const config: Config = {
    ...c, cpus, devices, sockets: readers, sysctls: sysctls as Config['sysctls'],
    ...(host.hz !== undefined ? { hz: host.hz } : {}),
  };
  const out: Scenario = { ...s, config, workload };
  if (fragmentsFlowLimited(out, senderCpu, minBacklog, formDevices)) return null;
  // the profile: cannotRun's
  const clockFree = ksoftirqdPileUpProblem(out, c.profile) === undefined && icmpv6ByOrder(out);
  return kernelProblems(out, c.profile).length === 0 && clockFree && isValid(out) ? out : null;
}
