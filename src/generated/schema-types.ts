/* Generated from schemas/ by scripts/gen-types.ts (npm run gen:types). Do not edit by hand. */

/**
 * A kernel profile: the kernel version whose receive-path rules the model follows. See shared/spec/kernel-semantics.md section 10 for where they differ.
 */
export type ProfileName = 'linux-3.13' | 'linux-6.18';
export type Step = FramesStep | ReadStep | SysctlStep | LockSockStep | AdvanceStep | CheckpointStep;
/**
 * ip_csum: bad IPv4 header checksum. ip_version: version != 4. ip_ihl: ihl < 5. ip_truncated: tot_len larger than the frame. ip_len_short: tot_len smaller than the header. ip_options: malformed IP option. udp_csum: bad UDP checksum. udp_len_long: UDP length beyond the datagram. udp_len_short: UDP length < 8. otherhost: destination MAC not ours (PACKET_OTHERHOST). not_local: destination is not a local address (host route exists). no_route: no route to the destination. rp_filter: fails reverse-path filtering. fragment: an IP fragment that never completes. multicast/broadcast: sent to a multicast group or the broadcast address.
 */
export type FrameFlag =
  | 'ip_csum'
  | 'ip_version'
  | 'ip_ihl'
  | 'ip_truncated'
  | 'ip_len_short'
  | 'ip_options'
  | 'udp_csum'
  | 'udp_len_long'
  | 'udp_len_short'
  | 'otherhost'
  | 'not_local'
  | 'no_route'
  | 'rp_filter'
  | 'fragment'
  | 'multicast'
  | 'broadcast';
/**
 * Timed steps, in non-decreasing order of `at` (simulated nanoseconds since the start).
 */
export type Workload = Step[];
/**
 * /proc/net/softnet_stat: one row per online CPU.
 */
export type SoftnetStat = SoftnetRow[];
/**
 * /proc/net/udp: one row per UDP socket.
 */
export type ProcNetUdp = UdpSocketRow[];
/**
 * A tracepoint-shaped event, with the fields tracefs gives for the same tracepoint (events/GROUP/NAME/format) plus the simulated time `t` (ns) and the `cpu` it fired on.
 */
export type TraceEvent = NapiPollEvent | SoftirqEvent | NetifEvent | KfreeSkbEvent | SockRcvqueueFullEvent;

export interface RxpathSchemas {
  scenario?: Scenario;
  config?: Config;
  workload?: Workload;
  observations?: Observations;
  snapshot?: Snapshot;
  'trace-event'?: TraceEvent;
  profile?: ProfileName;
  sysctls?: Sysctls;
  'golden-trace'?: GoldenTrace;
}
/**
 * A configuration and a workload. Running it yields counter snapshots at each checkpoint and, after the last step, at `end` once the host is idle.
 */
export interface Scenario {
  name: string;
  description?: string;
  config: Config;
  workload: Workload;
}
/**
 * The configuration of a simulated host: kernel profile, CPUs, sysctls, devices with their queues, sockets and the per-packet cost model.
 */
export interface Config {
  profile: ProfileName;
  /**
   * Number of online CPUs (nr_cpu_ids).
   */
  cpus: number;
  /**
   * CONFIG_HZ: the jiffy length. Default 250 (the project's machines).
   */
  hz?: 100 | 250 | 300 | 1000;
  sysctls?: Sysctls;
  devices?: Device[];
  sockets?: Socket[];
  /**
   * Addresses the host owns (besides 127.0.0.0/8). Default ["10.0.0.1"].
   */
  localAddresses?: string[];
  /**
   * net.ipv4.conf.all.forwarding: decides InAddrErrors versus forwarding for non-local destinations.
   */
  forwarding?: boolean;
  costs?: Costs;
}
/**
 * Sysctl overrides for a scenario. Keys are the full dotted sysctl names; a sysctl that is not given takes its profile default.
 */
