// The namespace a scenario runs in: loopback, and for each `veth` device a veth pair whose both ends
// live in the trial's namespace: NAME receives (it owns the config's localAddresses), NAMEp is where
// the recorder injects frames (AF_PACKET, or tc mirred bursts). Fixed MACs, permanent neighbours
// (no ARP), IPv6 off on the veths (no ND/MLD), ICMP replies sent to a MAC nobody owns.
//
// A scenario that uses IPv6 (src/spec/ipv6.ts:scenarioUsesIpv6) has IPv6 on the receiving end only:
// fd00::1/64 added `nodad`, no link-local address (addr_gen_mode 1 before the link is up), no router
// advertisements or DAD (accept_ra 0, accept_dad 0), a permanent neighbour fd00::2 -> SINK_MAC, and
// the device NOARP (`ip link set NAME arp off`): net/ipv6/addrconf.c:addrconf_join_solict returns
// for an IFF_NOARP device, so no solicited-node group is joined and no MLD report is ever sent (the
// all-nodes groups it joins are MAF_NOREPORT). The permanent neighbours (IPv4 and IPv6) replace the
// NUD_NOARP entries a NOARP device's constructors would make with its own MAC. The namespace stays
// silent: no MLD, DAD, router solicitation or report reaches a counter. The injecting end keeps IPv6
// disabled. Loopback has ::1 once lo is up. The ICMPv6 rate limits are the kernel's: net.ipv6.icmp.ratemask
// at its default 0-1,3-127 (destination unreachable is limited; the scenario format cannot set it) and
// net.ipv6.icmp.ratelimit at the scenario's value or the build's default (100 ms on 6.18.y, 1000 ms
// divided by 4 for the /64 before it), so an error out a veth passes the per-destination bucket
// (net/ipv6/icmp.c:icmpv6_xrlim_allow) and, on 6.x, the global one shared with IPv4 (icmp_msgs_per_sec,
// icmp_msgs_burst); over loopback nothing limits it.
// run_scenario.ts records the namespace's values in the trace's provenance (IPV6_PROVENANCE_SYSCTLS).
import type { Config, Device, RxQueue, Socket } from '../generated/schema-types.ts';
import { vethNapiRequested } from '../spec/veth-napi.ts';
import { isInet6Socket, V6_LOCAL, V6_PEER, V6_PREFIX_LEN } from '../spec/ipv6.ts';
import { deviceHasIpv6 } from '../spec/ip-fragment.ts';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ipBatch, run } from './exec.ts';
import { PYTHON } from './platform.ts';

export const RX_MAC = '02:00:00:00:00:01';
export const TX_MAC = '02:00:00:00:00:02';
/** Where the receiving namespace sends replies (ICMP errors, forwarded packets): nobody owns it. */
export const SINK_MAC = '02:00:00:00:00:ee';
/** The peer address frames come from, and a non-local on-link address used by not_local frames. */
export const PEER_ADDR = '10.0.0.2';
export const ONLINK_OTHER = '10.0.0.99';
/** A source subnet routed via lo: frames from it arriving on a veth fail strict rp_filter (-EXDEV). */
export const RPF_SUBNET = '10.9.0.0/24';

export interface VethInfo { name: string; peer: string }

export function peerName(dev: string): string {
  return `${dev.slice(0, 14)}p`;
}

/**
 * A veth in NAPI mode (Device.gro on, peerTso off; src/model/veth.ts) receives a burst through veth_xmit: the
 * recorder sends its one frame on `from`, the end of a second veth pair (`from`, `to`) in the namespace, whose tc
 * egress filter transmits the copies on the injecting end (tc_burst.ts, direction egress). Neither end has an
 * address or IPv6, so the pair sends nothing of its own.
 */
export interface BurstSource { from: string; to: string }

export function burstSourceOf(dev: string): BurstSource {
  return { from: `${dev.slice(0, 13)}bs`, to: `${dev.slice(0, 13)}bt` };
}

/** The device settings of a veth the recorder applies (applyVethOffloads); every other one it leaves as created. */
export const VETH_OFFLOAD_SETTINGS = ['gro', 'peerTso', 'xdp'] as const;
/** The veth settings the recorder applies: its offloads, and its MTU when the pair is made (makeVeths). */
export const VETH_APPLIED_SETTINGS = [...VETH_OFFLOAD_SETTINGS, 'mtu'] as const;
/** lo's settings the recorder applies: its MTU (buildTopology). */
export const LO_APPLIED_SETTINGS = ['mtu'] as const;

