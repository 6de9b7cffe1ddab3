// The deterministic discrete-event simulation of a host's receive path. Simulated time is in
// integer ns (jiffies = floor(now / (1e9 / HZ))). Frames come from `frames` steps as lazy streams
// (one pending arrival each, never materialised up front). Each CPU does one thing at a time: a
// net_rx_action invocation advances one NAPI poll per event, and everything due before the next
// poll (arrivals, IRQs, IPIs, other CPUs, timers, application steps) runs first, in time order,
// arrivals before other events at the same instant, then by scheduling order. Application steps
// run at their `at` (or as soon as a settling checkpoint lets them). After the last step the host
// runs until no event is left, and the `end` snapshot is taken.
import type {
  Checkpoint, Device, FramesStep, Observations, ProfileName, Scenario, Snapshot, Step,
} from '../generated/schema-types.ts';
import type { Host, SysctlState } from './host.ts';
import { profileSysctlDefaults, type SysctlValue } from '../spec/defaults.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { INTERLEAVE_ON_NIC } from '../spec/semantic.ts';
import { type MtuDevice, framesOnWire, isFragmented, stepFragmentCuts, stepIpLen } from '../spec/ip-fragment.ts';
import { kernelProfile, type KernelProfile } from './profile.ts';
import {
  FLAG, FlowTable, SkbPool, extToBits, flagsToBits, parseIpv4, IP_HLEN, IP_SHORT_LEN, UDP_HLEN, ETH_HLEN, SKB_SENDER_FRAGMENT, SKB_IPV6, ICMP6_OWNER,
  type FlowTuple,
} from './skb.ts';
import { Mibs } from './mib.ts';
import { Trace } from './trace.ts';
import type { UdpSock } from './sock.ts';
import { sock_create, sock_setsockopt_rcvbuf, sock_setsockopt_rxq_ovfl, udp_setsockopt_udp_gro } from './sock.ts';
import { udp_lib_close, type ClosedSock } from './udp_close.ts';
import { udp_recvmsg, lock_sock, release_sock } from './udp.ts';
import { inet_addr_is_local } from './ip_input.ts';
import {
  IPV6_HLEN, ipv6AddrLoopback, ipv6FlowDstDefault, ipv6Key, isInet6Flow, V6_LOCAL, V6_LOOPBACK, V6_PEER,
} from '../spec/ipv6.ts';
import { inet_frag_next_timer, inet_frag_run_timers } from './inet_frag_timers.ts';
import {
  fragmentIpLen, fragmentSenderOf, fragmentTruesizeBy, frameTruesize, skb_truesize, skb_truesize6,
} from './truesize.ts';
import {
  EventQueue, CLASS_ARRIVAL, CLASS_OTHER, EV_ARRIVAL, EV_COALESCE, EV_CPU, EV_FRAG, EV_IPI, EV_IRQ, EV_RELEASE, EV_STEP,
} from './event_queue.ts';
import { DEFAULT_COSTS, NetCore, PH_IDLE } from './softnet.ts';
import { NAPI_BACKLOG, NapiStruct } from './napi.ts';
import {
  KIND_LOOPBACK, KIND_NIC, KIND_VETH, NetDevice, createDevice, igb_msix_ring, rssHash, rx_coalesce, rx_coalesce_timer, steer, type RxRing,
} from './driver.ts';
import { veth_xmit_napi, type VethRq } from './veth.ts';
import { netif_rx } from './netif.ts';
import { flowSoftwareHash, rps_trigger_softirq } from './rps.ts';
import { cpu_run, hardirq_charge } from './net_rx_action.ts';
import { sysctl_write, SYSCTL_BOOT_ORDER } from './sysctl.ts';
import { takeSnapshot } from './snapshot.ts';
import {
  ipv4FlowDstDefault, FLOW_SPORT_DEFAULT, FLOW_SRC_DEFAULT, LOCAL_ADDRESSES_DEFAULT,
} from '../spec/flow-defaults.ts';
import { scenarioUsesUdpGro, udpGroSocketNames } from '../spec/udp-gro.ts';

export interface SimulateOptions {
  /** Record tracepoint-shaped events (off by default; costs nothing when off). */
  events?: boolean;
  /** Run under this profile instead of config.profile. */
  profile?: ProfileName;
  /** Replace some of the profile's rules (a what-if or deliberately faulty implementation). */
  rules?: Partial<KernelProfile>;
  /** Name of the scenario's file, for error messages. */
  file?: string;
}

