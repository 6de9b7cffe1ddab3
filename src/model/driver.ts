// A multi-queue NIC driver modelled on igb (drivers/net/ethernet/intel/igb/igb_main.c), plus the
// loopback and veth devices' receive-side statistics. Per RX queue: a ring of `ringSize`
// descriptors, an MSI-X IRQ delivered to the lowest CPU of its smp_affinity, interrupt coalescing
// (ethtool -C), and a NAPI whose poll harvests at most its weight. RSS picks the queue with
// indir[hash % indir.length]; ntuple (flow director) rules steer or drop first.
import type { Coalesce, Device, ProfileName } from '../generated/schema-types.ts';
import type { Host } from './host.ts';
import type { SoftnetData } from './softnet.ts';
import { settingDefaults } from '../spec/defaults.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { cpusInMask } from '../spec/semantic.ts';
import { vethNapiRequested } from '../spec/veth-napi.ts';
import { VETH_MTU, deviceMtu } from '../spec/ip-fragment.ts';
import { CLASS_OTHER, EV_COALESCE, EV_IRQ } from './event_queue.ts';
import { NAPI_NIC, NAPI_VETH, NapiStruct, napi_complete_done, napi_schedule } from './napi.ts';
import { VETH_NAPI_WEIGHT, VethRq } from './veth.ts';
import { napi_gro_receive } from './gro.ts';
import { hardirq_charge } from './net_rx_action.ts';
import { NetdevRxQueue, store_rps_dev_flow_table_cnt, store_rps_map } from './rps.ts';
import { be16, be32, toeplitz } from './hash.ts';
import { ETH_HLEN, FLAG, parseIpv4, type FlowTuple } from './skb.ts';

const FLAG_MULTICAST = FLAG.multicast;
const ETH_HLEN_ = ETH_HLEN;

export const KIND_NIC = 0;
export const KIND_LOOPBACK = 1;
export const KIND_VETH = 2;

/** include/linux/ethtool.h: the RSS table size the model's NIC has (igb: IGB_RETA_SIZE = 128). */
export const RSS_INDIR_SIZE = 128;

/** include/linux/ethtool.h:ethtool_rxfh_indir_default */
export function ethtool_rxfh_indir_default(index: number, nRxRings: number): number {
  return index % nRxRings;
}

/** ethtool(8) ethtool.c:fill_indir_table for `-X DEV weight W0 W1 ...` (u32 arithmetic). */
export function fill_indir_table(size: number, weights: readonly number[]): Int32Array {
  const indir = new Int32Array(size);
  let sum = 0;
  for (const w of weights) sum += w;
  let partial = 0;
  let j = 0;
  // Stryker disable next-line EqualityOperator: equivalent: the extra pass ends its while at once (NaN) and writes past the typed array's end
  for (let i = 0; i < size; i++) {
    while (i >= Math.floor((size * partial) / sum)) {
      partial += weights[j];
      j += 1;
    }
    indir[i] = j - 1;
  }
  return indir;
}

interface NtupleMatch { src: number; dst: number; sport: number; dport: number; action: number }

/** One RX queue: descriptor ring, IRQ and coalescing state, per-queue statistics. */
export class RxRing {
  readonly index: number;
  readonly dev: number;
  readonly queue: number;
  readonly size: number;
  /** Frames it holds before the next one is missed (KernelProfile.rxRingCapacity; the model's rule: `size`). */
  capacity: number;
  private readonly buf: Int32Array;
  private head = 0;
  /** descriptors filled and not yet harvested */
  len = 0;
  napi!: NapiStruct;
  /** lowest CPU of smp_affinity */
  readonly irqCpu: number;
  /** /proc/interrupts row: per-CPU count */
  readonly irqCounts: Float64Array;
  /** the queue's interrupt is masked (igb EIAM auto-mask on MSI-X) until the poll re-enables it */
  masked = false;
  /** when the last re-enable took effect (end of the completing poll) */
  unmaskAt = 0;
  /** frames written since the last interrupt while it was enabled (coalescing) */
  pending = 0;
  firstAt = 0;
  timerGen = 0;
  timerArmed = false;
  /** ethtool -S rx_queue_N_packets / _bytes */
  packets = 0;
  bytes = 0;

