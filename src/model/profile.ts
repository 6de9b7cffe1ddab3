// A kernel profile: the per-version rules of the net/core receive path, as small named functions
// and switches (shared/spec/kernel-semantics.md sections 1-4, 8 and 10). The model calls these and
// nothing else where 3.13 and 6.18 differ, so a faulty implementation is this object with one rule
// replaced (simulate(scenario, { rules: { backlogHasRoom: ... } })).
import type { ProfileName } from '../generated/schema-types.ts';
import { hash_32, ilog2, reciprocal_scale } from './hash.ts';
import { UDP_PROFILES, type UdpProfile } from './profile-udp.ts';

/** RPS_NO_CPU (include/linux/netdevice.h): an unset CPU in the RFS tables. */
export const RPS_NO_CPU = 0xffff;

export type NetRxActionKind =
  /** 3.13: budget/time checked BEFORE each poll; a full-weight NAPI moves to the tail and can be polled again in the same call. */
  | 'same-call-repoll'
  /** 6.x: checked AFTER each poll; a full-weight NAPI goes on a repoll list, polled at most once per call. */
  | 'repoll-list';

export type ProcessBacklogKind =
  /** 3.13: complete as soon as the spliced remainder fits in the quota. */
  | 'early-complete'
  /** 6.18: complete only after seeing input_pkt_queue empty. */
  | 'complete-on-empty';

export type GroLayout =
  /** 3.13 dev_gro_receive: one gro_list of at most MAX_GRO_SKBS held skbs; a new flow when full goes up unmerged. */
  | 'list'
  /** 6.x net/core/gro.c: GRO_HASH_BUCKETS buckets (hash & 7) of MAX_GRO_SKBS each; a full bucket flushes its oldest. */
  | 'buckets';

export interface KernelProfile {
  readonly name: ProfileName;

  // --- net_rx_action (section 1)
  readonly netRxActionKind: NetRxActionKind;
  /** Jiffies net_rx_action may run: 3.13 `jiffies + 2`; 6.x `usecs_to_jiffies(netdev_budget_usecs)` (rounds up). */
  netRxTimeLimitJiffies(hz: number, budgetUsecs: number): number;
  /**
   * Whether ____napi_schedule / napi_schedule_rps raise NET_RX_SOFTIRQ while this CPU is inside
   * net_rx_action. 3.13 and 6.1 always raise (so __do_softirq restarts once more). 6.12 and 6.18 check
   * sd->in_net_rx_action (6.5) instead, and their net_rx_action, finding `list` and `repoll` empty, clears
   * it and `goto start` when NAPIs were scheduled meanwhile; 6.1 ends the call there (`goto end`).
   */
  readonly raiseSoftirqInsideNetRxAction: boolean;
  /** The budget left after a poll that did `work`: `budget -= work` (net/core/dev.c:net_rx_action, every profile). */
  netRxBudgetLeft(budget: number, work: number): number;
  /**
   * Whether net_rx_action stops here and counts time_squeeze. 3.13 asks before each poll and where
   * the loop ends on an empty poll list: `!list_empty && (budget <= 0 || time_after_eq(jiffies,
   * time_limit))`. 6.x asks after each poll and counts even when nothing is left to poll:
   * `budget <= 0 || time_after_eq(jiffies, time_limit)`. `pollListEmpty`: no NAPI is left to poll.
   */
  netRxSqueeze(pollListEmpty: boolean, budgetLeft: number, timeUp: boolean): boolean;
  /** The value a NIC poll returns (igb_poll): 3.13 returns 0 after napi_complete, 6.18 returns work_done. */
  driverPollReturn(workDone: number, budget: number): number;

