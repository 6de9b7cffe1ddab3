// Runs one scenario on the live kernel in a fresh namespace and returns what it observed: the
// counter deltas at each checkpoint and at `end`, the paths really read, the truesize measured,
// the settings in force and (when asked) the tracepoint events. Everything it creates it deletes;
// every global sysctl it changes it restores.
import { readFileSync } from 'node:fs';
import type { Checkpoint, Config, FramesStep, Observations, Scenario, Snapshot, TraceEvent, VethEthtoolStats } from '../generated/schema-types.ts';
import { readSchema } from '../spec/schema-files.ts';
import { kernelProblems, sysctlScope } from './expressible.ts';
import { buildFragments, buildFrame, ETH_HLEN, toHex, type FrameSpec } from './frames.ts';
import { ipv6Key, isInet6Flow, isInet6Socket, procAddress6, scenarioUsesIpv6, V6_LOCAL, V6_LOOPBACK, V6_PEER, V6_PREFIX_LEN } from '../spec/ipv6.ts';
import { scenarioUsesRxqOvfl } from '../spec/rxq-ovfl.ts';
import { deviceMtu, stepFragmentCuts } from '../spec/ip-fragment.ts';
import { withNetns } from './netns.ts';
import { procAddress } from './parse/udp.ts';
import { Peer } from './peer.ts';
import { buildSnapshot, snapshotDelta, type CounterFiles } from './snapshot.ts';
import { readSysctl, sysctlPath, withGlobalSysctls } from './sysctl.ts';
import { writeSysctl } from './sysctl-file.ts';
import { byteEdits, installBurst, portRewriteMessage, removeBurst, type BurstShape } from './tc_burst.ts';
import {
  applyRps, applyVethOffloads, softwareRxQueue, buildTopology, burstSourceOf, IPV6_PROVENANCE_SYSCTLS,
  multicastJoinDevices, multicastSockets, napiPeerTxDropped, netnsSettings, PEER_ADDR, RX_MAC, SINK_MAC, TX_MAC,
  writeNetnsSysctl, type VethInfo,
} from './topology.ts';
import { vethNapiRequested } from '../spec/veth-napi.ts';
import { configUsesXdp } from '../spec/xdp.ts';
import { readEthtool } from './ethtool.ts';
import { parseVethEthtool } from './veth-ethtool.ts';
import { parseDropReasons, TRACEFS, TraceInstance, type EventSpec } from './tracefs.ts';
import { parseTrace } from './trace_parse.ts';
import { cpusInMask } from '../spec/semantic.ts';
import { parseSoftnetStat } from './parse/softnet_stat.ts';
import { run } from './exec.ts';
import { profileOfRelease } from './machine-settings.ts';

export class KernelScenarioError extends Error {}

export interface KernelRunResult {
  observations: Observations;
  /** Counter paths read and compared (receive-side fields of the files read). */
  observed: string[];
  /** Measured skb truesize per "device-kind:payload". */
  truesize: Record<string, number>;
  sysctls: Record<string, string>;
  settings: Record<string, unknown>;
  /** Trace lines that were not events of interest. */
  traceSkipped?: number;
}

const PROBE_PORT = 65000;
const SENDER_PORT_DEFAULT = 40000;
/**
 * A frames step's gapNs the recorder keeps (the helper sends datagram k at k * gapNs from the step's first,
 * udp_peer.py pacer). A shorter gap is the sender's own pace: back to back, each datagram handled before the
 * next is sent (corpus.ts SEQ_GAP_NS), which no clock decides; a longer one can (the ICMP rate limits refill by
 * jiffies).
 */
export const KEPT_GAP_NS = 1_000_000;

/** The step's gap the helper keeps: gapNs when at least KEPT_GAP_NS, else 0 (back to back). */
function keptGap(st: FramesStep): number {
  return st.burst !== true && (st.gapNs ?? 0) >= KEPT_GAP_NS ? st.gapNs! : 0;
}

/** Fields a receive-path implementation produces; output-side ones (Out*, Frag*) are not compared. */
export function receiveSide(path: string): boolean {
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  if (path.startsWith('snmp.Ip.')) return !/^(Forwarding|DefaultTTL|Out.*|Frag.*)$/.test(leaf);
  if (path.startsWith('snmp.Udp.')) return !/^(OutDatagrams|SndbufErrors)$/.test(leaf);
  if (path.startsWith('snmp.Icmp.')) return true;
  // /proc/net/snmp6 (a scenario that uses IPv6): the same split
  if (path.startsWith('snmp6.Ip6.')) return !/^(Out.*|Frag.*)$/.test(leaf);
  if (path.startsWith('snmp6.Udp6.')) return !/^(OutDatagrams|SndbufErrors)$/.test(leaf);
  if (path.startsWith('snmp6.Icmp6.')) return true;
  if (path.startsWith('netstat.IpExt.')) return !leaf.startsWith('Out');
  if (path.startsWith('netstat.TcpExt.')) return true;
  return false;
}