  constructor(index: number, dev: number, queue: number, size: number, irqCpu: number, ncpus: number) {
    this.index = index; this.dev = dev; this.queue = queue; this.size = size; this.irqCpu = irqCpu;
    this.capacity = size;
    this.buf = new Int32Array(size);
    this.irqCounts = new Float64Array(ncpus);
  }

  push(skb: number): void {
    this.buf[(this.head + this.len) % this.size] = skb;
    this.len++;
  }

  shift(): number {
    const skb = this.buf[this.head];
    this.head = this.head + 1 === this.size ? 0 : this.head + 1;
    this.len--;
    return skb;
  }
}

export class NetDevice {
  readonly index: number;
  readonly name: string;
  readonly kind: number;
  readonly rings: RxRing[] = [];
  /** dev->_rx[]: RPS state per RX queue (one for loopback/veth) */
  readonly rxq: NetdevRxQueue[] = [];
  /** some RX queue has an rps_map or rps_flow_table */
  rpsConfigured = false;
  /** RSS indirection table */
  indir: Int32Array = new Int32Array(0);
  readonly ntuple: NtupleMatch[] = [];
  /** rxFlowHash fields: bit 0 src-ip, 1 dst-ip, 2 src-port, 3 dst-port */
  hashFields = 0;
  /** A veth's other end, where the model's replies out that veth arrive (the config's device it pairs): -1 for none. */
  peerOf = -1;
  /** A veth: its other end's index in core.devices (-1 for none). */
  peer = -1;
  /** NETIF_F_GRO (set by createDevice) */
  gro!: boolean;
  /** dev->mtu (net/core/dev.c:dev_set_mtu): lo's 64 KiB, a veth's Device.mtu; a NIC's is unused (VETH_MTU). */
  mtu = VETH_MTU;
  /** A veth in NAPI mode (veth.ts): its queue's ring and NAPI; null for netif_rx (and every other kind). */
  vethRq: VethRq | null = null;
  napiWeight = 64;
  // coalescing (ethtool -C)
  rxUsecs = 0;
  rxFrames = 1;
  rxUsecsIrq = 0;
  rxFramesIrq = 0;
  // statistics (rtnl_link_stats64 / ethtool -S)
  rxPackets = 0;
  rxBytes = 0;
  rxMissed = 0;
  rxFifo = 0;
  /** multicast frames received (igb: MPRC -> rtnl_link_stats64.multicast) */
  rxMulticast = 0;
  ntupleMatch = 0;
  ntupleMiss = 0;

  constructor(index: number, name: string, kind: number) {
    this.index = index; this.name = name; this.kind = kind;
  }
}

function problem(file: string, pointer: string, message: string): RxpathInputError {
  return new RxpathInputError([{ file, pointer, message }]);
}

/** The skb came in on a loopback device (skb->dev->flags & IFF_LOOPBACK). */
export function skb_from_loopback(host: Host, skb: number): boolean {
  return host.core.devices[host.skbs.dev[skb]]?.kind === KIND_LOOPBACK;
}

/**
 * Whether the frames a veth's other end sends take its NAPI mode (veth.c:veth_xmit `use_napi`): the profile's veth
 * has one and the device asks for it (src/spec/veth-napi.ts: GRO on, the frames eligible).
 */
function vethNapiMode(host: Host, cfg: Device): boolean {
  return host.profile.vethNapi && vethNapiRequested(cfg);
}