/** The settings of a device the recorder applies, by its kind. */
export function appliedSettings(d: Device): readonly (keyof Device)[] {
  if (d.kind === 'veth') return VETH_APPLIED_SETTINGS;
  return d.kind === 'loopback' ? LO_APPLIED_SETTINGS : [];
}

/** `ip link add`'s mtu option for a veth end: Device.mtu, or nothing (ETH_DATA_LEN) when absent. */
function linkMtu(d: Device): string {
  return d.mtu !== undefined ? ` mtu ${d.mtu}` : '';
}

/** Loads a one-verdict XDP program and attaches it in driver mode (helpers/xdp_attach.py). */
export const XDP_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'helpers', 'xdp_attach.py');

/** `ip -j link show`'s xdp object, the part the provenance keeps. */
interface LinkXdp { xdp?: { mode?: number; prog?: { name?: string; tag?: string } } }

/**
 * Attaches the device's XDP program (Device.xdp) and returns what `ip -j link show` then says of it: the mode
 * (1, driver) and the program's name and tag (a hash of its instructions).
 */
function attachXdp(ns: string, d: Device): string {
  run('ip', ['netns', 'exec', ns, PYTHON, XDP_SCRIPT, d.name, d.xdp!]);
  const rows = JSON.parse(run('ip', ['-n', ns, '-j', 'link', 'show', d.name])) as LinkXdp[];
  const x = rows[0]?.xdp;
  if (x?.mode !== 1 || x.prog === undefined) throw new Error(`ip link show ${d.name}: no XDP program in driver mode after attaching one`);
  return `xdpdrv ${d.xdp} (program ${x.prog.name ?? '?'}, tag ${x.prog.tag ?? '?'})`;
}

/**
 * The veths' offload settings (Device.gro, Device.peerTso), made after the truesize probes so that a NAPI-mode
 * veth's ring is fresh when the workload starts (its slots are freed 16 at a time: src/model/ptr_ring.ts), and a
 * NAPI-mode veth's burst source. Returns, per device, the features `ethtool -k` then shows (for the provenance).
 */
/** The receiving veth's features the provenance shows: GRO, and the two that would let a socket's own UDP in. */
const RECEIVER_FEATURES = ['generic-receive-offload', 'rx-udp-gro-forwarding', 'rx-gro-list'];

export function applyVethOffloads(ns: string, config: Config): Record<string, string> {
  const out: Record<string, string> = {};
  const exec = (args: string[]): string => run('ip', ['netns', 'exec', ns, ...args]);
  const veths = (config.devices ?? []).filter((d) => d.kind === 'veth');
  const changed = veths.some((d) => d.gro === true || d.peerTso === false || d.xdp !== undefined);
  if (changed && spawnSync('ethtool', ['--version']).status !== 0) {
    throw new Error('a veth with gro on or peerTso off needs ethtool (apt-get install ethtool), which is not found or not working');
  }
  for (const d of veths) {
    const peer = peerName(d.name);
    if (d.gro === true) exec(['ethtool', '-K', d.name, 'gro', 'on']);
    if (d.peerTso === false) exec(['ethtool', '-K', peer, 'tso', 'off']);
    if (vethNapiRequested(d)) {
      const src = burstSourceOf(d.name);
      ipBatch(ns, [`link add ${src.from}${linkMtu(d)} type veth peer name ${src.to}${linkMtu(d)}`]);
      if (deviceHasIpv6(d)) for (const n of [src.from, src.to]) writeNetnsSysctl(ns, `net.ipv6.conf.${n}.disable_ipv6`, '1');
      ipBatch(ns, [`link set ${src.to} up`, `link set ${src.from} up`]);
    }
    // after the offloads: veth_xdp_set takes TSO from the other end itself
    const xdp = d.xdp !== undefined ? attachXdp(ns, d) : undefined;
    if (!changed) continue;
    out[d.name] = featureLines(exec(['ethtool', '-k', d.name]), RECEIVER_FEATURES) + (xdp ? `; ${xdp}` : '');
    out[peer] = featureLines(exec(['ethtool', '-k', peer]), ['tcp-segmentation-offload']);
  }
  return out;
}

/** The one RX queue a loopback or veth device's settings may give (queues[0]); a NIC is not made here. */
export function softwareRxQueue(d: Device): RxQueue | undefined {
  return d.kind === 'nic' ? undefined : d.queues?.[0];
}

/**
 * A file of a software device's one RX queue: rps_cpus, its RPS map (net-sysfs.c:store_rps_map), or rps_flow_cnt, its
 * RFS flow table (store_rps_dev_flow_table_cnt), in /sys/class/net/DEV/queues/rx-0.
 */
function rxQueuePath(dev: string, file: 'rps_cpus' | 'rps_flow_cnt'): string {
  return `/sys/class/net/${dev}/queues/rx-0/${file}`;
}

