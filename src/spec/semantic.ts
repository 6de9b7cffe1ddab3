// Checks a schema cannot express, run after ajv has accepted the shape: per-profile existence and
// range of every sysctl (as the profile's kernel validates it), CPU masks against the CPU count,
// queue numbers against the device's RX queues, names that must be unique or must exist, the
// order of workload steps, and the features the model does not model.
import type { Config, Device, FragmentCut, FrameFlag, FramesStep, ProfileName, Scenario, Socket, Step, SysctlStep } from '../generated/schema-types.ts';
import type { InputProblem } from './errors.ts';
import { SCHEMA_BASE, schemaValidator } from './ajv.ts';
import { ajvProblems, escapePointer, listOf, show } from './messages.ts';
import { PROFILES, getSpecEntry, similarSpecNames } from './registry.ts';

import { DEFAULT_HZ, profileSysctlDefaults } from './defaults.ts';
import { MAX_SCENARIO_FRAMES } from './limits.ts';
import { IP_OPTION_FLAGS } from './ip-options.ts';
import { closeProblems, socketsOpenAt } from './close-problems.ts';
import {
  FRAG6_HDR_LEN, FRAG_UNIT, FRAGMENTABLE_FLAGS, type MtuDevice, deviceMtu, fragmentDataLens, framesOnWire,
  isFragmented, l4Len, stepFragmentRuns, stepIpLen, IPV6_MIN_MTU, VETH_MAX_MTU,
} from './ip-fragment.ts';
import {
  IP6FRAG_HIGH_THRESH, frag6TruesizeMax, noIpv6VethSocketProblems, flowFamilyProblems, inet6FragMemoryBound, inet6IcmpError, inet6StepProblems,
  socketFamilyProblems, socketsConflict, takesIpv4,
} from './ipv6-problems.ts';
import { IPV6_EXT_FLAGS } from './ipv6-ext.ts';
import { connectProblems } from './connect.ts';
import { rpsFlowCntProblem } from './rps-flow-cnt.ts';
import { xdpPassFrameProblems, xdpProblem } from './xdp.ts';
import { bindAddressProblem, ipv4IsMulticast } from './bind-address.ts';
import { ipv4FlowDstDefault, FLOW_SPORT_DEFAULT, FLOW_SRC_DEFAULT, LOCAL_ADDRESSES_DEFAULT } from './flow-defaults.ts';
import { udpGroFrameProblems, udpGroSocketProblems, udpGroStepProblems } from './udp-gro.ts';
import { icmpv6OnlinkTimeout, icmpv6PrefixShift, isInet6Flow, isInet6Socket, V6_PEER } from './ipv6.ts';

/** include/uapi/linux/icmp.h NR_ICMP_TYPES: the highest known ICMP type (ICMP_ADDRESSREPLY). */
export const NR_ICMP_TYPES = 18;
/**
 * The ICMP error types (net/ipv4/icmp.c icmp_pointers[].error, include/linux/icmp.h icmp_is_err):
 * destination unreachable, source quench, redirect, time exceeded, parameter problem.
 */
export const ICMP_ERROR_TYPES: readonly number[] = [3, 4, 5, 11, 12];

/**
 * The shortest quote an ICMP error frame may carry. Its payload (FramesStep.payload bytes of 0x5a,
 * the datagram it is about) reads as an IP header of IHL 10 and protocol 90, so icmp.c:
 * icmp_socket_deliver needs ihl * 4 + 8 = 48 bytes; a shorter one takes icmp_unreach's (or
 * icmp_redirect's) error path, Icmp InErrors, which the model does not model.
 */
export const ICMP_QUOTE_MIN = 48;

function shortQuoteMessage(payload: number): string {
  return `must be at least ${ICMP_QUOTE_MIN} for an ICMP error frame: its payload quotes the datagram it is about ` +
    `(0x5a bytes: IHL 10, so net/ipv4/icmp.c:icmp_socket_deliver pulls ${ICMP_QUOTE_MIN} bytes), and a shorter quote ` +
    `is counted as Icmp InErrors, which the model does not model (got ${payload})`;
}

type Report = (pointer: string, message: string) => void;

/** CPUs named by a hex cpumask string ("3", "ff,ffffffff": 32-bit groups, most significant first). */
export function cpusInMask(mask: string): number[] {
  const cpus: number[] = [];
  const groups = mask.split(',').reverse();
  for (let g = 0; g < groups.length; g++) {
    const hex = groups[g];
    for (let d = 0; d < hex.length; d++) {
      const nibble = parseInt(hex[hex.length - 1 - d], 16);
      for (let b = 0; b < 4; b++) if (nibble & (1 << b)) cpus.push(g * 32 + d * 4 + b);
    }
  }
  return cpus.sort((a, b) => a - b);
}

function cpuRange(cpus: number): string {
  return cpus === 1 ? 'CPU 0' : `CPUs 0-${cpus - 1}`;
}

function checkMask(report: Report, pointer: string, mask: string, cpus: number, allowEmpty: boolean): void {
  const named = cpusInMask(mask);
  const beyond = named.filter((c) => c >= cpus);
  if (beyond.length > 0) {
    report(pointer, `must name only ${cpuRange(cpus)} (config.cpus is ${cpus}), but names ${beyond.length === 1 ? 'CPU' : 'CPUs'} ${listOf(beyond, 'and')} (got ${show(mask)})`);
  } else if (!allowEmpty && named.length === 0) {
    report(pointer, `must name at least one CPU (got ${show(mask)})`);
  }
}

const NOT_MODELLED_BUSY_POLL = 'rxpath does not model busy polling';

/**
 * Checks one sysctl value for `profile` (type via the sysctl's own schema, then the kernel's
 * per-profile range). `namePointer` is where the name is (a workload step's /name).
 */