  // --- backlog (section 2)
  /** enqueue_to_backlog: `qlen <= netdev_max_backlog`, unsigned, tested before the insert (so max + 1 fit). */
  backlogHasRoom(qlen: number, maxBacklog: number): boolean;
  /** skb_flow_limit: consulted only when `qlen >= (max_backlog >> 1)`. */
  flowLimitConsulted(qlen: number, maxBacklog: number): boolean;
  /** skb_flow_limit bucket: 3.13 `hash & (n - 1)`, 6.x `hash_32(hash, ilog2(n))`. */
  flowLimitBucket(hash: number, numBuckets: number): number;
  readonly processBacklogKind: ProcessBacklogKind;
  /** The backlog NAPI weight: 3.13 weight_p (= dev_weight), 6.x dev_rx_weight = dev_weight * dev_weight_rx_bias. */
  devRxWeight(devWeight: number, rxBias: number): number;
  /** kfree_skb reason of a backlog drop (tracefs), undefined where the kernel has no reason field. */
  readonly backlogDropReason: string | undefined;
  /**
   * The CPU whose softnet `dropped` counts a backlog drop, enqueue_to_backlog running on `localCpu`
   * for `targetCpu`'s backlog: the TARGET's (3.13 `sd->dropped++`, 6.18 `numa_drop_add(&sd->drop_counters, 1)`,
   * sd = &per_cpu(softnet_data, cpu) in both).
   */
  backlogDropCpu(targetCpu: number, localCpu: number): number;

  // --- RPS / RFS (section 4)
  /** 3.13 get_rps_cpu: a 1-CPU rps_map with no flow table returns that CPU without hashing. */
  readonly rpsSingleCpuShortcut: boolean;
  /** Slot of the per-queue rps_dev_flow_table: 3.13 `hash & mask`, 6.x rfs_slot = `hash_32(hash, log)`. */
  rfsSlot(hash: number, size: number): number;
  /** get_rps_cpu: the index into rps_map->cpus of a hash: 3.13 `((u64)hash * map->len) >> 32`, 6.x reciprocal_scale. */
  rpsMapIndex(hash: number, mapLen: number): number;
  /** rps_record_sock_flow: the value stored in the sock flow table (3.13 the CPU; 6.x hash bits | CPU). */
  rfsSockEntry(hash: number, cpu: number, rpsCpuMask: number): number;
  /** get_rps_cpu: the desired CPU from a sock flow table entry, or -1 (6.x: the hash bits do not match). */
  rfsNextCpu(ident: number, hash: number, rpsCpuMask: number): number;

  // --- GRO (section 8)
  readonly groLayout: GroLayout;
  /** 6.x gro_normal_one: GRO_NORMAL skbs wait on napi->rx_list until gro_normal_batch segments (also when GRO is off). */
  readonly groNormalBatching: boolean;
  /**
   * 6.x napi_complete_done -> gro_flush_normal(&n->gro, ...) passes the GRO_NORMAL rx_list up
   * (gro_normal_list) when the NAPI completes, so nothing waits there for the next poll. 3.13 has
   * no rx_list (napi_complete flushes the gro_list only). True in both.
   */
  readonly napiCompleteFlushesRxList: boolean;
  /**
   * Whether an skb of IP protocol `proto` may be held on the GRO list. Plain UDP never is: 3.13 has no
   * UDP gro_receive (inet_gro_receive sets flush), 6.x udp_gro_receive sets flush without a UDP_GRO
   * socket or fraglist; other protocols of the workload have no offload. So both return false.
   */
  groCanHold(proto: number, flags: number): boolean;
  /**
   * UDP GRO (src/model/udp_gro.ts): the IPv4 ID check a held datagram of a UDP_GRO socket's flow makes of the next
   * one, whose ID is `ipidOffset` (u16) past the held one's first, the held skb having `count` segments; the
   * workload's frames have DF clear (src/kernel/frames.ts). Whether it flushes (the held skb is completed and the
   * new one held in its place), and whether the held one is now a fixed-ID flow. Undefined in 3.13 (no UDP_GRO).
   */
  readonly udpGroIpIdFlush: ((ipidOffset: number, count: number, fixedId: boolean) => { flush: boolean; fixedId: boolean })
    | undefined;