/** A frames step in flight: everything per-flow is computed once, when the step starts. */
class FrameStream {
  remaining = 0;
  /** nominal time of the next frame */
  nextAt = 0;
  gap = 0;
  dev!: NetDevice;
  /** NIC: the ring the frames go to, null when an ntuple rule drops them */
  ring: RxRing | null = null;
  /** NIC: 1 = an ntuple rule matched, 2 = missed, 0 = not counted (forced queue or no rules) */
  ntuple = 0;
  /** skb->queue_mapping recorded (NIC), -1 for loopback/veth */
  queue = -1;
  /** SkbPool.ext of its frames: the IPv6 extension headers (ip6_* FrameFlags) */
  ext = 0;
  /** loopback/veth: the sending CPU */
  cpu = 0;
  flow = 0;
  hash = 0;
  len = 0;
  payload = 0;
  truesize = 0;
  flags = 0;
  /** bytes the device's rx_bytes counts per frame */
  /** loopback/veth: bytes netif_rx's device counts per frame (a NIC's are counted by igb_poll) */
  statBytes = 0;
  /** loopback/veth: every frame enters netif_rx in one BH-disabled section (FramesStep.burst) */
  burst = false;
  /** a veth in NAPI mode: the queue veth_xmit puts each frame on instead of netif_rx (veth.ts) */
  vethRq: VethRq | null = null;
  /** FramesStep.padding: Ethernet padding after the IP datagram */
  pad = 0;
  /** FramesStep.interleave: frame k is of altFlow when k % every == every - 1 (every 0: none) */
  every = 0;
  altFlow = 0;
  /** frames made so far (k) */
  made = 0;
  /** The reassembly queue (IP id) of the datagram whose fragments the stream is sending (SkbPool.dgram). */
  dgram = 0;
  /**
   * The IPv4 ID of the stream's datagram k (SkbPool.ipId), as the recorder numbers them (src/kernel/run_scenario.ts):
   * a veth's datagrams sent one by one count up from 1 over the scenario's veth steps (ipIdBase + k + 1); a burst's
   * copies all carry ID 1 (its one frame, copied); other frames 0.
   */
  ipIdBase = -1;
  /**
   * A datagram larger than the veth MTU: the n fragments each datagram sends, in order (FramesStep.fragments, else
   * the sender's cuts: src/spec/ip-fragment.ts stepFragmentCuts), each one's offset, IP length, truesize and rx_bytes,
   * and their hash; null when it is sent whole. Frame k is fragment k % n of datagram floor(k / n); the fragments of
   * one datagram leave back to back, gapNs apart from the next's.
   */
  frags: {
    n: number; offset: Int32Array; truesize: Int32Array; ipLen: Int32Array; statBytes: Int32Array; hash: number;
  } | null = null;
}

const DEFAULT_PAYLOAD = 64; // FramesStep.payload
const DEFAULT_HZ = 250; // Config.hz

export class SimHost implements Host {
  readonly profile: KernelProfile;
  readonly profileName: ProfileName;
  readonly hz: number;
  now = 0;
  readonly ncpus: number;
  readonly sysctl: SysctlState;
  readonly skbs = new SkbPool(1024);
  readonly flows = new FlowTable();
  readonly mib = new Mibs();
  readonly localAddrs: ReadonlySet<number>;
  readonly hasVeth: boolean;
  readonly udpGroSockets: boolean;
  readonly forwarding: boolean;
  readonly sockets: UdpSock[] = [];
  readonly trace: Trace | null;
  readonly deviceNames: string[] = [];
  devRxDropped: Float64Array = new Float64Array(0);
  readonly core: NetCore;
  ip_local_out_hook?: Host['ip_local_out_hook'];
  ip6_local_out_hook?: Host['ip6_local_out_hook'];
  inet?: Host['inet'];

  readonly scenario: Scenario;
  readonly file: string;
  readonly devicesByName = new Map<string, NetDevice>();
  readonly socketsByName = new Map<string, UdpSock>();
  /** The sockets close steps closed, in order, with what they held (snapshot internal.closed). */
  readonly closedSockets: ClosedSock[] = [];
  readonly streams: FrameStream[] = [];
  /** skbaddr of the next frame */
  frameSeq = 1;
  /** The datagrams veth streams have fragmented so far: each one's reassembly queue (SkbPool.dgram). */
  dgramSeq = 0;
  /** The IPv4 datagrams veth steps sent one by one so far (FrameStream.ipIdBase). */
  vethIpIds = 0;
  /** the pending EV_FRAG time (-1 none) */
  fragTimerAt = -1;
  /** the next workload step to schedule */
  nextStep = 0;
  readonly checkpoints: Checkpoint[] = [];
  lastTime = 0;
  loopbackDev = -1;
  /** Work units (events, inline polls) so far, and the bound past which the model is looping (eventLimitOf). */
  eventsProcessed = 0;
  readonly eventLimit: number;

  constructor(scenario: Scenario, opts: SimulateOptions) {
    const cfg = scenario.config;
    this.scenario = scenario;
    this.file = opts.file ?? '<scenario>';
    this.profileName = opts.profile ?? cfg.profile;
    this.profile = kernelProfile(this.profileName, opts.rules);
    this.hz = cfg.hz ?? DEFAULT_HZ;
    this.ncpus = cfg.cpus;
    this.trace = opts.events ? new Trace() : null;
    this.localAddrs = new Set((cfg.localAddresses ?? LOCAL_ADDRESSES_DEFAULT).map(parseIpv4));
    this.hasVeth = (cfg.devices ?? []).some((d) => d.kind === 'veth');
    this.udpGroSockets = scenarioUsesUdpGro(scenario);
    this.forwarding = cfg.forwarding ?? false;
    this.sysctl = initialSysctls(this.profileName, this.hz);
    this.core = new NetCore(this.ncpus, this.hz, new EventQueue(256), { ...DEFAULT_COSTS, ...cfg.costs });
    this.eventLimit = eventLimitOf(scenario);
  }

  countWork(): void {
    if (++this.eventsProcessed > this.eventLimit) throw new ModelLivelockError(this);
  }
}

