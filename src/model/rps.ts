// Receive packet steering and receive flow steering (net/core/dev.c: get_rps_cpu, set_rps_cpu,
// rps_ipi_queued, net_rps_action_and_irq_enable, rps_trigger_softirq; net/core/net-sysfs.c:
// store_rps_map, store_rps_dev_flow_table_cnt; include/linux/netdevice.h / include/net/rps.h:
// rps_record_sock_flow). Spec section 4.
import type { Host } from './host.ts';
import type { NetDevice } from './driver.ts';
import type { SoftnetData } from './softnet.ts';
import { RPS_NO_CPU } from './profile.ts';
import { roundup_pow_of_two, toeplitz, be32, be16 } from './hash.ts';
import { EV_IPI, CLASS_OTHER } from './event_queue.ts';
import { raise_net_rx_softirq, ____napi_schedule, NAPIF_STATE_SCHED } from './napi.ts';

/** struct rps_dev_flow_table: per RX queue, `size` entries of (cpu, last_qtail). */
export class RpsDevFlowTable {
  readonly cpu: Uint32Array;
  readonly lastQtail: Uint32Array;
  readonly size: number;
  constructor(size: number) {
    this.size = size;
    this.cpu = new Uint32Array(size).fill(RPS_NO_CPU); // store_rps_dev_flow_table_cnt
    this.lastQtail = new Uint32Array(size);
  }
}

/** struct netdev_rx_queue: the RPS side (rps_map, rps_flow_table). */
export class NetdevRxQueue {
  /** rps_map->cpus: the online CPUs of rps_cpus, ascending, taken when written (null: no map). */
  map: Int32Array | null = null;
  flowTable: RpsDevFlowTable | null = null;
}

/** net-sysfs.c:store_rps_map: the online CPUs of the mask, ascending; an empty result is no map. */
export function store_rps_map(rxq: NetdevRxQueue, cpus: readonly number[], ncpus: number): void {
  const online = cpus.filter((c) => c >= 0 && c < ncpus).sort((a, b) => a - b);
  rxq.map = online.length > 0 ? Int32Array.from(online) : null;
}

/** net-sysfs.c:store_rps_dev_flow_table_cnt: rounded up to a power of 2; 0 removes the table. */
export function store_rps_dev_flow_table_cnt(rxq: NetdevRxQueue, count: number): void {
  rxq.flowTable = count > 0 ? new RpsDevFlowTable(roundup_pow_of_two(count)) : null;
}

/**
 * The software flow hash (__skb_get_hash / 3.13 __skb_get_rxhash: flow dissector + jhash with a
 * random seed, never 0). Not reproducible in the kernel; the model uses a Toeplitz hash of the
 * addresses and ports (hash.ts), once per flow, and maps 0 to 1 as the kernel does.
 */
export function flowSoftwareHash(host: Host, flow: number): number {
  const cache = host.core.flowSwHash;
  let h = cache[flow];
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; recomputing gives the same hash
  if (h === undefined) {
    const f = host.flows.flows[flow];
    // an inet6 flow: its 16-byte addresses (the flow dissector's FLOW_DISSECTOR_KEY_IPV6_ADDRS)
    const addrs = f.family === 6 ? [...hexBytes(f.src6!), ...hexBytes(f.dst6!)] : [...be32(f.src), ...be32(f.dst)];
    h = toeplitz([...addrs, ...be16(f.sport), ...be16(f.dport)]);
    if (h === 0) h = 1;
    cache[flow] = h;
  }
  return h;
}

function hexBytes(key: string): number[] {
  return Array.from(key.match(/../g) as string[], (x) => Number.parseInt(x, 16));
}

/** skb_get_hash: the NIC's hash if it gave one, else the software hash (stored in skb->hash). */
export function skb_get_hash(host: Host, skb: number): number {
  let h = host.skbs.hash[skb];
  if (h === 0) {
    h = flowSoftwareHash(host, host.skbs.flow[skb]);
    host.skbs.hash[skb] = h;
  }
  return h;
}

/**
 * Where get_rps_cpu left the rps_dev_flow the enqueue must store its tail into (`*rflowp`):
 * a flow table and slot, or null for the on-stack voidflow.
 */
// Stryker disable next-line ObjectLiteral: equivalent: every caller (get_rps_cpu, netif_rx) sets rflowOut.table before enqueue_to_backlog reads it
export const rflowOut: { table: RpsDevFlowTable | null; slot: number } = { table: null, slot: 0 };

/**
 * A real, online CPU: 3.13 `cpu != RPS_NO_CPU && cpu_online(cpu)`, 6.x `cpu < nr_cpu_ids && cpu_online(cpu)`.
 * The model has no CPU hotplug, and RPS_NO_CPU (0xffff) is >= nr_cpu_ids, so both are `cpu < ncpus`
 * (the tables hold unsigned values).
 */
function cpuOnline(host: Host, cpu: number): boolean {
  return cpu < host.ncpus;
}

/** dev.c:set_rps_cpu (no aRFS): record next_cpu and its current input_queue_head. */
function set_rps_cpu(host: Host, ft: RpsDevFlowTable, slot: number, nextCpu: number): void {
  if (cpuOnline(host, nextCpu)) { // 3.13 `next_cpu != RPS_NO_CPU`, 6.x `next_cpu < nr_cpu_ids`
    ft.lastQtail[slot] = host.core.cpus[nextCpu].inputQueueHead;
  }
  ft.cpu[slot] = nextCpu;
}

