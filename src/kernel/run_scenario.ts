// Runs one scenario on the live kernel in a fresh namespace and returns what it observed: the
// counter deltas at each checkpoint and at `end`, the paths really read, the truesize measured,
// the settings in force and (when asked) the tracepoint events. Everything it creates it deletes;
// every global sysctl it changes it restores.
import { readFileSync } from 'node:fs';
import type { Checkpoint, Config, FramesStep, Observations, Scenario, Snapshot, TraceEvent } from '../generated/schema-types.ts';
import { readSchema } from '../spec/schema-files.ts';
import { kernelProblems, sysctlScope } from './expressible.ts';
import { buildFragments, buildFrame, ETH_HLEN, toHex, type FrameSpec } from './frames.ts';
import { withNetns } from './netns.ts';
import { procAddress } from './parse/udp.ts';
import { Peer } from './peer.ts';
import { buildSnapshot, snapshotDelta, type CounterFiles } from './snapshot.ts';
import { readSysctl, sysctlPath, withGlobalSysctls } from './sysctl.ts';
import { byteEdits, installBurst, portRewriteMessage, removeBurst, type BurstShape } from './tc_burst.ts';
import { buildTopology, netnsSettings, PEER_ADDR, RX_MAC, TX_MAC, writeNetnsSysctl, type VethInfo } from './topology.ts';
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

/** Fields a receive-path implementation produces; output-side ones (Out*, Frag*) are not compared. */
export function receiveSide(path: string): boolean {
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  if (path.startsWith('snmp.Ip.')) return !/^(Forwarding|DefaultTTL|Out.*|Frag.*)$/.test(leaf);
  if (path.startsWith('snmp.Udp.')) return !/^(OutDatagrams|SndbufErrors)$/.test(leaf);
  if (path.startsWith('snmp.Icmp.')) return true;
  if (path.startsWith('netstat.IpExt.')) return !leaf.startsWith('Out');
  if (path.startsWith('netstat.TcpExt.')) return true;
  return false;
}

function sleep(ms: number): Promise<void> { return new Promise((r) => setTimeout(r, ms)); }

/** Waits until the sender CPU's backlog is empty (softnet_stat backlog length column). */
async function waitBacklogEmpty(cpu: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = parseSoftnetStat(readFileSync('/proc/net/softnet_stat', 'utf8'));
    const row = r.ok ? r.value.find((x) => x.cpu === cpu) : undefined;
    if (!row || (row.backlog_len ?? 0) === 0) return;
    await sleep(5);
  }
  throw new KernelScenarioError(`CPU ${cpu} backlog did not drain`);
}

interface Ctx {
  scenario: Scenario;
  ns: string;
  peer: Peer;
  cpu: number;
  veths: Map<string, VethInfo>;
  udpNames: Map<string, string>; // procAddress -> socket name
  devices: string[];
}