export interface Sysctls {
  /**
   * Most packets one net_rx_action call may process across all NAPIs before it stops (poll() still gets the full weight, so one call can overshoot by weight-1). Raise it when softnet_stat time_squeeze grows.
   */
  'net.core.netdev_budget'?: number;
  /**
   * Time limit of one net_rx_action call; converted with usecs_to_jiffies (rounds up). 3.13 has no sysctl: the limit is 2 jiffies.
   */
  'net.core.netdev_budget_usecs'?: number;
  /**
   * Poll weight of the per-CPU backlog NAPI (process_backlog): how many backlog packets one poll may take.
   */
  'net.core.dev_weight'?: number;
  /**
   * Multiplier on dev_weight for the RX backlog weight (dev_rx_weight). Absent in 3.13.
   */
  'net.core.dev_weight_rx_bias'?: number;
  /**
   * Limit of each CPU's backlog input_pkt_queue: enqueue_to_backlog admits while the queue holds <= this many, so it can reach this + 1. Drops show in softnet_stat column 2 of the target CPU.
   */
  'net.core.netdev_max_backlog'?: number;
  /**
   * Buckets of each CPU's flow-limit table. Takes effect only for tables allocated after it is written (by writing flow_limit_cpu_bitmap).
   */
  'net.core.flow_limit_table_len'?: number;
  /**
   * CPUs whose enqueues are subject to the flow limit (hex mask). The table used is the ENQUEUING CPU's; the drop is counted on the target CPU.
   */
  'net.core.flow_limit_cpu_bitmap'?: string;
  /**
   * Size of the global RFS socket flow table. 0 disables RFS.
   */
  'net.core.rps_sock_flow_entries'?: number;
  /**
   * 1: timestamp packets before RPS enqueues them to another CPU; 0: after. Affects only timestamps, not counters.
   */
  'net.core.netdev_tstamp_prequeue'?: number;
  /**
   * sk_rcvbuf of a new socket that does not set SO_RCVBUF (256 * SKB_TRUESIZE(256) on x86_64).
   */
  'net.core.rmem_default'?: number;
  /**
   * Cap on setsockopt(SO_RCVBUF) before doubling (SO_RCVBUFFORCE ignores it).
   */
  'net.core.rmem_max'?: number;
  /**
   * Busy-poll time for poll()/select() on sockets that support it. The model does not busy-poll (no application CPU model) and rejects a non-zero value.
   */
  'net.core.busy_poll'?: number;
  /**
   * Default SO_BUSY_POLL for new sockets (busy polling in recvmsg). The model rejects a non-zero value.
   */
  'net.core.busy_read'?: number;
  /**
   * GRO_NORMAL skbs are batched on the NAPI's rx_list until this many segments, then passed up as a list. Absent in 3.13.
   */
  'net.core.gro_normal_batch'?: number;
  /**
   * Look up the socket (connected UDP, established TCP) before routing, saving the route lookup.
   */
  'net.ipv4.ip_early_demux'?: number;
  /**
   * Early demux switch for UDP (6.x). Absent in 3.13, where ip_early_demux covers all protocols.
   */
  'net.ipv4.udp_early_demux'?: number;
  /**
   * Receive memory each UDP socket is guaranteed even under udp_mem pressure.
   */
  'net.ipv4.udp_rmem_min'?: number;
  /**
   * Pages all UDP sockets together may hold: below min no pressure, above max allocations fail (MemErrors).
   *
   * @minItems 3
   * @maxItems 3
   */
  'net.ipv4.udp_mem'?: [number, number, number];
  /**
   * Lower limit of a TCP read offloaded to a DMA engine (CONFIG_NET_DMA, removed in 3.20). Not on the UDP path: listed for completeness, no effect in the model.
   */
  'net.ipv4.tcp_dma_copybreak'?: number;
}
/**
 * A network device and its receive queues, with the settings ethtool and sysfs expose.
 */
