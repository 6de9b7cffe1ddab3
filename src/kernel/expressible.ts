// Which scenarios the live kernel can run, and the message when one cannot: the recorder refuses
// rather than approximate.
import type { Config, Device, FramesStep, ProfileName, Scenario, Socket } from '../generated/schema-types.ts';
import { readSchema } from '../spec/schema-files.ts';
import {
  ipv6AddrIsMulticast, ipv6Bytes, ipv6Key, ipv6V4Mapped, isInet6Flow, isInet6Socket, V6_LOCAL, V6_LOOPBACK, V6_PEER,
  v6OnlinkNotLocal, v6Unrouted,
} from '../spec/ipv6.ts';
import { INET6_FRAME_FLAGS } from './frames.ts';
import { appliedSettings, burstSourceOf, peerName } from './topology.ts';
import { vethNapiRequested } from '../spec/veth-napi.ts';
import { MAC_FLAGS } from '../spec/semantic.ts';
import { profileOfRelease } from './machine-settings.ts';

interface SysctlSchema { properties: Record<string, { 'x-rxpath': { scope: string } }> }

export function sysctlScope(name: string): string | undefined {
  return readSchema<SysctlSchema>('sysctls.schema.json').properties[name]?.['x-rxpath'].scope;
}

/** Whether two IPv6 addresses are the same (either may not be one: false). */
function sameV6(a: string, b: string): boolean {
  return ipv6Bytes(a) !== null && ipv6Bytes(b) !== null && ipv6Key(a) === ipv6Key(b);
}

const UNAPPLIED_DEVICE_SETTING = 'device settings other than name and kind (and a veth\'s gro, peerTso, xdp and mtu, a software '
  + 'device\'s RPS map and RFS flow table) are not applied by the recorder';

/**
 * Why a software device's queues cannot be applied as given (topology.ts applyRps): its one RX queue's rpsCpus and
 * rpsFlowCnt only.
 */
function rpsQueueProblems(d: Device, at: string): string[] {
  if (d.kind === 'nic' || d.queues === undefined) return [];
  const p: string[] = [];
  if (d.queues.length > 1) p.push(`${at}: a ${d.kind} has one RX queue here (got ${d.queues.length} entries)`);
  for (const k of Object.keys(d.queues[0] ?? {})) {
    if (k !== 'rpsCpus' && k !== 'rpsFlowCnt') {
      p.push(`${at}/0/${k}: only rpsCpus and rpsFlowCnt are applied to a ${d.kind}'s RX queue by the recorder`);
    }
  }
  return p;
}

/** The /24 of an IPv4 address (the recorder puts each local address on the veths as a /24: topology.ts). */
function subnet24(a: string): string {
  return a.split('.').slice(0, 3).join('.');
}

/**
 * Why the namespace cannot connect socket `sk` as the model does (null when it can). An AF_INET socket's peer must
 * have a route whose source is the one src/spec/connect.ts connectSource4 names: 127/8, a local address, or (with a
 * veth) an address of the first local address's /24, where that one is the primary address; an AF_INET6 socket's
 * is held to the routes the validator allows (::1, fd00::/64 with a veth).
 */
export function connectProblem(sk: Socket, config: Config): string | null {
  const c = sk.connect;
  if (c === undefined || isInet6Socket(sk) || ipv6Bytes(c.address) !== null) return null;
  const local = config.localAddresses ?? ['10.0.0.1'];
  if (c.address.startsWith('127.') || local.includes(c.address)) return null;
  const hasVeth = (config.devices ?? []).some((d) => d.kind === 'veth');
  if (hasVeth && subnet24(c.address) === subnet24(local[0])) return null;
  return `the namespace routes only 127/8, its own addresses and (with a veth) ${subnet24(local[0])}.0/24: connect() `
    + `to ${c.address} would fail with ENETUNREACH or take another source address`;
}

/** Why an inet6 socket's address cannot be bound as given (the recorder binds what the config says). */
function inet6SocketProblems(address: string | undefined, v6only: boolean | undefined, at: string): string[] {
  if (address === undefined) return [];
  if (ipv6Bytes(address) === null) return [`${at}/address: an inet6 socket binds an IPv6 address (::ffff:${address} for an IPv4 one), got ${address}`];
  if (v6only === true && ipv6V4Mapped(ipv6Key(address)) >= 0) return [`${at}/v6only: a v6only socket cannot bind the IPv4-mapped ${address} (inet6_bind: EINVAL)`];
  return [];
}