export function checkSysctl(
  report: Report, profile: ProfileName, hz: number, cpus: number,
  name: string, value: unknown, valuePointer: string, namePointer: string, file: string,
): void {
  const entry = getSpecEntry(name);
  if (!entry || entry.annotation.kind !== 'sysctl') {
    const near = similarSpecNames(name).filter((n) => n.startsWith('net.'));
    report(namePointer, `unknown sysctl ${show(name)}${near.length ? ` (did you mean ${listOf(near)}?)` : ' (see `rxpath spec --kind sysctl`)'}`);
    return;
  }
  const p = entry.annotation.profiles[profile];
  if (!p) {
    const others = PROFILES.filter((q) => entry.annotation.profiles[q]);
    report(namePointer, `does not exist in ${profile} (only in ${others.join(', ')})${namePointer === valuePointer ? '' : ` (got ${show(name)})`}`);
    return;
  }
  // Shape first, with the sysctl's own schema (a workload step's value is not typed by the schema).
  const v = schemaValidator(`${SCHEMA_BASE}sysctls.schema.json#/properties/${escapePointer(name)}`);
  if (!v(value)) {
    for (const pr of ajvProblems(file, v.errors ?? [], valuePointer)) report(pr.pointer, pr.message);
    return;
  }
  if (typeof value === 'number') {
    // A perHz annotation scales the minimum with CONFIG_HZ (netdev_budget_usecs: 2*USEC_PER_SEC/HZ).
    const min = p.perHz !== undefined ? Math.floor(p.perHz / hz) : p.minimum;
    if (min !== undefined && value < min) return report(valuePointer, `must be >= ${min} in ${profile}${p.perHz !== undefined ? ` at HZ=${hz}` : ''} (got ${value})`);
    if (p.maximum !== undefined && value > p.maximum) return report(valuePointer, `must be <= ${p.maximum} in ${profile} (got ${value})`);
    // net/core/sysctl_net_core.c:flow_limit_table_len_sysctl rejects a length that is not a power of 2.
    if (name === 'net.core.flow_limit_table_len' && (value & (value - 1)) !== 0) {
      return report(valuePointer, `must be a power of 2 (got ${value})`);
    }
    // Accepted by 3.13 (proc_dointvec), but net_rx_action then never gets anywhere: it tests the budget
    // before each poll (budget <= 0: nothing is polled), and a backlog poll with weight <= 0 returns
    // 0 == weight and is repolled forever. NET_RX spins and no packet is processed: not simulated.
    if (profile === 'linux-3.13' && (name === 'net.core.netdev_budget' || name === 'net.core.dev_weight') && value <= 0) {
      return report(valuePointer, `must be >= 1 in linux-3.13: the kernel accepts ${value}, but net_rx_action then makes no progress (${name === 'net.core.netdev_budget' ? 'the budget is tested before each poll' : 'a backlog poll returns 0 == its weight and is repolled forever'}), NET_RX spins and no packet is processed; the model does not simulate that (got ${value})`);
    }
    if ((name === 'net.core.busy_poll' || name === 'net.core.busy_read') && value !== 0) {
      return report(valuePointer, `must be 0: ${NOT_MODELLED_BUSY_POLL} (got ${value})`);
    }
  }
  if (name === 'net.core.flow_limit_cpu_bitmap' && typeof value === 'string') {
    checkMask(report, valuePointer, value, cpus, true);
  }
}

function rxQueuesOf(d: Device): number {
  return d.rxQueues ?? 1;
}

function queueRange(d: Device): string {
  const n = rxQueuesOf(d);
  return n === 1 ? `"${d.name}" has 1 RX queue: 0` : `"${d.name}" has ${n} RX queues: 0-${n - 1}`;
}

/** Settings only a NIC has: its ring, its queues' hashing and steering, its interrupts, its NAPI. */
const NIC_ONLY = ['ringSize', 'rssIndirection', 'rssWeights', 'rxFlowHash', 'ntuple', 'coalesce', 'napiWeight'] as const;

/**
 * A software device given a NIC's settings: loopback and veth have no ring, no interrupt and no
 * NAPI of their own (drivers/net/loopback.c:loopback_xmit and veth.c:veth_xmit hand each frame to
 * netif_rx). A veth's NAPI mode (gro on, its other end's TSO off: src/model/veth.ts) has a ring and a
 * NAPI, but the driver's: its size and weight are constants (VETH_RING_SIZE, NAPI_POLL_WEIGHT).
 */
function checkSoftwareDevice(report: Report, base: string, d: Device): void {
  const absent = (why: string, got: unknown): string => `must be absent on a ${d.kind} device: ${why} (got ${show(got)})`;
  for (const k of NIC_ONLY) {
    if (d[k] !== undefined) report(`${base}/${k}`, absent(`it is a NIC's setting, and ${d.kind} frames go through netif_rx`, d[k]));
  }
  if (rxQueuesOf(d) !== 1) {
    report(`${base}/rxQueues`, `must be 1 on a ${d.kind} device: the model gives it one RX queue (got ${d.rxQueues})`);
  }
  d.queues?.forEach((q, i) => {
    if (q.smpAffinity !== undefined) report(`${base}/queues/${i}/smpAffinity`, absent('it has no interrupt', q.smpAffinity));
  });
}

/** Device.mtu out of its kind's range (the schema's is the widest, lo's), or on a NIC; undefined when it is fine. */
function mtuProblem(d: Device): string | undefined {
  if (d.mtu === undefined) return undefined;
  if (d.kind === 'nic') {
    return `must be absent on a nic device: the format sets a veth's or lo's MTU only; a NIC frame is a wire frame as given, whatever MTU its sender had (got ${d.mtu})`;
  }
  if (d.kind === 'veth' && d.mtu > VETH_MAX_MTU) {
    return `must be at most ${VETH_MAX_MTU} on a veth: ETH_MAX_MTU, its max_mtu (veth.c:veth_setup -> ether_setup) (got ${d.mtu})`;
  }
  if (d.kind === 'loopback' && d.mtu < IPV6_MIN_MTU) {
    return `must be at least ${IPV6_MIN_MTU} on lo (IPV6_MIN_MTU): below it addrconf_notify takes ::1 away and an ICMP error over lo quotes less than 576 bytes, which the model does not follow (got ${d.mtu})`;
  }
  return undefined;
}