export interface Device {
  /**
   * Interface name (IFNAMSIZ-1 characters at most).
   */
  name: string;
  /**
   * nic: a multi-queue NAPI driver that hands packets up with napi_gro_receive/netif_receive_skb. loopback and veth: frames enter through netif_rx on the sending CPU and always use the backlog.
   */
  kind: 'nic' | 'loopback' | 'veth';
  /**
   * RX descriptors per queue (ethtool -G DEV rx N).
   */
  ringSize?: number;
  /**
   * Number of RX queues (ethtool -L DEV rx N or combined N).
   */
  rxQueues?: number;
  /**
   * RSS indirection table: entry i names the queue for hashes with (hash mod table length) == i (ethtool -X DEV equal N | weight W...; shown by ethtool -x).
   */
  rssIndirection?: number[];
  /**
   * ethtool -X DEV weight W0 W1 ...: fills the indirection table in proportion to the weights (ethtool's fill_indir_table).
   */
  rssWeights?: number[];
  /**
   * Fields the NIC hashes for udp4 (ethtool -N DEV rx-flow-hash udp4 sdfn). Used only for frames that carry no explicit hash.
   */
  rxFlowHash?: ('src-ip' | 'dst-ip' | 'src-port' | 'dst-port')[];
  /**
   * ntuple (flow director) rules in location order (ethtool -U DEV flow-type udp4 ... action Q|-1).
   */
  ntuple?: NtupleRule[];
  /**
   * Generic receive offload (ethtool -K DEV gro on|off).
   */
  gro?: boolean;
  coalesce?: Coalesce;
  /**
   * The NAPI poll weight the driver registers (netif_napi_add; 64 = NAPI_POLL_WEIGHT).
   */
  napiWeight?: number;
  /**
   * Per-RX-queue settings, index = queue number.
   */
  queues?: RxQueue[];
}
/**
 * This interface was referenced by `Device`'s JSON-Schema
 * via the `definition` "NtupleRule".
 */
export interface NtupleRule {
  src?: string;
  dst?: string;
  srcPort?: number;
  dstPort?: number;
  /**
   * Queue number to steer to, or -1 to drop.
   */
  action: number;
}
/**
 * Interrupt coalescing (ethtool -C DEV ...).
 *
 * This interface was referenced by `Device`'s JSON-Schema
 * via the `definition` "Coalesce".
 */
export interface Coalesce {
  rxUsecs?: number;
  rxFrames?: number;
  rxUsecsIrq?: number;
  rxFramesIrq?: number;
  adaptiveRx?: boolean;
}
/**
 * This interface was referenced by `Device`'s JSON-Schema
 * via the `definition` "RxQueue".
 */
export interface RxQueue {
  /**
   * /sys/class/net/DEV/queues/rx-N/rps_cpus (hex CPU mask).
   */
  rpsCpus?: string;
  /**
   * /sys/class/net/DEV/queues/rx-N/rps_flow_cnt.
   */
  rpsFlowCnt?: number;
  /**
   * /proc/irq/IRQ/smp_affinity of this queue's IRQ (hex CPU mask); the lowest CPU of the mask takes the interrupt.
   */
  smpAffinity?: string;
}
/**
 * A bound UDP/IPv4 socket and its per-socket options.
 */
export interface Socket {
  name: string;
  /**
   * Bound address; 0.0.0.0 (the default) is any local address.
   */
  address?: string;
  port: number;
  /**
   * connect()ed peer. Connected sockets are found by early demux and record their flow hash for RFS.
   */
  connect?: {
    address: string;
    port: number;
  };
  /**
   * Value passed to setsockopt(SO_RCVBUF). Absent: the socket keeps net.core.rmem_default.
   */
  soRcvbuf?: number;
  /**
   * Use SO_RCVBUFFORCE (CAP_NET_ADMIN): soRcvbuf is not capped at rmem_max.
   */
  soRcvbufForce?: boolean;
  /**
   * setsockopt(SO_BUSY_POLL) in microseconds.
   */
  soBusyPoll?: number;
  /**
   * CPU the reading application runs on; recvmsg records the flow there for RFS (sock_rps_record_flow).
   */
  cpu?: number;
  /**
   * Multicast group joined (IP_ADD_MEMBERSHIP).
   */
  multicast?: string;
}
/**
 * Simulated CPU time, in nanoseconds, that each stage takes. A modelling assumption (not a kernel fact): it drives only the time limit of net_rx_action and how fast queues drain against arrivals.
 *
 * This interface was referenced by `Config`'s JSON-Schema
 * via the `definition` "Costs".
 */