  // --- driver (igb) rules, profile-independent but replaceable
  /**
   * Counter a frame that finds its RX ring full goes to (igb_update_stats): with more than one queue
   * igb sets SRRCTL.DROP_EN and the drop is per-queue RQDPC -> rx_fifo_errors; with one queue the
   * frame waits in the packet buffer and is missed (MPC -> rx_missed_errors).
   */
  ringFullCounter(rxQueues: number): 'missed' | 'fifo';
  /**
   * Frames an RX ring of `ringSize` descriptors holds before the next one is missed (counted by
   * igb_main.c:igb_update_stats as ringFullCounter says): the model's ring holds `ringSize`, which
   * igb_main.c:igb_clean_rx_irq then harvests. Read once per ring (createDevice).
   */
  rxRingCapacity(ringSize: number): number;

  // --- counter files (section 3, snmp)
  /**
   * /proc/net/softnet_stat columns (net/core/net-procfs.c:softnet_seq_show): 11 (3.13), 13 (6.1: + backlog_len,
   * cpu index), 15 (6.12 and 6.18: + input_qlen, process_qlen).
   */
  readonly softnetColumns: 11 | 13 | 15;
  /** Ip: OutTransmits exists (6.x). */
  readonly snmpOutTransmits: boolean;
  /** Udp: IgnoredMulti and MemErrors exist (6.x). */
  readonly snmpUdpIgnoredMultiMemErrors: boolean;
  /** IpExt: ReasmOverlaps exists (6.x). */
  readonly netstatReasmOverlaps: boolean;
  /**
   * A veth orphans what it forwards to its other end (the sending socket's memory is given back at
   * veth_xmit): 3.13 dev_forward_skb -> skb_scrub_packet(skb, true) -> `if (xnet) skb_orphan(skb)` (read in
   * the 3.12..3.15 form of skbuff.c, the one with skb->local_df, in public copies);
   * 6.x ____dev_forward_skb -> skb_scrub_packet(skb, !net_eq(...)), within one netns no orphan (and
   * 6.x's skb_scrub_packet orphans nothing): an ICMP error out a veth stays charged to its ICMP socket
   * until the other end frees it (recorded: golden/kernel icmp-sndbuf-*).
   */
  readonly vethForwardOrphans: boolean;
  /**
   * Where net/packet/af_packet.c:packet_snd writes a SOCK_RAW frame (the recorder's veth frames) in its linear
   * buffer, in bytes from the buffer's start: packet_alloc_skb reserves hlen = LL_RESERVED_SPACE 16; 3.13 writes
   * from there (skb_set_network_header(skb, reserve) only); 6.x first does `skb_reserve(skb, -reserve)`, reserve =
   * hard_header_len 14 (since 4.6, "packet: in packet_snd start writing at link layer allocation"), so 2. It sets
   * the frame's tailroom (truesize.ts packetSndTailroom): what reassembly and skb_condense copy into (recorded:
   * udp-gro-condense-p60-v6, -p93-, -p157-, mtu-4000-frag-tailroom-*).
   */
  readonly packetSndFrameStart: number;
  /**
   * Whether packet_snd puts a frame that does not fit a page with its 16 reserved bytes (`prepad + len < PAGE_SIZE`
   * false: a veth MTU above 4065) in pages: 6.x keeps its hard_header_len 14 bytes linear (`linear = max(linear,
   * min_t(int, len, hard_header_len))`) and sock_alloc_send_pskb -> alloc_skb_with_frags puts the rest in pages,
   * charged whole (PAGE_ALIGN of the bytes); 3.13 passes the virtio header's hdr_len, 0, and `!linear` makes the whole
   * frame one linear (kmalloc) skb (truesize.ts packetSndTruesize).
   */
  readonly packetSndPaged: boolean;
  /**
   * The largest page order alloc_skb_with_frags takes for packet_snd (sock_alloc_send_pskb's max_page_order): 6.1 0,
   * one page a frag; 6.12 and 6.18 PAGE_ALLOC_COSTLY_ORDER 3, chunks of up to 32 KiB, from the largest order whose
   * size does not pass the bytes left, page-aligned. The charge is PAGE_ALIGN of the bytes either way; the number of
   * frags decides whether reassembly may move them onto the head (skb_try_coalesce: at most MAX_SKB_FRAGS 17).
   */
  readonly packetSndPageOrder: number;
  /**
   * A veth has a NAPI mode (drivers/net/veth.c): with GRO on (5.13 on: veth_set_features -> veth_napi_enable) its
   * veth_xmit queues what its other end sends on a 256-slot ptr_ring that veth_poll drains (veth.ts). 3.13's
   * veth_xmit hands every frame to netif_rx whatever its GRO setting.
   */
  readonly vethNapi: boolean;
  /**
   * The function skb:kfree_skb names for a frame veth_xmit found no room for in the ring (dev_kfree_skb_any, reason
   * NOT_SPECIFIED): 6.1 veth_xdp_rx frees it and returns NET_RX_DROP; 6.12.118 and 6.18 return NETDEV_TX_BUSY from
   * veth_xdp_rx and, the sending end having no queue (noqueue), veth_xmit frees it (qdisc_txq_has_no_queue).
   */
  readonly vethRingFullSite: string;
  /**
   * Where veth_convert_skb_to_xdp_buff copies a frame for an XDP program (the recorder's frames always need the copy:
   * cloned, or short of XDP_PACKET_HEADROOM): 'page', one page of its own (6.1: alloc_page, build_skb(page,
   * PAGE_SIZE)); 'page_pool', a fragment of the queue's page pool (6.12, 6.18: skb_pp_cow_data). veth.ts
   * veth_xdp_cow_truesize turns it into the copy's truesize.
   */
  readonly xdpCow: 'page' | 'page_pool';
  /** Icmp: OutRateLimitGlobal and OutRateLimitHost exist (6.x, net/ipv4/proc.c:icmp_put). */
  readonly snmpIcmpRateLimit?: boolean;
  /** sock_flow_entries maximum: 3.13 rejects > 2^30, 6.18 > 2^29 (rps_sock_flow_sysctl). */
  readonly rpsSockFlowEntriesMax: number;