/**
 * Writes each loopback or veth device's `queues[0].rpsCpus` and `rpsFlowCnt` into its RX queue's rps_cpus and
 * rps_flow_cnt (sysfs as the namespace sees it: ip netns exec mounts its own) and returns what reading them back
 * gives, by device and file. A device without them keeps the empty map and no table, as the namespace starts.
 */
export function applyRps(ns: string, config: Config): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const d of config.devices ?? []) {
    const q = softwareRxQueue(d);
    const name = d.kind === 'loopback' ? 'lo' : d.name;
    const values: [('rps_cpus' | 'rps_flow_cnt'), string | undefined][] = [
      ['rps_cpus', q?.rpsCpus], ['rps_flow_cnt', q?.rpsFlowCnt?.toString()],
    ];
    for (const [file, value] of values) {
      if (value === undefined) continue;
      if (!/^[0-9a-fA-F,]+$/.test(value)) throw new Error(`${file} of ${name}: not a hex CPU mask or a count: ${value}`);
      run('ip', ['netns', 'exec', ns, 'sh', '-c', `echo ${value} > ${rxQueuePath(name, file)}`]);
      (out[name] ??= {})[file] = run('ip', ['netns', 'exec', ns, 'cat', rxQueuePath(name, file)]).trim();
    }
  }
  return out;
}

/** `ip -s -j link show`'s row, the part read. */
interface LinkStats { stats64?: { tx?: { dropped?: number } } }

/**
 * The tx_dropped of each NAPI-mode veth's other end (`ip -s -j link show`: rtnl_link_stats64 tx.dropped), where
 * veth_xmit counts a frame that found the ring full; the receiving side's counters never see it.
 */
export function napiPeerTxDropped(ns: string, config: Config): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of (config.devices ?? []).filter(vethNapiRequested)) {
    const peer = peerName(d.name);
    const rows = JSON.parse(run('ip', ['-n', ns, '-s', '-j', 'link', 'show', peer])) as LinkStats[];
    const dropped = rows[0]?.stats64?.tx?.dropped;
    if (typeof dropped !== 'number') throw new Error(`ip -s -j link show ${peer}: no stats64.tx.dropped`);
    out[peer] = dropped;
  }
  return out;
}

/** The `NAME: on|off` lines of `ethtool -k` output for the named features, joined with " | ". */
function featureLines(text: string, names: string[]): string {
  return text.split('\n').map((l) => l.trim()).filter((l) => names.some((n) => l.startsWith(`${n}:`))).join(' | ');
}

/**
 * IPv6 sysctls a trial that uses IPv6 leaves at the kernel's defaults and writes into the trace's
 * provenance as read in the namespace (the ICMPv6 rate limits the model assumes: src/model/icmp6.ts).
 */
export const IPV6_PROVENANCE_SYSCTLS = ['net.ipv6.icmp.ratemask', 'net.ipv6.icmp.ratelimit'] as const;

/** Per-namespace sysctls the topology sets, with why. Written into the trace's provenance. */
export function netnsSettings(config: Config, ipv6 = false): Record<string, string> {
  const s: Record<string, string> = {
    'net.ipv4.conf.all.forwarding': config.forwarding ? '1' : '0',
  };
  const veths = (config.devices ?? []).filter((d) => d.kind === 'veth');
  // before the links are up (igmp.c:ip_mc_reset copies it into each device's mr_qrv): a group joined sends its one
  // unsolicited IGMPv3 report at the join, none a second later (run_scenario.ts settles it before the baseline)
  if (veths.length > 0 && multicastSockets(config).some((k) => !isInet6Socket(k))) s['net.ipv4.igmp_qrv'] = '1';
  // MLDv2's robustness (mcast.c:ipv6_mc_reset) is net.ipv6.mld_qrv, a global sysctl: left alone. Its two unsolicited
  // reports go MLD_REPORT_INTERVAL_MS apart at most instead (mld_ifc_event, mldv2_unsolicited_report_interval)
  const mld = veths.length > 0 && multicastSockets(config).some(isInet6Socket);
  if (veths.length > 0) {
    s['net.ipv4.conf.all.rp_filter'] = '1';
    s['net.ipv4.conf.all.send_redirects'] = '0';
    for (const d of veths) {
      s[`net.ipv4.conf.${d.name}.rp_filter`] = '1';
      s[`net.ipv4.conf.${d.name}.send_redirects`] = '0';
      s[`net.ipv4.conf.${d.name}.forwarding`] = config.forwarding ? '1' : '0';
      // below IPV6_MIN_MTU neither end has IPv6, nor its net.ipv6.conf directory
      if (!deviceHasIpv6(d)) continue;
      if (ipv6) {
        // before the link is up: no link-local address (IN6_ADDR_GEN_MODE_NONE), no RA, no DAD
        s[`net.ipv6.conf.${d.name}.addr_gen_mode`] = '1';
        s[`net.ipv6.conf.${d.name}.accept_ra`] = '0';
        s[`net.ipv6.conf.${d.name}.accept_dad`] = '0';
        s[`net.ipv6.conf.${d.name}.disable_ipv6`] = '0';
        if (mld) s[`net.ipv6.conf.${d.name}.mldv2_unsolicited_report_interval`] = String(MLD_REPORT_INTERVAL_MS);
      } else {
        s[`net.ipv6.conf.${d.name}.disable_ipv6`] = '1';
      }
      s[`net.ipv6.conf.${peerName(d.name)}.disable_ipv6`] = '1';
    }
  }
  return s;
}