export interface Costs {
  /**
   * Hard IRQ handler, once per interrupt.
   */
  irqNs?: number;
  /**
   * Entering and leaving the NET_RX softirq, once per net_rx_action call.
   */
  softirqNs?: number;
  /**
   * Fixed cost of one NAPI poll call.
   */
  pollNs?: number;
  /**
   * Driver work per harvested descriptor (build the skb, refill).
   */
  driverPacketNs?: number;
  /**
   * __netif_receive_skb through IP and UDP to the socket, per skb.
   */
  stackPacketNs?: number;
  /**
   * enqueue_to_backlog per skb.
   */
  backlogPacketNs?: number;
}
export interface FramesStep {
  at: number;
  op: 'frames';
  /**
   * Device the frames arrive on.
   */
  device: string;
  /**
   * Override RSS: force the RX queue (a NIC without RSS, or a test).
   */
  queue?: number;
  /**
   * For loopback and veth: the sending CPU, where netif_rx runs. Default 0.
   */
  cpu?: number;
  /**
   * Number of frames. Default 1.
   */
  count?: number;
  /**
   * Time between consecutive frames. Default 0 (back to back).
   */
  gapNs?: number;
  flow: Flow;
  /**
   * 32-bit flow hash the NIC reports (skb->hash). Absent: derived from the flow's fields.
   */
  hash?: number;
  /**
   * UDP payload bytes. Default 64.
   */
  payload?: number;
  flags?: FrameFlag[];
}
export interface Flow {
  /**
   * Default 10.0.0.2.
   */
  src?: string;
  /**
   * Default 10.0.0.1 (or 127.0.0.1 on loopback).
   */
  dst?: string;
  /**
   * Default 40000.
   */
  sport?: number;
  dport: number;
  /**
   * IP protocol number; 17 (UDP) by default. Others exercise InUnknownProtos.
   */
  proto?: number;
}
export interface ReadStep {
  at: number;
  op: 'read';
  socket: string;
  /**
   * Datagrams to read with recvmsg; absent: read until the queue is empty.
   */
  count?: number;
}
export interface SysctlStep {
  at: number;
  op: 'sysctl';
  name: string;
  value: number | string | unknown[];
}
export interface LockSockStep {
  at: number;
  op: 'lock_sock';
  socket: string;
  /**
   * The application holds the socket lock (lock_sock ... release_sock) this long; in linux-3.13 softirq delivery then goes to the socket backlog.
   */
  durationNs: number;
}
export interface AdvanceStep {
  at: number;
  /**
   * Let simulated time run to `at`.
   */
  op: 'advance';
}
export interface CheckpointStep {
  at: number;
  op: 'checkpoint';
  label: string;
  /**
   * Run until every queue below the socket is empty before taking the snapshot (default false).
   */
  settle?: boolean;
}
/**
 * What an implementation reports for a scenario: a snapshot at every checkpoint step (in workload order) and a final one labelled `end`, and optionally the trace events.
 */
export interface Observations {
  profile: ProfileName;
  checkpoints: Checkpoint[];
  events?: TraceEvent[];
}
/**
 * This interface was referenced by `Observations`'s JSON-Schema
 * via the `definition` "Checkpoint".
 */
export interface Checkpoint {
  label: string;
  /**
   * Index of the checkpoint step in the workload; the final `end` snapshot has the workload length.
   */
  step: number;
  /**
   * Simulated time of the snapshot (ns).
   */
  at: number;
  counters: Snapshot;
}
/**
 * Every counter file at one instant. Values count from the start of the scenario (for a recorded kernel: deltas from before the trial).
 */
export interface Snapshot {
  softnet_stat: SoftnetStat;
  snmp: Snmp;
  netstat: Netstat;
  dev: ProcNetDev;
  ethtool: EthtoolStats;
  udp: ProcNetUdp;
  softirqs: Softirqs;
  interrupts: Interrupts;
  internal?: Internal;
}
export interface SoftnetRow {
  cpu: number;
  processed: number;
  dropped: number;
  time_squeeze: number;
  cpu_collision: number;
  received_rps: number;
  flow_limit_count: number;
  backlog_len?: number;
  input_qlen?: number;
  process_qlen?: number;
}
/**
 * /proc/net/snmp: the Ip, Icmp and Udp lines (per network namespace).
 */
export interface Snmp {
  Ip: IpLine;
  Icmp: IcmpLine;
  Udp: UdpLine;
}
/**
 * This interface was referenced by `Snmp`'s JSON-Schema
 * via the `definition` "IpLine".
 */
export interface IpLine {
  Forwarding: number;
  DefaultTTL: number;
  InReceives: number;
  InHdrErrors: number;
  InAddrErrors: number;
  ForwDatagrams: number;
  InUnknownProtos: number;
  InDiscards: number;
  InDelivers: number;
  OutRequests: number;
  OutDiscards: number;
  OutNoRoutes: number;
  ReasmTimeout: number;
  ReasmReqds: number;
  ReasmOKs: number;
  ReasmFails: number;
  FragOKs: number;
  FragFails: number;
  FragCreates: number;
  OutTransmits?: number;
}
/**
 * This interface was referenced by `Snmp`'s JSON-Schema
 * via the `definition` "IcmpLine".
 */