/**
 * A bound on the events one run handles: a frame costs a handful (its arrival, an IRQ, a poll, an
 * IPI, a timer), so 100 per frame and per step plus a million is never reached by a working model.
 * Past it the model is looping without making progress (a bug in rxpath, or a mutant under
 * `npm run mutate`), and the run fails at once instead of hanging.
 */
export function eventLimitOf(scenario: Scenario): number {
  let units = scenario.workload.length;
  const device = (name: string): MtuDevice => scenario.config.devices?.find((d) => d.name === name) ?? { kind: 'nic' };
  for (const step of scenario.workload) {
    if (step.op === 'frames') units += framesOnWire(step, device(step.device), scenario.config.profile);
  }
  return 1_000_000 + 100 * units;
}

/** The model handled more events than eventLimitOf allows: it is looping. */
export class ModelLivelockError extends Error {
  constructor(host: SimHost) {
    super(`${host.file}: the model handled ${host.eventsProcessed} events (more than ${host.eventLimit} for this workload) by simulated time ${host.lastTime} ns without finishing: it is looping; please report this scenario as a bug in rxpath`);
    this.name = 'ModelLivelockError';
  }
}

/** Every sysctl at its profile default (schemas/sysctls.schema.json via src/spec/defaults.ts). */
function initialSysctls(profile: ProfileName, hz: number): SysctlState {
  const d = profileSysctlDefaults(profile);
  const num = (n: string, absent: number): number => {
    const v = d.get(n as never);
    return typeof v === 'number' ? v : absent;
  };
  const devWeight = num('net.core.dev_weight', 0);
  const bias = num('net.core.dev_weight_rx_bias', 1); // absent in 3.13: no multiplier
  const udpMem = d.get('net.ipv4.udp_mem') as number[];
  return {
    netdev_budget: num('net.core.netdev_budget', 0),
    // net/core/hotdata.c: netdev_budget_usecs = 2 * USEC_PER_SEC / HZ (the schema's 8000 is the HZ=250 value);
    // absent in 3.13 (its limit is a hard-coded 2 jiffies)
    netdev_budget_usecs: d.has('net.core.netdev_budget_usecs') ? Math.floor(2_000_000 / hz) : 0,
    dev_weight: devWeight,
    dev_weight_rx_bias: bias,
    dev_rx_weight: devWeight * bias,
    netdev_max_backlog: num('net.core.netdev_max_backlog', 0),
    flow_limit_table_len: num('net.core.flow_limit_table_len', 0),
    rps_sock_flow_entries: num('net.core.rps_sock_flow_entries', 0),
    rmem_default: num('net.core.rmem_default', 0),
    rmem_max: num('net.core.rmem_max', 0),
    gro_normal_batch: num('net.core.gro_normal_batch', 1), // absent in 3.13: no batching
    ip_early_demux: num('net.ipv4.ip_early_demux', 0),
    udp_early_demux: num('net.ipv4.udp_early_demux', 0), // absent in 3.13 (ip_early_demux covers UDP)
    udp_rmem_min: num('net.ipv4.udp_rmem_min', 0),
    udp_mem: [udpMem[0], udpMem[1], udpMem[2]],
  };
}

function inputError(host: SimHost, pointer: string, message: string): RxpathInputError {
  return new RxpathInputError([{ file: host.file, pointer, message }]);
}