function checkDevice(report: Report, base: string, d: Device, cpus: number, profile: ProfileName): void {
  if (d.kind !== 'nic') checkSoftwareDevice(report, base, d);
  if (d.peerTso !== undefined && d.kind !== 'veth') {
    report(`${base}/peerTso`, `must be absent on a ${d.kind} device: it is the TSO setting of a veth's other end (got ${show(d.peerTso)})`);
  }
  const mtu = mtuProblem(d);
  if (mtu !== undefined) report(`${base}/mtu`, mtu);
  const xdp = xdpProblem(profile, d);
  if (xdp !== undefined) report(`${base}/xdp`, xdp);
  const n = rxQueuesOf(d);
  if (d.rssIndirection && d.rssWeights) {
    report(`${base}/rssWeights`, 'must not be given together with rssIndirection (ethtool -X takes one or the other)');
  }
  if (d.rssIndirection) {
    if (d.rssIndirection.length === 0) report(`${base}/rssIndirection`, 'must not be empty (got [])');
    d.rssIndirection.forEach((q, i) => {
      if (q >= n) report(`${base}/rssIndirection/${i}`, `must name an RX queue (${queueRange(d)}) (got ${q})`);
    });
  }
  if (d.rssWeights) {
    if (d.rssWeights.length !== n) {
      report(`${base}/rssWeights`, `must have one weight per RX queue (${queueRange(d)}) (got ${d.rssWeights.length} weights)`);
    } else if (d.rssWeights.every((w) => w === 0)) {
      report(`${base}/rssWeights`, `must give at least one queue a weight above 0 (got ${show(d.rssWeights)})`);
    }
  }
  d.ntuple?.forEach((r, i) => {
    if (r.action >= n) report(`${base}/ntuple/${i}/action`, `must be -1 (drop) or an RX queue (${queueRange(d)}) (got ${r.action})`);
  });
  if (d.queues) {
    if (d.queues.length > n) {
      report(`${base}/queues`, `must have at most one entry per RX queue (${queueRange(d)}) (got ${d.queues.length} entries)`);
    }
    d.queues.forEach((q, i) => {
      if (q.rpsCpus !== undefined) checkMask(report, `${base}/queues/${i}/rpsCpus`, q.rpsCpus, cpus, true);
      if (q.smpAffinity !== undefined) checkMask(report, `${base}/queues/${i}/smpAffinity`, q.smpAffinity, cpus, false);
      const flowCnt = q.rpsFlowCnt === undefined ? undefined : rpsFlowCntProblem(profile, q.rpsFlowCnt);
      if (flowCnt !== undefined) report(`${base}/queues/${i}/rpsFlowCnt`, flowCnt);
    });
  }
  if (d.coalesce?.adaptiveRx === true) {
    report(`${base}/coalesce/adaptiveRx`, 'must be false: rxpath does not model adaptive interrupt coalescing (got true)');
  }
}

/** Semantic problems of a config that ajv accepted; `base` is its pointer in the file ("" or "/config"). */
export function configProblems(config: Config, file: string, base = ''): InputProblem[] {
  const out: InputProblem[] = [];
  const report: Report = (pointer, message) => { out.push({ file, pointer, message }); };
  const hz = config.hz ?? DEFAULT_HZ;
  for (const [name, value] of Object.entries(config.sysctls ?? {})) {
    const ptr = `${base}/sysctls/${escapePointer(name)}`;
    checkSysctl(report, config.profile, hz, config.cpus, name, value, ptr, ptr, file);
  }
  const devices = config.devices ?? [];
  const firstDevice = new Map<string, number>();
  devices.forEach((d, i) => {
    const prev = firstDevice.get(d.name);
    if (prev !== undefined) report(`${base}/devices/${i}/name`, `must be unique: ${show(d.name)} is already the name of ${base}/devices/${prev}`);
    else firstDevice.set(d.name, i);
    checkDevice(report, `${base}/devices/${i}`, d, config.cpus, config.profile);
  });
  const sockets = config.sockets ?? [];
  const firstSocket = new Map<string, number>();
  sockets.forEach((s, i) => {
    const prev = firstSocket.get(s.name);
    if (prev !== undefined) report(`${base}/sockets/${i}/name`, `must be unique: ${show(s.name)} is already the name of ${base}/sockets/${prev}`);
    else firstSocket.set(s.name, i);
    for (const [ptr, m] of socketFamilyProblems(s)) report(`${base}/sockets/${i}/${ptr}`, m);
    const bind = bindAddressProblem(s, config);
    if (bind !== null) report(`${base}/sockets/${i}/${bind[0]}`, bind[1]);
    for (const [ptr, m] of connectProblems(s, config)) report(`${base}/sockets/${i}/${ptr}`, m);
    for (const [ptr, m] of noIpv6VethSocketProblems(s, config)) report(`${base}/sockets/${i}/${ptr}`, m);
    for (const [ptr, m] of udpGroSocketProblems(config.profile, config, s.udpGro)) report(`${base}/sockets/${i}/${ptr}`, m);
    const clash = sockets.findIndex((o, j) => j < i && socketsConflict(o, s));
    if (clash >= 0) {
      const other = sockets[clash];
      const bound = isInet6Socket(other) ? `[${other.address ?? '::'}]` : other.address ?? '0.0.0.0';
      report(`${base}/sockets/${i}/port`, `must not be bound twice: socket ${show(other.name)} (${base}/sockets/${clash}) already binds ${bound}:${s.port} (got ${s.port})`);
    }
    if (s.cpu !== undefined && s.cpu >= config.cpus) {
      report(`${base}/sockets/${i}/cpu`, `must be < ${config.cpus}, the number of CPUs (got ${s.cpu})`);
    }
    if (s.soBusyPoll !== undefined && s.soBusyPoll !== 0) {
      report(`${base}/sockets/${i}/soBusyPoll`, `must be 0: ${NOT_MODELLED_BUSY_POLL} (got ${s.soBusyPoll})`);
    }
    if (s.multicast !== undefined && !isInet6Socket(s) && !ipv4IsMulticast(s.multicast)) {
      report(`${base}/sockets/${i}/multicast`, notAGroupMessage(s.multicast));
    }
  });
  return out;
}

function names(list: readonly { name: string }[], what: string): string {
  return list.length === 0 ? `config.${what} is empty` : `${what}: ${listOf(list.map((x) => x.name), 'and')}`;
}

/** include/uapi/linux/ip.h: tot_len is 16 bits. */
const IP_MAX_LEN = 65535;

/** net/ipv4/inetpeer.c: inet_peer_minttl (120 s), XRLIM_BURST_FACTOR (6). */
const INET_PEER_MINTTL_MS = 120_000;
const XRLIM_BURST_FACTOR = 6;

/** The ICMP error types the model sends about a frames step (see src/model/icmp.ts callers), or none. */
export function icmpErrorTypes(
  step: FramesStep, sockets: readonly Socket[], config: Pick<Config, 'forwarding' | 'profile' | 'localAddresses'>,
  d: MtuDevice,
): number[] {
  const forwarding = config.forwarding === true;
  const profile = config.profile;
  const f = step.flags ?? [];
  if (f.includes('multicast') || f.includes('broadcast') || step.flow.proto === 1 || isInet6Flow(step.flow)) return [];
  const types: number[] = [];
  // FramesStep.fragments: a queue left holding fragment 0 expires with a time exceeded; a datagram never
  // reassembled reaches no protocol (a crafted fragment's overlap: reassembled by 3.13's trimming, not by 6.x)
  const runs = step.fragments !== undefined ? stepFragmentRuns(step, profile, deviceMtu(d)) : null;
  if (f.includes('ip_options') || f.includes('ip_options_cipso')) types.push(12); // ip_rcv_options -> parameter problem
  if (f.includes('fragment') || runs?.expiresWithFirst) types.push(11); // ip_expire -> time exceeded
  if (f.includes('no_route') && forwarding) types.push(3); // ip_error -> net unreachable
  if ((f.includes('ttl_1') || f.includes('ttl_0')) && forwarding) types.push(11); // ip_forward too_many_hops -> time exceeded
  const proto = step.flow.proto ?? 17;
  if (runs !== null && runs.reassembled === 0) return types;
  if (proto !== 17) types.push(3); // no handler -> protocol unreachable
  else if (!sockets.some((s) => s.port === step.flow.dport
    && takesIpv4(s, step.flow, ipv4FlowDstDefault(f, config.localAddresses), false, config.localAddresses))) {
    types.push(3); // NoPorts -> port unreachable
  }
  return types;
}