  /** The IPv4/UDP half's rules (profile-udp.ts). */
  readonly udp: UdpProfile;
}

/** kernel/time/time.c:usecs_to_jiffies, rounding up. */
export function usecs_to_jiffies(usecs: number, hz: number): number {
  return Math.ceil((usecs * hz) / 1_000_000);
}

const common = {
  netRxBudgetLeft(budget: number, work: number): number {
    // net/core/dev.c:net_rx_action `budget -= work;` (3.13) / `budget -= napi_poll(n, &repoll);` (6.x)
    return budget - work;
  },
  backlogHasRoom(qlen: number, maxBacklog: number): boolean {
    // net/core/dev.c:enqueue_to_backlog: `qlen <= netdev_max_backlog`, qlen unsigned int
    return qlen >>> 0 <= maxBacklog >>> 0;
  },
  flowLimitConsulted(qlen: number, maxBacklog: number): boolean {
    // net/core/dev.c:skb_flow_limit: `if (qlen < (netdev_max_backlog >> 1)) return false;` (unsigned compare)
    return !(qlen >>> 0 < (maxBacklog >> 1) >>> 0);
  },
  ringFullCounter(rxQueues: number): 'missed' | 'fifo' {
    // igb_main.c:igb_setup_srrctl sets E1000_SRRCTL_DROP_EN only with multiple queues (or VFs);
    // igb_update_stats adds RQDPC to rx_fifo_errors and MPC to rx_missed_errors.
    return rxQueues > 1 ? 'fifo' : 'missed';
  },
  rxRingCapacity(ringSize: number): number {
    // the model's RxRing: a frame is missed when `ring.len === ringSize` (simulator.ts nicArrivals)
    return ringSize;
  },
  backlogDropCpu(targetCpu: number, _localCpu: number): number {
    // net/core/dev.c:enqueue_to_backlog: `sd = &per_cpu(softnet_data, cpu)` ... drop: 3.13 `sd->dropped++`,
    // 6.18 `numa_drop_add(&sd->drop_counters, 1)`: the target CPU's softnet_stat column 2
    return targetCpu;
  },
  rpsMapIndex(hash: number, mapLen: number): number {
    // net/core/dev.c:get_rps_cpu: 3.13 `map->cpus[((u64) skb->rxhash * map->len) >> 32]`,
    // 6.x `map->cpus[reciprocal_scale(hash, map->len)]` (include/linux/kernel.h): the same value
    return reciprocal_scale(hash, mapLen);
  },
  // 6.x net/core/dev.c:napi_complete_done -> gro_flush_normal -> gro_normal_list; 3.13 has no rx_list
  napiCompleteFlushesRxList: true,
  groCanHold(_proto: number, _flags: number): boolean {
    // 3.13 net/ipv4/af_inet.c:inet_gro_receive: no udp gro_receive -> flush; 6.x net/ipv4/udp_offload.c:
    // udp_gro_receive without UDP_GRO/fraglist -> `NAPI_GRO_CB(skb)->flush = 1`; dev_gro_receive -> normal.
    return false;
  },
};