/** Builds the host of a scenario at time 0 (devices, NAPIs, sockets, boot-time sysctls). */
export function createHost(scenario: Scenario, opts: SimulateOptions = {}): SimHost {
  const host = new SimHost(scenario, opts);
  const cfg = scenario.config;
  const core = host.core;
  // per-CPU backlog NAPIs (net_dev_init: sd->backlog.poll = process_backlog, weight = weight_p / dev_rx_weight)
  for (const sd of core.cpus) {
    const n = new NapiStruct(core.napis.length, NAPI_BACKLOG, host.sysctl.dev_rx_weight, -1, -1, `backlog:${sd.cpu}`, '(no_device)', false);
    core.napis.push(n);
    sd.backlog = n;
  }
  // boot-time sysctls, in an order where each handler sees what it reads
  const given = Object.entries(cfg.sysctls ?? {}) as [string, SysctlValue][];
  given.sort((a, b) => rank(a[0]) - rank(b[0]));
  for (const [name, value] of given) {
    if (sysctl_write(host, name, value) !== 'ok') {
      throw inputError(host, `/config/sysctls/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, `rejected by the kernel (EINVAL) (got ${JSON.stringify(value)})`);
    }
  }
  for (const sd of core.cpus) sd.backlog.weight = host.sysctl.dev_rx_weight;
  // devices; the loopback device always exists (net/core/dev.c registers lo in every netns)
  const devices: Device[] = [...(cfg.devices ?? [])];
  if (!devices.some((d) => d.kind === 'loopback')) devices.push({ name: 'lo', kind: 'loopback' });
  devices.forEach((d, i) => {
    if (host.devicesByName.has(d.name)) throw inputError(host, `/config/devices/${i}/name`, `duplicate device name ${JSON.stringify(d.name)}`);
    const dev = createDevice(host, d, i, host.profileName, host.file);
    core.devices.push(dev);
    host.deviceNames.push(d.name);
    host.devicesByName.set(d.name, dev);
    if (dev.kind === KIND_LOOPBACK && host.loopbackDev < 0) host.loopbackDev = i;
  });
  // Each veth's other end, where the recorder's topology has the peer (src/kernel/topology.ts): the model's
  // replies out a veth arrive there (veth_xmit -> netif_rx on the sending CPU), not addressed to it
  for (const dev of [...core.devices]) {
    if (dev.kind !== KIND_VETH) continue;
    const name = `${dev.name.slice(0, 14)}p`;
    const peer = createDevice(host, { name, kind: 'veth' }, core.devices.length, host.profileName, host.file);
    peer.peerOf = dev.index;
    dev.peer = peer.index;
    core.devices.push(peer);
    host.deviceNames.push(peer.name);
  }
  host.devRxDropped = new Float64Array(core.devices.length);
  const groSockets = udpGroSocketNames(host.scenario);
  (cfg.sockets ?? []).forEach((s, i) => {
    const sk = sock_create(host, s, i);
    // a socket that has UDP_GRO at some time reports the datagrams its skbs hold (SocketState.queued_segments)
    sk.reportsSegments = groSockets.has(s.name);
    host.sockets.push(sk);
    host.socketsByName.set(s.name, sk);
  });
  host.ip_local_out_hook = ip_local_out_xmit;
  host.ip6_local_out_hook = ip6_local_out_xmit;
  return host;
}

function rank(name: string): number {
  const i = SYSCTL_BOOT_ORDER.indexOf(name);
  return i < 0 ? -1 : i;
}

/**
 * A locally generated IPv4 packet (an ICMP error) to a local address leaves through lo:
 * drivers/net/loopback.c:loopback_xmit -> netif_rx on the current CPU; lo counts it when
 * netif_rx succeeds (loopback_xmit orphans it: no socket memory held). To a remote address it leaves
 * by the device the packet came in on: a NIC puts it on the wire (no receive-side effect); a veth
 * hands it to its other end (drivers/net/veth.c:veth_xmit -> veth_forward_skb -> netif_rx on the
 * current CPU), where it is no frame of the peer's (sent to a MAC nobody owns: OTHERHOST at ip_rcv); 6.x
 * does not orphan it within the namespace, so its truesize stays charged to the sending CPU's ICMP socket
 * until it is freed (sock_wfree: SkbPool.owner; KernelProfile.vethForwardOrphans).
 */
function ip_local_out_xmit(
  h: Host, inDev: number, ipLen: number, proto: number, src: number, dst: number, cpu: number, type: number, code: number,
): void {
  const host = h as SimHost;
  const local = inet_addr_is_local(host, dst);
  const peer = host.core.devices[inDev]?.peer ?? -1;
  if (local ? host.loopbackDev < 0 : peer < 0) return;
  const p = host.skbs;
  const skb = p.alloc();
  // ICMP type and code in the port fields (net/core/flow_dissector.c keys ICMP by them too)
  const flow = host.flows.intern({ src, dst, sport: type, dport: code, proto });
  const payload = Math.max(0, ipLen - IP_HLEN - UDP_HLEN);
  const out = local ? host.loopbackDev : peer;
  p.id[skb] = host.frameSeq++; p.len[skb] = ipLen; p.payload[skb] = payload;
  p.truesize[skb] = skb_truesize(host.profileName, Math.min(payload, 65507));
  p.hash[skb] = 0; p.flow[skb] = flow; p.flags[skb] = local ? 0 : FLAG.otherhost;
  p.dev[skb] = out; p.queue[skb] = -1; p.sk[skb] = -1;
  p.arrival[skb] = host.now; p.pad[skb] = 0;
  if (!local && !host.profile.vethForwardOrphans) {
    p.owner[skb] = cpu;
    p.icmpWmem[cpu] = (p.icmpWmem[cpu] ?? 0) + p.truesize[skb];
  }
  if (netif_rx(host, skb, cpu)) {
    const dev = host.core.devices[out];
    dev.rxPackets++;
    dev.rxBytes += local ? ipLen : ipLen + ETH_HLEN;
  }
}

/** The flow of a frames step, with the schema's default addresses (workload.schema.json Flow). */
function stepFlowTuple(step: FramesStep, loopback: boolean, localAddresses: readonly string[] | undefined): FlowTuple {
  const f = step.flow;
  const ports = { sport: f.sport ?? FLOW_SPORT_DEFAULT, dport: f.dport, proto: f.proto ?? 17 };
  if (isInet6Flow(f)) {
    const src6 = ipv6Key(f.src ?? (loopback ? V6_LOOPBACK : V6_PEER));
    const dst6 = ipv6Key(f.dst ?? (loopback ? V6_LOOPBACK : ipv6FlowDstDefault(step.flags)));
    return { src: 0, dst: 0, ...ports, family: 6, src6, dst6 };
  }
  return {
    src: parseIpv4(f.src ?? (loopback ? '127.0.0.1' : FLOW_SRC_DEFAULT)),
    dst: parseIpv4(f.dst ?? (loopback ? '127.0.0.1' : ipv4FlowDstDefault(step.flags, localAddresses))),
    ...ports,
  };
}

/**
 * A locally generated IPv6 packet (an ICMPv6 error) leaves as ip_local_out_xmit's IPv4 ones do: to ::1 out lo,
 * back in through netif_rx; otherwise out the device the datagram came in on, a veth's other end receiving it
 * as PACKET_OTHERHOST (to the peer's permanent neighbour, a MAC nobody owns), charged to the sending CPU's
 * ICMPv6 socket until freed (6.x; 3.13 orphans it: KernelProfile.vethForwardOrphans). Its skb was built by
 * __ip6_append_data on that socket: the loopback IPv6 table at its length (truesize.ts skb_truesize6).
 */
function ip6_local_out_xmit(
  h: Host, inDev: number, ipLen: number, proto: number, src6: string, dst6: string, cpu: number, type: number, code: number,
): void {
  const host = h as SimHost;
  const local = ipv6AddrLoopback(dst6);
  const peer = host.core.devices[inDev]?.peer ?? -1;
  if (local ? host.loopbackDev < 0 : peer < 0) return;
  const p = host.skbs;
  const skb = p.alloc();
  const flow = host.flows.intern({ src: 0, dst: 0, sport: type, dport: code, proto, family: 6, src6, dst6 });
  const payload = Math.max(0, ipLen - IPV6_HLEN - UDP_HLEN);
  const out = local ? host.loopbackDev : peer;
  p.id[skb] = host.frameSeq++; p.len[skb] = ipLen; p.payload[skb] = payload;
  p.truesize[skb] = skb_truesize6(host.profileName, payload);
  p.hash[skb] = 0; p.flow[skb] = flow; p.flags[skb] = SKB_IPV6 | (local ? 0 : FLAG.otherhost);
  p.dev[skb] = out; p.queue[skb] = -1; p.sk[skb] = -1;
  p.arrival[skb] = host.now; p.pad[skb] = 0;
  if (!local && !host.profile.vethForwardOrphans) {
    p.owner[skb] = ICMP6_OWNER + cpu;
    p.icmp6Wmem[cpu] = (p.icmp6Wmem[cpu] ?? 0) + p.truesize[skb];
  }
  if (netif_rx(host, skb, cpu)) {
    const dev = host.core.devices[out];
    dev.rxPackets++;
    dev.rxBytes += local ? ipLen : ipLen + ETH_HLEN;
  }
}

/** Starts the stream of a frames step. */
function startFrames(host: SimHost, step: FramesStep, index: number, t: number): void {
  const dev = host.devicesByName.get(step.device);
  const ptr = `/workload/${index}`;
  if (!dev) throw inputError(host, `${ptr}/device`, `no device named ${JSON.stringify(step.device)} (devices: ${host.deviceNames.join(', ')})`);
  const st = new FrameStream();
  const tuple = stepFlowTuple(step, dev.kind === KIND_LOOPBACK, host.scenario.config.localAddresses);
  st.dev = dev;
  st.flow = host.flows.intern(tuple);
  st.payload = step.payload ?? DEFAULT_PAYLOAD;
  st.flags = flagsToBits(step.flags);
  // skb->len at the IP layer: the header (ihl * 4: 20 + the options flag's option field) + UDP + payload
  st.len = stepIpLen(step);
  if (tuple.family === 6) {
    // ETH_P_IPV6: sizeof(struct ipv6hdr), its extension headers (in stepIpLen), UDP header and payload
    st.flags |= SKB_IPV6;
    st.ext = extToBits(step.flags);
  }
  // the ip_short flag: the frame ends IP_SHORT_LEN bytes into its IP header
  if (st.flags & FLAG.ip_short) st.len = IP_SHORT_LEN;
  st.pad = step.padding ?? 0;
  const kind = dev.kind === KIND_NIC ? 'nic' : dev.kind === KIND_LOOPBACK ? 'loopback' : 'veth';
  st.truesize = frameTruesize(host.profileName, kind, step, dev.mtu, host.profile);
  st.remaining = step.count ?? 1;
  st.gap = step.gapNs ?? 0;
  st.nextAt = t;
  if (dev.kind === KIND_NIC) {
    st.hash = step.hash !== undefined ? step.hash >>> 0 : rssHash(dev, tuple);
    let q: number;
    if (step.queue !== undefined) {
      if (step.queue >= dev.rings.length) throw inputError(host, `${ptr}/queue`, `must be < ${dev.rings.length} (RX queues of ${dev.name}) (got ${step.queue})`);
      q = step.queue;
    } else {
      const out = { matched: false };
      q = steer(dev, tuple, st.hash, out);
      if (dev.ntuple.length > 0) st.ntuple = out.matched ? 1 : 2;
    }
    if (step.interleave !== undefined) throw inputError(host, `${ptr}/interleave`, `${INTERLEAVE_ON_NIC} (${JSON.stringify(dev.name)} is a nic)`);
    if (step.burst === true) throw inputError(host, `${ptr}/burst`, `must be false or absent on a NIC: only loopback and veth frames enter netif_rx in one BH-disabled section (${JSON.stringify(dev.name)} is a nic) (got true)`);
    st.ring = q >= 0 ? dev.rings[q] : null;
    st.queue = q;
  } else {
    st.burst = step.burst === true;
    if (step.interleave !== undefined) {
      // the light flow: the same frames from another source port (workload.schema.json Interleave)
      st.every = step.interleave.every;
      st.altFlow = host.flows.intern({ ...tuple, sport: step.interleave.sport });
    }
    if (st.burst && st.gap !== 0) throw inputError(host, `${ptr}/gapNs`, `must be 0 or absent when burst is true: a burst's frames enter netif_rx at the same instant (got ${st.gap})`);
    st.hash = step.hash !== undefined ? step.hash >>> 0 : 0; // software hash computed on demand (skb_get_hash)
    st.cpu = step.cpu ?? 0;
    if (st.cpu >= host.ncpus) throw inputError(host, `${ptr}/cpu`, `must be < ${host.ncpus} (config.cpus) (got ${st.cpu})`);
    // loopback_xmit counts skb->len after eth_type_trans; veth_xmit counts it with the MAC header
    st.statBytes = (dev.kind === KIND_VETH ? st.len + ETH_HLEN : st.len) + st.pad;
    st.vethRq = dev.vethRq;
    if (isFragmented({ kind, mtu: dev.mtu }, step, host.profileName)) {
      startFragments(host, st, tuple, step, kind === 'loopback' ? 'loopback' : 'veth');
    }
    if (dev.kind === KIND_VETH) {
      // the recorder's numbering: `++ipId` per datagram of a veth step sent one by one (IPv6 ones too: their
      // fragment headers' identification), ID 1 for a burst's frame
      if (st.burst) st.ipIdBase = 0;
      else {
        st.ipIdBase = host.vethIpIds;
        host.vethIpIds += step.count ?? 1;
      }
    }
  }
  const si = host.streams.length;
  host.streams.push(st);
  if (st.remaining > 0) host.core.events.push(t, CLASS_ARRIVAL, EV_ARRIVAL, si);
}

/**
 * The fragments of each datagram of a veth or lo stream (ip_output.c:ip_fragment, ip6_output.c:ip6_fragment, as the
 * sender does it): their sizes, each one's truesize as its sender built it (truesize.ts fragmentTruesizeBy: the
 * recorder's AF_PACKET frame on a veth, the socket's __ip_append_data skb on lo) and rx_bytes (a veth counts the MAC
 * header, lo not), and their flow hash: the flow dissector stops at a fragment, before the ports (flow_dissector.c:
 * FLOW_DIS_IS_FRAGMENT, no FLOW_DISSECTOR_F_PARSE_1ST_FRAG from skb_get_hash; an IPv6 fragment header's nexthdr is
 * still read, and a zero flow label does not stop it), so every fragment hashes on the addresses alone.
 */
function startFragments(
  host: SimHost, st: FrameStream, tuple: FlowTuple, step: FramesStep, kind: 'loopback' | 'veth',
): void {
  const v6 = tuple.family === 6;
  const sender = fragmentSenderOf(kind);
  // FramesStep.fragments: each datagram's fragments in that order (duplicates, gaps, crafted cuts), else as the
  // sender cuts them
  const cuts = stepFragmentCuts(step, st.dev.mtu);
  const offset = Int32Array.from(cuts, (c) => c.offset);
  const truesize = Int32Array.from(cuts, (c) =>
    fragmentTruesizeBy(sender, host.profileName, c.length, v6, c.offset === 0, host.profile));
  const ipLen = Int32Array.from(cuts, (c) => fragmentIpLen(c.length, v6));
  const statBytes = Int32Array.from(ipLen, (l) => (kind === 'veth' ? ETH_HLEN : 0) + l);
  const portless = host.flows.intern({ ...tuple, sport: 0, dport: 0 });
  const hash = step.hash !== undefined ? step.hash >>> 0 : flowSoftwareHash(host, portless);
  st.frags = { n: cuts.length, offset, truesize, ipLen, statBytes, hash };
  st.remaining *= cuts.length;
}

function newSkb(host: SimHost, st: FrameStream, t: number): number {
  const p = host.skbs;
  const skb = p.alloc();
  p.id[skb] = host.frameSeq++;
  p.len[skb] = st.len;
  p.payload[skb] = st.payload;
  p.truesize[skb] = st.truesize;
  p.hash[skb] = st.hash;
  p.flow[skb] = st.every > 0 && st.made % st.every === st.every - 1 ? st.altFlow : st.flow;
  p.flags[skb] = st.flags;
  const fr = st.frags;
  if (fr !== null) {
    const j = st.made % fr.n;
    // each datagram its own IP id, so its own reassembly queue: the stream's current one, whatever other streams
    // started meanwhile (two steps' datagrams may interleave in time)
    if (j === 0) st.dgram = ++host.dgramSeq;
    p.dgram[skb] = st.dgram;
    p.fragOff[skb] = fr.offset[j];
    p.len[skb] = fr.ipLen[j];
    p.truesize[skb] = fr.truesize[j];
    p.hash[skb] = fr.hash;
    p.flags[skb] = st.flags | SKB_SENDER_FRAGMENT;
  }
  if (st.ipIdBase >= 0 && (st.flags & SKB_IPV6) === 0) {
    const k = fr === null ? st.made : Math.floor(st.made / fr.n);
    p.ipId[skb] = st.burst ? 1 : (st.ipIdBase + k + 1) & 0xffff;
  }
  st.made++;
  p.dev[skb] = st.dev.index;
  p.queue[skb] = st.queue;
  p.sk[skb] = -1;
  p.arrival[skb] = t;
  p.pad[skb] = st.pad;
  p.ext[skb] = st.ext;
  return skb;
}

/**
 * Frames of a NIC stream arriving at time t and after: each is DMA'd into its ring (or missed
 * when the ring is full, or dropped by an ntuple rule), then coalescing decides on the IRQ.
 * Consecutive frames are handled here while they come before every other pending event.
 */
function nicArrivals(host: SimHost, st: FrameStream, si: number, t: number): void {
  const dev = st.dev;
  const events = host.core.events;
  for (;;) {
    host.now = t;
    if (st.ntuple === 1) dev.ntupleMatch++;
    else if (st.ntuple === 2) dev.ntupleMiss++;
    const ring = st.ring;
    if (ring !== null) {
      if (ring.len === ring.capacity) {
        if (host.profile.ringFullCounter(dev.rings.length) === 'missed') dev.rxMissed++;
        else dev.rxFifo++;
      } else {
        ring.push(newSkb(host, st, t));
        rx_coalesce(host, dev, ring, t);
      }
    }
    if (--st.remaining === 0) return;
    st.nextAt += st.gap;
    t = st.nextAt;
    if (!events.wouldPrecede(t, CLASS_ARRIVAL)) {
      events.push(t, CLASS_ARRIVAL, EV_ARRIVAL, si);
      return;
    }
  }
}

/**
 * One frame of a loopback/veth stream: the sender runs on st.cpu in process context, so it waits
 * while that CPU is busy (softirqs run at local_bh_enable before the next send). netif_rx, then
 * the device counts the frame if it was queued (loopback_xmit / veth_xmit). A veth in NAPI mode puts
 * it on its ring instead (veth.ts veth_xmit_napi), and veth_poll counts it.
 * A burst (FramesStep.burst: tc mirred fan-out, software UDP GSO) calls netif_rx for every frame
 * back to back inside one BH-disabled section: netif_rx's own local_bh_enable is nested, so no
 * softirq runs and the backlog (which takes netdev_max_backlog + 1, enqueue_to_backlog) is not
 * drained until the outer local_bh_enable -> do_softirq on that CPU (kernel/softirq.c:__local_bh_enable_ip).
 */
function netifRxArrival(host: SimHost, st: FrameStream, si: number, t: number): void {
  const sd = host.core.cpus[st.cpu];
  if (sd.phase !== PH_IDLE || sd.busyUntil > t || sd.cpuEventQueued) {
    sd.blockedStreams.push(si);
    // the CPU is only running out a hard IRQ (nothing will run it again): it frees the sender when done
    if (!sd.cpuEventQueued) {
      sd.cpuEventQueued = true;
      host.core.events.push(sd.busyUntil, CLASS_OTHER, EV_CPU, sd.cpu);
    }
    return;
  }
  host.now = t;
  const dev = st.dev;
  const n = st.burst ? st.remaining : 1;
  for (let k = 0; k < n; k++) {
    const fr = st.frags;
    const bytes = fr === null ? st.statBytes : fr.statBytes[st.made % fr.n];
    if (st.vethRq !== null) veth_xmit_napi(host, st.vethRq, newSkb(host, st, t), st.cpu);
    else if (netif_rx(host, newSkb(host, st, t), st.cpu)) {
      dev.rxPackets++;
      dev.rxBytes += bytes;
    }
  }
  st.remaining -= n - 1;
  sd.busyUntil = host.now;
  if (!sd.cpuEventQueued) {
    // local_bh_enable: pending softirqs run now; either way the CPU wakes its waiting senders when free
    sd.cpuEventQueued = true;
    host.core.events.push(sd.busyUntil, CLASS_OTHER, EV_CPU, sd.cpu);
  }
  if (--st.remaining === 0) return;
  // a datagram's fragments leave back to back (ip_fragment's loop); gapNs separates datagrams
  if (st.frags === null || st.made % st.frags.n === 0) st.nextAt += st.gap;
  host.core.events.push(Math.max(st.nextAt, t), CLASS_ARRIVAL, EV_ARRIVAL, si);
}

function socketNamed(host: SimHost, name: string, index: number): UdpSock {
  const sk = host.socketsByName.get(name);
  if (!sk) throw inputError(host, `/workload/${index}/socket`, `no socket named ${JSON.stringify(name)}`);
  if (!sk.hashed) throw inputError(host, `/workload/${index}/socket`, `socket ${JSON.stringify(name)} is closed by an earlier close step`);
  return sk;
}

function scheduleNextStep(host: SimHost): void {
  const wl = host.scenario.workload;
  if (host.nextStep < wl.length) {
    const i = host.nextStep++;
    host.core.events.push(Math.max(wl[i].at, host.lastTime), CLASS_OTHER, EV_STEP, i);
  }
}

function snapshotNow(host: SimHost): Snapshot {
  return takeSnapshot(host);
}

function runStep(host: SimHost, step: Step, index: number, t: number): void {
  host.now = t;
  switch (step.op) {
    case 'frames':
      startFrames(host, step, index, t);
      break;
    case 'read': {
      const sk = socketNamed(host, step.socket, index);
      udp_recvmsg(host, sk, step.count ?? Infinity, sk.cpu);
      break;
    }
    case 'sysctl':
      // a value the kernel rejects (EINVAL) leaves the old one, as `sysctl -w` would
      sysctl_write(host, step.name, step.value as SysctlValue);
      break;
    case 'setsockopt': {
      // one setsockopt call per option: SO_RCVBUF, SO_RXQ_OVFL, UDP_GRO
      const sk = socketNamed(host, step.socket, index);
      if (step.soRcvbuf !== undefined) sock_setsockopt_rcvbuf(host, sk, step.soRcvbuf, step.soRcvbufForce === true);
      if (step.rxqOvfl !== undefined) sock_setsockopt_rxq_ovfl(sk, step.rxqOvfl);
      if (step.udpGro !== undefined) udp_setsockopt_udp_gro(sk, step.udpGro);
      break;
    }
    case 'close':
      host.closedSockets.push(udp_lib_close(host, socketNamed(host, step.socket, index)));
      break;
    case 'lock_sock': {
      const sk = socketNamed(host, step.socket, index);
      lock_sock(host, sk);
      host.core.events.push(t + step.durationNs, CLASS_OTHER, EV_RELEASE, sk.index);
      break;
    }
    case 'advance':
      break;
    case 'checkpoint': {
      if (step.settle) runUntilSettled(host);
      host.now = Math.max(host.lastTime, t);
      host.checkpoints.push({ label: step.label, step: index, at: Math.round(host.now), counters: snapshotNow(host) });
      break;
    }
  }
}

/** Processes the earliest pending event. */
function processOne(host: SimHost): void {
  host.countWork();
  const events = host.core.events;
  events.pop();
  const t = events.topTime;
  const arg = events.topArg;
  if (t > host.lastTime) host.lastTime = t;
  const core = host.core;
  switch (events.topKind) {
    case EV_ARRIVAL: {
      const st = host.streams[arg];
      if (st.dev.kind === KIND_NIC) nicArrivals(host, st, arg, t);
      else netifRxArrival(host, st, arg, t);
      break;
    }
    case EV_CPU:
      cpu_run(host, core.cpus[arg], t);
      break;
    case EV_IRQ: {
      host.now = t;
      const ring = core.rings[arg];
      const sd = core.cpus[ring.irqCpu];
      hardirq_charge(host, sd);
      igb_msix_ring(host, ring);
      break;
    }
    case EV_COALESCE:
      host.now = t;
      rx_coalesce_timer(host, core.rings[arg], events.topArg2);
      break;
    case EV_IPI: {
      host.now = t;
      const sd = core.cpus[arg];
      hardirq_charge(host, sd);
      rps_trigger_softirq(host, sd);
      break;
    }
    case EV_STEP:
      runStep(host, host.scenario.workload[arg], arg, t);
      scheduleNextStep(host);
      break;
    case EV_RELEASE:
      host.now = t;
      release_sock(host, host.sockets[arg]);
      break;
    case EV_FRAG:
      if (t === host.fragTimerAt) {
        host.fragTimerAt = -1;
        host.now = t;
        inet_frag_run_timers(host);
      }
      break;
  }
  if (host.inet !== undefined) {
    const nt = inet_frag_next_timer(host);
    if (nt !== Infinity && nt !== host.fragTimerAt) {
      host.fragTimerAt = nt;
      events.push(Math.max(nt, host.lastTime), CLASS_OTHER, EV_FRAG, 0);
    }
  }
}

/** Work below the socket is pending: a CPU busy or about to be, an IRQ, IPI or coalescing timer. */
function busy(host: SimHost): boolean {
  const p = host.core.events.pending;
  return p[EV_CPU] + p[EV_IRQ] + p[EV_IPI] + p[EV_COALESCE] > 0;
}

/** The simulated time: the latest event's, or later when a CPU's work ran on past it (a poll, a hard IRQ). */
function clockNow(host: SimHost): number {
  let t = host.lastTime;
  for (const sd of host.core.cpus) if (sd.busyUntil > t) t = sd.busyUntil;
  return t;
}

/**
 * A checkpoint with settle: time runs (arrivals included) until nothing below the socket is in
 * flight. The snapshot is taken at the time the last work ended, so every event due by then (an
 * arrival, a lock_sock release, a timer) runs first, and the clock moves there: later steps are
 * scheduled from it (scheduleNextStep) and their effects follow the snapshot in time.
 */
function runUntilSettled(host: SimHost): void {
  const events = host.core.events;
  for (;;) {
    while (busy(host)) processOne(host);
    const t = clockNow(host);
    if (events.size > 0 && events.peekTime() <= t) { processOne(host); continue; }
    host.lastTime = t;
    return;
  }
}

/** Runs the whole workload, then until no event is left; returns the observations. */
export function run(host: SimHost): Observations {
  scheduleNextStep(host);
  const events = host.core.events;
  while (events.size > 0) processOne(host);
  const end = Math.round(Math.max(host.lastTime, ...host.core.cpus.map((c) => c.busyUntil)));
  host.now = end;
  host.checkpoints.push({ label: 'end', step: host.scenario.workload.length, at: end, counters: snapshotNow(host) });
  const obs: Observations = { profile: host.profileName, checkpoints: host.checkpoints };
  if (host.trace !== null) obs.events = host.trace.events;
  return obs;
}