/**
 * ICMP rate limits the model cannot predict (src/model/icmp.ts): inetpeer.c:inet_peer_gc may free an
 * idle destination's inet_peer after inet_peer_minttl (120 s) when another address is looked up, and a
 * new peer starts full: the same as the model's kept peer unless 6 * icmp_ratelimit exceeds 120 s.
 * And 6.x's global bucket: icmp.c:icmp_global_consume takes get_random_u32_below(3) credits per error it
 * lets through (the model takes 1), so once the bucket can run dry the errors sent depend on the draws:
 * the model is exact while min(icmp_msgs_per_sec, icmp_msgs_burst) > 2 x the errors that reach it, or
 * with either at 0. (route.c:ip_error's limiter is modelled: ip_rt_error_allow.)
 */
/**
 * Every value a sysctl takes in the scenario: the config's (else the profile's default) and each workload
 * step's, in order (a name the profile lacks and the config does not set gives none).
 */
export function sysctlValues(scenario: Scenario, name: string): unknown[] {
  const { config } = scenario;
  const v: unknown[] = [];
  const c = (config.sysctls as Record<string, unknown> | undefined)?.[name]
    ?? profileSysctlDefaults(config.profile, config.hz ?? DEFAULT_HZ).get(name as never);
  if (c !== undefined) v.push(c);
  for (const st of scenario.workload) if (st.op === 'sysctl' && st.name === name) v.push(st.value);
  return v;
}

function icmpRateLimitProblems(report: Report, scenario: Scenario): void {
  const { config } = scenario;
  const hz = config.hz ?? DEFAULT_HZ;
  const values = (name: string): number[] => sysctlValues(scenario, name).filter((v): v is number => typeof v === 'number');
  const ratemask = values('net.ipv4.icmp_ratemask').reduce((a, b) => a | b, 0);
  const ratelimitMs = Math.min(...values('net.ipv4.icmp_ratelimit'));
  const T = Math.ceil((ratelimitMs * hz) / 1000);
  const ratelimit6Ms = Math.min(...values('net.ipv6.icmp.ratelimit'));
  const devices = new Map((config.devices ?? []).map((d) => [d.name, d]));
  // each source's limiter: `t` jiffies a token (icmp_ratelimit; ICMPv6: icmpv6_time >> 2 for the on-link /64)
  const perSource = new Map<string, { first: number; last: number; step: number; count: number; t: number }>();
  // a lone first fragment's time exceeded leaves when ip_expire runs, net.ipv4.ipfrag_time after it came (IPv6:
  // ip6_frag_expire, net.ipv6.ip6frag_time)
  const delays = (name: string): number[] => {
    const times = values(name);
    return times.length > 0 ? [Math.min(...times) * 1e9, Math.max(...times) * 1e9] : [0, 0];
  };
  const fragDelayNs = delays('net.ipv4.ipfrag_time');
  const frag6DelayNs = delays('net.ipv6.ip6frag_time');
  scenario.workload.forEach((st, i) => {
    const dev = st.op === 'frames' ? devices.get(st.device) : undefined;
    if (st.op !== 'frames' || dev === undefined || dev.kind === 'loopback') return;
    const kind = dev.kind;
    const count = st.count ?? 1;
    // an ICMPv6 error (net.ipv6.icmp.ratemask's default limits types 1 and 3) takes from the same global bucket
    const v6 = isInet6Flow(st.flow);
    const sockets = socketsOpenAt(scenario, i);
    // a datagram reassembled more than once (FramesStep.fragments repeating its order) is answered each time
    const runs = st.fragments !== undefined ? stepFragmentRuns(st, config.profile, deviceMtu(dev)) : null;
    // IPv6's errors by their IPv4 counterparts: 3 (destination unreachable) per datagram, 11 (time exceeded) late
    const types = v6
      ? [...(runs?.expiresWithFirst ? [11] : []), ...(inet6IcmpError(st, kind, sockets) && runs?.reassembled !== 0 ? [3] : [])]
      : icmpErrorTypes(st, sockets, config, dev).filter((t) => ((1 << t) & ratemask) !== 0);
    if (types.length === 0) return;
    const perDatagram = runs === null ? 1 : types.filter((x) => x !== 3).length + (types.includes(3) ? runs.reassembled : 0);
    const expires = (st.flags ?? []).includes('fragment') || runs?.expiresWithFirst === true;
    // errors other than the time exceeded leave at once
    const now = types.some((x) => x !== 11);
    const delay = v6 ? frag6DelayNs : fragDelayNs;
    const [early, late] = expires ? [now ? 0 : delay[0], delay[1]] : [0, 0];
    const src = v6 ? `[${st.flow.src ?? V6_PEER}]` : st.flow.src ?? FLOW_SRC_DEFAULT;
    const t = v6 ? icmpv6OnlinkTimeout(ratelimit6Ms, hz, icmpv6PrefixShift(config.profile)) : T;
    const e = perSource.get(src) ?? { first: st.at + early, last: st.at + early, step: i, count: 0, t };
    e.first = Math.min(e.first, st.at + early);
    e.last = Math.max(e.last, st.at + (count - 1) * (st.gapNs ?? 0) + late);
    e.step = i;
    e.count += count * perDatagram;
    perSource.set(src, e);
  });
  if (perSource.size === 0) return;
  let lastStep = 0;
  let longest = 0;
  let passPeer = 0; // errors the per-destination limiter can let through to the global bucket
  for (const e of perSource.values()) {
    // the errors leave over [first, last]: each token the limiter refills in that time lets one more through
    const spanJiffies = Math.ceil((e.last - e.first) / (1e9 / hz)) + 1;
    if (e.t === T) longest = Math.max(longest, spanJiffies); // inet_peer_gc: an IPv4 limiter's long bucket
    lastStep = Math.max(lastStep, e.step);
    passPeer += e.t > 0 ? Math.min(e.count, XRLIM_BURST_FACTOR + Math.ceil(spanJiffies / e.t) + 1) : e.count;
  }
  if (T > 0 && XRLIM_BURST_FACTOR * ratelimitMs > INET_PEER_MINTTL_MS && longest * (1000 / hz) > INET_PEER_MINTTL_MS) {
    report(`/workload/${lastStep}`, `must not send rate-limited ICMP errors over more than ${INET_PEER_MINTTL_MS / 1000} s with net.ipv4.icmp_ratelimit ${ratelimitMs} ms: inetpeer.c:inet_peer_gc may then free an idle destination's inet_peer, whose bucket (6 x icmp_ratelimit, above inet_peer_minttl 120 s) restarts full; the model keeps every peer and cannot predict when the kernel frees one`);
  }
  const perSec = values('net.ipv4.icmp_msgs_per_sec');
  const burst = values('net.ipv4.icmp_msgs_burst');
  if (perSec.length === 0 || burst.length === 0 || perSec.every((v) => v === 0) || burst.every((v) => v === 0)) return;
  const limit = Math.min(...[...perSec, ...burst].filter((v) => v > 0));
  // One destination whose limiter spaces its errors at least HZ/50 apart (icmp_global_allow's refill interval),
  // each refill worth 3 credits or more: past its burst of 6 every error finds credit or a refill, whatever the draws.
  const refillJiffies = Math.floor(hz / 50);
  const only = [...perSource.values()][0]!;
  const spaced = perSource.size === 1 && only.t >= refillJiffies && Math.floor((Math.min(...perSec) * refillJiffies) / hz) >= 3;
  const reaching = spaced ? Math.min([...perSource.values()][0]!.count, XRLIM_BURST_FACTOR) : passPeer;
  if (2 * reaching >= limit) report(`/workload/${lastStep}`, globalBucketMessage(reaching, limit));
}