/** Builds a device from its config (defaults from schemas/device.schema.json), registering its NAPIs. */
export function createDevice(host: Host, cfg: Device, index: number, profile: ProfileName, file: string): NetDevice {
  const core = host.core;
  const kind = cfg.kind === 'nic' ? KIND_NIC : cfg.kind === 'loopback' ? KIND_LOOPBACK : KIND_VETH;
  const dev = new NetDevice(index, cfg.name, kind);
  const ptr = `/config/devices/${index}`;
  const d = settingDefaults('device.schema.json', profile) as Required<Pick<Device, 'ringSize' | 'rxQueues' | 'gro' | 'napiWeight' | 'rxFlowHash'>>;
  const nq = kind === KIND_NIC ? cfg.rxQueues ?? d.rxQueues : 1;
  // Stryker disable next-line ArrayDeclaration: equivalent: a stray entry has no rpsCpus, rpsFlowCnt or smpAffinity, so every queue takes the defaults
  const qcfg = cfg.queues ?? [];
  if (qcfg.length > nq) throw problem(file, `${ptr}/queues`, `has ${qcfg.length} entries but the device has ${nq} RX queue(s)`);
  const qd = settingDefaults('device.schema.json', profile, 'RxQueue') as { rpsCpus: string; rpsFlowCnt: number; smpAffinity: string };
  // Stryker disable next-line EqualityOperator: equivalent: an extra default queue (no map, no table) is never looked up
  for (let q = 0; q < nq; q++) {
    const rxq = new NetdevRxQueue();
    const qc = qcfg[q] ?? {};
    store_rps_map(rxq, cpusInMask(qc.rpsCpus ?? qd.rpsCpus), host.ncpus);
    store_rps_dev_flow_table_cnt(rxq, qc.rpsFlowCnt ?? qd.rpsFlowCnt);
    if (rxq.map !== null || rxq.flowTable !== null) dev.rpsConfigured = true;
    dev.rxq.push(rxq);
  }
  // veth.c:veth_newlink -> veth_disable_gro: a veth starts with GRO off (the schema's default is a NIC's)
  dev.gro = cfg.gro ?? (kind === KIND_VETH ? false : d.gro);
  dev.mtu = deviceMtu(cfg);
  if (kind === KIND_VETH) {
    if (vethNapiMode(host, cfg)) {
      const id = core.napis.length;
      const napi = new NapiStruct(id, NAPI_VETH, VETH_NAPI_WEIGHT, index, -1, `${cfg.name}:rx-0`, cfg.name, true);
      core.napis.push(napi);
      dev.vethRq = new VethRq(napi, cfg.xdp ?? null);
    }
    return dev;
  }
  if (kind !== KIND_NIC) return dev;

  dev.napiWeight = cfg.napiWeight ?? d.napiWeight;
  for (const f of cfg.rxFlowHash ?? d.rxFlowHash) {
    dev.hashFields |= f === 'src-ip' ? 1 : f === 'dst-ip' ? 2 : f === 'src-port' ? 4 : 8;
  }
  if (cfg.rssIndirection && cfg.rssIndirection.length > 0) {
    cfg.rssIndirection.forEach((qn, i) => {
      if (qn >= nq) throw problem(file, `${ptr}/rssIndirection/${i}`, `must be < ${nq} (the device's RX queues) (got ${qn})`);
    });
    dev.indir = Int32Array.from(cfg.rssIndirection);
  } else if (cfg.rssWeights && cfg.rssWeights.length > 0) {
    if (cfg.rssWeights.length > nq) throw problem(file, `${ptr}/rssWeights`, `must have at most ${nq} weights (one per RX queue) (got ${cfg.rssWeights.length})`);
    if (cfg.rssWeights.reduce((a, b) => a + b, 0) <= 0) throw problem(file, `${ptr}/rssWeights`, 'must have a positive sum');
    dev.indir = fill_indir_table(RSS_INDIR_SIZE, cfg.rssWeights);
  } else {
    dev.indir = new Int32Array(RSS_INDIR_SIZE);
    // Stryker disable next-line EqualityOperator: equivalent: a typed array ignores the write past its end
    for (let i = 0; i < RSS_INDIR_SIZE; i++) dev.indir[i] = ethtool_rxfh_indir_default(i, nq);
  }
  (cfg.ntuple ?? []).forEach((r, i) => {
    if (r.action >= nq) throw problem(file, `${ptr}/ntuple/${i}/action`, `must be -1 (drop) or < ${nq} (the device's RX queues) (got ${r.action})`);
    dev.ntuple.push({
      src: r.src === undefined ? -1 : parseIpv4(r.src), dst: r.dst === undefined ? -1 : parseIpv4(r.dst),
      sport: r.srcPort ?? -1, dport: r.dstPort ?? -1, action: r.action,
    });
  });
  const co = settingDefaults('device.schema.json', profile, 'Coalesce') as Required<Coalesce>;
  const c: Coalesce = { ...co, ...cfg.coalesce };
  if (c.adaptiveRx) throw problem(file, `${ptr}/coalesce/adaptiveRx`, 'adaptive interrupt moderation (net_dim) is not modelled; set it false');
  dev.rxUsecs = c.rxUsecs!; dev.rxFrames = c.rxFrames!; dev.rxUsecsIrq = c.rxUsecsIrq!; dev.rxFramesIrq = c.rxFramesIrq!;

  const ringSize = cfg.ringSize ?? d.ringSize;
  for (let q = 0; q < nq; q++) {
    const aff = cpusInMask(qcfg[q]?.smpAffinity ?? qd.smpAffinity).filter((c2) => c2 < host.ncpus);
    if (aff.length === 0) throw problem(file, `${ptr}/queues/${q}/smpAffinity`, `must name an online CPU (0-${host.ncpus - 1})`);
    const ring = new RxRing(core.rings.length, index, q, ringSize, aff[0], host.ncpus);
    ring.capacity = host.profile.rxRingCapacity(ringSize);
    const napi = new NapiStruct(core.napis.length, NAPI_NIC, dev.napiWeight, index, ring.index, `${cfg.name}:rx-${q}`, cfg.name, dev.gro);
    core.napis.push(napi);
    ring.napi = napi;
    core.rings.push(ring);
    dev.rings.push(ring);
  }
  return dev;
}

