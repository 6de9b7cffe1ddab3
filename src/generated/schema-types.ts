/* Generated from schemas/ by scripts/gen-types.ts (npm run gen:types). Do not edit by hand. */

/**
 * A kernel profile: the kernel version whose receive-path rules the model follows. linux-6.1 and linux-6.12 are Debian 12's builds of those stable series (6.1.192, 6.12.118), recorded under QEMU. See shared/spec/kernel-semantics.md section 10 and docs/kernels.md for where they differ.
 */
export type ProfileName = 'linux-3.13' | 'linux-6.1' | 'linux-6.12' | 'linux-6.18';
export type Step =
  | FramesStep
  | ReadStep
  | SysctlStep
  | LockSockStep
  | SetsockoptStep
  | CloseStep
  | AdvanceStep
  | CheckpointStep;
/**
 * ip_csum: bad IPv4 header checksum. ip_version: version != 4. ip_ihl: ihl < 5. ip_truncated: tot_len larger than the frame. ip_len_short: tot_len smaller than the header. ip_options: a 4-byte malformed IP option (record route with optlen 2), so the header is 24 bytes (ihl 6): ip_options_compile fails (InHdrErrors) and sends ICMP parameter problem. udp_csum: bad UDP checksum. udp_len_long: UDP length beyond the datagram. udp_len_short: UDP length < 8. otherhost: destination MAC not ours (PACKET_OTHERHOST). not_local: destination is not a local address (host route exists). no_route: no route to the destination. rp_filter: fails reverse-path filtering. fragment: the first fragment (offset 0, MF set) of a datagram whose other fragments never arrive: it waits in ip_defrag until net.ipv4.ipfrag_time, then ip_expire sends ICMP time exceeded (fragment reassembly). multicast/broadcast: sent to a multicast group or the broadcast address. ttl_1: IP TTL 1 (otherwise 64): forwarding it would leave TTL 0, so ip_forward counts InHdrErrors and sends ICMP time exceeded; local delivery does not look at the TTL. ttl_0: IP TTL 0, the same (ip_forward: `ttl <= 1`). ip_short: the frame ends 10 bytes into its IP header (a 24-byte Ethernet frame; `payload` is not sent): ip_rcv counts InReceives and InOctets (10), then pskb_may_pull(sizeof(struct iphdr)) fails: InHdrErrors; veth only (a NIC discards runts). udp_csum_zero: UDP checksum 0, which IPv4 takes as no checksum (udp4_csum_init: CHECKSUM_UNNECESSARY), so the datagram is received as with a valid one. Valid IP options (at most one options flag, ip_options included; src/spec/ip-options.ts has their bytes): ip_options_nop (NOP NOP NOP END, 4 bytes), ip_options_rr (record route with room for one address, 8 bytes), ip_options_ts (timestamp, room for one, 8 bytes) and ip_options_ra (router alert, 4 bytes) are taken (ip_options_compile) and the datagram goes on; an ICMP error about it echoes record route and timestamp. ip_options_lsrr and ip_options_ssrr (a loose or strict source route through one hop, 8 bytes) are dropped by ip_rcv_options without a counter: a new namespace has net.ipv4.conf.all.accept_source_route 0. ip_options_sec (a basic security option, IPOPT_SEC, 11 bytes and END, 12 bytes) is one ip_options_compile does not look into on receive (`default:` takes any option of a received skb): the datagram goes on, and an ICMP error about it does not echo it. ip_options_cipso (a CIPSO option, IPOPT_CIPSO, for DOI 9, which no host here configures, 8 bytes) fails cipso_v4_validate (cipso_v4_doi_search finds no DOI): a parameter problem, InHdrErrors, as ip_options; the error echoes the option (__ip_options_echo copies opt->cipso, set before the check). On an inet6 flow ip_version, ip_truncated and ip_short describe the IPv6 header (version 4; payload length 100 past the frame; the frame ends 10 bytes into it), which ip6_rcv_core checks: Ip6 InHdrErrors, InTruncatedPkts, InHdrErrors. IPv6 extension headers (inet6 flows on a veth; src/spec/ipv6-ext.ts has their bytes), each 8 bytes before the UDP header, in this order: a hop-by-hop options header (at most one of ip6_hopopts, ip6_hop_skip, ip6_hop_discard, ip6_hop_icmp, ip6_hop_icmp_nomcast), a routing header (ip6_rthdr or ip6_rthdr_segleft), a destination options header (ip6_dstopts, ip6_opt_skip, ip6_opt_discard, ip6_opt_icmp, ip6_opt_icmp_nomcast). ip6_hopopts and ip6_dstopts hold PadN, which ip6_parse_tlv takes; the others hold one option of a type the kernel does not know, whose top two bits tell ip6_tlvopt_unknown what to do: skip (00: the datagram goes on), discard (01: it is dropped), icmp (10) and icmp_nomcast (11: to a unicast destination the same), an ICMPv6 parameter problem (unrecognized option) to the source, rate limited as the other errors, then the drop. The hop-by-hop header is parsed by ip6_rcv_core (ipv6_parse_hopopts) before the route lookup, whatever the destination, and a drop there counts Ip6 InHdrErrors; the destination options header by ipv6_destopt_rcv for a local destination, which counts InHdrErrors when it drops. The routing header (type 0, RFC 2460's, which no kernel here handles) is taken by ipv6_rthdr_rcv for a local destination: with segments left 0 (ip6_rthdr) it is skipped and the datagram goes on; with 1 (ip6_rthdr_segleft) it is an unknown routing type: InHdrErrors and a parameter problem (erroneous header field), then the drop.
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
  | 'broadcast'
  | 'ttl_1'
  | 'ip_short'
  | 'udp_csum_zero'
  | 'ttl_0'
  | 'ip_options_nop'
  | 'ip_options_rr'
  | 'ip_options_ts'
  | 'ip_options_ra'
  | 'ip_options_lsrr'
  | 'ip_options_ssrr'
  | 'ip6_hopopts'
  | 'ip6_dstopts'
  | 'ip6_opt_discard'
  | 'ip6_opt_icmp'
  | 'ip6_hop_skip'
  | 'ip6_hop_discard'
  | 'ip6_hop_icmp'
  | 'ip6_hop_icmp_nomcast'
  | 'ip6_opt_skip'
  | 'ip6_opt_icmp_nomcast'
  | 'ip6_rthdr'
  | 'ip6_rthdr_segleft'
  | 'ip_options_sec'
  | 'ip_options_cipso';
/**
 * Timed steps, in non-decreasing order of `at` (simulated nanoseconds since the start).
 */
export type Workload = Step[];
/**
 * /proc/net/softnet_stat: one row per online CPU, each value printed %08x (u32, wraps). linux-3.13 prints 11 columns, linux-6.18 prints 15 (net/core/net-procfs.c:softnet_seq_show). Columns that are always 0 (4-8, and 9 in 6.18) are not represented except cpu_collision.
 */
export type SoftnetStat = SoftnetRow[];
/**
 * /proc/net/udp and /proc/net/udp6: one row per UDP socket (an inet6 socket's row is in udp6).
 */
export type ProcNetUdp = UdpSocketRow[];
/**
 * Present when the scenario uses SO_RXQ_OVFL (src/spec/scenario-tags.ts:scenarioUsesRxqOvfl).
 */
export type RxqOvfl = RxqOvflRow[];
/**
 * A tracepoint-shaped event, with the fields tracefs gives for the same tracepoint (events/GROUP/NAME/format) plus the simulated time `t` (ns) and the `cpu` it fired on.
 */
export type TraceEvent = NapiPollEvent | SoftirqEvent | NetifEvent | KfreeSkbEvent | SockRcvqueueFullEvent;
/**
 * rxpath's adapter protocol (versions 1 and 2; 2 adds capabilities.timing and a list of event types in capabilities.events): JSON lines over the standard input and output of an implementation's process, one message per line. rxpath writes Request messages to the program's stdin; the program answers each with exactly one Response line on stdout, in order. stderr is free for logs. The exchange: hello (version handshake and capabilities), then for each scenario start, one step message per workload step (answered by ack, or by a snapshot at checkpoint steps), end (answered by the final snapshot and the events), and bye when rxpath is done.
 */
export type ProtocolMessage = ProtocolRequest | ProtocolResponse;
/**
 * A message rxpath sends to the implementation.
 */
export type ProtocolRequest = HelloRequest | StartRequest | StepRequest | EndRequest | ByeRequest;
/**
 * A message the implementation sends back: one per request except bye.
 */
export type ProtocolResponse =
  HelloResponse | StartedResponse | AckResponse | SnapshotResponse | EndResponse | ErrorResponse;
/**
 * The `x-rxpath` keyword: what a reader needs to know about one sysctl, setting or counter. Declared to ajv with this schema as its metaSchema, so a wrong annotation fails compilation.
 */