/** Whether 6.x's global ICMP bucket could run dry in `scenario`: the refusal icmpRateLimitProblems makes of it. */
export function icmpGlobalBucketMayRunDry(scenario: Scenario): boolean {
  let dry = false;
  icmpRateLimitProblems((_pointer, message) => { if (message.includes(GLOBAL_BUCKET_MARK)) dry = true; }, scenario);
  return dry;
}

const GLOBAL_BUCKET_MARK = 'rate-limited ICMP errors past the per-destination limit';

function globalBucketMessage(errors: number, limit: number): string {
  return `must not send more than ${Math.ceil(limit / 2) - 1} ${GLOBAL_BUCKET_MARK} ` +
    `(up to ${errors} here) while min(net.ipv4.icmp_msgs_per_sec, icmp_msgs_burst) is ${limit}: icmp.c:icmp_global_consume ` +
    'takes 0 to 2 credits at random per error, so once the global bucket can run dry the errors sent are random; ' +
    'set either sysctl to 0, or icmp_ratemask to leave the type out, or send fewer';
}

/**
 * IP protocols the kernel hands to a handler (inet_add_protocol, built in or from a module:
 * IGMP, IPIP, TCP, DCCP, IPv6-in-IPv4, GRE, ESP, AH, PIM, IPCOMP, L2TP, SCTP, UDP-Lite, MPLS-in-IP,
 * and the Ethernet and AGGFRAG numbers xfrm and seg6 use). ip_protocol_deliver_rcu delivers
 * them instead of counting InUnknownProtos, and the model has none of them.
 */
const HANDLED_PROTOS: ReadonlySet<number> = new Set([2, 4, 6, 33, 41, 47, 50, 51, 103, 108, 115, 132, 136, 137, 143, 144]);

function handledProtoMessage(proto: number): string {
  return `must be 17 (UDP), 1 (ICMP) or a protocol the kernel has no handler for: protocol ${proto} has one ` +
    '(net/ipv4/ip_input.c:ip_protocol_deliver_rcu hands it on, built in or from a module), ' +
    `which the model does not model (got ${proto})`;
}

function notAGroupMessage(group: string): string {
  return 'must be a multicast group (224.0.0.0/4): IP_ADD_MEMBERSHIP of another address fails '
    + `(igmp.c:ip_mc_join_group, EINVAL) (got ${group})`;
}

function firstOctet(a: string): number {
  return Number(a.slice(0, a.indexOf('.')));
}

/**
 * A frame's addresses against its flags (FrameFlag), on a veth or NIC: the model takes what a frame
 * is from its flags, a kernel from its addresses, so an address that says otherwise is refused.
 * (Martian sources are modelled: src/model/ip_input.ts martian_source.) Only addresses the scenario gives are checked.
 */
function addressProblems(step: FramesStep, config: Config): [string, string][] {
  const out: [string, string][] = [];
  const flags = new Set(step.flags ?? []);
  const local = new Set(config.localAddresses ?? LOCAL_ADDRESSES_DEFAULT);
  const { src, dst } = step.flow;
  const macKinds = MAC_FLAGS.filter((f) => flags.has(f));
  if (macKinds.length > 1) out.push(['flags', macFlagsMessage(macKinds)]);
  const optionKinds = IP_OPTION_FLAGS.filter((f) => flags.has(f));
  if (optionKinds.length > 1) out.push(['flags', optionFlagsMessage(optionKinds)]);
  for (const pair of EXCLUSIVE_FLAGS) {
    if (pair.every((f) => flags.has(f))) out.push(['flags', exclusiveMessage(pair)]);
  }
  if (flags.has('rp_filter') && flags.has('no_route') && config.forwarding === true) out.push(['flags', RPF_NET_UNREACH_MESSAGE]);
  if (dst !== undefined) {
    const mcast = ipv4IsMulticast(dst);
    if (flags.has('multicast') && !mcast) {
      out.push(['flow/dst', `must be a multicast group (224.0.0.0/4) for a frame flagged multicast (got ${dst})`]);
    }
    if (!flags.has('multicast') && mcast) {
      out.push(['flow/dst', `must not be a multicast group unless the frame is flagged multicast: the kernel routes it as multicast (got ${dst})`]);
    }
    if (dst === '255.255.255.255' && !flags.has('broadcast')) {
      out.push(['flow/dst', `must not be the limited broadcast unless the frame is flagged broadcast (got ${dst})`]);
    }
    const localDst = local.has(dst) || firstOctet(dst) === 127;
    for (const f of ['broadcast', 'not_local', 'no_route'] as const) {
      if (flags.has(f) && localDst) out.push(['flow/dst', `must not be a local address for a frame flagged ${f} (got ${dst})`]);
    }
  }
  return out;
}

/** Flags that each give the frame another destination MAC (src/kernel/frames.ts): one at most. */
export const MAC_FLAGS = ['otherhost', 'multicast', 'broadcast'] as const;

function macFlagsMessage(kinds: readonly string[]): string {
  return `must flag at most one of ${MAC_FLAGS.join(', ')}: each gives the frame another destination MAC ` +
    `(not ours, a group's, ff:ff:ff:ff:ff:ff), and eth_type_trans takes pkt_type from it (got ${kinds.join(' and ')})`;
}