/**
 * The NIC's RSS hash for a flow: a Toeplitz hash (igb/ixgbe hardware) of the fields enabled by
 * `ethtool -N DEV rx-flow-hash udp4` (default: addresses only), in the order src, dst, sport, dport.
 */
export function rssHash(dev: NetDevice, f: FlowTuple): number {
  const bytes: number[] = [];
  if (dev.hashFields & 1) bytes.push(...be32(f.src));
  if (dev.hashFields & 2) bytes.push(...be32(f.dst));
  if (f.proto === 17) {
    if (dev.hashFields & 4) bytes.push(...be16(f.sport));
    if (dev.hashFields & 8) bytes.push(...be16(f.dport));
  }
  return toeplitz(bytes);
}

/**
 * Steering of a flow on a NIC: the first ntuple rule (flow-type udp4) that matches wins (a queue,
 * or -1 = drop); otherwise RSS. Returns the queue or -1, and whether a rule matched in `out`.
 */
export function steer(dev: NetDevice, f: FlowTuple, hash: number, out: { matched: boolean }): number {
  out.matched = false;
  if (f.proto === 17) {
    for (const r of dev.ntuple) {
      if ((r.src < 0 || r.src === f.src) && (r.dst < 0 || r.dst === f.dst) &&
        (r.sport < 0 || r.sport === f.sport) && (r.dport < 0 || r.dport === f.dport)) {
        out.matched = true;
        return r.action;
      }
    }
  }
  return dev.indir[(hash >>> 0) % dev.indir.length];
}

/** Raise the queue's MSI-X interrupt at time t (it reaches ring.irqCpu as an EV_IRQ). */
function fire(host: Host, ring: RxRing, t: number): void {
  ring.masked = true;
  ring.pending = 0;
  ring.timerArmed = false;
  // Stryker disable next-line UpdateOperator: equivalent: generations are only compared for equality
  ring.timerGen++;
  const events = host.core.events;
  if (t === host.now && events.wouldPrecede(t, CLASS_OTHER)) {
    // the EV_IRQ would be the very next event: deliver it now
    hardirq_charge(host, host.core.cpus[ring.irqCpu]);
    igb_msix_ring(host, ring);
  } else events.push(t, CLASS_OTHER, EV_IRQ, ring.index);
}