export const LINUX_3_13: KernelProfile = {
  name: 'linux-3.13',
  netRxActionKind: 'same-call-repoll',
  netRxTimeLimitJiffies: () => 2, // net/core/dev.c:net_rx_action `time_limit = jiffies + 2`
  raiseSoftirqInsideNetRxAction: true, // dev.c:____napi_schedule and rps_ipi_queued raise unconditionally
  driverPollReturn: (work, budget) => (work < budget ? 0 : budget), // igb_main.c:igb_poll (3.13) `return 0` after napi_complete
  // dev.c:net_rx_action `while (!list_empty(&sd->poll_list)) { if (unlikely(budget <= 0 || time_after_eq(jiffies, time_limit))) goto softnet_break;`
  netRxSqueeze: (pollListEmpty, budgetLeft, timeUp) => !pollListEmpty && (budgetLeft <= 0 || timeUp),
  ...common,
  flowLimitBucket: (hash, n) => (hash & (n - 1)) >>> 0, // dev.c:skb_flow_limit `skb->rxhash & (fl->num_buckets - 1)`
  processBacklogKind: 'early-complete',
  devRxWeight: (devWeight) => devWeight, // dev.c:process_backlog `napi->weight = weight_p`
  backlogDropReason: undefined, // 3.13 skb:kfree_skb has no reason field
  rpsSingleCpuShortcut: true, // dev.c:get_rps_cpu `map->len == 1 && !rps_flow_table`
  rfsSlot: (hash, size) => (hash & (size - 1)) >>> 0, // dev.c:get_rps_cpu `skb->rxhash & flow_table->mask`
  rfsSockEntry: (_hash, cpu) => cpu, // include/linux/netdevice.h:rps_record_sock_flow `ents[index] = cpu`
  rfsNextCpu: (ident) => ident, // dev.c:get_rps_cpu `next_cpu = sock_flow_table->ents[...]`
  groLayout: 'list',
  groNormalBatching: false, // dev.c:napi_skb_finish GRO_NORMAL -> netif_receive_skb at once
  udpGroIpIdFlush: undefined, // no UDP_GRO socket option (5.0) and no udp gro_receive
  softnetColumns: 11,
  snmpOutTransmits: false,
  snmpUdpIgnoredMultiMemErrors: false,
  netstatReasmOverlaps: false,
  vethForwardOrphans: true,
  packetSndFrameStart: 16,
  packetSndPaged: false, // af_packet.c:packet_snd -> packet_alloc_skb(..., vnet_hdr.hdr_len, ...): `!linear`, all linear
  packetSndPageOrder: 0, // unused: nothing paged (6.1's value, so the rule is not listed as a change)
  vethNapi: false, // veth.c:veth_xmit -> dev_forward_skb -> netif_rx, no NAPI of its own
  vethRingFullSite: 'veth_xdp_rx', // unused: 3.13's veth has no ring (6.1's value, so the rule is not listed as a change)
  xdpCow: 'page', // unused: 3.13's veth has no XDP (6.1's value, so the rule is not listed as a change)
  snmpIcmpRateLimit: false,
  rpsSockFlowEntriesMax: 1 << 30,
  udp: UDP_PROFILES['linux-3.13'],
};