function optionFlagsMessage(kinds: readonly string[]): string {
  return `must flag at most one of the IP options flags: each is the whole option field (src/spec/ip-options.ts) (got ${kinds.join(' and ')})`;
}

/** Flags that set the same header field (src/kernel/frames.ts): IP tot_len, UDP length. */
export const EXCLUSIVE_FLAGS: readonly (readonly [FrameFlag, FrameFlag])[] = [
  ['ip_truncated', 'ip_len_short'], ['udp_len_long', 'udp_len_short'], ['udp_csum', 'udp_csum_zero'], ['ttl_1', 'ttl_0'],
];

/**
 * no_route with forwarding on sends a net unreachable from ip_error before any reverse-path check, and an
 * rp_filter frame's source is reached through lo (src/kernel/topology.ts RPF_SUBNET): route.c:__mkroute_output
 * marks a route out lo RTCF_LOCAL, so the error loops back and icmp_rcv takes it, which the model does not follow.
 */
const RPF_NET_UNREACH_MESSAGE = 'must not flag both rp_filter and no_route with forwarding on: ip_error answers with a net unreachable, '
  + 'sent to a source whose route goes through lo (RTCF_LOCAL), so it comes back and is received as the host\'s own; '
  + 'the model does not follow that loop (got both)';

function exclusiveMessage(pair: readonly string[]): string {
  return `must not flag both ${pair.join(' and ')}: each sets the same header field to another value (got both)`;
}

/** 127.0.0.0/8 or one of the host's addresses: where a frame on lo can come from. */
function isLocalSource(src: string, config: Config): boolean {
  return firstOctet(src) === 127 || (config.localAddresses ?? LOCAL_ADDRESSES_DEFAULT).includes(src);
}

function loopbackGroupMessage(flags: readonly string[]): string {
  return `must not hold ${flags.join(' or ')} on loopback: the model routes such a frame as a veth's or a NIC's (a `
    + 'group\'s route and membership, the directed broadcast), not as lo\'s, whose own address the frame goes to';
}

function loopbackSourceMessage(src: string): string {
  return 'must be a local address (127.0.0.0/8 or config.localAddresses): a frame on loopback comes from a local ' +
    `socket (drivers/net/loopback.c:loopback_xmit), and the ICMP errors about it come back over lo (got ${src})`;
}

/**
 * How much longer than the datagram an ip_truncated frame's IP length says it is (tot_len, or IPv6's payload length):
 * Ethernet padding of that much or more would hold the missing bytes, and the kernel would see no truncation.
 */
export const IP_TRUNCATED_EXCESS = 100;

/** An ip_truncated frame (IPv4 or IPv6) whose padding would hold what its IP length claims past the datagram. */
function truncatedPaddingProblems(step: FramesStep): [string, string][] {
  if (!step.flags?.includes('ip_truncated') || (step.padding ?? 0) < IP_TRUNCATED_EXCESS) return [];
  return [['padding', `must be below ${IP_TRUNCATED_EXCESS} with ip_truncated: the IP length claims ${IP_TRUNCATED_EXCESS} `
    + 'bytes more than the datagram, which this much padding would hold, so ip_rcv_core (ip6_rcv_core) would see no '
    + `truncation and trim the frame to that length instead, which the model does not follow (got ${step.padding})`]];
}

/** A frame too short for its IP header (ip_short) and Ethernet padding: which devices can carry them. */
function frameShapeProblems(step: FramesStep, d: Device): [string, string][] {
  const out: [string, string][] = [...truncatedPaddingProblems(step)];
  if (step.flags?.includes('ip_short') && d.kind !== 'veth') out.push(['flags', shortFrameMessage(d)]);
  const pad = step.padding ?? 0;
  if (pad > 0 && d.kind === 'loopback') {
    out.push(['padding', `must be 0 or absent on loopback: a loopback frame comes from a socket, with no Ethernet padding (got ${pad})`]);
  }
  if (pad > 0 && step.flags?.includes('ip_short')) {
    out.push(['padding', `must be 0 or absent with ip_short: the frame ends inside its IP header (got ${pad})`]);
  }
  const mtu = deviceMtu(d);
  if (pad > 0 && d.kind === 'veth' && stepIpLen(step) <= mtu && stepIpLen(step) + pad > mtu) {
    out.push(['padding', paddingMtuMessage(d, mtu, stepIpLen(step), pad)]);
  }
  return out;
}

function shortFrameMessage(d: Device): string {
  const why = d.kind === 'nic' ? 'a NIC discards a runt (a 24-byte frame) before the driver sees it' : 'a loopback frame comes from a socket, whole';
  return `must not flag ip_short on a ${d.kind}: ${why}; only a veth takes one (${show(d.name)} is a ${d.kind})`;
}

function paddingMtuMessage(d: Device, mtu: number, ipLen: number, pad: number): string {
  return `must keep the frame within the MTU of ${show(d.name)} (${mtu}): the IP datagram is ${ipLen} bytes ` +
    `and af_packet.c:packet_snd refuses a longer frame (EMSGSIZE) (got ${pad})`;
}

/**
 * A datagram larger than the veth MTU is sent as fragments (src/spec/ip-fragment.ts) and reassembled by
 * ip_defrag. The model follows a UDP datagram a sender cut as ip_fragment does, nothing else.
 */
function fragmentationProblems(step: FramesStep, d: Device): [string, string][] {
  const out: [string, string][] = [];
  const ipLen = stepIpLen(step);
  const mtu = deviceMtu(d);
  const why = `the IP datagram is ${ipLen} bytes, more than the MTU of ${show(d.name)} (${mtu}), so the sender ` +
    `sends it as ${fragmentDataLens(step, mtu).length} fragments`;
  if ((step.flow.proto ?? 17) !== 17) out.push(['flow/proto', `must be 17 (UDP) or absent: ${why}, and the model reassembles UDP datagrams only (got ${step.flow.proto})`]);
  if (d.kind === 'loopback' && step.fragments !== undefined) {
    out.push(['fragments', `must be absent on lo: ${why} itself, every fragment in order (ip_do_fragment, ip6_fragment); only a veth's frames come in another order`]);
  }
  const bad = (step.flags ?? []).filter((f) => !FRAGMENTABLE_FLAGS.includes(f));
  if (bad.length > 0) {
    out.push(['flags', `must hold only ${FRAGMENTABLE_FLAGS.join(' or ')} (flags about the reassembled datagram): ${why}, and the model does not say which fragments another flag would mark (got ${bad.join(', ')})`]);
  }
  if (step.burst === true) out.push(['burst', `must be false or absent: ${why}, each sent on its own; a burst repeats one frame (got true)`]);
  const n = fragmentDataLens(step, mtu).length;
  (step.fragments ?? []).forEach((i, j) => {
    if (typeof i !== 'number') for (const [ptr, m] of fragmentCutProblems(step, i, mtu)) out.push([`fragments/${j}/${ptr}`, m]);
    else if (i >= n) out.push([`fragments/${j}`, `must be a fragment's index, 0 to ${n - 1}: ${why} (got ${i})`]);
  });
  if (step.interleave !== undefined) out.push(['interleave', `must be absent: ${why}; a light flow interleaves frames, not datagrams`]);
  if ((step.padding ?? 0) > 0) out.push(['padding', `must be 0 or absent: ${why}, and only a frame shorter than the Ethernet minimum is padded (got ${step.padding})`]);
  return out;
}