export interface IcmpLine {
  InMsgs: number;
  InErrors: number;
  InCsumErrors: number;
  InDestUnreachs: number;
  OutMsgs: number;
  OutErrors: number;
  OutDestUnreachs: number;
}
/**
 * This interface was referenced by `Snmp`'s JSON-Schema
 * via the `definition` "UdpLine".
 */
export interface UdpLine {
  InDatagrams: number;
  NoPorts: number;
  InErrors: number;
  OutDatagrams: number;
  RcvbufErrors: number;
  SndbufErrors: number;
  InCsumErrors: number;
  IgnoredMulti?: number;
  MemErrors?: number;
}
/**
 * /proc/net/netstat: the IpExt line and the TcpExt counter the IPv4 receive path bumps (per network namespace).
 */
export interface Netstat {
  IpExt: IpExtLine;
  TcpExt: TcpExtLine;
}
/**
 * This interface was referenced by `Netstat`'s JSON-Schema
 * via the `definition` "IpExtLine".
 */
export interface IpExtLine {
  InNoRoutes: number;
  InTruncatedPkts: number;
  InMcastPkts: number;
  OutMcastPkts: number;
  InBcastPkts: number;
  OutBcastPkts: number;
  InOctets: number;
  OutOctets: number;
  InMcastOctets: number;
  OutMcastOctets: number;
  InBcastOctets: number;
  OutBcastOctets: number;
  InCsumErrors: number;
  InNoECTPkts: number;
  InECT1Pkts: number;
  InECT0Pkts: number;
  InCEPkts: number;
  ReasmOverlaps?: number;
}
/**
 * This interface was referenced by `Netstat`'s JSON-Schema
 * via the `definition` "TcpExtLine".
 */
export interface TcpExtLine {
  IPReversePathFilter: number;
}
/**
 * /proc/net/dev receive columns, keyed by interface name.
 */
export interface ProcNetDev {
  [k: string]: DevRx;
}
/**
 * This interface was referenced by `ProcNetDev`'s JSON-Schema
 * via the `definition` "DevRx".
 */
export interface DevRx {
  rx_bytes: number;
  rx_packets: number;
  rx_errs: number;
  rx_drop: number;
  rx_fifo: number;
  rx_frame: number;
  rx_compressed: number;
  rx_multicast: number;
}
/**
 * NIC statistics as ethtool -S shows them (a generic multi-queue NIC), keyed by interface name.
 */
export interface EthtoolStats {
  [k: string]: NicStats;
}
/**
 * This interface was referenced by `EthtoolStats`'s JSON-Schema
 * via the `definition` "NicStats".
 */
export interface NicStats {
  rx_packets: number;
  rx_bytes: number;
  rx_missed_errors: number;
  rx_fifo_errors: number;
  rx_dropped: number;
  ntuple_match: number;
  ntuple_miss: number;
  queues: NicQueueStats[];
}
/**
 * This interface was referenced by `EthtoolStats`'s JSON-Schema
 * via the `definition` "NicQueueStats".
 */
export interface NicQueueStats {
  packets: number;
  bytes: number;
}
export interface UdpSocketRow {
  /**
   * The scenario's socket name (not a /proc column).
   */
  name: string;
  local_address: string;
  rem_address: string;
  rx_queue: number;
  tx_queue: number;
  drops: number;
}
/**
 * /proc/softirqs: the NET_RX line, one count per CPU.
 */
export interface Softirqs {
  NET_RX: number[];
}
/**
 * /proc/interrupts rows of RX-queue IRQs, keyed by the IRQ's action name (DEV-rx-N), one count per CPU.
 */
export interface Interrupts {
  [k: string]: number[];
}
/**
 * White-box state that no /proc file shows directly; an implementation may omit it.
 *
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "Internal".
 */