function sleep(ms: number): Promise<void> { return new Promise((r) => setTimeout(r, ms)); }

/** How long the recorder waits after the multicast joins: their reports' timers are due within tens of ms. */
const IGMP_SETTLE_MS = 200;

/**
 * Waits until the backlogs the scenario's frames go to are empty (softnet_stat backlog length column): the sender
 * CPU's, and those of the CPUs RPS or RFS sends them to (backlogCpus).
 */
async function waitBacklogEmpty(cpus: readonly number[]): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = parseSoftnetStat(readFileSync('/proc/net/softnet_stat', 'utf8'));
    const busy = cpus.filter((cpu) => ((r.ok ? r.value.find((x) => x.cpu === cpu) : undefined)?.backlog_len ?? 0) > 0);
    if (busy.length === 0) return;
    await sleep(5);
  }
  throw new KernelScenarioError(`CPU ${cpus.join(', ')} backlog did not drain`);
}

/**
 * The CPUs whose backlogs the frames may go to: the sender's, every CPU a software device's RPS map names
 * (topology.ts applyRps), and with an RFS flow table the CPUs the sockets read on (sock_rps_record_flow).
 */
function backlogCpus(config: Config, sender: number): number[] {
  const out = new Set([sender]);
  let rfs = false;
  for (const d of config.devices ?? []) {
    const q = softwareRxQueue(d);
    if (q?.rpsFlowCnt !== undefined && q.rpsFlowCnt > 0) rfs = true;
    if (q?.rpsCpus !== undefined) for (const cpu of cpusInMask(q.rpsCpus)) out.add(cpu);
  }
  if (rfs) for (const k of config.sockets ?? []) if (k.cpu !== undefined) out.add(k.cpu);
  return [...out].sort((a, b) => a - b);
}

interface Ctx {
  scenario: Scenario;
  ns: string;
  peer: Peer;
  cpu: number;
  /** backlogCpus: the backlogs waited on before counters are read. */
  backlogCpus: number[];
  veths: Map<string, VethInfo>;
  udpNames: Map<string, string>; // procAddress (udp6: procAddress6) -> socket name
  devices: string[];
  /** scenarioUsesIpv6: /proc/net/snmp6 and /proc/net/udp6 are read too. */
  ipv6: boolean;
}

async function readFiles(ctx: Ctx): Promise<CounterFiles> {
  await waitBacklogEmpty(ctx.backlogCpus);
  const paths = ['/proc/net/snmp', '/proc/net/netstat', '/proc/net/dev', '/proc/net/udp', ...(ctx.ipv6 ? ['/proc/net/snmp6', '/proc/net/udp6'] : [])];
  const rep = await ctx.peer.request({ op: 'cat', paths });
  const f = rep.files as Record<string, string | null>;
  if (ctx.ipv6) {
    for (const p of ['/proc/net/snmp6', '/proc/net/udp6']) if (f[p] === null) throw new KernelScenarioError(`${p} cannot be read in the namespace`);
  }
  return {
    softnet_stat: readFileSync('/proc/net/softnet_stat', 'utf8'),
    snmp: f['/proc/net/snmp'], netstat: f['/proc/net/netstat'], dev: f['/proc/net/dev'], udp: f['/proc/net/udp'],
    softirqs: null, interrupts: null,
    ...(ctx.ipv6 ? { snmp6: f['/proc/net/snmp6'], udp6: f['/proc/net/udp6'] } : {}),
  };
}

async function snapshot(ctx: Ctx): Promise<{ snap: Snapshot; present: string[] }> {
  const files = await readFiles(ctx);
  const r = buildSnapshot(files, ctx.scenario.config.cpus, {
    devices: ctx.devices,
    udpName: (row) => ctx.udpNames.get(row.local_address),
  });
  if (!r.ok) throw new KernelScenarioError(r.error);
  // The scenario's CPUs only: a host CPU beyond them takes no part in it (one sending CPU, no RPS).
  r.value.snapshot.softnet_stat = r.value.snapshot.softnet_stat.slice(0, ctx.scenario.config.cpus);
  // Rows in the order of config.sockets, so udp[i] is the i-th socket.
  const order = (ctx.scenario.config.sockets ?? []).map((s) => s.name);
  r.value.snapshot.udp.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const present = [...r.value.present];
  if (configUsesXdp(ctx.scenario.config)) r.value.snapshot.veth = readVeths(ctx, present);
  return { snap: r.value.snapshot, present };
}

/** ethtool -S of the config's veths (the snapshot's veth section), adding the paths read to `present`. */
function readVeths(ctx: Ctx, present: string[]): VethEthtoolStats {
  const names = [...ctx.veths.keys()];
  const eth = readEthtool(names, ctx.ns);
  if (!eth.available) throw new KernelScenarioError('a veth with an XDP program is read with ethtool -S, which is not found (apt-get install ethtool)');
  const out: VethEthtoolStats = {};
  for (const dev of names) {
    const v = parseVethEthtool(eth.texts[dev] ?? '', dev);
    if (!v.ok) throw new KernelScenarioError(v.error);
    out[dev] = v.value.stats;
    present.push(...v.value.present);
  }
  return out;
}