/**
 * A FragmentCut (a fragment the sender would not cut) the recorder can build and the model follows: 8-byte aligned
 * (the offset field's unit; a shorter one that is not the last would be trimmed by ip_frag_queue's `end &= ~7`),
 * inside the datagram, within the MTU with its headers, and not at offset 0 (the schema's minimum), so that the
 * datagram is always reassembled into the sender's fragment 0, whose buffer decides the copies (truesize.ts).
 */
function fragmentCutProblems(step: FramesStep, c: FragmentCut, mtu: number): [string, string][] {
  const out: [string, string][] = [];
  const l4 = l4Len(step.payload ?? 64);
  const hdr = stepIpLen(step) - l4;
  const room = mtu - hdr - (isInet6Flow(step.flow) ? FRAG6_HDR_LEN : 0);
  if (c.offset % FRAG_UNIT !== 0) out.push(['offset', `must be a multiple of ${FRAG_UNIT}: the fragment offset field counts 8-byte units (got ${c.offset})`]);
  if (c.offset + c.length > l4) {
    out.push(['length', `must keep the fragment within the datagram's ${l4} bytes after the IP header: offset + length <= ${l4} (got ${c.offset} + ${c.length})`]);
  } else if (c.offset + c.length < l4 && c.length % FRAG_UNIT !== 0) {
    out.push(['length', `must be a multiple of ${FRAG_UNIT} for a fragment that does not end the datagram: ip_frag_queue would cut its end (\`end &= ~7\`) (got ${c.length})`]);
  }
  if (c.length > room) out.push(['length', `must keep the fragment within the veth's MTU (${mtu}): at most ${room} data bytes after its headers (got ${c.length})`]);
  return out;
}

/** The IPv6 fragments of the steps up to here could hold more than ip6frag_high_thresh (inet6FragMemoryBound). */
function frag6MemoryMessage(bound: number, mtu: number): string {
  return `must keep the IPv6 fragments of the workload within net.ipv6.ip6frag_high_thresh (${IP6FRAG_HIGH_THRESH} bytes) ` +
    `even if none were reassembled (up to here: ${bound}, at most ${frag6TruesizeMax(mtu)} per fragment and a queue each): ` +
    'past it inet_frag_find refuses fragments, which the model does not follow for IPv6; send fewer datagrams';
}

/** FramesStep.fragments on a datagram the sender does not fragment. */
function unfragmentedMessage(d: Device, ipLen: number): string {
  const mtu = d.kind === 'veth' ? ` (${deviceMtu(d)})` : '';
  return `must be absent: only a datagram above the MTU of a veth${mtu} is sent as fragments, and this one `
    + `is ${ipLen} bytes on ${show(d.name)} (a ${d.kind})`;
}

/** The message for FramesStep.interleave on a NIC (the model's simulator says the same). */
export const INTERLEAVE_ON_NIC = 'must be absent on a NIC: RSS steers a NIC\'s frames by their flow, so give each flow a frames step of its own';

/** FramesStep.interleave: a light UDP flow from another source port, on loopback or veth. */
function interleaveProblems(step: FramesStep, d: Device): [string, string][] {
  const out: [string, string][] = [];
  const il = step.interleave!;
  if (d.kind === 'nic') out.push(['interleave', `${INTERLEAVE_ON_NIC} (${show(d.name)} is a nic)`]);
  if ((step.flow.proto ?? 17) !== 17) {
    out.push(['flow/proto', `must be 17 (UDP) or absent with interleave: the light flow is a UDP flow from another source port (got ${step.flow.proto})`]);
  }
  const sport = step.flow.sport ?? FLOW_SPORT_DEFAULT;
  if (il.sport === sport) {
    out.push(['interleave/sport', `must differ from the flow's source port (flow.sport, default 40000): the light flow is another flow (got ${il.sport})`]);
  }
  if (step.hash !== undefined) {
    out.push(['hash', `must be absent with interleave: each flow's frames get the hash of their own fields (got ${step.hash})`]);
  }
  return out;
}