export interface Internal {
  backlog?: BacklogState[];
  sockets?: SocketState[];
  rings?: RingState[];
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "BacklogState".
 */
export interface BacklogState {
  cpu: number;
  input_qlen: number;
  process_qlen: number;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "SocketState".
 */
export interface SocketState {
  name: string;
  /**
   * sk_rcvbuf (what getsockopt(SO_RCVBUF) returns).
   */
  rcvbuf: number;
  /**
   * sk_rmem_alloc: truesize charged to the socket.
   */
  rmem_alloc: number;
  /**
   * 6.x udp_sk->forward_deficit: truesize read but not yet released (always 0 in 3.13).
   */
  forward_deficit: number;
  /**
   * Datagrams waiting to be read.
   */
  queued: number;
  /**
   * 3.13 sk_backlog.len (bytes of truesize in the socket backlog).
   */
  backlog_len: number;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "RingState".
 */
export interface RingState {
  device: string;
  queue: number;
  filled: number;
}
/**
 * napi:napi_poll (net/core/dev.c:__napi_poll, 3.13 net_rx_action).
 */
export interface NapiPollEvent {
  t: number;
  cpu: number;
  event: 'napi_poll';
  /**
   * Which NAPI: DEV:rx-N for a device queue, backlog:CPU for process_backlog.
   */
  napi: string;
  dev_name: string;
  work: number;
  /**
   * The weight passed to poll().
   */
  budget: number;
}
/**
 * irq:softirq_entry / irq:softirq_exit for NET_RX (vec 3), kernel/softirq.c:__do_softirq.
 */
export interface SoftirqEvent {
  t: number;
  cpu: number;
  event: 'softirq_entry' | 'softirq_exit';
  vec: 3;
}
/**
 * net:netif_rx (netif_rx_internal) and net:netif_receive_skb (__netif_receive_skb_core).
 */
export interface NetifEvent {
  t: number;
  cpu: number;
  event: 'netif_rx' | 'netif_receive_skb';
  /**
   * A stable identifier of the skb (the frame's sequence number in the simulation).
   */
  skbaddr: number;
  /**
   * skb->len at the tracepoint (IP datagram length: the MAC header is already pulled).
   */
  len: number;
  /**
   * Device name.
   */
  name: string;
}
/**
 * skb:kfree_skb: an skb dropped (net/core/skbuff.c:kfree_skb_reason). 3.13 has no reason field.
 */
export interface KfreeSkbEvent {
  t: number;
  cpu: number;
  event: 'kfree_skb';
  skbaddr: number;
  /**
   * skb->protocol in host order (2048 = ETH_P_IP).
   */
  protocol: number;
  /**
   * file:function of the caller that dropped it.
   */
  location: string;
  /**
   * Drop reason name as tracefs prints it (SKB_DROP_REASON_ without the prefix), linux-6.18 only.
   */
  reason?: string;
}
/**
 * sock:sock_rcvqueue_full (3.13 sock_queue_rcv_skb; 6.x __udp_enqueue_schedule_skb does not fire it: see the model's notes).
 */
export interface SockRcvqueueFullEvent {
  t: number;
  cpu: number;
  event: 'sock_rcvqueue_full';
  rmem_alloc: number;
  truesize: number;
  sk_rcvbuf: number;
}
/**
 * A scenario plus the observations expected from it, with where they came from. Recorded by `rxpath golden record` (from the model) or `rxpath record` (from a live kernel); never written by hand.
 */
export interface GoldenTrace {
  format: 'rxpath-golden/1';
  /**
   * One line: what this trace shows.
   */
  summary: string;
  /**
   * Features the scenario needs (e.g. loopback, nic, rps, rfs, gro, flow_limit, ntuple); an implementation declares which it supports.
   */
  tags?: string[];
  scenario: Scenario;
  observations: Observations;
  /**
   * Counter paths the source really observed (e.g. snmp.Udp, udp, softnet_stat[0].dropped). Comparison covers only these. Absent: everything (model traces).
   */
  observed?: string[];
  provenance: Provenance;
}
/**
 * This interface was referenced by `GoldenTrace`'s JSON-Schema
 * via the `definition` "Provenance".
 */
export interface Provenance {
  source: 'model' | 'kernel';
  profile: ProfileName;
  rxpathVersion?: string;
  /**
   * For recorded traces: uname -r, the truesize measured in that run, every sysctl and device setting, the tools and their versions, the date.
   */
  kernel?: {
    release?: string;
    truesize?: {
      [k: string]: number;
    };
    sysctls?: {};
    settings?: {};
    tools?: {
      [k: string]: string;
    };
    recordedAt?: string;
    [k: string]: unknown;
  };
}