function frameSpec(st: FramesStep, payload: number, flags: FramesStep['flags'], dport: number, dst?: string, id = 1): FrameSpec {
  const v6 = isInet6Flow(st.flow);
  return { id,
    srcMac: TX_MAC, dstMac: RX_MAC, src: st.flow.src ?? (v6 ? V6_PEER : PEER_ADDR), dst: dst ?? st.flow.dst ?? (v6 ? V6_LOCAL : '10.0.0.1'),
    sport: st.flow.sport ?? SENDER_PORT_DEFAULT, dport, proto: st.flow.proto ?? 17, payload, flags: flags ?? [],
    padding: st.padding ?? 0,
    ...(v6 ? { family: 'inet6' as const } : {}),
  };
}

function frameHex(st: FramesStep, payload: number, flags: FramesStep['flags'], dport: number, dst?: string, id = 1): string {
  return toHex(buildFrame(frameSpec(st, payload, flags, dport, dst, id)));
}

/** The frames of one datagram: itself, or the fragments a sender cuts it into for the veth's MTU (buildFragments). */
/** The IP id of the truesize probe's datagram (the scenario's datagrams count up from 1). */
const PROBE_IP_ID = 0xffff;

function datagramHexes(
  st: FramesStep, mtu: number, payload: number, flags: FramesStep['flags'], dport: number, id: number,
): string[] {
  // FramesStep.fragments: the fragments in that order, repeated, left out or cut elsewhere (a datagram the sender does
  // not cut is one frame)
  const cuts = st.fragments !== undefined ? stepFragmentCuts({ ...st, payload }, mtu) : undefined;
  return buildFragments(frameSpec(st, payload, flags, dport, undefined, id), mtu, cuts).map(toHex);
}

/** The step as its light flow's frames see it (FramesStep.interleave): the light source port. */
function lightOf(st: FramesStep): FramesStep {
  return { ...st, flow: { ...st.flow, sport: st.interleave!.sport } };
}

/** The step as frame k of it sees it: the light flow's for k % every == every - 1. */
function ofFrame(st: FramesStep, k: number): FramesStep {
  const il = st.interleave;
  return il !== undefined && k % il.every === il.every - 1 ? lightOf(st) : st;
}

/** A burst of `count` frames `hex`; with a light flow, the bytes that make its frame `lightHex` and back. */
function burstShape(st: FramesStep, count: number, hex: string, lightHex: string): BurstShape {
  if (st.interleave === undefined) return { count };
  const heavy = Buffer.from(hex, 'hex');
  const light = Buffer.from(lightHex, 'hex');
  return {
    count,
    light: { every: st.interleave.every, toLight: byteEdits(heavy, light, ETH_HLEN), toHeavy: byteEdits(light, heavy, ETH_HLEN) },
  };
}

/** A loopback flow's source address: the flow's, or 127.0.0.1 (inet6: ::1). */
function loopbackSrc(st: FramesStep): string {
  return st.flow.src ?? (isInet6Flow(st.flow) ? V6_LOOPBACK : '127.0.0.1');
}

function loopbackDst(st: FramesStep): string {
  return st.flow.dst ?? (isInet6Flow(st.flow) ? V6_LOOPBACK : '127.0.0.1');
}

function senderKey(st: FramesStep): string {
  const src = loopbackSrc(st);
  return isInet6Flow(st.flow) ? `[${src}]:${st.flow.sport ?? SENDER_PORT_DEFAULT}` : `${src}:${st.flow.sport ?? SENDER_PORT_DEFAULT}`;
}

/** Where a socket's /proc/net/udp (inet6: udp6) row prints its local address and port. */
function socketProcAddress(s: { family?: 'inet' | 'inet6'; address?: string; port: number }): string {
  return isInet6Socket(s) ? procAddress6(ipv6Key(s.address ?? '::'), s.port) : procAddress(s.address ?? '0.0.0.0', s.port);
}