export const LINUX_6_18: KernelProfile = {
  name: 'linux-6.18',
  netRxActionKind: 'repoll-list',
  netRxTimeLimitJiffies: (hz, usecs) => usecs_to_jiffies(usecs, hz), // dev.c:net_rx_action
  raiseSoftirqInsideNetRxAction: false, // dev.c:____napi_schedule / napi_schedule_rps check sd->in_net_rx_action
  driverPollReturn: (work, budget) => (work < budget ? work : budget), // igb_main.c:igb_poll `return work_done`
  // dev.c:net_rx_action, after each napi_poll: `if (unlikely(budget <= 0 || time_after_eq(jiffies, time_limit))) { sd->time_squeeze++; break; }`
  netRxSqueeze: (_pollListEmpty, budgetLeft, timeUp) => budgetLeft <= 0 || timeUp,
  ...common,
  flowLimitBucket: (hash, n) => hash_32(hash, ilog2(n)), // dev.c:skb_flow_limit `hash_32(skb_get_hash(skb), fl->log_buckets)`
  processBacklogKind: 'complete-on-empty',
  devRxWeight: (devWeight, bias) => devWeight * bias, // sysctl_net_core.c:proc_do_dev_weight
  backlogDropReason: 'CPU_BACKLOG', // dev.c:enqueue_to_backlog SKB_DROP_REASON_CPU_BACKLOG
  rpsSingleCpuShortcut: false,
  rfsSlot: (hash, size) => hash_32(hash, ilog2(size)), // dev.c:rfs_slot
  rfsSockEntry: (hash, cpu, mask) => (((hash & ~mask) | cpu) >>> 0), // include/net/rps.h:rps_record_sock_flow
  rfsNextCpu: (ident, hash, mask) => ((((ident ^ hash) & ~mask) >>> 0) !== 0 ? -1 : ident & mask), // dev.c:get_rps_cpu
  groLayout: 'buckets',
  groNormalBatching: true, // net/core/gro.c:gro_normal_one
  // include/net/gro.h:inet_gro_flush `if (count == 1 && !ipid_offset) NAPI_GRO_CB(p)->ip_fixedid |= 1 << inner;
  // return ipid_offset ^ (count * !(NAPI_GRO_CB(p)->ip_fixedid & (1 << inner)));`: 6.18 takes a fixed ID with DF
  // clear too (recorded: a burst of copies, one ID, merges on 6.18.44)
  udpGroIpIdFlush: (ipidOffset, count, fixedId) => {
    const fixed = fixedId || (count === 1 && ipidOffset === 0);
    return { flush: (ipidOffset ^ (fixed ? 0 : count)) !== 0, fixedId: fixed };
  },
  softnetColumns: 15,
  snmpOutTransmits: true,
  snmpUdpIgnoredMultiMemErrors: true,
  netstatReasmOverlaps: true,
  vethForwardOrphans: false,
  packetSndFrameStart: 2,
  packetSndPaged: true, // af_packet.c:packet_snd `linear = max(linear, min_t(int, len, hard_header_len))`
  packetSndPageOrder: 3, // af_packet.c:packet_alloc_skb -> sock_alloc_send_pskb(..., PAGE_ALLOC_COSTLY_ORDER)
  vethNapi: true, // veth.c:veth_xmit `use_napi = rcu_access_pointer(rq->napi) && veth_skb_is_eligible_for_gro(...)`
  vethRingFullSite: 'veth_xmit', // veth.c:veth_xmit `case NETDEV_TX_BUSY: ... dev_kfree_skb_any(skb); goto drop;`
  xdpCow: 'page_pool', // veth.c:veth_convert_skb_to_xdp_buff -> skbuff.c:skb_pp_cow_data(rq->page_pool, ...)
  snmpIcmpRateLimit: true,
  rpsSockFlowEntriesMax: 1 << 29,
  udp: UDP_PROFILES['linux-6.18'],
};

/**
 * linux-6.12: Debian 12's 6.12.118 (linux-source-6.12 6.12.118-1~deb12u1), recorded under QEMU. Where it
 * differs from 6.18 in the receive path: flow-limit buckets and RFS slots still take the low bits of the
 * hash (6.18 hash_32), and the UDP rules of profile-udp.ts UDP_612. Everything else cited for 6.18 reads
 * the same in 6.12.118's net/core/dev.c, gro.c, net-procfs.c and igb_main.c.
 */