/**
 * Interrupt coalescing after a frame was written to the ring at time t (ethtool.h struct
 * ethtool_coalesce): the IRQ fires after rx-frames frames, or rx-usecs after the first frame,
 * whichever comes first (0 disables that condition; both 0 means every frame). While the IRQ is
 * masked (NAPI polling) nothing fires. Frames that arrive while the host still services the previous
 * interrupt (before the completing poll ends) latch the cause, which is asserted when the IRQ is
 * re-enabled, under the -irq values (0 = same as the plain ones).
 */
export function rx_coalesce(host: Host, dev: NetDevice, ring: RxRing, t: number): void {
  if (ring.masked) return;
  const serviced = t < ring.unmaskAt;
  const at = serviced ? ring.unmaskAt : t;
  if (ring.pending++ === 0) ring.firstAt = at;
  const frames = serviced && dev.rxFramesIrq > 0 ? dev.rxFramesIrq : dev.rxFrames;
  const usecs = serviced && dev.rxUsecsIrq > 0 ? dev.rxUsecsIrq : dev.rxUsecs;
  if ((frames > 0 && ring.pending >= frames) || (frames === 0 && usecs === 0)) {
    fire(host, ring, at);
  } else if (usecs > 0 && !ring.timerArmed) {
    ring.timerArmed = true;
    host.core.events.push(ring.firstAt + usecs * 1000, CLASS_OTHER, EV_COALESCE, ring.index, ring.timerGen);
  }
}

/** The rx-usecs timer expired. */
export function rx_coalesce_timer(host: Host, ring: RxRing, gen: number): void {
  if (gen !== ring.timerGen || ring.masked || ring.pending === 0) return;
  fire(host, ring, host.now);
}

/**
 * igb_msix_ring on ring.irqCpu: count the interrupt (/proc/interrupts) and napi_schedule. The
 * caller charges the hard IRQ's CPU time.
 */
export function igb_msix_ring(host: Host, ring: RxRing): void {
  ring.irqCounts[ring.irqCpu]++;
  napi_schedule(host, ring.napi, ring.irqCpu);
}

/**
 * igb_poll + igb_clean_rx_irq: harvest at most `budget` descriptors, hand each skb to
 * napi_gro_receive (per-queue and device byte counts include the 14-byte Ethernet header: igb adds
 * skb->len before eth_type_trans). When fewer than `budget` were harvested the poll follows the NAPI
 * contract: napi_complete(_done), then re-enable the queue's IRQ (igb_ring_irq_enable). The return
 * value is the profile's igb_poll return.
 */
export function igb_poll(host: Host, sd: SoftnetData, ring: RxRing, budget: number): number {
  const core = host.core;
  const dev = core.devices[ring.dev];
  const skbs = host.skbs;
  const costPer = core.costs.driverPacketNs;
  const napi = ring.napi;
  let work = 0;
  while (work < budget && ring.len > 0) {
    const skb = ring.shift();
    host.now += costPer;
    const bytes = skbs.len[skb] + skbs.pad[skb] + ETH_HLEN_;
    ring.packets++;
    ring.bytes += bytes;
    dev.rxPackets++;
    dev.rxBytes += bytes;
    if (skbs.flags[skb] & FLAG_MULTICAST) dev.rxMulticast++;
    napi_gro_receive(host, sd, napi, skb);
    work++;
  }
  if (work < budget) {
    // `if (likely(napi_complete_done(napi, work_done))) igb_ring_irq_enable(q_vector);` -- true here:
    // NAPI_STATE_MISSED is never set in the model (napi.ts NAPIF_STATE_SCHED)
    napi_complete_done(host, sd, napi);
    ring.masked = false; // igb_ring_irq_enable
    ring.unmaskAt = host.now;
  }
  return host.profile.driverPollReturn(work, budget);
}