/** Problems of an inet6 frames step at `at` on a device of `kind` (the recorder's IPv6 topology: topology.ts). */
function inet6FramesProblems(st: FramesStep, kind: string, at: string): string[] {
  const p: string[] = [];
  const flags = st.flags ?? [];
  if ((st.flow.proto ?? 17) !== 17) p.push(`${at}/flow/proto: an inet6 flow is UDP`);
  const payload = st.payload ?? 64;
  if (kind === 'loopback') {
    if (flags.length > 0) p.push(`${at}/flags: an inet6 datagram on loopback is sent from an AF_INET6 socket, which the kernel builds: no flags (got ${flags.join(', ')})`);
    for (const a of [st.flow.src, st.flow.dst]) if (a !== undefined && !sameV6(a, V6_LOOPBACK)) p.push(`${at}/flow: an inet6 loopback flow goes from ::1 to ::1 (got ${a})`);
  } else if (kind === 'veth') {
    const bad = flags.filter((f) => !INET6_FRAME_FLAGS.includes(f));
    if (bad.length > 0) p.push(`${at}/flags: an inet6 frame carries only ${INET6_FRAME_FLAGS.join(', ')} (got ${bad.join(', ')})`);
    const dst = st.flow.dst;
    // a group: the frame is flagged multicast (the validator keeps the two together)
    const routed = (key: string): boolean => v6OnlinkNotLocal(key) || v6Unrouted(key) || ipv6AddrIsMulticast(key);
    if (dst !== undefined && !sameV6(dst, V6_LOCAL) && !(ipv6Bytes(dst) !== null && routed(ipv6Key(dst)))) {
      p.push(`${at}/flow/dst: ${VETH_DST6_MESSAGE} (got ${dst})`);
    }
    if (st.flow.src !== undefined && !sameV6(st.flow.src, V6_PEER)) p.push(`${at}/flow/src: an inet6 frame on a veth comes from ${V6_PEER}, the one IPv6 neighbour the namespace knows (got ${st.flow.src})`);
  } else {
    p.push(`${at}/device: IPv6 is recorded on loopback and veth only`);
  }
  return p;
}

/**
 * The interfaces the recorder makes in the namespace (topology.ts): each device, each veth's injecting end, and a
 * NAPI-mode veth's burst source pair. Two of one name cannot both be made.
 */
function interfaceNameProblems(devices: readonly Device[]): string[] {
  const made = new Map<string, number>();
  const out: string[] = [];
  devices.forEach((d, i) => {
    const names = d.kind !== 'veth' ? [d.name] : [d.name, peerName(d.name)];
    if (vethNapiRequested(d)) names.push(burstSourceOf(d.name).from, burstSourceOf(d.name).to);
    for (const n of names) {
      const other = made.get(n);
      if (other !== undefined && other !== i) out.push(`/config/devices/${i}/name: the recorder would make interface ${n} twice (for devices ${other} and ${i})`);
      made.set(n, i);
    }
  });
  return out;
}

const VETH_DST6_MESSAGE = `an inet6 frame on a veth goes to ${V6_LOCAL}, the receiving end's only IPv6 address, to `
  + 'another address of its fd00::/64, to a global or unique-local address with no route, or to a group';