/** Sends one datagram of each payload size the scenario uses and reads rx_queue: the skb truesize. */
async function measureTruesize(ctx: Ctx): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const devs = new Map((ctx.scenario.config.devices ?? []).map((d) => [d.name, d]));
  for (const st of ctx.scenario.workload) {
    if (st.op !== 'frames') continue;
    const dev = devs.get(st.device)!;
    const payload = st.payload ?? 64;
    const v6 = isInet6Flow(st.flow);
    // a padded frame's skb is that much larger; an IPv6 one has a 40-byte header (key "KIND:inet6:PAYLOAD")
    const key = `${dev.kind}:${v6 ? 'inet6:' : ''}${payload}${st.padding ? `+${st.padding}` : ''}`;
    if (key in out) continue;
    const family = v6 ? 'inet6' : 'inet';
    await ctx.peer.request({ op: 'socket', name: '__probe', family, addr: v6 ? '::' : '0.0.0.0', port: PROBE_PORT, rcvbuf: null, v6only: v6 });
    if (dev.kind === 'loopback') {
      const lo = v6 ? V6_LOOPBACK : '127.0.0.1';
      await ctx.peer.request({ op: 'sender', name: '__probe_tx', family, addr: lo, port: 0 });
      await ctx.peer.request({ op: 'send', sender: '__probe_tx', dst: lo, dport: PROBE_PORT, payload, count: 1 });
      await ctx.peer.request({ op: 'close', name: '__probe_tx' });
    } else {
      const v = ctx.veths.get(st.device)!;
      // the whole datagram, its fragments in order (not the step's FramesStep.fragments: a probe left incomplete would
      // hold a reassembly queue that the scenario's datagrams of the same IP id would then join), with an IP id the
      // scenario's datagrams (numbered from 1) do not reach
      const { fragments: _order, ...whole } = st;
      void _order;
      const probe: FramesStep = { ...whole, flow: v6
        ? { family: 'inet6', src: V6_PEER, dst: V6_LOCAL, sport: 40001, dport: PROBE_PORT }
        : { src: PEER_ADDR, dst: '10.0.0.1', sport: 40001, dport: PROBE_PORT } };
      const sent = await ctx.peer.request({
        op: 'raw', ifname: v.peer, frames: datagramHexes(probe, deviceMtu(dev), payload, [], PROBE_PORT, PROBE_IP_ID), repeat: 1,
      });
      if (Number(sent.dropped) > 0) {
        throw new KernelScenarioError(`the truesize probe of ${payload} bytes was dropped as it was sent (its backlog `
          + 'full or flow-limited): nothing to measure');
      }
    }
    await waitBacklogEmpty(ctx.backlogCpus);
    const row = await ctx.peer.request({ op: 'rx_queue', name: '__probe' });
    await ctx.peer.request({ op: 'close', name: '__probe' });
    out[key] = row.rx_queue as number;
  }
  return out;
}

function observedPaths(ctx: Ctx, present: string[], burstDevices: Set<string>): string[] {
  const out: string[] = [];
  const cpuOf = (p: string): number => Number(/^softnet_stat\[(\d+)\]/.exec(p)?.[1] ?? -1);
  const xdpVeths = configUsesXdp(ctx.scenario.config)
    ? (ctx.scenario.config.devices ?? []).filter((d) => d.kind === 'veth').map((d) => d.name) : [];
  for (const p of present) {
    if (receiveSide(p)) out.push(p);
    else if (p.startsWith('dev.')) {
      const [, dev, col] = p.split('.');
      // tc mirred hands packets to netif_rx without the veth driver: its rx_packets/rx_bytes do not count them.
      if (burstDevices.has(dev) && (col === 'rx_packets' || col === 'rx_bytes')) continue;
      out.push(p);
    } else if (/^udp\[\d+\]\.(rx_queue|drops)$/.test(p) || /^rxq_ovfl\[\d+\]\.value$/.test(p)) out.push(p);
    // ethtool -S of the config's veths, in a scenario with an XDP program (src/spec/xdp.ts; the model reports it then)
    else if (p.startsWith('veth.') && xdpVeths.some((d) => p.startsWith(`veth.${d}.`))) out.push(p);
    // the drops of the backlogs the frames go to (the sender's, and those RPS or RFS sends them to); the host's
    // own traffic would have to fill a backlog to count in one
    else if (/^softnet_stat\[\d+\]\.dropped$/.test(p) && ctx.backlogCpus.includes(cpuOf(p))) out.push(p);
    // their flow-limit drops, when the scenario turns flow limits on for the CPU (skb_flow_limit uses the
    // enqueuing CPU's table)
    else if (/^softnet_stat\[\d+\]\.flow_limit_count$/.test(p) && ctx.backlogCpus.includes(cpuOf(p))
      && flowLimitedCpu(ctx.scenario, cpuOf(p))) out.push(p);
  }
  return out;
}

/** Whether the scenario's net.core.flow_limit_cpu_bitmap (hex cpumask) has `cpu`. */
function flowLimitedCpu(s: Scenario, cpu: number): boolean {
  const mask = s.config.sysctls?.['net.core.flow_limit_cpu_bitmap'];
  return typeof mask === 'string' && cpusInMask(mask).includes(cpu);
}

/** ETH_P_IP and ETH_P_IPV6: kfree_skb's protocol field. */
const KFREE_PROTOCOLS = (ipv6: boolean): string => (ipv6 ? 'protocol == 2048 || protocol == 34525' : 'protocol == 2048');