/** Semantic problems of a scenario's workload against its config (both accepted by ajv). */
export function workloadProblems(scenario: Scenario, file: string): InputProblem[] {
  const out: InputProblem[] = [];
  const report: Report = (pointer, message) => { out.push({ file, pointer, message }); };
  const { config } = scenario;
  const devices = config.devices ?? [];
  const sockets = config.sockets ?? [];
  const hz = config.hz ?? DEFAULT_HZ;
  const labels = new Map<string, number>();
  let prevAt = 0;
  let frames = 0;
  let frag6Memory = 0; // inet6FragMemoryBound of the steps so far
  scenario.workload.forEach((step: Step, i) => {
    const base = `/workload/${i}`;
    if (step.at < prevAt) report(`${base}/at`, `must be >= ${prevAt}, the previous step's at: steps run in non-decreasing order of at (got ${step.at})`);
    prevAt = Math.max(prevAt, step.at);
    switch (step.op) {
      case 'frames': {
        // The simulation work limit: refused here, before the model runs (src/spec/limits.ts).
        const before = frames;
        const dev = devices.find((x) => x.name === step.device);
        frames += dev === undefined ? step.count ?? 1 : framesOnWire(step, dev, config.profile);
        if (before <= MAX_SCENARIO_FRAMES && frames > MAX_SCENARIO_FRAMES) {
          report(`${base}/count`, `must keep the scenario within ${MAX_SCENARIO_FRAMES} frames, rxpath's simulation work limit: the frames steps up to here add up to ${frames}; split the workload into several scenarios (got ${step.count})`);
        }
        const d = devices.find((x) => x.name === step.device);
        if (!d) { report(`${base}/device`, `must name a device of the config (${names(devices, 'devices')}) (got ${show(step.device)})`); break; }
        if (step.queue !== undefined && step.queue >= rxQueuesOf(d)) {
          report(`${base}/queue`, `must name an RX queue (${queueRange(d)}) (got ${step.queue})`);
        }
        if (step.cpu !== undefined && step.cpu >= config.cpus) {
          report(`${base}/cpu`, `must be < ${config.cpus}, the number of CPUs (got ${step.cpu})`);
        }
        for (const [ptr, m] of flowFamilyProblems(step)) report(`${base}/${ptr}`, m);
        if (isInet6Flow(step.flow)) {
          for (const [ptr, m] of inet6StepProblems(step, d)) report(`${base}/${ptr}`, m);
          for (const [ptr, m] of truncatedPaddingProblems(step)) report(`${base}/${ptr}`, m);
          if (isFragmented(d, step, config.profile)) {
            for (const [ptr, m] of fragmentationProblems(step, d)) report(`${base}/${ptr}`, m);
            const before6 = frag6Memory;
            frag6Memory += inet6FragMemoryBound(step, d, config.profile);
            if (before6 <= IP6FRAG_HIGH_THRESH && frag6Memory > IP6FRAG_HIGH_THRESH) {
              report(`${base}/count`, frag6MemoryMessage(frag6Memory, deviceMtu(d)));
            }
          } else if (step.fragments !== undefined) {
            report(`${base}/fragments`, unfragmentedMessage(d, stepIpLen(step)));
          }
          break;
        }
        if (d.kind !== 'loopback') for (const [ptr, m] of addressProblems(step, config)) report(`${base}/${ptr}`, m);
        else {
          if (step.flow.src !== undefined && !isLocalSource(step.flow.src, config)) {
            report(`${base}/flow/src`, loopbackSourceMessage(step.flow.src));
          }
          const group = (step.flags ?? []).filter((x) => x === 'multicast' || x === 'broadcast');
          if (group.length > 0) report(`${base}/flags`, loopbackGroupMessage(group));
        }
        const proto = step.flow.proto ?? 17;
        if (HANDLED_PROTOS.has(proto)) report(`${base}/flow/proto`, handledProtoMessage(proto));
        if (step.flow.proto === 1) {
          // An ICMP frame's type travels in sport. The model answers no ICMP query (echo, timestamp,
          // ...); it receives ICMP errors and unknown types (see ICMP_ERROR_TYPES).
          const type = step.flow.sport;
          if (type === undefined || (type <= NR_ICMP_TYPES && !ICMP_ERROR_TYPES.includes(type))) {
            report(`${base}/flow/sport`, `must be the ICMP type of an ICMP frame (proto 1): an error type (3, 4, 5, 11, 12) or an unknown type (> 18); the model sends no replies to ICMP queries (got ${type === undefined ? 'none' : type})`);
          } else if (ICMP_ERROR_TYPES.includes(type) && (step.payload ?? 64) < ICMP_QUOTE_MIN) {
            report(`${base}/payload`, shortQuoteMessage(step.payload ?? 64));
          }
        }
        const ipLen = stepIpLen(step);
        const devMtu = deviceMtu(d);
        // a NIC frame is a wire frame as given: its length is not checked against the sender's limits
        if (d.kind !== 'nic' && ipLen > IP_MAX_LEN) {
          report(`${base}/payload`, `must keep the IP datagram within ${IP_MAX_LEN} bytes (IP header ${ipLen - 8 - (step.payload ?? 64)} + UDP header 8 + payload): an IPv4 datagram's tot_len is 16 bits, so the sender cannot build a longer one, whatever the MTU of ${show(d.name)} (${devMtu}) (got ${step.payload ?? 64}, an IP length of ${ipLen})`);
        } else if (isFragmented(d, step, config.profile)) {
          for (const [ptr, m] of fragmentationProblems(step, d)) report(`${base}/${ptr}`, m);
        } else if (step.fragments !== undefined) {
          report(`${base}/fragments`, unfragmentedMessage(d, stepIpLen(step)));
        }
        if (step.burst === true) {
          // a burst is netif_rx called back to back in one BH-disabled section: a software device's path
          if (d.kind === 'nic') report(`${base}/burst`, `must be false or absent on a NIC: only loopback and veth frames enter netif_rx in one BH-disabled section (${show(d.name)} is a nic) (got true)`);
          if (step.gapNs !== undefined && step.gapNs !== 0) report(`${base}/gapNs`, `must be 0 or absent when burst is true: a burst's frames enter netif_rx at the same instant (got ${step.gapNs})`);
        }
        if (step.interleave !== undefined) for (const [ptr, m] of interleaveProblems(step, d)) report(`${base}/${ptr}`, m);
        for (const [ptr, m] of frameShapeProblems(step, d)) report(`${base}/${ptr}`, m);
        for (const [ptr, m] of udpGroFrameProblems(config.profile, scenario, step, d)) report(`${base}/${ptr}`, m);
        for (const [ptr, m] of xdpPassFrameProblems(step, d)) report(`${base}/${ptr}`, m);
        const ext = (step.flags ?? []).filter((f) => IPV6_EXT_FLAGS.includes(f));
        if (ext.length > 0) report(`${base}/flags`, `must not hold ${ext.join(', ')} on an IPv4 flow: IPv6 extension headers need flow family "inet6"`);
        break;
      }
      case 'read':
      case 'setsockopt':
      case 'lock_sock':
      case 'close':
        if (step.op === 'setsockopt' && step.soRcvbuf === undefined && step.rxqOvfl === undefined && step.udpGro === undefined) {
          report(base, 'must set soRcvbuf (SO_RCVBUF), rxqOvfl (SO_RXQ_OVFL), udpGro (UDP_GRO) or more than one: a setsockopt step '
            + 'changes an option (got none)');
        }
        if (step.op === 'setsockopt') {
          for (const [ptr, m] of udpGroStepProblems(config.profile, config, step.udpGro)) report(`${base}/${ptr}`, m);
        }
        if (!sockets.some((s) => s.name === step.socket)) {
          report(`${base}/socket`, `must name a socket of the config (${names(sockets, 'sockets')}) (got ${show(step.socket)})`);
        }
        break;
      case 'sysctl': {
        const s = step as SysctlStep;
        checkSysctl(report, config.profile, hz, config.cpus, s.name, s.value, `${base}/value`, `${base}/name`, file);
        break;
      }
      case 'checkpoint': {
        const prev = labels.get(step.label);
        if (step.label === 'end') report(`${base}/label`, 'must not be "end": it names the final snapshot (got "end")');
        else if (prev !== undefined) report(`${base}/label`, `must be unique: ${show(step.label)} already labels /workload/${prev}`);
        else labels.set(step.label, i);
        break;
      }
      default:
        break;
    }
  });
  for (const [ptr, m] of closeProblems(scenario)) report(ptr, m);
  if (out.length === 0) icmpRateLimitProblems(report, scenario);
  return out;
}