export type RxpathAnnotation = {
  /**
   * sysctl: /proc/sys. setting: per device, queue or socket (ethtool, sysfs, setsockopt). counter: only grows (wraps at `bits`). gauge: a level that rises and falls. label: an identifier column (not a measurement).
   */
  kind: 'sysctl' | 'setting' | 'counter' | 'gauge' | 'label';
  unit:
    | 'packets'
    | 'frames'
    | 'datagrams'
    | 'segments'
    | 'bytes'
    | 'pages'
    | 'microseconds'
    | 'jiffies'
    | 'ratio'
    | 'entries'
    | 'descriptors'
    | 'queues'
    | 'weight'
    | 'fields'
    | 'rules'
    | 'cpumask'
    | 'boolean'
    | 'events'
    | 'interrupts'
    | 'softirqs'
    | 'code'
    | 'hops'
    | 'cpu'
    | 'address'
    | 'name';
  /**
   * true: the counter counts how often the machinery ran (interrupts, NET_RX softirq runs, RPS IPIs), so its value depends on how arrivals and processing interleave: on the clock. An implementation with timing settled is never compared on it (src/oracle/clock.ts); other counters depend on the clock only where running the model under other clocks shows it.
   */
  clock?: boolean;
  /**
   * host: one value for the machine (init_net-only sysctls). netns: one per network namespace. cpu: one per CPU. device: one per interface. queue: one per RX queue. socket: one per socket.
   */
  scope: 'host' | 'netns' | 'cpu' | 'device' | 'queue' | 'socket';
  /**
   * Where the kernel defines, validates or increments it.
   *
   * @minItems 1
   *
   * Items: file:function, e.g. net/core/dev.c:enqueue_to_backlog.
   *
   * This interface was referenced by `undefined`'s JSON-Schema
   * via the `definition` "KernelCitation".
   */
  kernel: [string, ...string[]];
  /**
   * One entry per kernel profile the item exists in; a profile absent here means the kernel of that profile does not have it.
   */
  profiles: {
    [k: string]: ProfileEntry;
  };
  /**
   * Names other tools use for it.
   */
  aliases: {
    sysctl?: string;
    proc?: string;
    sysfs?: string;
    /**
     * Header or field name in the proc file.
     */
    column?: string;
    nstat?: string;
    nodeExporter?: string;
    ethtool?: string;
    /**
     * The ip(8) command that sets it.
     */
    iproute2?: string;
    sockopt?: string;
  };
  /**
   * The skb drop reason(s) the kernel frees the packet with where this counter counts a drop, as tracefs prints them (skb:kfree_skb reason, linux-6.18; linux-3.13 has no drop reasons).
   */
  dropReason?: DropReason | [DropReason, ...DropReason[]];
  /**
   * Modelling remarks and provenance of the values.
   */
  note?: string;
};
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "DropReason".
 */
export type DropReason =
  | 'NOT_SPECIFIED'
  | 'NO_SOCKET'
  | 'PKT_TOO_SMALL'
  | 'TCP_CSUM'
  | 'SOCKET_FILTER'
  | 'UDP_CSUM'
  | 'NETFILTER_DROP'
  | 'OTHERHOST'
  | 'IP_CSUM'
  | 'IP_INHDR'
  | 'IP_RPFILTER'
  | 'UNICAST_IN_L2_MULTICAST'
  | 'XFRM_POLICY'
  | 'IP_NOPROTO'
  | 'SOCKET_RCVBUFF'
  | 'PROTO_MEM'
  | 'SOCKET_BACKLOG'
  | 'CPU_BACKLOG'
  | 'IP_INADDRERRORS'
  | 'IP_INNOROUTES'
  | 'PKT_TOO_BIG'
  | 'DEV_READY'
  | 'FULL_RING'
  | 'NOMEM'
  | 'IP_OUTNOROUTES'
  | 'IPV6DISABLED'
  | 'QDISC_DROP'
  | 'SKB_CSUM'
  | 'SKB_GSO_SEG'
  | 'IP_TUNNEL_ECN'
  | 'DUP_FRAG'
  | 'FRAG_REASM_TIMEOUT'
  | 'UNHANDLED_PROTO'
  | 'FRAG_TOO_FAR'
  | 'NEIGH_FAILED'
  | 'TC_INGRESS'
  | 'XDP';

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
  protocol?: ProtocolMessage;
  annotation?: RxpathAnnotation;
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
   * Seconds an incomplete IP datagram's fragments are kept; when the timer fires, ReasmTimeout and ReasmFails rise and the fragments are freed.
   */
  'net.ipv4.ipfrag_time'?: number;
  /**
   * Seconds an incomplete IPv6 datagram's fragments are kept (net/ipv6/reassembly.c); when the timer fires, Ip6 ReasmFails and ReasmTimeout rise, an ICMPv6 time exceeded (fragment reassembly) goes to the source when fragment 0 came, and the fragments are freed.
   */
  'net.ipv6.ip6frag_time'?: number;
  /**
   * Milliseconds of token-bucket credit one rate-limited ICMP error costs per destination (inet_peer): a destination gets a burst of 6 (XRLIM_BURST_FACTOR) and then one every icmp_ratelimit. 0 disables the per-destination limit. Errors sent out a loopback device are never limited.
   */
  'net.ipv4.icmp_ratelimit'?: number;
  /**
   * Bit mask of the ICMP types that are rate limited (bit N = type N). The default 0x1818 (6168) limits destination unreachable (3), source quench (4), time exceeded (11) and parameter problem (12): every error the receive path sends. 0 disables ICMP rate limiting.
   */
  'net.ipv4.icmp_ratemask'?: number;
  /**
   * Refill rate of the per-namespace global ICMP token bucket (icmp_global_allow): credit grows by icmp_msgs_per_sec * elapsed / HZ, at most every HZ/50 jiffies, up to icmp_msgs_burst. Applies to the rate-masked types of errors not about a packet that came in on loopback. 0: no rate-masked error is sent. Absent in 3.13 (added in 3.18).
   */
  'net.ipv4.icmp_msgs_per_sec'?: number;
  /**
   * Capacity of the per-namespace global ICMP token bucket (icmp_global_allow). Absent in 3.13 (added in 3.18).
   */
  'net.ipv4.icmp_msgs_burst'?: number;
  /**
   * Milliseconds of token-bucket credit one rate-limited ICMPv6 error costs per destination (inet_peer, net->ipv6.peers): a destination gets a burst of 6 (XRLIM_BURST_FACTOR) and then one every ratelimit, divided by 4 for the veth's /64 route before linux-6.18.y's 0201eedb69b2 (which also made the default 100 ms). 0 disables the per-destination limit. Errors sent out a loopback device are never limited.
   */
  'net.ipv6.icmp.ratelimit'?: number;
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
   * nic: a multi-queue NAPI driver that hands packets up with napi_gro_receive/netif_receive_skb. loopback and veth: frames enter through netif_rx on the sending CPU and use the backlog; a veth with gro on and peerTso off (6.x) takes them in its NAPI mode instead (see gro).
   */
  kind: 'nic' | 'loopback' | 'veth';
  /**
   * RX descriptors per queue (ethtool -G DEV rx N). When every descriptor holds an unharvested frame, the NIC drops (ethtool rx_missed_errors, /proc/net/dev drop).
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
   * Generic receive offload (ethtool -K DEV gro on|off). On by default on a NIC; off on a veth (veth.c:veth_newlink -> veth_disable_gro). On a veth (6.x) it turns on its NAPI mode (veth_set_features -> veth_napi_enable): a frame its other end may aggregate (veth_skb_is_eligible_for_gro: that end's TSO off, peerTso false) is put on a 256-slot ptr_ring by veth_xmit instead of going to netif_rx and the backlog, and veth_poll (weight 64) takes it off on the sending CPU and hands it to napi_gro_receive; rx_bytes then counts it without its Ethernet header (veth_xdp_rcv: skb->len after eth_type_trans); a frame that finds the ring full is freed and counted only in the other end's tx_dropped (6.1 in veth_xdp_rx, 6.12 and 6.18 in veth_xmit). The ring frees taken slots 16 at a time (ptr_ring.h:__ptr_ring_discard_one), so a burst after k (< 256) single frames finds 256 - (k mod 16) free. With peerTso on the injected frames are not eligible and go to netif_rx as with GRO off; 3.13's veth has no NAPI mode.
   */
  gro?: boolean;
  /**
   * veth only: TCP segmentation offload of the veth's other end, the one the frames are sent from (ethtool -K PEER tso on|off; on by default). With it off every frame that end sends may be aggregated (veth.c:veth_skb_is_eligible_for_gro `!(dev->features & NETIF_F_ALL_TSO)`), so with gro on the veth takes them in NAPI mode (see gro); with it on only a socket's own UDP would be (and only with rx-udp-gro-forwarding or rx-gro-list on the veth, which the format does not set), so the frames go to netif_rx whatever gro says.
   */
  peerTso?: boolean;
  /**
   * A veth's or lo's MTU. On a veth: the MTU of both ends (ip link set DEV mtu N, and the same on its other end, from which the frames are sent); 1500 (ETH_DATA_LEN, veth.c:veth_setup -> ether_setup) when absent. On lo: 65536 (loopback.c:loopback_setup, 64 * 1024) when absent; from 1280 (IPV6_MIN_MTU: below it lo would lose ::1, addrconf.c:addrconf_notify, and an ICMP error would quote less) to 65536. A UDP datagram whose IP length is above it is cut by its sender into fragments of (MTU - 20) & ~7 data bytes (IPv4 ip_do_fragment) or (MTU - 48) & ~7 (IPv6 ip6_fragment) and reassembled by ip_defrag: on a veth the recorder's AF_PACKET frames, on lo the sending socket's own skbs (__ip_append_data and __ip6_append_data build one per fragment, which the fragmenters' fast path sends as they are), so a fragment is charged the buffer its sender allocated. 3.13's lo has UFO: a datagram whose UDP length is above the MTU reaches it whole (ip_ufo_append_data). af_packet.c:packet_snd refuses a frame longer than MTU + 14 (EMSGSIZE). An ICMP error leaving by the veth quotes at most min(MTU, 576) - 28 bytes of the datagram (icmp.c:__icmp_send: room = dst_mtu). A veth's is from ETH_MIN_MTU 68 to ETH_MAX_MTU 65535 (veth.c:veth_setup -> ether_setup: min_mtu, max_mtu; ip link shows minmtu 68 maxmtu 65535). Up to 4065 every frame (MTU + 14 bytes, 16 reserved) stays under a page in packet_snd's one linear skb (packet_alloc_skb: `prepad + len < PAGE_SIZE`); above it 6.x keeps the frame's 14-byte Ethernet header linear and puts the rest in pages, charged PAGE_ALIGN of those bytes (alloc_skb_with_frags), and reassembly moves a later paged fragment's pages onto the head (skb_try_coalesce), while 3.13 makes one linear skb of any frame. UDP_GRO is refused beside such paged frames. Below IPV6_MIN_MTU 1280 the veth has no IPv6 (addrconf.c:ipv6_add_dev refuses the device), so nothing IPv6 may use it: no inet6 frame on it, and no inet6 socket bound to, connected to or joined to an IPv6 address other than :: and ::1. With an XDP program at most 3506 (veth.c:veth_xdp_set refuses a larger MTU of the other end: 'Peer MTU is too large to set XDP'). A NIC's MTU is not set by the format.
   */
  mtu?: number;
  /**
   * veth only (6.x): an XDP program attached to this end in driver mode (ip link set DEV xdpdrv ...; net/core/dev.c:dev_change_xdp_fd -> veth.c:veth_xdp_set) that gives every frame one verdict: pass (XDP_PASS), drop (XDP_DROP) or aborted (XDP_ABORTED, which fires trace_xdp_exception as well). Attaching it gives the veth its NAPI (veth_enable_xdp) and takes TSO from its other end (peer->hw_features &= ~NETIF_F_GSO_SOFTWARE; netdev_update_features), so every frame goes onto the 256-slot ptr_ring and through veth_poll whatever gro and peerTso say (see gro). veth_xdp_rcv counts the frame (rx_queue_0_xdp_packets and xdp_bytes, so the device's rx_packets and rx_bytes); veth_xdp_rcv_skb copies it where the program may write (veth_convert_skb_to_xdp_buff: 6.1 a page of its own, truesize 4352; 6.12 and 6.18 a fragment of the queue's page pool, skb_pp_cow_data: SKB_HEAD_ALIGN(frame) + 256 bytes, or the rest of the page when no other such fragment would fit, truesize that plus 256) and runs the program. pass: the copy goes on to GRO and IP, charged its own truesize. drop, aborted: rx_queue_0_xdp_drops counts it and kfree_skb frees it (reason NOT_SPECIFIED); nothing reaches IP, and rx_dropped and /proc/net/dev's drop do not count it. The snapshot then carries `veth` (ethtool -S of each veth). With pass, a socket cannot ask for UDP_GRO and a datagram cannot be sent as fragments: GRO and ip_defrag lay page-pool copies out by rules the model does not follow. linux-3.13's veth has no XDP (ndo_bpf came in 4.19).
   */
  xdp?: 'pass' | 'drop' | 'aborted';
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
  /**
   * Interrupt delay after the first received frame, in microseconds (ethtool -C DEV rx-usecs N). 0: no time-based delay.
   */
  rxUsecs?: number;
  /**
   * Frames to receive before raising an interrupt (ethtool -C DEV rx-frames N).
   */
  rxFrames?: number;
  /**
   * rx-usecs while the IRQ handler is running (ethtool -C DEV rx-usecs-irq N); 0 = same as rx-usecs.
   */
  rxUsecsIrq?: number;
  /**
   * rx-frames while the IRQ handler is running (ethtool -C DEV rx-frames-irq N); 0 = same as rx-frames.
   */
  rxFramesIrq?: number;
  /**
   * Let the driver tune RX coalescing from traffic (ethtool -C DEV adaptive-rx on, net_dim). The model does not model adaptive coalescing and rejects true.
   */
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
 * A bound UDP socket (AF_INET, or AF_INET6 with `family`) and its per-socket options.
 */