/** Problems that keep `s` from running on the live kernel, of profile `live` ([] = it can). */
export function kernelProblems(s: Scenario, live: ProfileName = profileOfRelease()): string[] {
  const p: string[] = [];
  const c = s.config;
  if (c.profile !== live) p.push(`/config/profile: the live kernel is ${live} (got ${c.profile})`);
  const devs = new Map((c.devices ?? []).map((d) => [d.name, d]));
  (c.devices ?? []).forEach((d, i) => {
    if (d.kind === 'nic') p.push(`/config/devices/${i}: a "nic" cannot be made in a namespace (use loopback or veth)`);
    if (d.kind === 'loopback' && d.name !== 'lo') p.push(`/config/devices/${i}/name: the loopback device is "lo"`);
    if (d.kind === 'veth' && peerName(d.name).length > 15) p.push(`/config/devices/${i}/name: at most 14 characters for a veth`);
    // a veth's gro and its other end's TSO are applied with ethtool -K (topology.ts applyVethOffloads), a software
    // device's RPS map in sysfs (applyRps)
    const applied: string[] = ['name', 'kind', 'queues', ...appliedSettings(d)];
    for (const k of Object.keys(d)) {
      if (!applied.includes(k)) p.push(`/config/devices/${i}/${k}: ${UNAPPLIED_DEVICE_SETTING}`);
    }
    p.push(...rpsQueueProblems(d, `/config/devices/${i}/queues`));
  });
  p.push(...interfaceNameProblems(c.devices ?? []));
  (c.sockets ?? []).forEach((sk, i) => {
    if (sk.soBusyPoll !== undefined) p.push(`/config/sockets/${i}/soBusyPoll: not supported by the recorder`);
    const connect = connectProblem(sk, c);
    if (connect !== null) p.push(`/config/sockets/${i}/connect: ${connect}`);
    if (isInet6Socket(sk)) p.push(...inet6SocketProblems(sk.address, sk.v6only, `/config/sockets/${i}`));
    else {
      if (sk.v6only !== undefined) p.push(`/config/sockets/${i}/v6only: an inet socket has no IPV6_V6ONLY`);
      if (sk.address !== undefined && ipv6Bytes(sk.address) !== null) p.push(`/config/sockets/${i}/address: an inet socket binds an IPv4 address (got ${sk.address}; family inet6 for an IPv6 one)`);
    }
  });
  for (const name of Object.keys(c.sysctls ?? {})) {
    if (sysctlScope(name) === undefined) p.push(`/config/sysctls/${name}: unknown sysctl`);
  }
  let cpu: number | undefined;
  s.workload.forEach((st, i) => {
    const at = `/workload/${i}`;
    if (st.op === 'lock_sock') p.push(`${at}: lock_sock cannot be driven from outside the kernel`);
    if (st.op === 'sysctl' && sysctlScope(st.name) !== 'netns') p.push(`${at}/name: only per-namespace sysctls may change during a recorded run`);
    if ((st.op === 'read' || st.op === 'setsockopt' || st.op === 'close') && !(c.sockets ?? []).some((x) => x.name === st.socket)) {
      p.push(`${at}/socket: no socket ${st.socket}`);
    }
    if (st.op !== 'frames') return;
    const d = devs.get(st.device);
    if (!d) { p.push(`${at}/device: no device ${st.device}`); return; }
    if (st.queue !== undefined || st.hash !== undefined) p.push(`${at}: queue and hash apply to a nic only`);
    const stepCpu = st.cpu ?? 0;
    if (cpu !== undefined && stepCpu !== cpu) p.push(`${at}/cpu: every frames step must use one sending CPU (${cpu})`);
    cpu = stepCpu;
    if (stepCpu >= c.cpus) p.push(`${at}/cpu: CPU ${stepCpu} >= cpus ${c.cpus}`);
    if (st.burst === true && d.kind !== 'veth') p.push(`${at}/burst: the recorder injects bursts on a veth only (tc mirred)`);
    // a burst into a veth without its NAPI is tc mirred ingress -> netif_rx, past veth_xmit's eth_type_trans: the
    // destination MAC sets no pkt_type, so the frames stay PACKET_HOST (no OTHERHOST drop, ICMP errors sent)
    const macFlags = (st.flags ?? []).filter((f) => (MAC_FLAGS as readonly string[]).includes(f));
    if (st.burst === true && d.kind === 'veth' && !vethNapiRequested(d) && macFlags.length > 0) {
      p.push(`${at}/flags: a burst reaches netif_rx by tc mirred, without eth_type_trans, so ${macFlags.join(', ')} would `
        + 'not set pkt_type');
    }
    if (isInet6Flow(st.flow)) { p.push(...inet6FramesProblems(st, d.kind, at)); return; }
    if (d.kind === 'loopback') {
      if ((st.flags ?? []).length > 0) p.push(`${at}/flags: crafted frames go on a veth, not loopback`);
      if ((st.flow.proto ?? 17) !== 17) p.push(`${at}/flow/proto: loopback frames are sent from a UDP socket`);
      for (const a of [st.flow.src, st.flow.dst]) if (a !== undefined && !a.startsWith('127.')) p.push(`${at}/flow: loopback addresses must be in 127.0.0.0/8 (got ${a})`);
    }
  });
  return p;
}