export const LINUX_6_12: KernelProfile = {
  ...LINUX_6_18,
  name: 'linux-6.12',
  flowLimitBucket: (hash, n) => (hash & (n - 1)) >>> 0, // dev.c:skb_flow_limit `skb_get_hash(skb) & (fl->num_buckets - 1)`
  rfsSlot: (hash, size) => (hash & (size - 1)) >>> 0, // dev.c:get_rps_cpu `&flow_table->flows[hash & flow_table->mask]`
  // include/net/gro.h:inet_gro_flush `if (count == 1 && df && !ipid_offset) NAPI_GRO_CB(p)->ip_fixedid = true;
  // return ipid_offset ^ (count * !NAPI_GRO_CB(p)->ip_fixedid);`: with DF clear an ID must count up by one per
  // segment. 6.1.192's inet_gro_receive + udp_gro_receive_segment (flush_id, is_atomic) come to the same for DF
  // clear, given the held skb's flush_id starts at 0 (it lies outside napi_gro_cb's zeroed group)
  udpGroIpIdFlush: (ipidOffset, count) => ({ flush: ipidOffset !== count, fixedId: false }),
  udp: UDP_PROFILES['linux-6.12'],
};

/**
 * linux-6.1: Debian 12's 6.1.192 (linux-source-6.1 6.1.192-3). Beyond 6.12's differences: no
 * sd->in_net_rx_action (came in 6.5), so ____napi_schedule and napi_schedule_rps always raise
 * NET_RX_SOFTIRQ and net_rx_action does not `goto start`; softnet_stat has 13 columns; the UDP and IP
 * output rules of UDP_61. (Debian's 6.1.192 has the per-netns ICMP limiter and its Icmp OutRateLimit*
 * counters, backported from 6.11/6.12: net/ipv4/icmp.c, net/ipv4/proc.c:icmp_put.)
 */
export const LINUX_6_1: KernelProfile = {
  ...LINUX_6_12,
  name: 'linux-6.1',
  // dev.c:____napi_schedule `raise_softirq_irqoff(NET_RX_SOFTIRQ)`; napi_schedule_rps `__raise_softirq_irqoff`;
  // net_rx_action `if (!sd_has_rps_ipi_waiting(sd) && list_empty(&repoll)) goto end;` (no goto start)
  raiseSoftirqInsideNetRxAction: true,
  // net-procfs.c:softnet_seq_show: 13 `%08x` (..., flow_limit_count, softnet_backlog_len(sd), (int)seq->index)
  softnetColumns: 13,
  // net/ipv4/proc.c:snmp4_ipstats_list: no OutTransmits (IPSTATS_MIB_OUTPKTS is shown as OutRequests)
  snmpOutTransmits: false,
  // veth.c:veth_xdp_rx `if (unlikely(ptr_ring_produce(&rq->xdp_ring, skb))) { dev_kfree_skb_any(skb); return NET_RX_DROP; }`
  vethRingFullSite: 'veth_xdp_rx',
  // veth.c:veth_convert_skb_to_xdp_buff `page = alloc_page(GFP_ATOMIC | __GFP_NOWARN); nskb = build_skb(page_address(page), PAGE_SIZE);`
  xdpCow: 'page',
  // af_packet.c:packet_alloc_skb -> sock_alloc_send_pskb(sk, prepad + linear, len - linear, noblock, err, 0)
  packetSndPageOrder: 0,
  udp: UDP_PROFILES['linux-6.1'],
};

export const PROFILE_RULES: Readonly<Record<ProfileName, KernelProfile>> = {
  'linux-3.13': LINUX_3_13,
  'linux-6.1': LINUX_6_1,
  'linux-6.12': LINUX_6_12,
  'linux-6.18': LINUX_6_18,
};

/** The profile's rules with some replaced (a what-if or deliberately faulty implementation). */
export function kernelProfile(name: ProfileName, rules?: Partial<KernelProfile>): KernelProfile {
  const base = PROFILE_RULES[name];
  if (!base) throw new Error(`unknown kernel profile ${JSON.stringify(name)}`);
  return rules ? { ...base, ...rules, name } : base;
}
