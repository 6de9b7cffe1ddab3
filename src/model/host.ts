// The simulated host: every piece of state the receive path touches, in one place.
// This file is the boundary between the net/core half of the model (driver, NAPI,
// net_rx_action, GRO, RPS/RFS, backlog: built by simulator.ts) and the IPv4/UDP half
// (ip_input.ts, udp.ts, sock.ts). Both halves read and write a Host; neither owns it.
import type { ProfileName } from '../generated/schema-types.ts';
import type { FlowTable, SkbPool } from './skb.ts';
import type { Mibs } from './mib.ts';
import type { Trace } from './trace.ts';
import type { InetState, UdpSock } from './sock.ts';
import type { KernelProfile } from './profile.ts';
import type { NetCore } from './softnet.ts';

/** Numeric sysctls as the model reads them (names without the net.core./net.ipv4. prefix). */
export interface SysctlState {
  netdev_budget: number;
  netdev_budget_usecs: number;
  dev_weight: number;
  dev_weight_rx_bias: number;
  /** dev_rx_weight in 6.x (= dev_weight * dev_weight_rx_bias), weight_p in 3.13. */
  dev_rx_weight: number;
  netdev_max_backlog: number;
  flow_limit_table_len: number;
  rps_sock_flow_entries: number;
  rmem_default: number;
  rmem_max: number;
  gro_normal_batch: number;
  ip_early_demux: number;
  udp_early_demux: number;
  udp_rmem_min: number;
  udp_mem: [number, number, number];
  /** net.ipv4.ipfrag_time in seconds; absent: the profile default (read by ip_input.ts). */
  ipfrag_time?: number;
  /** net.ipv6.ip6frag_time in seconds; absent: the profile default (read by reassembly.ts). */
  ip6frag_time?: number;
  /** net.ipv4.icmp_ratelimit (ms), icmp_ratemask, icmp_msgs_per_sec, icmp_msgs_burst (6.x); absent: the profile default (icmp.ts). */
  icmp_ratelimit?: number;
  icmp_ratemask?: number;
  icmp_msgs_per_sec?: number;
  icmp_msgs_burst?: number;
  /** net.ipv6.icmp.ratelimit (ms); absent: the profile default (icmp6.ts). */
  icmpv6_ratelimit?: number;
}

export interface Host {
  readonly profile: KernelProfile;
  readonly profileName: ProfileName;
  /** CONFIG_HZ */
  readonly hz: number;
  /** Simulated time in ns. Advanced only by the event loop and by CPU work. */
  now: number;
  readonly ncpus: number;
  readonly sysctl: SysctlState;
  readonly skbs: SkbPool;
  readonly flows: FlowTable;
  readonly mib: Mibs;
  /** Local IPv4 addresses (host order), 127.0.0.0/8 is always local. */
  readonly localAddrs: ReadonlySet<number>;
  /** The host has a veth, so fd00::/64 is on-link (its IPv6 address fd00::1). */
  readonly hasVeth: boolean;
  /** A socket of the config set UDP_GRO (udp_gro.ts): GRO looks sockets up only then (udp_encap_needed_key). */
  readonly udpGroSockets: boolean;
  readonly forwarding: boolean;
  readonly sockets: UdpSock[];
  /** Trace sink; null when events are off, so the hot path pays one null check. */
  readonly trace: Trace | null;
  /** Device names, index = SkbPool.dev. */
  readonly deviceNames: readonly string[];
  /** Per-device rx_dropped (core stats, /proc/net/dev "drop"), index = device. */
  readonly devRxDropped: Float64Array;
  /** net/core state: softnet_data per CPU, NAPIs, devices, RFS tables, events (built by simulator.ts). */
  readonly core: NetCore;
  /** One unit of simulated work (an event, or a poll run inline); past the run's bound the model is looping and this throws. */
  countWork(): void;
  /** Per-netns IPv4/UDP state (udp_memory_allocated, fragment queues); created on first use by sock.ts:inet_state. */
  inet?: InetState;
  /**
   * Optional: a locally generated IPv4 packet (ICMP error) leaves on device `dev` from `cpu`.
   * The net/core half sets this to loop packets sent out `lo` back in (loopback_xmit -> netif_rx);
   * absent, the packet just leaves (its Out* counters are already counted). For ICMP, `type` and
   * `code` are the message's (kept where the flow dissector keys them: the port fields).
   */
  ip_local_out_hook?: (host: Host, dev: number, ipLen: number, proto: number, src: number, dst: number, cpu: number, type: number, code: number) => void;
  /** The same for a locally generated IPv6 packet (an ICMPv6 error); addresses are src/spec/ipv6.ts keys. */
  ip6_local_out_hook?: (host: Host, dev: number, ipLen: number, proto: number, src6: string, dst6: string, cpu: number, type: number, code: number) => void;
}