export interface Socket {
  name: string;
  /**
   * socket(AF_INET) (the default) or socket(AF_INET6). An inet6 socket bound to :: (the default address) also receives IPv4 datagrams unless `v6only` (net.ipv6.bindv6only is 0): they are counted in the Udp (IPv4) MIB and the socket's row is in /proc/net/udp6. One bound to ::ffff:a.b.c.d receives only IPv4 datagrams to a.b.c.d. An inet6 socket may connect() to ::1 or (with a veth) an address of fd00::/64, and may not join a group in the model.
   */
  family?: 'inet' | 'inet6';
  /**
   * IPV6_V6ONLY: an inet6 socket receives no IPv4 datagram. Default false (net.ipv6.bindv6only 0).
   */
  v6only?: boolean;
  /**
   * Bound address; 0.0.0.0 (or :: for inet6, the default) is any local address. An inet6 socket takes an IPv6 address, or an IPv4-mapped one (::ffff:a.b.c.d).
   */
  address?: string;
  port: number;
  /**
   * connect()ed peer. A connected socket receives only datagrams from the peer's address and port (compute_score); one bound to the wildcard is bound to the route's source address (an inet6 one: ::1 towards ::1, fd00::1 towards fd00::/64, and it then takes no IPv4: inet_rcv_saddr LOOPBACK4_IPV6). Connected sockets are found by early demux and record their flow hash for RFS.
   */
  connect?: {
    /**
     * The peer: an IPv4 address for an inet socket, an IPv6 one for an inet6 socket.
     */
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
   * setsockopt(SO_RXQ_OVFL, 1) before bind: each datagram read carries, as a SOL_SOCKET/SO_RXQ_OVFL control message, the socket's sk_drops when it was queued (net/core/sock.c:sock_recv_drops; none when that was 0). What the application last received is the snapshot's rxq_ovfl. 3.13 records sk_drops in every queued datagram (sock_queue_rcv_skb), 6.x only while the option is set (sock_skb_set_dropcount).
   */
  rxqOvfl?: boolean;
  /**
   * setsockopt(SOL_UDP, UDP_GRO, 1) after bind: GRO may merge this socket's datagrams of one flow into one skb (net/ipv4/udp_offload.c:udp_gro_receive_segment: same ports and IP fields, at most UDP_GRO_CNT_MAX (64) segments and 64 KiB, the segments as long as the first; one shorter ends it). The socket queues the merged skb as one, charged every segment's truesize; recvmsg reads it whole, in one call, and counts one InDatagrams (a UDP_GRO control message gives the segment size). Only a NAPI-mode veth (gro on, its other end's TSO off) runs GRO over frames the model sends, one poll's worth at a time. linux-3.13 has no UDP_GRO (it came in 5.0).
   */
  udpGro?: boolean;
  /**
   * setsockopt(SO_BUSY_POLL) in microseconds: busy-poll the device queue in recvmsg. The model does not busy-poll and rejects a non-zero value.
   */
  soBusyPoll?: number;
  /**
   * CPU the reading application runs on; recvmsg records the flow there for RFS (sock_rps_record_flow).
   */
  cpu?: number;
  /**
   * Multicast group joined on every device of the config: an IPv4 group (224.0.0.0/4, IP_ADD_MEMBERSHIP) for an inet socket, an IPv6 group (ff00::/8, IPV6_JOIN_GROUP) for an inet6 one. The device then takes the group's frames as its own (route.c:ip_check_mc_rcu, mcast.c:ipv6_chk_mcast_addr), whichever socket they go to.
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
   * Number of frames (of datagrams, for a datagram a veth sender fragments: see payload). Default 1.
   */
  count?: number;
  /**
   * Time between consecutive frames. Default 0 (back to back).
   */
  gapNs?: number;
  /**
   * loopback/veth only: all `count` frames enter netif_rx on `cpu` within one BH-disabled section (tc mirred fan-out, software UDP GSO), so no softirq runs between them and the backlog is not processed until the section ends. Default false.
   */
  burst?: boolean;
  flow: Flow;
  interleave?: Interleave;
  /**
   * 32-bit flow hash the NIC reports (skb->hash). Absent: derived from the flow's fields.
   */
  hash?: number;
  /**
   * UDP payload bytes. Default 64. On a veth (MTU 1500) a datagram whose IP length is above 1500 is sent as the fragments ip_fragment cuts: 1480 data bytes each (the UDP header in the first), the last shorter, back to back, each datagram with its own IP id; each fragment is a frame (rx_packets, InReceives, ReasmReqds), ip_defrag reassembles them (ReasmOKs) and the datagram is charged the reassembled truesize (the first fragment, plus every fragment chained on its frag_list rather than copied into its tailroom). Such a step must be UDP, without padding, burst or interleave, and may carry only the udp_csum or udp_csum_zero flag (scenario tag fragmentation). An IPv6 datagram (Flow.family inet6) is cut by ip6_fragment above 40 + 8 + payload = 1500: 1448 data bytes each behind a fragment header, reassembled by ipv6_frag_rcv (scenario tag ipv6_fragmentation). On lo the sending socket cuts a datagram above lo's MTU (Device.mtu, 65536 when absent) the same way, each fragment an skb __ip_append_data (__ip6_append_data) built and charged its own buffer; 3.13's lo takes one whose UDP length is above the MTU whole (UFO).
   */
  payload?: number;
  /**
   * veth or NIC: bytes of Ethernet padding after the IP datagram (a medium pads frames shorter than 60 bytes): skb->len is larger than tot_len, so ip_rcv counts InOctets and the device rx_bytes with it, then trims it (ip_rcv_core: pskb_trim_rcsum); the skb was allocated, and its truesize charged, with it. Default 0.
   */
  padding?: number;
  /**
   * A veth datagram above the MTU only (the sender cuts it into fragments: src/spec/ip-fragment.ts; scenario tag fragment_order): the order in which each of the step's datagrams sends its fragments, by index (0 is the one at offset 0), instead of 0, 1, 2, ... An index may come twice (a duplicate: 6.x inet_frag_queue_insert finds it inside what the queue holds and drops it, IPFRAG_DUP; 3.13 ip_frag_queue frees the copy it held and keeps the new one; either way only ReasmReqds counts it), or not at all (the datagram never completes: ip_expire after net.ipv4.ipfrag_time counts ReasmTimeout and ReasmFails, and sends an ICMP time exceeded when fragment 0 came). A fragment that comes after its datagram was reassembled starts a new queue, which expires the same way. Every index must be below the number of fragments. An item may also be a FragmentCut: a fragment cut elsewhere than the sender cuts, which may overlap the others (scenario tag fragment_overlap).
   *
   * @minItems 1
   * @maxItems 4096
   */
  fragments?: [number | FragmentCut, ...(number | FragmentCut)[]];
  flags?: FrameFlag[];
}
export interface Flow {
  /**
   * Address family: inet (IPv4, the default) or inet6 (IPv6 UDP: ipv6_rcv, udpv6_rcv, /proc/net/snmp6; scenario tag ipv6). An inet6 flow is UDP (proto 17) over loopback (::1 to ::1, no flags; a payload above lo's MTU less 48, 65488 at its 64 KiB or Device.mtu, leaves the socket as the fragments __ip6_append_data builds, which ipv6_frag_rcv reassembles) or a veth (fd00::2 to fd00::1; a payload above 1452, 40 + 8 + payload beyond the MTU, leaves the sender as IPv6 fragments of 1448 data bytes behind a fragment header, which ipv6_frag_rcv reassembles: Ip6 ReasmReqds per fragment, ReasmOKs, and after net.ipv6.ip6frag_time an incomplete one's ReasmFails, ReasmTimeout and an ICMPv6 time exceeded when fragment 0 came; such a step goes to fd00::1 and carries at most udp_csum or udp_csum_zero, no padding or burst; scenario tag ipv6_fragmentation); its flags may be udp_csum, udp_csum_zero (refused by IPv6: Udp6 InCsumErrors; 3.13 in udp6_csum_init, 6.x after the socket lookup, udp6_csum_zero_error), udp_len_long, udp_len_short, otherhost, and the IPv6 header's ip_version (version 4: Ip6 InHdrErrors), ip_truncated (payload length past the frame: Ip6 InTruncatedPkts) and ip_short (the frame ends 10 bytes into the header: Ip6 InHdrErrors), all counted by ip6_rcv_core after InReceives; burst and padding are allowed, interleave and hash are not. A datagram no AF_INET6 socket takes counts Udp6 NoPorts and gets an ICMPv6 port unreachable, rate limited per destination by net.ipv6.icmp.ratelimit (and on 6.x the global ICMP bucket), never over lo. On a veth the destination may also be another address of fd00::/64 (ip6_forward drops it with forwarding off: Ip6 InAddrErrors), or a global (2000::/3) or unique-local (fc00::/7) address off that /64, which no route reaches (ip6_pkt_drop: Ip6 InNoRoutes and an ICMPv6 destination unreachable, no route, limited as the port unreachables).
   */
  family?: 'inet' | 'inet6';
  /**
   * Default 10.0.0.2 (or 127.0.0.1 on loopback); for an inet6 flow fd00::2 (or ::1 on loopback). On loopback a frame comes from a local socket: its source must be a local address (127.0.0.0/8 or config.localAddresses).
   */
  src?: string;
  /**
   * Default 10.0.0.1 (or 127.0.0.1 on loopback); for an inet6 flow fd00::1 (or ::1 on loopback).
   */
  dst?: string;
  /**
   * Default 40000. For an ICMP frame (proto 1): the ICMP type, required: an error type (3, 4, 5, 11, 12) or an unknown type (> 18, counted as Icmp InErrors); the model answers no ICMP query. An ICMP frame is an 8-byte header (code 0) and `payload` bytes of 0x5a, which an error quotes as the datagram it is about (IHL 10, protocol 90): an error frame needs a payload of at least 48.
   */
  sport?: number;
  dport: number;
  /**
   * IP protocol number; 17 (UDP) by default, 1 (ICMP), or a protocol the kernel has no handler for, which exercises InUnknownProtos. Protocols with a handler, built in or from a module (IGMP 2, IPIP 4, TCP 6, DCCP 33, IPv6 41, GRE 47, ESP 50, AH 51, PIM 103, IPCOMP 108, L2TP 115, SCTP 132, UDP-Lite 136, MPLS 137, 143, 144), are rejected: the model does not model them.
   */
  proto?: number;
}
/**
 * A second, lighter flow mixed into a loopback or veth step: the same frames (addresses, destination port, payload, flags) from another source port, so with their own flow hash (skb_get_hash), which flow limits (net/core/dev.c:skb_flow_limit) and RPS key on. A UDP flow only (flow.proto 17), with no `hash`. Recorded on a veth burst by rewriting the source port between mirred copies (tc pedit and csum).
 */
export interface Interleave {
  /**
   * Frame k of the step (counting from 0) is of the light flow when k % every == every - 1: every 4 gives three frames of `flow`, then one of the light flow, and so on.
   */
  every: number;
  /**
   * The light flow's source port; it must differ from flow.sport.
   */
  sport: number;
}
/**
 * A fragment a sender would not cut (crafted: the recorder builds it): the datagram's bytes [offset, offset + length), MF set unless it reaches the end. Against the fragments a queue holds: 6.x inet_frag_queue_insert drops one inside a run of held fragments (IPFRAG_DUP: only ReasmReqds) and kills the queue for any other overlap (IPFRAG_OVERLAP: IpExt ReasmOverlaps on IPv4, ReasmFails; RFC 5722); 3.13 ip_frag_queue trims the overlap (the new fragment's head, the next ones' heads, or frees what it covers whole); 3.13 ip6_frag_queue kills the queue (ReasmFails).
 */
export interface FragmentCut {
  /**
   * Where its data starts in the datagram's bytes after the IP header (UDP header and payload): a multiple of 8 (the fragment offset field counts 8-byte units), and not 0: fragment 0, the sender's, is the one the datagram is reassembled into.
   */
  offset: number;
  /**
   * Its data bytes: a multiple of 8 unless it ends the datagram (then MF is clear), within the datagram, and within the veth's MTU (Device.mtu) with its headers (20 + length for IPv4, 40 + 8 + length for IPv6).
   */
  length: number;
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
export interface SetsockoptStep {
  at: number;
  /**
   * The application calls setsockopt on a socket in the middle of the run: SO_RCVBUF (or SO_RCVBUFFORCE) with soRcvbuf, SO_RXQ_OVFL with rxqOvfl, UDP_GRO with udpGro, or more than one (in that order); at least one of them. SO_RCVBUF: sk_rcvbuf changes for the datagrams that follow (what is queued stays queued), and in linux-6.18 udp_lib_setsockopt sets forward_threshold to the new sk_rcvbuf >> 2. SO_RXQ_OVFL: in 6.x only datagrams queued from then on carry the drop count (sock_skb_set_dropcount); in 3.13 every queued datagram already does (sock_queue_rcv_skb). UDP_GRO (6.x): GRO merges the datagrams a poll takes from then on, or stops merging them; what is queued stays as it was queued (a merged skb is still read whole).
   */
  op: 'setsockopt';
  socket: string;
  /**
   * The int value passed, as config.sockets[].soRcvbuf.
   */
  soRcvbuf?: number;
  /**
   * SO_RCVBUFFORCE (CAP_NET_ADMIN): not capped at rmem_max.
   */
  soRcvbufForce?: boolean;
  /**
   * setsockopt(SO_RXQ_OVFL, value), as config.sockets[].rxqOvfl.
   */
  rxqOvfl?: boolean;
  /**
   * setsockopt(SOL_UDP, UDP_GRO, value) (6.x), as config.sockets[].udpGro: udp_lib_setsockopt sets or clears GRO_ENABLED. linux-3.13 has no UDP_GRO (the call fails with ENOPROTOOPT).
   */
  udpGro?: boolean;
}
export interface CloseStep {
  at: number;
  /**
   * The application closes a socket in the middle of the run (close(2) on its only descriptor). inet_release -> udp_lib_close -> sk_common_release unhashes it at once (udp_lib_unhash): later datagrams to its port find another socket that matches, or none (NoPorts, ICMP port unreachable). What it still queued is freed without a counter: 6.x udp_destruct_common and 3.13 inet_sock_destruct kfree_skb every queued datagram (6.x after an RCU grace period: SOCK_RCU_FREE) and give its memory back to udp_mem; its /proc/net/udp row and sk_drops go with it. 3.13 inet_release also resets the socket's RFS entry (sock_rps_reset_flow); 6.x does not. No later step may name the socket. Refused: closing a socket that joined a multicast group (ip_mc_drop_socket sends an IGMP leave), a close while lock_sock holds the socket, and a close in a scenario that sets net.ipv4.udp_mem (6.x gives the memory back only after the grace period).
   */
  op: 'close';
  socket: string;
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
  snmp6?: Snmp6;
  netstat: Netstat;
  dev: ProcNetDev;
  ethtool: EthtoolStats;
  veth?: VethEthtoolStats;
  udp: ProcNetUdp;
  rxq_ovfl?: RxqOvfl;
  softirqs: Softirqs;
  interrupts: Interrupts;
  internal?: Internal;
}
export interface SoftnetRow {
  /**
   * The CPU this row belongs to. linux-6.18 prints it as column 13; linux-3.13 prints no CPU id, so the row index among online CPUs is the only key.
   */
  cpu: number;
  /**
   * Packets __netif_receive_skb_core handled on this CPU (the protocol-processing CPU, i.e. the RPS target), counted once per another_round. Backlog drops never count. A CPU that does all the receive work shows it here.
   */
  processed: number;
  /**
   * Packets dropped because the TARGET CPU's backlog (input_pkt_queue) was over net.core.netdev_max_backlog, or the flow limit dropped them. Grows: raise netdev_max_backlog, spread RPS, or make the consumer faster.
   */
  dropped: number;
  /**
   * net_rx_action calls that stopped with work left because netdev_budget or the time limit (2 jiffies in 3.13, netdev_budget_usecs in 6.18) ran out. Grows: raise netdev_budget / netdev_budget_usecs.
   */
  time_squeeze: number;
  /**
   * Times this CPU failed to take a device TX lock (linux-3.13). linux-6.18 always prints 0 here ("was cpu_collision"). Not on the receive path: always 0 in the model.
   */
  cpu_collision: number;
  /**
   * RPS IPIs this CPU received (rps_trigger_softirq): remote kicks that scheduled its backlog NAPI, not packets.
   */
  received_rps: number;
  /**
   * Packets the flow limit (skb_flow_limit) dropped, counted on the ENQUEUING CPU (whose flow table was used); the drop itself is in `dropped` of the target CPU.
   */
  flow_limit_count: number;
  /**
   * Packets waiting in this CPU's backlog at the instant of reading: input_pkt_queue + process_queue lengths (linux-6.18 only).
   */
  backlog_len?: number;
  /**
   * Length of this CPU's input_pkt_queue (where enqueue_to_backlog puts packets) at the instant of reading (linux-6.18 only).
   */
  input_qlen?: number;
  /**
   * Length of this CPU's process_queue (packets process_backlog already spliced and is handing up) at the instant of reading (linux-6.18 only).
   */
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
  /**
   * ipForwarding as SNMP encodes it: 1 when net.ipv4.conf.all.forwarding is on, 2 when off.
   */
  Forwarding: number;
  /**
   * net.ipv4.ip_default_ttl (64 by default): the TTL of locally generated packets.
   */
  DefaultTTL: number;
  /**
   * IP datagrams that reached ip_rcv (post-GRO skbs, not wire frames), counted before any header check. PACKET_OTHERHOST frames are dropped before it.
   */
  InReceives: number;
  /**
   * Datagrams dropped for a bad IPv4 header: version != 4, ihl < 5, short header, bad header checksum (also IpExt InCsumErrors), tot_len < header, bad IP options.
   */
  InHdrErrors: number;
  /**
   * Datagrams for a destination that is not local with forwarding off (route lookup gives EHOSTUNREACH to ip_error).
   */
  InAddrErrors: number;
  /**
   * Datagrams forwarded (forwarding on). The model does not forward: always 0.
   */
  ForwDatagrams: number;
  /**
   * Datagrams for a local address whose IP protocol has no handler and no raw socket (ICMP protocol unreachable is sent).
   */
  InUnknownProtos: number;
  /**
   * Datagrams dropped for lack of resources: skb_share_check or pskb_trim_rcsum failed, or IP options could not be copied.
   */
  InDiscards: number;
  /**
   * Datagrams handed to a protocol handler (UDP, TCP, ICMP) or taken by a raw socket. Counted even when UDP then drops the packet: compare with Udp InErrors/RcvbufErrors.
   */
  InDelivers: number;
  /**
   * Datagrams the local stack asked IP to send (transmit path; ICMP errors the receive path sends count here). 6.18 counts IPSTATS_MIB_OUTREQUESTS in __ip_local_out.
   */
  OutRequests: number;
  /**
   * Outgoing datagrams dropped for lack of resources (transmit path; not modelled).
   */
  OutDiscards: number;
  /**
   * Outgoing datagrams with no route (transmit path; not modelled).
   */
  OutNoRoutes: number;
  /**
   * Fragment queues that timed out before reassembly completed.
   */
  ReasmTimeout: number;
  /**
   * Fragments received that need reassembly (each fragment counts): a lone first fragment, or each fragment of a datagram a veth sender cut for its MTU (ip_defrag).
   */
  ReasmReqds: number;
  /**
   * Datagrams reassembled successfully (ip_frag_reasm); each then goes on once (InDelivers), charged the first fragment's truesize plus every fragment chained on its frag_list.
   */
  ReasmOKs: number;
  /**
   * Reassembly failures (timeouts, overlaps, memory); one failure can count several times. Memory: past net.ipv4.ipfrag_high_thresh (4 MiB of fragment truesize plus sizeof(struct ipq) per queue) 6.x refuses each new fragment (one each) and 3.13 evicts the least recently used queues down to ipfrag_low_thresh (one per queue).
   */
  ReasmFails: number;
  /**
   * Outgoing datagrams fragmented successfully (transmit path).
   */
  FragOKs: number;
  /**
   * Outgoing datagrams that needed fragmenting but could not be (DF set, or failure).
   */
  FragFails: number;
  /**
   * Fragments created by fragmentation (transmit path).
   */
  FragCreates: number;
  /**
   * Datagrams handed to the device layer (IPSTATS_MIB_OUTPKTS). linux-6.18 only (3.13 has no such field).
   */
  OutTransmits?: number;
}
/**
 * This interface was referenced by `Snmp`'s JSON-Schema
 * via the `definition` "IcmpLine".
 */
export interface IcmpLine {
  /**
   * ICMP messages received (including those with errors).
   */
  InMsgs: number;
  /**
   * ICMP messages received with errors (bad checksum, too short).
   */
  InErrors: number;
  /**
   * ICMP messages received with a bad checksum (also counted in InErrors).
   */
  InCsumErrors: number;
  /**
   * ICMP destination-unreachable messages received (from the Icmpmsg InType3 counter).
   */
  InDestUnreachs: number;
  /**
   * ICMP time-exceeded messages received (from the Icmpmsg InType11 counter); on the receive path, the host's own fragment reassembly timeouts looped back over lo.
   */
  InTimeExcds?: number;
  /**
   * ICMP parameter-problem messages received (from the Icmpmsg InType12 counter); on the receive path, the host's own replies to bad IP options looped back over lo.
   */
  InParmProbs?: number;
  /**
   * ICMP messages sent (the receive path sends port and protocol unreachables).
   */
  OutMsgs: number;
  /**
   * ICMP messages that could not be sent: the sending CPU's ICMP socket had no room (sk_wmem_alloc at its sk_sndbuf, 2 * SKB_TRUESIZE(64 KiB)); an error out a veth holds its truesize until the other end frees it, so a burst of unlimited errors runs it out.
   */
  OutErrors: number;
  /**
   * ICMP errors not sent because the per-namespace global token bucket (icmp_msgs_per_sec, icmp_msgs_burst) was empty.
   */
  OutRateLimitGlobal?: number;
  /**
   * ICMP errors not sent because the per-destination token bucket (icmp_ratelimit, inet_peer) was empty.
   */
  OutRateLimitHost?: number;
  /**
   * ICMP destination-unreachable messages sent: one per UDP datagram to a closed port (Udp NoPorts) and per unknown protocol (Ip InUnknownProtos), unless rate-limited (icmp_ratelimit, 6.x also icmp_msgs_per_sec).
   */
  OutDestUnreachs: number;
  /**
   * ICMP time-exceeded messages sent (from the Icmpmsg OutType11 counter): one per fragment queue that times out holding its first fragment (ip_expire, code ICMP_EXC_FRAGTIME), unless rate-limited.
   */
  OutTimeExcds?: number;
  /**
   * ICMP parameter-problem messages sent (from the Icmpmsg OutType12 counter): one per datagram whose IP options fail ip_options_compile on receive (also counted in Ip InHdrErrors), unless rate-limited.
   */
  OutParmProbs?: number;
}
/**
 * This interface was referenced by `Snmp`'s JSON-Schema
 * via the `definition` "UdpLine".
 */
export interface UdpLine {
  /**
   * Datagrams the application read with recvmsg (not counted at enqueue, nor with MSG_PEEK). A gap to Ip InDelivers is data still queued or dropped at the socket.
   */
  InDatagrams: number;
  /**
   * Datagrams to a port with no socket (an ICMP port unreachable is sent).
   */
  NoPorts: number;
  /**
   * Datagrams dropped by UDP for any reason other than no port: bad length, bad checksum, socket receive buffer full, memory limit, filter. RcvbufErrors and InCsumErrors are counted here too.
   */
  InErrors: number;
  /**
   * Datagrams sent (transmit path; not modelled).
   */
  OutDatagrams: number;
  /**
   * Datagrams dropped because the socket receive buffer (sk_rcvbuf, SO_RCVBUF) was full. Also counted in InErrors. Grows: read faster or raise SO_RCVBUF / net.core.rmem_default / rmem_max.
   */
  RcvbufErrors: number;
  /**
   * Datagrams not sent because the send buffer was full (transmit path; not modelled).
   */
  SndbufErrors: number;
  /**
   * Datagrams with a bad UDP checksum, found at receive or at read time (also counted in InErrors).
   */
  InCsumErrors: number;
  /**
   * Multicast or broadcast datagrams no socket wanted (linux-6.18; 3.13 frees them silently).
   */
  IgnoredMulti?: number;
  /**
   * Datagrams dropped because protocol memory (net.ipv4.udp_mem) could not be charged (-ENOBUFS). Also counted in InErrors. linux-6.18 has the field but its batched enqueue path never bumps it (TODO in __udp_enqueue_schedule_skb).
   */
  MemErrors?: number;
}
/**
 * /proc/net/snmp6, present when the scenario uses IPv6 (src/spec/ipv6.ts:scenarioUsesIpv6).
 */
export interface Snmp6 {
  Ip6: Ip6Line;
  Icmp6: Icmp6Line;
  Udp6: Udp6Line;
}
/**
 * IPSTATS_MIB_* of init/namespace ipv6.ip6_statistics (net/ipv6/proc.c:snmp6_ipstats_list).
 *
 * This interface was referenced by `Snmp6`'s JSON-Schema
 * via the `definition` "Ip6Line".
 */
export interface Ip6Line {
  /**
   * Datagrams ipv6_rcv took in (before any check but PACKET_OTHERHOST), IPSTATS_MIB_IN.
   */
  InReceives: number;
  /**
   * Datagrams dropped for a bad IPv6 header (version, hop limit exceeded while forwarding, bad extension header).
   */
  InHdrErrors: number;
  /**
   * Datagrams too big to forward (Packet Too Big sent).
   */
  InTooBigErrors: number;
  /**
   * Datagrams dropped for lack of a route (ip6_pkt_drop).
   */
  InNoRoutes: number;
  /**
   * Datagrams to an address not ours with forwarding off, or to an invalid address.
   */
  InAddrErrors: number;
  /**
   * Datagrams for a next header with no handler.
   */
  InUnknownProtos: number;
  /**
   * Datagrams whose payload length runs past the frame.
   */
  InTruncatedPkts: number;
  /**
   * Datagrams dropped with no error in them (IPv6 disabled on the device, no memory).
   */
  InDiscards: number;
  /**
   * Datagrams handed to a protocol handler that took them (ret 0), IPSTATS_MIB_INDELIVERS.
   */
  InDelivers: number;
  /**
   * Datagrams forwarded to another host (forwarding on).
   */
  OutForwDatagrams: number;
  /**
   * Locally generated datagrams handed to IPv6 output.
   */
  OutRequests: number;
  /**
   * Outgoing datagrams dropped (transmit path; not modelled).
   */
  OutDiscards: number;
  /**
   * Outgoing datagrams with no route.
   */
  OutNoRoutes: number;
  /**
   * Reassembly queues that timed out.
   */
  ReasmTimeout: number;
  /**
   * Fragments received for reassembly.
   */
  ReasmReqds: number;
  /**
   * Datagrams reassembled.
   */
  ReasmOKs: number;
  /**
   * Datagrams whose reassembly failed (bad fragments, memory limit).
   */
  ReasmFails: number;
  /**
   * Datagrams fragmented on output (transmit path).
   */
  FragOKs: number;
  /**
   * Datagrams that could not be fragmented.
   */
  FragFails: number;
  /**
   * Fragments created on output.
   */
  FragCreates: number;
  /**
   * Multicast IPv6 datagrams received (IPSTATS_MIB_INMCAST).
   */
  InMcastPkts: number;
  /**
   * Multicast IPv6 datagrams sent (IPSTATS_MIB_OUTMCAST).
   */
  OutMcastPkts: number;
  /**
   * Bytes of the datagrams counted in InReceives (skb->len at ipv6_rcv, Ethernet padding included).
   */
  InOctets: number;
  /**
   * Bytes of the datagrams sent (IPSTATS_MIB_OUT).
   */
  OutOctets: number;
  /**
   * Bytes of multicast datagrams received.
   */
  InMcastOctets: number;
  /**
   * Bytes of multicast datagrams sent.
   */
  OutMcastOctets: number;
  /**
   * Always 0 (IPv6 has no broadcast).
   */
  InBcastOctets: number;
  /**
   * Always 0 (IPv6 has no broadcast).
   */
  OutBcastOctets: number;
  /**
   * Received datagrams with ECN field 00, counted max(1, gso_segs) per skb.
   */
  InNoECTPkts: number;
  /**
   * Received datagrams with ECN field 01.
   */
  InECT1Pkts: number;
  /**
   * Received datagrams with ECN field 10.
   */
  InECT0Pkts: number;
  /**
   * Received datagrams with ECN field 11.
   */
  InCEPkts: number;
  /**
   * Datagrams handed to the device layer (IPSTATS_MIB_OUTPKTS).
   */
  OutTransmits?: number;
}
/**
 * ICMP6_MIB_* and the named ICMP6MSG_MIB types (net/ipv6/proc.c:snmp6_icmp6_list, icmp6type2name).
 *
 * This interface was referenced by `Snmp6`'s JSON-Schema
 * via the `definition` "Icmp6Line".
 */
export interface Icmp6Line {
  /**
   * ICMPv6 messages received (icmpv6_rcv, ICMP6_MIB_INMSGS), bad ones included.
   */
  InMsgs: number;
  /**
   * ICMPv6 messages received with an error (bad checksum, too short, an error about no socket of ours).
   */
  InErrors: number;
  /**
   * ICMPv6 messages sent (icmp6_send -> icmpv6_push_pending_frames).
   */
  OutMsgs: number;
  /**
   * ICMPv6 messages not sent for lack of memory or a route.
   */
  OutErrors: number;
  /**
   * ICMPv6 messages received with a bad checksum (also InErrors).
   */
  InCsumErrors: number;
  /**
   * ICMPv6 errors not sent because the per-destination token bucket (icmpv6_time, inet_peer) was empty.
   */
  OutRateLimitHost?: number;
  /**
   * ICMPv6 messages of type 1 received (ICMP6MSG_MIB, printed by name).
   */
  InDestUnreachs: number;
  /**
   * ICMPv6 messages of type 2 received (ICMP6MSG_MIB, printed by name).
   */
  InPktTooBigs: number;
  /**
   * ICMPv6 messages of type 3 received (ICMP6MSG_MIB, printed by name).
   */
  InTimeExcds: number;
  /**
   * ICMPv6 messages of type 4 received (ICMP6MSG_MIB, printed by name).
   */
  InParmProblems: number;
  /**
   * ICMPv6 messages of type 128 received (ICMP6MSG_MIB, printed by name).
   */
  InEchos: number;
  /**
   * ICMPv6 messages of type 129 received (ICMP6MSG_MIB, printed by name).
   */
  InEchoReplies: number;
  /**
   * ICMPv6 messages of type 130 received (ICMP6MSG_MIB, printed by name).
   */
  InGroupMembQueries: number;
  /**
   * ICMPv6 messages of type 131 received (ICMP6MSG_MIB, printed by name).
   */
  InGroupMembResponses: number;
  /**
   * ICMPv6 messages of type 132 received (ICMP6MSG_MIB, printed by name).
   */
  InGroupMembReductions: number;
  /**
   * ICMPv6 messages of type 133 received (ICMP6MSG_MIB, printed by name).
   */
  InRouterSolicits: number;
  /**
   * ICMPv6 messages of type 134 received (ICMP6MSG_MIB, printed by name).
   */
  InRouterAdvertisements: number;
  /**
   * ICMPv6 messages of type 135 received (ICMP6MSG_MIB, printed by name).
   */
  InNeighborSolicits: number;
  /**
   * ICMPv6 messages of type 136 received (ICMP6MSG_MIB, printed by name).
   */
  InNeighborAdvertisements: number;
  /**
   * ICMPv6 messages of type 137 received (ICMP6MSG_MIB, printed by name).
   */
  InRedirects: number;
  /**
   * ICMPv6 messages of type 143 received (ICMP6MSG_MIB, printed by name).
   */
  InMLDv2Reports: number;
  /**
   * ICMPv6 messages of type 1 sent (ICMP6MSG_MIB, printed by name).
   */
  OutDestUnreachs: number;
  /**
   * ICMPv6 messages of type 2 sent (ICMP6MSG_MIB, printed by name).
   */
  OutPktTooBigs: number;
  /**
   * ICMPv6 messages of type 3 sent (ICMP6MSG_MIB, printed by name).
   */
  OutTimeExcds: number;
  /**
   * ICMPv6 messages of type 4 sent (ICMP6MSG_MIB, printed by name).
   */
  OutParmProblems: number;
  /**
   * ICMPv6 messages of type 128 sent (ICMP6MSG_MIB, printed by name).
   */
  OutEchos: number;
  /**
   * ICMPv6 messages of type 129 sent (ICMP6MSG_MIB, printed by name).
   */
  OutEchoReplies: number;
  /**
   * ICMPv6 messages of type 130 sent (ICMP6MSG_MIB, printed by name).
   */
  OutGroupMembQueries: number;
  /**
   * ICMPv6 messages of type 131 sent (ICMP6MSG_MIB, printed by name).
   */
  OutGroupMembResponses: number;
  /**
   * ICMPv6 messages of type 132 sent (ICMP6MSG_MIB, printed by name).
   */
  OutGroupMembReductions: number;
  /**
   * ICMPv6 messages of type 133 sent (ICMP6MSG_MIB, printed by name).
   */
  OutRouterSolicits: number;
  /**
   * ICMPv6 messages of type 134 sent (ICMP6MSG_MIB, printed by name).
   */
  OutRouterAdvertisements: number;
  /**
   * ICMPv6 messages of type 135 sent (ICMP6MSG_MIB, printed by name).
   */
  OutNeighborSolicits: number;
  /**
   * ICMPv6 messages of type 136 sent (ICMP6MSG_MIB, printed by name).
   */
  OutNeighborAdvertisements: number;
  /**
   * ICMPv6 messages of type 137 sent (ICMP6MSG_MIB, printed by name).
   */
  OutRedirects: number;
  /**
   * ICMPv6 messages of type 143 sent (ICMP6MSG_MIB, printed by name).
   */
  OutMLDv2Reports: number;
}
/**
 * UDP_MIB_* of udp_stats_in6 (net/ipv6/proc.c:snmp6_udp6_list).
 *
 * This interface was referenced by `Snmp6`'s JSON-Schema
 * via the `definition` "Udp6Line".
 */
export interface Udp6Line {
  /**
   * IPv6 datagrams delivered to a socket (6.x: counted when read, udpv6_recvmsg; 3.13: when queued).
   */
  InDatagrams: number;
  /**
   * IPv6 datagrams to a port no socket is bound to (an ICMPv6 port unreachable is sent).
   */
  NoPorts: number;
  /**
   * IPv6 datagrams dropped: length or checksum errors, receive buffer full.
   */
  InErrors: number;
  /**
   * IPv6 datagrams sent (transmit path; not modelled).
   */
  OutDatagrams: number;
  /**
   * IPv6 datagrams dropped because the socket receive buffer was full (also InErrors).
   */
  RcvbufErrors: number;
  /**
   * IPv6 datagrams not sent for lack of send buffer.
   */
  SndbufErrors: number;
  /**
   * IPv6 datagrams with a bad UDP checksum, or a zero one (IPv6 requires it: udp6_csum_zero_error); also InErrors.
   */
  InCsumErrors: number;
  /**
   * Multicast IPv6 datagrams no socket wanted.
   */
  IgnoredMulti?: number;
  /**
   * IPv6 datagrams dropped because UDP memory (udp_mem) could not be scheduled.
   */
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
  /**
   * Datagrams dropped because no route matched the destination (ip_error with ENETUNREACH).
   */
  InNoRoutes: number;
  /**
   * Datagrams shorter than their IP tot_len (truncated in transit). Not counted in InHdrErrors.
   */
  InTruncatedPkts: number;
  /**
   * Multicast datagrams received (route type RTN_MULTICAST).
   */
  InMcastPkts: number;
  /**
   * Multicast datagrams sent (transmit path).
   */
  OutMcastPkts: number;
  /**
   * Broadcast datagrams received (route type RTN_BROADCAST).
   */
  InBcastPkts: number;
  /**
   * Broadcast datagrams sent (transmit path).
   */
  OutBcastPkts: number;
  /**
   * Bytes of the IP datagrams counted in Ip InReceives (skb->len at ip_rcv).
   */
  InOctets: number;
  /**
   * Bytes of IP datagrams sent (transmit path).
   */
  OutOctets: number;
  /**
   * Bytes of multicast datagrams received.
   */
  InMcastOctets: number;
  /**
   * Bytes of multicast datagrams sent.
   */
  OutMcastOctets: number;
  /**
   * Bytes of broadcast datagrams received.
   */
  InBcastOctets: number;
  /**
   * Bytes of broadcast datagrams sent.
   */
  OutBcastOctets: number;
  /**
   * Datagrams with a bad IPv4 header checksum (also counted in Ip InHdrErrors).
   */
  InCsumErrors: number;
  /**
   * Received datagrams with ECN field 00 (not ECN-capable), counted max(1, gso_segs) per skb.
   */
  InNoECTPkts: number;
  /**
   * Received datagrams with ECN field ECT(1), counted max(1, gso_segs) per skb.
   */
  InECT1Pkts: number;
  /**
   * Received datagrams with ECN field ECT(0), counted max(1, gso_segs) per skb.
   */
  InECT0Pkts: number;
  /**
   * Received datagrams with ECN field CE (congestion experienced), counted max(1, gso_segs) per skb.
   */
  InCEPkts: number;
  /**
   * Fragments dropped because they overlap an already queued fragment (linux-6.18 only).
   */
  ReasmOverlaps?: number;
}
/**
 * This interface was referenced by `Netstat`'s JSON-Schema
 * via the `definition` "TcpExtLine".
 */
export interface TcpExtLine {
  /**
   * Datagrams dropped by reverse-path filtering (net.ipv4.conf.*.rp_filter): the source address is not reachable back through the receiving interface. Despite the TcpExt line it counts every IPv4 protocol.
   */
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
  /**
   * Bytes the device received (driver count, wire frames).
   */
  rx_bytes: number;
  /**
   * Frames the device received and handed to the stack (driver count, before GRO).
   */
  rx_packets: number;
  /**
   * Receive errors the driver reports (rx_errors: CRC, length, frame, FIFO...).
   */
  rx_errs: number;
  /**
   * rx_dropped + rx_missed_errors: packets the stack dropped for this device (backlog full in enqueue_to_backlog; 6.18 also !netif_running) plus frames the NIC missed because the RX ring was full. Grows with ring overflow: raise the ring size (ethtool -G) or poll faster.
   */
  rx_drop: number;
  /**
   * rx_fifo_errors: receive FIFO overruns the driver reports.
   */
  rx_fifo: number;
  /**
   * rx_length_errors + rx_over_errors + rx_crc_errors + rx_frame_errors as the driver reports them.
   */
  rx_frame: number;
  /**
   * Compressed packets received (CSLIP/PPP only; 0 for Ethernet).
   */
  rx_compressed: number;
  /**
   * Multicast frames received (stats->multicast, driver count).
   */
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
  /**
   * Frames the NIC received and the driver passed up (all queues).
   */
  rx_packets: number;
  /**
   * Bytes the NIC received (all queues).
   */
  rx_bytes: number;
  /**
   * Frames the NIC dropped because the RX ring had no free descriptor (hardware MPC register). The kernel never sees them, so there is no drop reason. Grows: raise the ring size (ethtool -G), add queues, or poll faster. Also in /proc/net/dev drop.
   */
  rx_missed_errors: number;
  /**
   * Frames lost to on-chip FIFO overrun (igb: the sum of per-queue RQDPC drop counters). 0 in the model unless the ring overflows with per-queue drop enabled.
   */
  rx_fifo_errors: number;
  /**
   * Frames the driver dropped (skb allocation failure, ntuple drop action).
   */
  rx_dropped: number;
  /**
   * Frames that matched an ntuple (flow director) rule (ixgbe: fdir_match).
   */
  ntuple_match: number;
  /**
   * Frames that matched no ntuple rule and were steered by RSS (ixgbe: fdir_miss).
   */
  ntuple_miss: number;
  /**
   * Per-RX-queue statistics, index = queue number (ethtool -S: rx_queue_N_packets, rx_queue_N_bytes).
   */
  queues: NicQueueStats[];
}
/**
 * This interface was referenced by `EthtoolStats`'s JSON-Schema
 * via the `definition` "NicQueueStats".
 */
export interface NicQueueStats {
  /**
   * Frames this RX queue received (what RSS, ntuple and the indirection table sent here).
   */
  packets: number;
  /**
   * Bytes this RX queue received.
   */
  bytes: number;
}
/**
 * ethtool -S of the config's veths, present when one of them has an XDP program (src/spec/xdp.ts:configUsesXdp).
 */
export interface VethEthtoolStats {
  [k: string]: VethStats;
}
/**
 * This interface was referenced by `VethEthtoolStats`'s JSON-Schema
 * via the `definition` "VethStats".
 */
export interface VethStats {
  /**
   * One row per receive queue (real_num_rx_queues: 1 for the veths the format makes), rx_queue_N_*.
   */
  rx_queues: VethRxQueueStats[];
  /**
   * One row per transmit queue (real_num_tx_queues: 1), tx_queue_N_*.
   */
  tx_queues: VethTxQueueStats[];
}
/**
 * This interface was referenced by `VethEthtoolStats`'s JSON-Schema
 * via the `definition` "VethRxQueueStats".
 */
export interface VethRxQueueStats {
  /**
   * Entries veth_poll took off this queue's ptr_ring (veth_xdp_rcv: rq->stats.vs.xdp_packets += done), whatever their XDP program then said: in NAPI mode every frame the other end sent and the ring took. veth_get_stats64 adds it to the device's rx_packets.
   */
  xdp_packets: number;
  /**
   * Their bytes as veth_xdp_rcv took them (stats->xdp_bytes += skb->len: after eth_type_trans, so without the Ethernet header, padding included). veth_get_stats64 adds it to the device's rx_bytes.
   */
  xdp_bytes: number;
  /**
   * Frames veth_xdp_rcv_skb freed because it could not run the program on them (veth_convert_skb_to_xdp_buff failed: no memory, or a frame longer than the pages it may use) or an XDP_TX or XDP_REDIRECT failed (rx_drops). veth_get_stats64's rx_dropped.
   */
  drops: number;
  /**
   * Frames the program redirected (XDP_REDIRECT, xdp_do_redirect succeeded).
   */
  xdp_redirect: number;
  /**
   * Frames the program dropped: XDP_DROP, and XDP_ABORTED and unknown verdicts, which also fire trace_xdp_exception (veth_xdp_rcv_skb: stats->xdp_drops++; kfree_skb). Counted nowhere else: not in rx_dropped, not as a drop of /proc/net/dev.
   */
  xdp_drops: number;
  /**
   * Frames the program sent back out of the veth (XDP_TX) that veth_xdp_tx queued.
   */
  xdp_tx: number;
  /**
   * XDP_TX frames the other end's ndo_xdp_xmit did not take (veth_xdp_flush_bq: rq->stats.vs.xdp_tx_err += drops).
   */
  xdp_tx_errors: number;
}
/**
 * This interface was referenced by `VethEthtoolStats`'s JSON-Schema
 * via the `definition` "VethTxQueueStats".
 */
export interface VethTxQueueStats {
  /**
   * XDP frames sent through this end into the other end's ring by ndo_xdp_xmit (veth_xdp_xmit: peer rq->stats.vs.peer_tq_xdp_xmit, read from the other end's queues).
   */
  xdp_xmit: number;
  /**
   * XDP frames veth_xdp_xmit could not put on the other end's ring (peer_tq_xdp_xmit_err); veth_get_stats64 adds them to this end's tx_dropped and the other end's rx_dropped.
   */
  xdp_xmit_errors: number;
}
export interface UdpSocketRow {
  /**
   * The scenario's socket name (not a /proc column): the key that matches rows to sockets.
   */
  name: string;
  /**
   * Bound address and port as /proc/net/udp prints them: %08X of the __be32 address as a host integer, then %04X port (little-endian hosts show 127.0.0.1 as 0100007F). An inet6 socket's row (/proc/net/udp6, net/ipv6/datagram.c:__ip6_dgram_sock_seq_show) prints its IPv6 address as four %08X words, each a __be32 read as a host integer.
   */
  local_address: string;
  /**
   * connect()ed peer address and port, 00000000:0000 when not connected. An inet6 socket's row (/proc/net/udp6, net/ipv6/datagram.c:__ip6_dgram_sock_seq_show) prints its IPv6 address as four %08X words, each a __be32 read as a host integer.
   */
  rem_address: string;
  /**
   * Receive memory charged to the socket, in bytes of truesize (not payload). linux-3.13: sk_rmem_alloc. linux-6.18: sk_rmem_alloc - forward_deficit (udp_rqueue_get), so memory already read but not yet released does not show. Near SO_RCVBUF means drops (Udp RcvbufErrors).
   */
  rx_queue: number;
  /**
   * Send memory charged to the socket (sk_wmem_alloc). 0 on the receive path.
   */
  tx_queue: number;
  /**
   * Datagrams this socket dropped (sk_drops; 6.18 per-NUMA udp_sk drop counters): receive buffer full, memory, filter/checksum drops on enqueue, checksum errors at read. The per-socket view of Udp RcvbufErrors / InErrors.
   */
  drops: number;
}
export interface RxqOvflRow {
  /**
   * The scenario's socket name.
   */
  name: string;
  /**
   * The sk_drops a datagram carried when it was queued (3.13 sock_queue_rcv_skb: skb->dropcount, always; 6.x sock_skb_set_dropcount: SOCK_SKB_CB(skb)->dropcount, while SO_RXQ_OVFL is set), as the last control message read gave it (sock_recv_drops sends none for 0). Never above the socket's drops; never falls, since sk_drops only grows and the queue is read in order.
   */
  value: number;
}
/**
 * /proc/softirqs: the NET_RX line, one count per CPU.
 */
export interface Softirqs {
  /**
   * NET_RX softirq runs per CPU (each __do_softirq pass that ran net_rx_action), index = CPU. Compare with softnet processed to see packets per softirq.
   */
  NET_RX: number[];
}
/**
 * /proc/interrupts rows of RX-queue IRQs, keyed by the IRQ's action name (DEV-rx-N), one count per CPU.
 */
export interface Interrupts {
  /**
   * Interrupts of one RX-queue IRQ handled on each CPU (index = CPU). Only the CPUs in the IRQ's smp_affinity should grow.
   */
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
  /**
   * The sockets still open (a closed socket leaves this list, as its /proc/net/udp row goes).
   */
  sockets?: SocketState[];
  /**
   * The sockets a close step closed, with what they held when closed.
   */
  closed?: ClosedSocketState[];
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
   * sk_rcvbuf (what getsockopt(SO_RCVBUF) returns). A signed int: 3.13's SO_RCVBUFFORCE stores max_t(u32, val * 2, SOCK_MIN_RCVBUF) into it, so val = -1 gives -2.
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
   * Datagrams waiting to be read: skbs, one merged by UDP GRO counting once.
   */
  queued: number;
  /**
   * A socket with UDP_GRO (Socket.udpGro): the datagrams its queued skbs carry, the segments GRO merged into them included (skb_shinfo(skb)->gso_segs each). Absent for other sockets, whose skbs are one datagram each.
   */
  queued_segments?: number;
  /**
   * 3.13 sk_backlog.len (bytes of truesize in the socket backlog).
   */
  backlog_len: number;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "ClosedSocketState".
 */
export interface ClosedSocketState {
  name: string;
  /**
   * Datagrams still queued when it was closed, freed without a counter (6.x udp_destruct_common, 3.13 inet_sock_destruct).
   */
  purged: number;
  /**
   * sk_drops when it was closed (its /proc/net/udp row is gone).
   */
  drops: number;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "RingState".
 */
export interface RingState {
  device: string;
  queue: number;
  filled: number;
  /**
   * A veth queue in NAPI mode: frames veth_xmit found no room for in its ring, counted only in the sending end's tx_dropped (drivers/net/veth.c:veth_xmit).
   */
  dropped?: number;
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
   * file:function of the caller that dropped it; "(pointer)" where the kernel prints only a hashed address (6.1: location=%p).
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
/**
 * First line rxpath writes: the protocol versions it speaks.
 */
export interface HelloRequest {
  type: 'hello';
  /**
   * Protocol versions rxpath speaks (this document describes versions 1 and 2).
   *
   * @minItems 1
   */
  protocol: [number, ...number[]];
  /**
   * rxpath's version.
   */
  rxpath: string;
}
/**
 * A new scenario: the implementation resets to a fresh host with this configuration (counters at zero, simulated time 0).
 */
export interface StartRequest {
  type: 'start';
  /**
   * Numbers the scenario runs of one session, from 1. Every answer repeats it.
   */
  run: number;
  name: string;
  config: Config;
  /**
   * Number of workload steps that follow.
   */
  steps: number;
  /**
   * Whether the end answer should carry trace events.
   */
  events: boolean;
}
/**
 * One workload step, in order. A checkpoint step is answered by a snapshot, any other by ack.
 */
export interface StepRequest {
  type: 'step';
  /**
   * Numbers the scenario runs of one session, from 1. Every answer repeats it.
   */
  run: number;
  index: number;
  step: Step;
}
/**
 * The workload is over: run until idle and answer with the final snapshot (label `end`, step = number of steps).
 */
export interface EndRequest {
  type: 'end';
  /**
   * Numbers the scenario runs of one session, from 1. Every answer repeats it.
   */
  run: number;
}
/**
 * rxpath is done: the program should exit with status 0. No answer.
 */
export interface ByeRequest {
  type: 'bye';
}
/**
 * The implementation's answer to hello: the version it chose (one of those offered) and what it can do.
 */
export interface HelloResponse {
  type: 'hello';
  protocol: number;
  name: string;
  capabilities: Capabilities;
}
/**
 * What the implementation declares it implements. rxpath runs only the checks that fit and reports the others as skipped.
 */
export interface Capabilities {
  /**
   * @minItems 1
   */
  profiles: [ProfileName, ...ProfileName[]];
  /**
   * It can emit trace events (default false): true for every type, or (protocol 2) the list of event types it emits; clauses that read other types are left out.
   */
  events?:
    | boolean
    | [
        (
          | 'napi_poll'
          | 'softirq_entry'
          | 'softirq_exit'
          | 'netif_rx'
          | 'netif_receive_skb'
          | 'kfree_skb'
          | 'sock_rcvqueue_full'
        ),
        ...(
          | 'napi_poll'
          | 'softirq_entry'
          | 'softirq_exit'
          | 'netif_rx'
          | 'netif_receive_skb'
          | 'kfree_skb'
          | 'sock_rcvqueue_full'
        )[]
      ];
  /**
   * Protocol 2. What its outcomes depend on (default model). model: it keeps a clock as the reference model does (costs, coalescing, netdev_budget_usecs, snapshots mid-processing). settled: it has no clock; it applies the steps in order, the frames of one step arriving together, the host idle between steps; it is given only scenarios and golden traces whose observed outcome order alone fixes.
   */
  timing?: 'model' | 'settled';
  /**
   * Scenario features it supports (the golden-trace tags, e.g. loopback, rcvbuf). Absent: all. A trace or property scenario that needs another tag is skipped.
   */
  tags?: string[];
  /**
   * Counter paths it models (as a golden trace's `observed`, e.g. snmp.Udp, udp[*].drops). Absent: every counter. Golden comparisons cover only these.
   */
  observes?: string[];
}
export interface StartedResponse {
  type: 'started';
  /**
   * Numbers the scenario runs of one session, from 1. Every answer repeats it.
   */
  run: number;
}
export interface AckResponse {
  type: 'ack';
  /**
   * Numbers the scenario runs of one session, from 1. Every answer repeats it.
   */
  run: number;
  index: number;
}
/**
 * The answer to a checkpoint step: every counter at that instant.
 */
export interface SnapshotResponse {
  type: 'snapshot';
  /**
   * Numbers the scenario runs of one session, from 1. Every answer repeats it.
   */
  run: number;
  index: number;
  checkpoint: Checkpoint;
}
export interface EndResponse {
  type: 'end';
  /**
   * Numbers the scenario runs of one session, from 1. Every answer repeats it.
   */
  run: number;
  checkpoint: Checkpoint;
  events?: TraceEvent[];
}
/**
 * The implementation cannot go on with this run (it is reported as broken, not as a conformance failure). Any request may be answered by an error; the next start begins afresh.
 */
export interface ErrorResponse {
  type: 'error';
  /**
   * Numbers the scenario runs of one session, from 1. Every answer repeats it.
   */
  run?: number;
  index?: number;
  message: string;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "ProfileEntry".
 */
export interface ProfileEntry {
  /**
   * The kernel's default (null: derived, see check; counters start at 0).
   */
  default: {
    [k: string]: unknown;
  };
  minimum?: number;
  maximum?: number;
  /**
   * How the kernel validates a write (sysctls, settings) or keeps the value (counters).
   */
  check: string;
  /**
   * 1-based column in the proc file's row for this profile (after the row label, if any).
   */
  column?: number;
  /**
   * Width of the kernel variable: the value wraps at 2^bits.
   */
  bits?: 32 | 64;
  /**
   * Where this profile's kernel does it, when it differs from the common list.
   *
   * @minItems 1
   *
   * Items: file:function, e.g. net/core/dev.c:enqueue_to_backlog.
   *
   * This interface was referenced by `undefined`'s JSON-Schema
   * via the `definition` "KernelCitation".
   */
  kernel?: [string, ...string[]];
  /**
   * The default and the minimum are floor(perHz / HZ) (config.hz), e.g. 2*USEC_PER_SEC for netdev_budget_usecs; `default` and `minimum` then give the values at HZ=250.
   */
  perHz?: number;
}