const TRACE_EVENTS = (devices: string[], ipv6: boolean): EventSpec[] => {
  const devFilter = devices.map((d) => `name == "${d}"`).join(' || ');
  return [
    { group: 'napi', name: 'napi_poll' },
    { group: 'irq', name: 'softirq_entry', filter: 'vec == 3' },
    { group: 'irq', name: 'softirq_exit', filter: 'vec == 3' },
    { group: 'net', name: 'netif_rx', filter: devFilter },
    { group: 'net', name: 'netif_receive_skb', filter: devFilter },
    { group: 'skb', name: 'kfree_skb', filter: KFREE_PROTOCOLS(ipv6) },
    { group: 'sock', name: 'sock_rcvqueue_full' },
  ];
};

/** Live values of every sysctl the schema knows, read inside `ns`, plus the namespace's own settings. */
async function readSysctls(peer: Peer, config: Config, ipv6: boolean): Promise<Record<string, string>> {
  const names = Object.keys(readSchema<{ properties: Record<string, unknown> }>('sysctls.schema.json').properties);
  const rep = await peer.request({ op: 'cat', paths: names.map(sysctlPath) });
  const files = rep.files as Record<string, string | null>;
  const out: Record<string, string> = {};
  for (const n of names) { const v = files[sysctlPath(n)]; if (v !== null) out[n] = v.trim().split(/\s+/).join(' '); }
  // the namespace's own settings, and with IPv6 the ICMPv6 rate limits it keeps at their defaults
  const own = [...Object.keys(netnsSettings(config, ipv6)), ...(ipv6 ? IPV6_PROVENANCE_SYSCTLS : [])];
  const rep2 = await peer.request({ op: 'cat', paths: own.map(sysctlPath) });
  for (const n of own) { const v = (rep2.files as Record<string, string | null>)[sysctlPath(n)]; if (v !== null) out[n] = v.trim(); }
  return out;
}

function mask(snap: Snapshot, observed: Set<string>): Snapshot {
  const walk = (o: unknown, path: string): unknown => {
    if (typeof o === 'number') return observed.has(path) || /\.cpu$/.test(path) ? o : 0;
    if (Array.isArray(o)) return o.map((x, i) => walk(x, `${path}[${i}]`));
    if (o && typeof o === 'object') {
      const r: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(o)) r[k] = walk(v, path === '' ? k : `${path}.${k}`);
      return r;
    }
    return o;
  };
  return walk(snap, '') as Snapshot;
}

export interface KernelRunOptions {
  /** Capture tracepoints. */
  events?: boolean;
}