/** net/core/dev.c:get_rps_cpu: the CPU whose backlog gets the skb, or -1. */
export function get_rps_cpu(host: Host, dev: NetDevice, skb: number): number {
  rflowOut.table = null;
  const q = host.skbs.queue[skb];
  // skb_rx_queue_recorded: index >= real_num_rx_queues -> WARN and -1
  let rxq: NetdevRxQueue;
  // Stryker disable next-line EqualityOperator: equivalent: `q > 0` sends queue 0 to the else branch, which also takes rxq[0]
  if (q >= 0) {
    // Stryker disable next-line all: equivalent: unreachable, the driver records only its own queue indices
    if (q >= dev.rxq.length) return -1;
    rxq = dev.rxq[q];
  } else rxq = dev.rxq[0];
  const map = rxq.map;
  const ft = rxq.flowTable;
  const profile = host.profile;
  if (map === null) {
    // `} else if (!rcu_access_pointer(rxqueue->rps_flow_table)) goto done;`
    // Stryker disable next-line ConditionalExpression: equivalent: without map and flow table the rest returns -1 too; it only computes skb->hash early, which a later skb_get_hash computes the same
    if (ft === null) return -1;
  } else if (profile.rpsSingleCpuShortcut && map.length === 1 && ft === null) {
    // 3.13: `if (map->len == 1 && !rps_flow_table)` -> that CPU, no hash needed
    const tcpu = map[0];
    // Stryker disable next-line UnaryOperator: equivalent: unreachable, store_rps_map keeps online CPUs only
    return cpuOnline(host, tcpu) ? tcpu : -1;
  }

  const hash = skb_get_hash(host, skb);
  // Stryker disable next-line all: equivalent: unreachable, skb_get_hash never returns 0 (flowSoftwareHash maps 0 to 1)
  if (hash === 0) return -1;

  const st = host.core.sockFlowTable;
  if (ft !== null && st !== null) {
    const mask = host.core.rpsCpuMask;
    const next = profile.rfsNextCpu(st.ents[hash & st.mask], hash, mask);
    if (next >= 0) {
      const slot = profile.rfsSlot(hash, ft.size);
      let tcpu = ft.cpu[slot];
      // `tcpu == RPS_NO_CPU || !cpu_online(tcpu)` (6.x `tcpu >= nr_cpu_ids || !cpu_online(tcpu)`)
      if (tcpu !== next && (!cpuOnline(host, tcpu) ||
        ((host.core.cpus[tcpu].inputQueueHead - ft.lastQtail[slot]) | 0) >= 0)) {
        tcpu = next;
        set_rps_cpu(host, ft, slot, next);
      }
      if (cpuOnline(host, tcpu)) {
        rflowOut.table = ft;
        rflowOut.slot = slot;
        return tcpu;
      }
    }
  }
  if (map !== null) {
    // 3.13 `map->cpus[((u64) skb->rxhash * map->len) >> 32]`, 6.x reciprocal_scale(hash, map->len)
    const tcpu = map[profile.rpsMapIndex(hash, map.length)];
    // Stryker disable next-line ConditionalExpression: equivalent: store_rps_map keeps online CPUs only (no CPU hotplug in the model)
    if (cpuOnline(host, tcpu)) return tcpu;
  }
  return -1;
}

/**
 * sock_rps_record_flow (include/net/sock.h, include/net/rps.h): recvmsg on `cpu` records the
 * socket's sk_rxhash in the global socket flow table. Nothing is recorded for a zero hash
 * (unconnected UDP sockets never save one) or without a table.
 */
export function sock_rps_record_flow(host: Host, sockRxhash: number, cpu: number): void {
  const st = host.core.sockFlowTable;
  if (st === null || sockRxhash === 0) return;
  const hash = sockRxhash >>> 0;
  const val = host.profile.rfsSockEntry(hash, cpu, host.core.rpsCpuMask) >>> 0;
  const i = hash & st.mask;
  // Stryker disable next-line ConditionalExpression: equivalent: the kernel tests first only to avoid dirtying the cache line
  if (st.ents[i] !== val) st.ents[i] = val;
}

/**
 * dev.c:rps_ipi_queued (3.13) / napi_schedule_rps (6.x), for a remote target: put it on this CPU's
 * rps_ipi_list and raise NET_RX here (6.x: not from inside net_rx_action). Returns false for the local CPU.
 */
export function rps_ipi_queued(host: Host, target: SoftnetData, mysd: SoftnetData): boolean {
  if (target === mysd) return false;
  mysd.rpsIpiList.push(target.cpu);
  if (host.profile.raiseSoftirqInsideNetRxAction || !mysd.inNetRxAction) raise_net_rx_softirq(host, mysd);
  return true;
}

/** dev.c:net_rps_action_and_irq_enable: send the queued IPIs (they arrive at the current time). */
export function net_rps_action_and_irq_enable(host: Host, sd: SoftnetData): void {
  const list = sd.rpsIpiList;
  // Stryker disable next-line ConditionalExpression: equivalent: the loop and the truncation do nothing on an empty list
  if (list.length === 0) return;
  for (let i = 0; i < list.length; i++) host.core.events.push(host.now, CLASS_OTHER, EV_IPI, list[i]);
  list.length = 0;
}

/** dev.c:rps_trigger_softirq, the IPI handler on the target: schedule its backlog, count the kick. */
export function rps_trigger_softirq(host: Host, sd: SoftnetData): void {
  const n = sd.backlog;
  // Stryker disable next-line AssignmentOperator: equivalent: enqueue_to_backlog set NAPIF_STATE_SCHED before queueing the IPI, so |= and &= leave it set
  n.state |= NAPIF_STATE_SCHED; // already set by enqueue_to_backlog's __test_and_set_bit
  ____napi_schedule(host, sd, n);
  sd.received_rps++;
}