async function readFiles(ctx: Ctx): Promise<CounterFiles> {
  await waitBacklogEmpty(ctx.cpu);
  const paths = ['/proc/net/snmp', '/proc/net/netstat', '/proc/net/dev', '/proc/net/udp'];
  const rep = await ctx.peer.request({ op: 'cat', paths });
  const f = rep.files as Record<string, string | null>;
  return {
    softnet_stat: readFileSync('/proc/net/softnet_stat', 'utf8'),
    snmp: f['/proc/net/snmp'], netstat: f['/proc/net/netstat'], dev: f['/proc/net/dev'], udp: f['/proc/net/udp'],
    softirqs: null, interrupts: null,
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
  return { snap: r.value.snapshot, present: r.value.present };
}

function frameSpec(st: FramesStep, payload: number, flags: FramesStep['flags'], dport: number, dst?: string, id = 1): FrameSpec {
  return { id,
    srcMac: TX_MAC, dstMac: RX_MAC, src: st.flow.src ?? PEER_ADDR, dst: dst ?? st.flow.dst ?? '10.0.0.1',
    sport: st.flow.sport ?? SENDER_PORT_DEFAULT, dport, proto: st.flow.proto ?? 17, payload, flags: flags ?? [],
    padding: st.padding ?? 0,
  };
}

function frameHex(st: FramesStep, payload: number, flags: FramesStep['flags'], dport: number, dst?: string, id = 1): string {
  return toHex(buildFrame(frameSpec(st, payload, flags, dport, dst, id)));
}

/** The frames of one datagram: itself, or the fragments a sender cuts it into for the veth MTU (buildFragments). */
function datagramHexes(st: FramesStep, payload: number, flags: FramesStep['flags'], dport: number, id: number): string[] {
  return buildFragments(frameSpec(st, payload, flags, dport, undefined, id)).map(toHex);
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

function senderKey(st: FramesStep): string {
  return `${st.flow.src ?? '127.0.0.1'}:${st.flow.sport ?? SENDER_PORT_DEFAULT}`;
}

/** Sends one datagram of each payload size the scenario uses and reads rx_queue: the skb truesize. */
async function measureTruesize(ctx: Ctx): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const devs = new Map((ctx.scenario.config.devices ?? []).map((d) => [d.name, d]));
  for (const st of ctx.scenario.workload) {
    if (st.op !== 'frames') continue;
    const dev = devs.get(st.device)!;
    const payload = st.payload ?? 64;
    const key = `${dev.kind}:${payload}${st.padding ? `+${st.padding}` : ''}`; // a padded frame's skb is that much larger
    if (key in out) continue;
    await ctx.peer.request({ op: 'socket', name: '__probe', addr: '0.0.0.0', port: PROBE_PORT, rcvbuf: null });
    if (dev.kind === 'loopback') {
      await ctx.peer.request({ op: 'sender', name: '__probe_tx', addr: '127.0.0.1', port: 0 });
      await ctx.peer.request({ op: 'send', sender: '__probe_tx', dst: '127.0.0.1', dport: PROBE_PORT, payload, count: 1 });
      await ctx.peer.request({ op: 'close', name: '__probe_tx' });
    } else {
      const v = ctx.veths.get(st.device)!;
      const probe: FramesStep = { ...st, flow: { src: PEER_ADDR, dst: '10.0.0.1', sport: 40001, dport: PROBE_PORT } };
      await ctx.peer.request({ op: 'raw', ifname: v.peer, frames: datagramHexes(probe, payload, [], PROBE_PORT, 1), repeat: 1 });
    }
    await waitBacklogEmpty(ctx.cpu);
    const row = await ctx.peer.request({ op: 'rx_queue', name: '__probe' });
    await ctx.peer.request({ op: 'close', name: '__probe' });
    out[key] = row.rx_queue as number;
  }
  return out;
}

function observedPaths(ctx: Ctx, present: string[], burstDevices: Set<string>): string[] {
  const cpuIndex = ctx.cpu;
  const out: string[] = [];
  for (const p of present) {
    if (receiveSide(p)) out.push(p);
    else if (p.startsWith('dev.')) {
      const [, dev, col] = p.split('.');
      // tc mirred hands packets to netif_rx without the veth driver: its rx_packets/rx_bytes do not count them.
      if (burstDevices.has(dev) && (col === 'rx_packets' || col === 'rx_bytes')) continue;
      out.push(p);
    } else if (/^udp\[\d+\]\.(rx_queue|drops)$/.test(p)) out.push(p);
    else if (p === `softnet_stat[${cpuIndex}].dropped`) out.push(p);
    // the sending CPU's flow-limit drops, when the scenario turns flow limits on for it (skb_flow_limit uses the
    // enqueuing CPU's table): like `dropped`, the host's own traffic would have to fill half its backlog to count
    else if (p === `softnet_stat[${cpuIndex}].flow_limit_count` && flowLimitedCpu(ctx.scenario, cpuIndex)) out.push(p);
  }
  return out;
}

/** Whether the scenario's net.core.flow_limit_cpu_bitmap (hex cpumask) has `cpu`. */
function flowLimitedCpu(s: Scenario, cpu: number): boolean {
  const mask = s.config.sysctls?.['net.core.flow_limit_cpu_bitmap'];
  return typeof mask === 'string' && cpusInMask(mask).includes(cpu);
}

const TRACE_EVENTS = (devices: string[]): EventSpec[] => {
  const devFilter = devices.map((d) => `name == "${d}"`).join(' || ');
  return [
    { group: 'napi', name: 'napi_poll' },
    { group: 'irq', name: 'softirq_entry', filter: 'vec == 3' },
    { group: 'irq', name: 'softirq_exit', filter: 'vec == 3' },
    { group: 'net', name: 'netif_rx', filter: devFilter },
    { group: 'net', name: 'netif_receive_skb', filter: devFilter },
    { group: 'skb', name: 'kfree_skb', filter: 'protocol == 2048' },
    { group: 'sock', name: 'sock_rcvqueue_full' },
  ];
};

/** Live values of every sysctl the schema knows, read inside `ns`, plus the namespace's own settings. */
async function readSysctls(peer: Peer, config: Config): Promise<Record<string, string>> {
  const names = Object.keys(readSchema<{ properties: Record<string, unknown> }>('sysctls.schema.json').properties);
  const rep = await peer.request({ op: 'cat', paths: names.map(sysctlPath) });
  const files = rep.files as Record<string, string | null>;
  const out: Record<string, string> = {};
  for (const n of names) { const v = files[sysctlPath(n)]; if (v !== null) out[n] = v.trim().split(/\s+/).join(' '); }
  const own = Object.keys(netnsSettings(config));
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
  const veths = new Map(buildTopology(ns, config).map((v) => [v.name, v]));
  const frames = scenario.workload.filter((s): s is FramesStep => s.op === 'frames');
  const cpu = frames[0]?.cpu ?? 0;
  for (const [k, v] of Object.entries(config.sysctls ?? {})) {
    if (sysctlScope(k) === 'netns') writeNetnsSysctl(ns, k, Array.isArray(v) ? v.join(' ') : String(v));
  }
  const peer = await Peer.start(ns, cpu);
  let trace: TraceInstance | null = null;
  try {
    const ctx: Ctx = {
      scenario, ns, peer, cpu, veths, udpNames: new Map(),
      // every namespace has lo, named in the scenario or not (as every simulated host has)
      devices: [...new Set(['lo', ...(config.devices ?? []).map((d) => d.name)])],
    };
    const truesize = await measureTruesize(ctx);
    const settings: Record<string, unknown> = { senderCpu: cpu, sockets: {}, devices: {} };
    for (const s of config.sockets ?? []) {
      const rep = await peer.request({ op: 'socket', name: s.name, addr: s.address ?? '0.0.0.0', port: s.port, rcvbuf: s.soRcvbuf ?? null, force: s.soRcvbufForce ?? false });
      ctx.udpNames.set(procAddress(s.address ?? '0.0.0.0', s.port), s.name);
      (settings.sockets as Record<string, unknown>)[s.name] = { getsockoptSO_RCVBUF: rep.rcvbuf, ...s };
    }
    const senders = new Set<string>();
    const devKind = new Map((config.devices ?? []).map((d) => [d.name, d.kind]));
    for (const st of frames) {
      if (devKind.get(st.device) !== 'loopback') continue;
      for (const one of st.interleave ? [st, lightOf(st)] : [st]) {
        if (senders.has(senderKey(one))) continue;
        senders.add(senderKey(one));
        await peer.request({ op: 'sender', name: senderKey(one), addr: one.flow.src ?? '127.0.0.1', port: one.flow.sport ?? SENDER_PORT_DEFAULT });
      }
    }
    for (const d of config.devices ?? []) {
      (settings.devices as Record<string, unknown>)[d.name] = run('ip', ['-n', ns, '-d', 'link', 'show', d.name]).trim().split('\n').map((l) => l.trim()).join(' | ');
      if (veths.has(d.name)) (settings.devices as Record<string, unknown>)[`${d.name} (injecting end)`] = run('ip', ['-n', ns, '-d', 'link', 'show', veths.get(d.name)!.peer]).trim().split('\n').map((l) => l.trim()).join(' | ');
    }
    const sysctls = await readSysctls(peer, config);
    if (events) {
      trace = TraceInstance.create(TRACE_EVENTS(ctx.devices), [cpu]);
      trace.on();
    }
    const before = await snapshot(ctx);
    const present = new Set(before.present);
    const checkpoints: Checkpoint[] = [];
    const burstDevices = new Set<string>();
    const burstSteps: number[] = [];
    let lastAt = 0;
    let ipId = 0;
    for (let i = 0; i < scenario.workload.length; i++) {
      const st = scenario.workload[i];
      if (st.op === 'frames') {
        const count = st.count ?? 1;
        const payload = st.payload ?? 64;
        if (devKind.get(st.device) === 'loopback') {
          const light = st.interleave ? { alt: senderKey(lightOf(st)), every: st.interleave.every } : {};
          const rep = await peer.request({ op: 'send', sender: senderKey(st), dst: st.flow.dst ?? '127.0.0.1', dport: st.flow.dport, payload, count, ...light });
          if (rep.sent !== count) throw new KernelScenarioError(`step ${i}: sent ${String(rep.sent)} of ${count} (${JSON.stringify(rep.errors)})`);
        } else {
          const v = veths.get(st.device)!;
          if (st.burst === true) {
            // FramesStep.burst: all `count` frames enter netif_rx inside one BH-disabled section
            const hex = frameHex(st, payload, st.flags, st.flow.dport);
            const lightHex = st.interleave ? frameHex(lightOf(st), payload, st.flags, st.flow.dport) : hex;
            const shape = burstShape(st, count, hex, lightHex);
            try {
              installBurst(ns, v.peer, v.name, shape);
            } catch (e) {
              removeBurst(ns, v.peer);
              if (st.interleave === undefined) throw e;
              throw new KernelScenarioError(portRewriteMessage((e as Error).message));
            }
            try {
              await peer.request({ op: 'raw', ifname: v.peer, frames: [hex], repeat: 1 });
            } finally {
              removeBurst(ns, v.peer);
            }
            burstDevices.add(st.device);
            burstSteps.push(i);
          } else {
            // One send per frame, each datagram with its own IP id (as a sender numbers them).
            // A datagram larger than the veth MTU goes as its fragments, back to back (src/spec/ip-fragment.ts).
            const hexes = Array.from({ length: count }, (_, k) => datagramHexes(ofFrame(st, k), payload, st.flags, st.flow.dport, ++ipId)).flat();
            await peer.request({ op: 'raw', ifname: v.peer, frames: hexes, repeat: 1 });
          }
        }
        await waitBacklogEmpty(cpu);
      } else if (st.op === 'read') {
        await peer.request({ op: 'read', name: st.socket, count: st.count ?? null });
      } else if (st.op === 'setsockopt') {
        await peer.request({ op: 'setsockopt', name: st.socket, rcvbuf: st.soRcvbuf, force: st.soRcvbufForce ?? false });
      } else if (st.op === 'advance') {
        await sleep(Math.max(0, (st.at - lastAt) / 1e6));
      } else if (st.op === 'sysctl') {
        writeNetnsSysctl(ns, st.name, Array.isArray(st.value) ? st.value.join(' ') : String(st.value));
      } else if (st.op === 'checkpoint') {
        const now = await snapshot(ctx);
        checkpoints.push({ label: st.label, step: i, at: st.at, counters: snapshotDelta(before.snap, now.snap) });
      }
      lastAt = st.at;
    }
    const end = await snapshot(ctx);
    checkpoints.push({ label: 'end', step: scenario.workload.length, at: lastAt, counters: snapshotDelta(before.snap, end.snap) });
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