async function runIn(ns: string, scenario: Scenario, opts: KernelRunOptions): Promise<KernelRunResult> {
  const events = opts.events ?? false;
  const config = scenario.config;
  const ipv6 = scenarioUsesIpv6(scenario);
  const veths = new Map(buildTopology(ns, config, ipv6).map((v) => [v.name, v]));
  const frames = scenario.workload.filter((s): s is FramesStep => s.op === 'frames');
  const cpu = frames[0]?.cpu ?? 0;
  for (const [k, v] of Object.entries(config.sysctls ?? {})) {
    if (sysctlScope(k) === 'netns') writeNetnsSysctl(ns, k, Array.isArray(v) ? v.join(' ') : String(v));
  }
  const peer = await Peer.start(ns, cpu);
  let trace: TraceInstance | null = null;
  try {
    const ctx: Ctx = {
      scenario, ns, peer, cpu, backlogCpus: backlogCpus(config, cpu), veths, udpNames: new Map(), ipv6,
      // every namespace has lo, named in the scenario or not (as every simulated host has)
      devices: [...new Set(['lo', ...(config.devices ?? []).map((d) => d.name)])],
    };
    const truesize = await measureTruesize(ctx);
    freshFlowLimitTables(scenario);
    const offloads = applyVethOffloads(ns, config);
    // after the probes too, so that their datagrams leave no trace on another CPU's backlog
    const rps = applyRps(ns, config);
    const settings: Record<string, unknown> = {
      senderCpu: cpu, sockets: {}, devices: {},
      ...(Object.keys(offloads).length > 0 && { offloads }), ...(Object.keys(rps).length > 0 && { rxQueues: rps }),
    };
    for (const s of config.sockets ?? []) {
      const v6 = isInet6Socket(s);
      const rep = await peer.request({
        op: 'socket', name: s.name, addr: s.address ?? (v6 ? '::' : '0.0.0.0'), port: s.port, rcvbuf: s.soRcvbuf ?? null, force: s.soRcvbufForce ?? false,
        ...(s.rxqOvfl !== undefined ? { rxq_ovfl: s.rxqOvfl } : {}),
        ...(v6 ? { family: 'inet6', v6only: s.v6only ?? false } : {}),
        ...(s.connect !== undefined ? { connect: [s.connect.address, s.connect.port] } : {}),
        ...(s.udpGro === true ? { udp_gro: true } : {}),
        ...(s.multicast !== undefined ? { multicast: s.multicast, mcast_ifs: multicastJoinDevices(config) } : {}),
      });
      // the row's local address: connect() binds a wildcard-bound socket to the route's source (getsockname)
      const [localAddr, localPort] = rep.local as [string, number];
      ctx.udpNames.set(socketProcAddress({ family: s.family, address: localAddr, port: localPort }), s.name);
      (settings.sockets as Record<string, unknown>)[s.name] = {
        getsockoptSO_RCVBUF: rep.rcvbuf, ...(s.connect !== undefined ? { getsockname: rep.local } : {}), ...s,
      };
    }
    // each join's IGMPv3 report (one: igmp_qrv 1) leaves within a few jiffies (igmp_ifc_start_timer), its MLDv2
    // reports (two, mldv2_unsolicited_report_interval 10 ms apart at most) as soon, and each loops back into the
    // injecting end, counted in this namespace's Ip InReceives or Ip6 InReceives: before the baseline, not in the run
    if (multicastSockets(config).length > 0 && multicastJoinDevices(config).length > 0) await sleep(IGMP_SETTLE_MS);
    const senders = new Set<string>();
    const devKind = new Map((config.devices ?? []).map((d) => [d.name, d.kind]));
    for (const st of frames) {
      if (devKind.get(st.device) !== 'loopback') continue;
      for (const one of st.interleave ? [st, lightOf(st)] : [st]) {
        if (senders.has(senderKey(one))) continue;
        senders.add(senderKey(one));
        await peer.request({
          op: 'sender', name: senderKey(one), addr: loopbackSrc(one), port: one.flow.sport ?? SENDER_PORT_DEFAULT,
          ...(isInet6Flow(one.flow) ? { family: 'inet6' } : {}),
        });
      }
    }
    for (const d of config.devices ?? []) {
      (settings.devices as Record<string, unknown>)[d.name] = run('ip', ['-n', ns, '-d', 'link', 'show', d.name]).trim().split('\n').map((l) => l.trim()).join(' | ');
      if (veths.has(d.name)) (settings.devices as Record<string, unknown>)[`${d.name} (injecting end)`] = run('ip', ['-n', ns, '-d', 'link', 'show', veths.get(d.name)!.peer]).trim().split('\n').map((l) => l.trim()).join(' | ');
    }
    const sysctls = await readSysctls(peer, config, ipv6);
    if (events) {
      trace = TraceInstance.create(TRACE_EVENTS(ctx.devices, ipv6), [cpu]);
      trace.on();
    }
    const droppedBefore = napiPeerTxDropped(ns, config);
    const before = await snapshot(ctx);
    const present = new Set(before.present);
    // the application's side of SO_RXQ_OVFL: the last control message each socket's reads gave (schemas/counters/rxq_ovfl)
    const rxqOvfl = new Map<string, number>();
    const withRxqOvfl = (snap: Snapshot): Snapshot => {
      if (!scenarioUsesRxqOvfl(scenario)) return snap;
      const sockets = config.sockets ?? [];
      sockets.forEach((_, i) => present.add(`rxq_ovfl[${i}].value`));
      return { ...snap, rxq_ovfl: sockets.map((k) => ({ name: k.name, value: rxqOvfl.get(k.name) ?? 0 })) };
    };
    const checkpoints: Checkpoint[] = [];
    const burstDevices = new Set<string>();
    const burstSteps: number[] = [];
    const napiBurstSteps: number[] = [];
    const napiDevices = new Set((config.devices ?? []).filter(vethNapiRequested).map((d) => d.name));
    const pacedSteps: number[] = [];
    const droppedAtSend: Record<number, number> = {};
    let lastAt = 0;
    let ipId = 0;
    for (let i = 0; i < scenario.workload.length; i++) {
      const st = scenario.workload[i];
      if (st.op === 'frames') {
        const count = st.count ?? 1;
        const payload = st.payload ?? 64;
        if (devKind.get(st.device) === 'loopback') {
          // the kernel builds a loopback datagram: an inet6 one cannot carry a crafted defect (kernelProblems refuses it too)
          if (isInet6Flow(st.flow) && (st.flags ?? []).length > 0) throw new KernelScenarioError(`step ${i}: an inet6 datagram on loopback is sent from a socket: it cannot carry the flags ${(st.flags ?? []).join(', ')}`);
          const light = st.interleave ? { alt: senderKey(lightOf(st)), every: st.interleave.every } : {};
          const gap = keptGap(st);
          if (gap > 0) pacedSteps.push(i);
          const rep = await peer.request({ op: 'send', sender: senderKey(st), dst: loopbackDst(st), dport: st.flow.dport, payload, count, ...light, ...(gap > 0 ? { gap_ns: gap } : {}) });
          if (rep.sent !== count) throw new KernelScenarioError(`step ${i}: sent ${String(rep.sent)} of ${count} (${JSON.stringify(rep.errors)})`);
        } else {
          const v = veths.get(st.device)!;
          if (st.burst === true) {
            // FramesStep.burst: all `count` frames enter netif_rx inside one BH-disabled section
            const hex = frameHex(st, payload, st.flags, st.flow.dport);
            const lightHex = st.interleave ? frameHex(lightOf(st), payload, st.flags, st.flow.dport) : hex;
            const shape = burstShape(st, count, hex, lightHex);
            // a NAPI-mode veth: through veth_xmit from a second pair's end (tc_burst.ts); otherwise to netif_rx
            const napi = napiDevices.has(st.device);
            const from = napi ? burstSourceOf(st.device).from : v.peer;
            try {
              if (napi) installBurst(ns, from, v.peer, shape, 'egress');
              else installBurst(ns, from, v.name, shape);
            } catch (e) {
              removeBurst(ns, from);
              if (st.interleave === undefined) throw e;
              throw new KernelScenarioError(portRewriteMessage((e as Error).message));
            }
            try {
              await peer.request({ op: 'raw', ifname: from, frames: [hex], repeat: 1 });
            } finally {
              removeBurst(ns, from);
            }
            if (napi) napiBurstSteps.push(i);
            else {
              burstDevices.add(st.device);
              burstSteps.push(i);
            }
          } else {
            // One send per frame, each datagram with its own IP id (as a sender numbers them).
            // A datagram larger than the veth MTU goes as its fragments, back to back (src/spec/ip-fragment.ts).
            // With a gap kept (KEPT_GAP_NS), datagram k leaves k * gapNs after the first, its fragments together.
            const mtu = deviceMtu(config.devices!.find((d) => d.name === st.device)!)!;
            const hexes = Array.from({ length: count }, (_, k) => datagramHexes(ofFrame(st, k), mtu, payload, st.flags, st.flow.dport, ++ipId)).flat();
            const gap = keptGap(st);
            if (gap > 0) pacedSteps.push(i);
            const rep = await peer.request({
              op: 'raw', ifname: v.peer, frames: hexes, repeat: 1,
              ...(gap > 0 ? { gap_ns: gap, per: hexes.length / count } : {}),
            });
            // frames veth_xmit dropped as it took them (netif_rx's backlog full or flow-limited): the counters show them
            if (Number(rep.dropped) > 0) droppedAtSend[i] = Number(rep.dropped);
          }
        }
        await waitBacklogEmpty(ctx.backlogCpus);
      } else if (st.op === 'read') {
        // the application reads on its socket's CPU (Socket.cpu; recvmsg records the flow there for RFS)
        const readCpu = config.sockets?.find((k) => k.name === st.socket)?.cpu;
        const rep = await peer.request({ op: 'read', name: st.socket, count: st.count ?? null, cpu: readCpu ?? null });
        if (typeof rep.ovfl === 'number') rxqOvfl.set(st.socket, rep.ovfl);
      } else if (st.op === 'setsockopt') {
        await peer.request({
          op: 'setsockopt', name: st.socket, rcvbuf: st.soRcvbuf ?? null, force: st.soRcvbufForce ?? false,
          ...(st.rxqOvfl !== undefined ? { rxq_ovfl: st.rxqOvfl } : {}),
          ...(st.udpGro !== undefined ? { udp_gro: st.udpGro } : {}),
        });
      } else if (st.op === 'close') {
        await peer.request({ op: 'close', name: st.socket });
      } else if (st.op === 'advance') {
        await sleep(Math.max(0, (st.at - lastAt) / 1e6));
      } else if (st.op === 'sysctl') {
        writeNetnsSysctl(ns, st.name, Array.isArray(st.value) ? st.value.join(' ') : String(st.value));
      } else if (st.op === 'checkpoint') {
        const now = await snapshot(ctx);
        checkpoints.push({ label: st.label, step: i, at: st.at, counters: withRxqOvfl(snapshotDelta(before.snap, now.snap)) });
      }
      lastAt = st.at;
    }
    const end = await snapshot(ctx);
    const droppedAfter = napiPeerTxDropped(ns, config);
    if (Object.keys(droppedAfter).length > 0) {
      // frames a NAPI-mode veth's full ring refused, counted only at the sending end (test/kernel/veth-ring-drops-recorded)
      settings.peerTxDropped = Object.fromEntries(Object.entries(droppedAfter).map(([k, v]) => [k, v - (droppedBefore[k] ?? 0)]));
    }
    checkpoints.push({ label: 'end', step: scenario.workload.length, at: lastAt, counters: withRxqOvfl(snapshotDelta(before.snap, end.snap)) });
    for (const p of end.present) present.add(p);
    let evs: TraceEvent[] | undefined;
    let traceSkipped: number | undefined;
    if (trace) {
      trace.off();
      const parsed = parseTrace(trace.read());
      if (parsed.unparsed.length > 0) {
        throw new KernelScenarioError(`${parsed.unparsed.length} tracepoint line(s) in a format the recorder does not read, `
          + `such as: ${parsed.unparsed[0]!.trim()}`);
      }
      // Drop reasons are keyed by name; every name must be one this kernel's format file lists.
      const known = new Set(parseDropReasons(readFileSync(`${TRACEFS}/events/skb/kfree_skb/format`, 'utf8')).values());
      for (const e of parsed.events) {
        if (e.event === 'kfree_skb' && e.reason !== undefined && !known.has(e.reason)) throw new KernelScenarioError(`kfree_skb reason ${e.reason} is not in the format file`);
      }
      evs = parsed.events;
      traceSkipped = parsed.skipped;
    }
    const observed = observedPaths(ctx, [...present], burstDevices);
    const obsSet = new Set(observed);
    const observations: Observations = {
      profile: profileOfRelease(),
      checkpoints: checkpoints.map((c) => ({ ...c, counters: mask(c.counters, obsSet) })),
      ...(evs ? { events: evs } : {}),
    };
    if (ipv6) {
      settings.ipv6 = `/proc/net/snmp6 and /proc/net/udp6 read with the other files; ::1 on lo${veths.size > 0
        ? `; each veth's receiving end NOARP (no solicited-node group: no MLD report), ${V6_LOCAL}/${V6_PREFIX_LEN} added nodad, no link-local address `
          + `(addr_gen_mode 1), accept_ra 0, accept_dad 0, permanent neighbour ${V6_PEER} -> ${SINK_MAC}; its injecting end without IPv6`
        : ''}; ICMPv6 errors rate limited as the kernel's defaults have it (net.ipv6.icmp.ratemask and ratelimit as read above, not set)`;
    }
    if (Object.keys(droppedAtSend).length > 0) settings.droppedAtSend = droppedAtSend;
    if (pacedSteps.length > 0) {
      settings.pacing = {
        pacedSteps,
        method: `each frames step with gapNs of at least ${KEPT_GAP_NS} ns: datagram k sent k * gapNs after the step's first `
          + '(the helper sleeps to a schedule from its first send, time.monotonic_ns); other steps send back to back',
      };
    }
    if (napiBurstSteps.length > 0) {
      settings.napiInjection = {
        burstSteps: napiBurstSteps,
        method: 'each frames step with burst: true on a veth in NAPI mode (gro on, its other end\'s TSO off): ONE frame sent by '
          + 'AF_PACKET on the end of a second veth pair in the namespace (NAMEbs), whose tc clsact egress u32 match-all filter '
          + 'of mirred egress actions (chains of 32, the last a redirect) transmits `count` copies on the injecting end inside '
          + 'one BH-disabled section: each goes through veth_xmit onto the receiving veth\'s ring, counted by veth_poll',
      };
    }
    if (burstDevices.size > 0) {
      settings.injection = {
        burstSteps,
        method: 'each frames step with burst: true: ONE frame sent by AF_PACKET on the injecting end, multiplied into `count` packets by a tc clsact egress u32 match-all filter of mirred ingress actions (chains of 32, the last a redirect), so all enter netif_rx on the sending CPU inside one BH-disabled section; mirred bypasses veth_xmit, so the veth rx_packets/rx_bytes do not count them (not observed); '
          + 'with a light flow (interleave), a pedit action rewrites the original into the light flow\'s frame (source port, '
          + 'UDP checksum) before each of its copies and back after',
      };
    }
    return { observations, observed, truesize, sysctls, settings, traceSkipped };
  } finally {
    trace?.remove();
    await peer.close();
  }
}