/** The receiving veths' mldv2_unsolicited_report_interval (ms) when a socket joins an IPv6 group (default 1000). */
const MLD_REPORT_INTERVAL_MS = 10;

/** The config's sockets that join a multicast group (Socket.multicast). */
export function multicastSockets(config: Config): Socket[] {
  return (config.sockets ?? []).filter((k) => k.multicast !== undefined);
}

/**
 * The devices a multicast socket joins its group on: every veth (the model's sockets join on every device; a frame on
 * loopback is a socket's, never multicast). Not lo, whose IGMP reports would loop back during the run.
 */
export function multicastJoinDevices(config: Config): string[] {
  return (config.devices ?? []).filter((d) => d.kind === 'veth').map((d) => d.name);
}

/** Writes a sysctl inside `ns` (sysctl -w through ip netns exec). */
export function writeNetnsSysctl(ns: string, name: string, value: string): void {
  run('ip', ['netns', 'exec', ns, 'sysctl', '-q', '-w', `${name}=${value}`]);
}

/**
 * Creates the devices of `config` in `ns` (which has lo up) and sets netnsSettings(config, ipv6);
 * with `ipv6`, the receiving ends have IPv6 as the header says.
 */
export function buildTopology(ns: string, config: Config, ipv6 = false): VethInfo[] {
  const veths: VethInfo[] = [];
  const addrs = config.localAddresses ?? ['10.0.0.1'];
  // lo's Device.mtu (dev_set_mtu on the namespace's own lo, up already; at 1280 or more it keeps ::1), before any frame
  const lo = (config.devices ?? []).find((d) => d.kind === 'loopback' && d.mtu !== undefined);
  if (lo !== undefined) ipBatch(ns, [`link set lo mtu ${lo.mtu}`]);
  for (const d of config.devices ?? []) {
    if (d.kind !== 'veth') continue;
    const peer = peerName(d.name);
    // Device.mtu on both ends (dev_set_mtu), before any address or frame: the sender cuts its datagrams for it
    const mtu = linkMtu(d);
    ipBatch(ns, [`link add ${d.name} address ${RX_MAC}${mtu} type veth peer name ${peer} address ${TX_MAC}${mtu}`]);
    veths.push({ name: d.name, peer });
  }
  // IPv6 off (or, with ipv6, quiet) before the links come up, so no ND/MLD frame is ever sent.
  for (const [k, v] of Object.entries(netnsSettings(config, ipv6))) writeNetnsSysctl(ns, k, v);
  const cmds: string[] = [];
  const withIpv6 = new Set((config.devices ?? []).filter((d) => ipv6 && d.kind === 'veth' && deviceHasIpv6(d))
    .map((d) => d.name));
  for (const v of veths) {
    const v6 = withIpv6.has(v.name);
    for (const a of addrs) cmds.push(`addr add ${a}/24 dev ${v.name}`);
    if (v6) cmds.push(`link set ${v.name} arp off`, `addr add ${V6_LOCAL}/${V6_PREFIX_LEN} dev ${v.name} nodad`);
    cmds.push(`link set ${v.peer} up`, `link set ${v.name} up`);
    cmds.push(`neigh replace ${PEER_ADDR} lladdr ${SINK_MAC} nud permanent dev ${v.name}`);
    cmds.push(`neigh replace ${ONLINK_OTHER} lladdr ${SINK_MAC} nud permanent dev ${v.name}`);
    if (v6) cmds.push(`neigh replace ${V6_PEER} lladdr ${SINK_MAC} nud permanent dev ${v.name}`);
  }
  if (veths.length > 0) cmds.push(`route add ${RPF_SUBNET} dev lo`);
  ipBatch(ns, cmds);
  return veths;
}
