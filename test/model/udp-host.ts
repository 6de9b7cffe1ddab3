// A small Host for unit tests of the IPv4/UDP half (ip_input.ts, udp.ts, sock.ts), built without
// the simulator: SkbPool, FlowTable, Mibs, sockets, sysctls from the profile defaults.
import type { FrameFlag, ProfileName, Socket } from '../../src/generated/schema-types.ts';
import type { Host, SysctlState } from '../../src/model/host.ts';
import { FlowTable, SkbPool, flagsToBits, IP_HLEN, UDP_HLEN, parseIpv4 } from '../../src/model/skb.ts';
import { ipOptionsLen } from '../../src/spec/ip-options.ts';
import { Mibs } from '../../src/model/mib.ts';
import { Trace } from '../../src/model/trace.ts';
import { sock_create, type UdpSock } from '../../src/model/sock.ts';
import { kernelProfile } from '../../src/model/profile.ts';
import { NetCore, DEFAULT_COSTS } from '../../src/model/softnet.ts';
import { EventQueue } from '../../src/model/event_queue.ts';
import { profileSysctlDefaults } from '../../src/spec/defaults.ts';
import { skb_truesize } from '../../src/model/truesize.ts';
import { ip_rcv } from '../../src/model/ip_input.ts';
import { KIND_LOOPBACK, KIND_NIC, NetDevice } from '../../src/model/driver.ts';
import type { UdpProfile } from '../../src/model/profile-udp.ts';

export interface TestHostOptions {
  profile: ProfileName;
  sockets?: Socket[];
  sysctl?: Partial<SysctlState>;
  localAddresses?: string[];
  forwarding?: boolean;
  events?: boolean;
  /** Replace some UDP rules (a deliberately faulty implementation). */
  udpRules?: Partial<UdpProfile>;
  hz?: number;
}

function sysctlDefaults(profile: ProfileName): SysctlState {
  const d = profileSysctlDefaults(profile);
  const n = (k: string, fallback = 0) => (d.has(k as never) ? (d.get(k as never) as number) : fallback);
  return {
    netdev_budget: n('net.core.netdev_budget'),
    netdev_budget_usecs: n('net.core.netdev_budget_usecs'),
    dev_weight: n('net.core.dev_weight'),
    dev_weight_rx_bias: n('net.core.dev_weight_rx_bias', 1),
    dev_rx_weight: n('net.core.dev_weight'),
    netdev_max_backlog: n('net.core.netdev_max_backlog'),
    flow_limit_table_len: n('net.core.flow_limit_table_len'),
    rps_sock_flow_entries: n('net.core.rps_sock_flow_entries'),
    rmem_default: n('net.core.rmem_default'),
    rmem_max: n('net.core.rmem_max'),
    gro_normal_batch: n('net.core.gro_normal_batch'),
    ip_early_demux: n('net.ipv4.ip_early_demux'),
    udp_early_demux: n('net.ipv4.udp_early_demux', 1),
    udp_rmem_min: n('net.ipv4.udp_rmem_min'),
    udp_mem: d.get('net.ipv4.udp_mem') as [number, number, number],
  };
}

export function makeHost(o: TestHostOptions): Host {
  const hz = o.hz ?? 250;
  const base = kernelProfile(o.profile);
  const profile = o.udpRules ? { ...base, udp: { ...base.udp, ...o.udpRules } } : base;
  const sockets: UdpSock[] = [];
  const host: Host = {
    profile,
    profileName: o.profile,
    hz,
    now: 0,
    ncpus: 2,
    sysctl: { ...sysctlDefaults(o.profile), ...o.sysctl },
    skbs: new SkbPool(64),
    flows: new FlowTable(),
    mib: new Mibs(),
    localAddrs: new Set((o.localAddresses ?? ['10.0.0.1']).map(parseIpv4)),
    hasVeth: false,
    udpGroSockets: false,
    forwarding: o.forwarding ?? false,
    sockets,
    trace: o.events ? new Trace() : null,
    deviceNames: ['lo', 'eth0'],
    devRxDropped: new Float64Array(2),
    core: new NetCore(2, hz, new EventQueue(), DEFAULT_COSTS),
    countWork: () => undefined, // no event loop here: the caller drives each function once
  };
  // deviceNames' devices: what the IPv4 half asks of a device is its kind (a loopback frame keeps its route)
  host.core.devices.push(new NetDevice(0, 'lo', KIND_LOOPBACK), new NetDevice(1, 'eth0', KIND_NIC));
  (o.sockets ?? []).forEach((s, i) => sockets.push(sock_create(host, s, i)));
  return host;
}

export interface FrameOptions {
  src?: string;
  dst?: string;
  sport?: number;
  dport: number;
  proto?: number;
  payload?: number;
  flags?: FrameFlag[];
  hash?: number;
  /** Override the truesize (default: the profile's loopback table for the payload). */
  truesize?: number;
  dev?: number;
}

let nextId = 1;

/** Builds one skb as the net/core half hands it to ip_rcv. */
export function makeSkb(host: Host, f: FrameOptions): number {
  const p = host.skbs;
  const skb = p.alloc();
  const payload = f.payload ?? 64;
  p.id[skb] = nextId++;
  p.payload[skb] = payload;
  p.flags[skb] = flagsToBits(f.flags);
  p.len[skb] = IP_HLEN + ipOptionsLen(f.flags) + UDP_HLEN + payload;
  p.truesize[skb] = f.truesize ?? skb_truesize(host.profileName, payload);
  p.hash[skb] = f.hash ?? 0x12345678;
  p.flow[skb] = host.flows.intern({
    src: parseIpv4(f.src ?? '10.0.0.2'),
    dst: parseIpv4(f.dst ?? '10.0.0.1'),
    sport: f.sport ?? 40000,
    dport: f.dport,
    proto: f.proto ?? 17,
  });
  p.dev[skb] = f.dev ?? 1;
  p.queue[skb] = 0;
  p.sk[skb] = -1;
  p.arrival[skb] = host.now;
  p.pad[skb] = 0;
  return skb;
}

/** `count` frames through ip_rcv on CPU 0. */
export function receive(host: Host, f: FrameOptions, count = 1): void {
  for (let i = 0; i < count; i++) ip_rcv(host, makeSkb(host, f), 0);
}

export function sockNamed(host: Host, name: string): UdpSock {
  const s = host.sockets.find((x) => x.name === name);
  if (!s) throw new Error(`no socket ${name}`);
  return s;
}