/**
 * The truesize probes went through a backlog too, and with netdev_max_backlog 0 or 1 skb_flow_limit counts every
 * skb in the history of a CPU in flow_limit_cpu_bitmap (dev.c: `qlen >= max_backlog >> 1`), so a probe's flow could
 * take a slot the model's fresh table has empty. Writing the mask 0 and back frees those tables and allocates zeroed
 * ones (sysctl_net_core.c:flow_limit_cpu_sysctl); withGlobalSysctls restores the host's value afterwards.
 */
function freshFlowLimitTables(scenario: Scenario): void {
  const name = 'net.core.flow_limit_cpu_bitmap';
  const mask = globalSysctlsOf(scenario)[name];
  if (typeof mask !== 'string' || cpusInMask(mask).length === 0) return;
  writeSysctl(name, '0');
  writeSysctl(name, mask);
}

/** Host-scope sysctls of the scenario: applied globally (under the caller's lock) and restored. */
export function globalSysctlsOf(scenario: Scenario): Record<string, number | string | number[]> {
  const out: Record<string, number | string | number[]> = {};
  for (const [k, v] of Object.entries(scenario.config.sysctls ?? {})) if (sysctlScope(k) === 'host' && v !== undefined) out[k] = v as never;
  return out;
}

/**
 * Runs `scenario` once on the live kernel. The caller holds the recorder lock (lock.ts) when the
 * scenario sets host-scope sysctls.
 */
export async function runOnKernel(scenario: Scenario, opts: KernelRunOptions = {}): Promise<KernelRunResult> {
  const problems = kernelProblems(scenario);
  if (problems.length > 0) throw new KernelScenarioError(`${scenario.name}: cannot run on the live kernel:\n  ${problems.join('\n  ')}`);
  return withGlobalSysctls(globalSysctlsOf(scenario), () => withNetns((ns) => runIn(ns, scenario, opts)));
}

export { readSysctl };
