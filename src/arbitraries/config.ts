// Configurations (config.schema.json) within each sysctl's and setting's schema range, biased toward
// the edges. The random draws ("knobs") are independent of the swarm; `buildConfig` applies the
// swarm, so shrinking a knob never regenerates the workload.
import { FLOW_MCAST_DST_DEFAULT } from '../spec/flow-defaults.ts';
import fc from 'fast-check';
import type { Config, Costs, Device, ProfileName, Socket, Sysctls } from '../generated/schema-types.ts';
import { clip, cpuMask, edgeInt, hexMask } from './edges.ts';
import { configRange, hzValues, settingDefault, settingRange, sysctlDefault, sysctlExists, sysctlRange } from './schema-ranges.ts';
import { ANY_TAG, fallbackDevice, KNOB_TAGS, type TagGate } from './feature-tags.ts';
import type { Swarm } from './swarm.ts';
import { FLOW_MCAST6_DST_DEFAULT, V6_LOOPBACK, V6_PEER } from '../spec/ipv6.ts';
import { rpsFlowCntMinimum } from '../spec/rps-flow-cnt.ts';
import { IPV6_MIN_MTU } from '../spec/ip-fragment.ts';

/** Ports of the generated sockets (s0, s1, s2). Frames to NO_SOCKET_PORT find no socket (NoPorts). */
export const SOCKET_PORTS = [5000, 5001, 5002] as const;
export const NO_SOCKET_PORT = 7;
export const PEER = '10.0.0.2';
export const LOCAL = '10.0.0.1';
export const MAX_CPUS = 8;

export interface ConfigKnobs {
  cpus: number;
  hz: number;
  rxQueues: [number, number];
  ringSize: number;
  napiWeight: number;
  /** How far the weight exceeds the budget when oddWeight is on and the budget is tiny. */
  weightOverBudget: number;
  gro: [boolean, boolean];
  rpsBits: number[];
  rpsFlowCnt: number;
  irqCpu: number[];
  sockFlowEntries: number;
  budget: number;
  budgetUsecs: number;
  devWeight: number;
  rxBias: number;
  maxBacklog: number;
  flowLimitBits: number;
  flowLimitTableLen: number;
  groNormalBatch: number;
  soRcvbuf: number[];
  rcvbufForce: boolean;
  udpMemPages: number;
  udpRmemMin: number;
  sockets: number;
  socketCpu: number[];
  connected: boolean[];
  multicastSocket: boolean;
  ntuple: { port: number; action: number }[];
  costs: Costs;
  coalesce: { rxFrames: number; rxUsecs: number };
  /** The veth's MTU (Device.mtu) when the vethMtu feature is on: drawn after the rest (veth-mtu.ts). */
  vethMtu?: number;
}

function pow2Edges(max: number): number[] {
  const out: number[] = [];
  for (let v = 1; v <= max; v *= 2) out.push(v);
  return out;
}

export function configKnobs(profile: ProfileName): fc.Arbitrary<ConfigKnobs> {
  const cpus = clip(configRange('cpus'), { min: 1, max: MAX_CPUS });
  const queues = clip(settingRange('device.schema.json', profile, 'rxQueues'), { min: 1, max: 4 });
  const ring = settingRange('device.schema.json', profile, 'ringSize');
  const weight = settingRange('device.schema.json', profile, 'napiWeight');
  const defWeight = settingDefault('device.schema.json', profile, 'napiWeight') as number;
  const defRing = settingDefault('device.schema.json', profile, 'ringSize') as number;
  const flowCnt = settingRange('device.schema.json', profile, 'rpsFlowCnt', 'RxQueue');
  const flowCntMin = rpsFlowCntMinimum(profile); // 6.18 refuses a table of one entry (spec/rps-flow-cnt.ts)
  const sfe = sysctlRange(profile, 'net.core.rps_sock_flow_entries');
  // netdev_budget and dev_weight accept any int (proc_dointvec), but a budget or backlog weight
  // <= 0 livelocks net_rx_action (nothing is ever processed): the generator stays >= 1.
  const budget = clip(sysctlRange(profile, 'net.core.netdev_budget'), { min: 1, max: 600 });
  const devWeight = clip(sysctlRange(profile, 'net.core.dev_weight'), { min: 1, max: 512 });
  const usecs = sysctlExists(profile, 'net.core.netdev_budget_usecs')
    ? sysctlRange(profile, 'net.core.netdev_budget_usecs')
    : { min: 0, max: 0 };
  const bias = sysctlExists(profile, 'net.core.dev_weight_rx_bias')
    ? clip(sysctlRange(profile, 'net.core.dev_weight_rx_bias'), { min: 1, max: 4 })
    : { min: 1, max: 1 };
  // netdev_max_backlog is compared unsigned: -1 means no limit (kept rare).
  const backlog = clip(sysctlRange(profile, 'net.core.netdev_max_backlog'), { min: -1, max: 2000 });
  const fltl = clip(sysctlRange(profile, 'net.core.flow_limit_table_len'), { min: 1, max: 4096 });
  const gnb = sysctlExists(profile, 'net.core.gro_normal_batch')
    ? clip(sysctlRange(profile, 'net.core.gro_normal_batch'), { min: 1, max: 64 })
    : { min: 8, max: 8 };
  const rcv = clip(settingRange('socket.schema.json', profile, 'soRcvbuf'), { min: -1, max: 262144 });
  const rmin = clip(sysctlRange(profile, 'net.ipv4.udp_rmem_min'), { min: 1, max: 65536 });
  return fc.record({
    cpus: edgeInt(cpus, [2, 1, 4, MAX_CPUS]),
    hz: fc.constantFrom(...hzValues()),
    rxQueues: fc.tuple(edgeInt(queues, [2, 4]), edgeInt(queues, [2, 4])),
    ringSize: edgeInt(clip(ring, { min: 1, max: 1024 }), [defRing, 1, 2, 4, 16]),
    napiWeight: edgeInt(clip(weight, { min: 1, max: 400 }), [defWeight, 1, 2, 3, 16]),
    weightOverBudget: fc.integer({ min: 1, max: 80 }),
    gro: fc.tuple(fc.boolean(), fc.boolean()),
    rpsBits: fc.array(fc.integer({ min: 0, max: 2 ** MAX_CPUS - 1 }), { minLength: 8, maxLength: 8 }),
    rpsFlowCnt: edgeInt(clip(flowCnt, { min: flowCntMin, max: 4096 }), [flowCntMin, 2, 64, 256]),
    irqCpu: fc.array(fc.nat(MAX_CPUS - 1), { minLength: 8, maxLength: 8 }),
    sockFlowEntries: edgeInt(clip(sfe, { min: 1, max: 65536 }), [1, 64, 32768]),
    budget: edgeInt(budget, [1, 2, 3, 8, 64, 300]),
    budgetUsecs: edgeInt(clip(usecs, { min: usecs.min, max: usecs.min * 4 }), [usecs.min]),
    devWeight: edgeInt(devWeight, [1, 2, 3, 64]),
    rxBias: edgeInt(bias, [1, 2]),
    maxBacklog: edgeInt(backlog, [0, 1, 2, 3, 8, 1000, -1]),
    flowLimitBits: fc.integer({ min: 1, max: 2 ** MAX_CPUS - 1 }),
    flowLimitTableLen: fc.constantFrom(...pow2Edges(fltl.max).filter((v) => v >= fltl.min)),
    groNormalBatch: edgeInt(gnb, [8, 1, 2]),
    // sk_rcvbuf = max(2 * val, SOCK_MIN_RCVBUF): 0..1152 give the minimum 2304, smaller than one
    // truesize of a datagram above ~1.4 KiB; 1153 is the first value above it.
    soRcvbuf: fc.array(edgeInt(rcv, [0, 1152, 1153, 2000, 4096, 16384, 65536]), { minLength: 3, maxLength: 3 }),
    rcvbufForce: fc.boolean(),
    udpMemPages: fc.integer({ min: 1, max: 8 }),
    udpRmemMin: edgeInt(rmin, [1, 4096]),
    sockets: fc.integer({ min: 1, max: 3 }),
    socketCpu: fc.array(fc.nat(MAX_CPUS - 1), { minLength: 3, maxLength: 3 }),
    connected: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    multicastSocket: fc.boolean(),
    ntuple: fc.array(fc.record({ port: fc.nat(3), action: fc.integer({ min: -1, max: 3 }) }), { maxLength: 2 }),
    costs: fc.record(
      {
        irqNs: fc.integer({ min: 0, max: 5_000 }),
        softirqNs: fc.integer({ min: 0, max: 5_000 }),
        pollNs: fc.integer({ min: 0, max: 20_000 }),
        driverPacketNs: fc.integer({ min: 0, max: 50_000 }),
        stackPacketNs: fc.integer({ min: 1_000, max: 400_000 }),
        backlogPacketNs: fc.integer({ min: 0, max: 20_000 }),
      },
      { requiredKeys: ['stackPacketNs'] },
    ),
    coalesce: fc.record({ rxFrames: edgeInt({ min: 0, max: 128 }, [0, 1, 4, 64]), rxUsecs: edgeInt({ min: 0, max: 2000 }, [0, 10, 100]) }),
  });
}

export interface BuiltDevice { name: string; kind: Device['kind']; queues: number; mtu?: number }

/**
 * Device names in frame-step order: NICs first, then loopback, then veth. With no device feature
 * on, one device of the fallback kind (a NIC unless the gate excludes it).
 */
export function deviceList(s: Swarm, k: ConfigKnobs, gate: TagGate = ANY_TAG): BuiltDevice[] {
  const out: BuiltDevice[] = [];
  const multi = s.multiQueue;
  const fallback = !s.loopback && !s.veth ? fallbackDevice(gate) : null;
  if (s.nic || fallback === 'nic') {
    out.push({ name: 'eth0', kind: 'nic', queues: multi ? k.rxQueues[0] : 1 });
    if (s.twoNics) out.push({ name: 'eth1', kind: 'nic', queues: multi ? k.rxQueues[1] : 1 });
  }
  if (s.loopback || fallback === 'loopback') out.push({ name: 'lo', kind: 'loopback', queues: 1 });
  // with IPv6 the veth keeps IPV6_MIN_MTU or more (below it the device has no IPv6)
  const mtu = k.vethMtu === undefined || !s.ipv6 ? k.vethMtu : Math.max(IPV6_MIN_MTU, k.vethMtu);
  const withMtu = s.vethMtu && mtu !== undefined ? { mtu } : {};
  if (s.veth || fallback === 'veth') out.push({ name: 'veth0', kind: 'veth', queues: 1, ...withMtu });
  return out;
}

export function cpuCount(s: Swarm, k: ConfigKnobs): number {
  return s.smp ? Math.max(2, k.cpus) : 1;
}

function maskOf(bits: number, cpus: number): string {
  return hexMask(bits & ((1 << cpus) - 1));
}

/** The configuration of swarm `s` and knobs `k`; `gate` leaves out the knobs that give undeclared tags (feature-tags.ts). */
export function buildConfig(profile: ProfileName, s: Swarm, k: ConfigKnobs, gate: TagGate = ANY_TAG): Config {
  const cpus = cpuCount(s, k);
  const sysctls: Sysctls = {};
  if (s.tinyBudget) sysctls['net.core.netdev_budget'] = k.budget;
  const budget = sysctls['net.core.netdev_budget'] ?? sysctlDefault(profile, 'net.core.netdev_budget');
  const hz = s.hz ? k.hz : 250;
  // netdev_budget_usecs: proc_dointvec_minmax with min 2 * USEC_PER_SEC / HZ (the schema's minimum
  // is the HZ=250 value), so the floor moves with HZ.
  if (s.slowCosts && sysctlExists(profile, 'net.core.netdev_budget_usecs')) sysctls['net.core.netdev_budget_usecs'] = Math.max(k.budgetUsecs, Math.ceil(2_000_000 / hz));
  if (s.devWeight) {
    sysctls['net.core.dev_weight'] = k.devWeight;
    if (sysctlExists(profile, 'net.core.dev_weight_rx_bias')) sysctls['net.core.dev_weight_rx_bias'] = k.rxBias;
  }
  if (s.tinyBacklog) sysctls['net.core.netdev_max_backlog'] = k.maxBacklog;
  if (s.flowLimit) {
    sysctls['net.core.flow_limit_table_len'] = k.flowLimitTableLen;
    const m = maskOf(k.flowLimitBits, cpus);
    sysctls['net.core.flow_limit_cpu_bitmap'] = m === '0' ? '1' : m;
  }
  if (s.rfs) sysctls['net.core.rps_sock_flow_entries'] = k.sockFlowEntries;
  if (s.gro && sysctlExists(profile, 'net.core.gro_normal_batch')) sysctls['net.core.gro_normal_batch'] = k.groNormalBatch;
  if (s.noEarlyDemux) {
    sysctls['net.ipv4.ip_early_demux'] = 0;
    if (sysctlExists(profile, 'net.ipv4.udp_early_demux')) sysctls['net.ipv4.udp_early_demux'] = 0;
  }
  if (s.memPressure) {
    const p = k.udpMemPages;
    sysctls['net.ipv4.udp_mem'] = [p, p, p];
    sysctls['net.ipv4.udp_rmem_min'] = k.udpRmemMin;
  }

  const devices: Device[] = [];
  let qi = 0;
  for (const d of deviceList(s, k, gate)) {
    const dev: Device = { name: d.name, kind: d.kind, ...(d.mtu !== undefined ? { mtu: d.mtu } : {}) };
    if (d.kind === 'nic') {
      dev.rxQueues = d.queues;
      if (s.tinyRing) dev.ringSize = k.ringSize;
      if (s.oddWeight) dev.napiWeight = s.tinyBudget && k.weightOverBudget % 2 === 1 ? budget + k.weightOverBudget : k.napiWeight;
      dev.gro = s.gro ? k.gro[devices.length % 2] : false;
      if (s.coalesce) dev.coalesce = { rxFrames: k.coalesce.rxFrames, rxUsecs: k.coalesce.rxUsecs };
      if (s.ntuple && k.ntuple.length > 0) {
        dev.ntuple = k.ntuple.map((r) => ({
          dstPort: r.port < SOCKET_PORTS.length ? SOCKET_PORTS[r.port] : NO_SOCKET_PORT,
          action: r.action < 0 ? -1 : r.action % d.queues,
        }));
      }
    }
    if (s.rps || s.rfs || d.kind === 'nic') {
      dev.queues = [];
      for (let q = 0; q < d.queues; q++, qi++) {
        const rq: NonNullable<Device['queues']>[number] = {};
        if (d.kind === 'nic' && gate.allows(KNOB_TAGS.irqAffinity)) rq.smpAffinity = hexMask(1 << (k.irqCpu[qi % 8] % cpus));
        if (s.rps) rq.rpsCpus = maskOf(k.rpsBits[qi % 8], cpus);
        if (s.rfs) rq.rpsFlowCnt = k.rpsFlowCnt;
        dev.queues.push(rq);
      }
    }
    devices.push(dev);
  }

  const sockets: Socket[] = [];
  for (let i = 0; i < k.sockets; i++) {
    const sk: Socket = { name: `s${i}`, port: SOCKET_PORTS[i] };
    if (s.tinyRcvbuf) {
      sk.soRcvbuf = k.soRcvbuf[i];
      if (k.rcvbufForce && gate.allows(KNOB_TAGS.rcvbufForce)) sk.soRcvbufForce = true;
    }
    // s0 is a dual-stack AF_INET6 socket with the ipv6 feature: it takes IPv4 and IPv6 (an IPv6 group); connected, to
    // the IPv6 flows' source (fd00::2 over a veth, else ::1), it takes no IPv4 (src/spec/connect.ts)
    const inet6 = i === 0 && s.ipv6;
    if (inet6) sk.family = 'inet6';
    if ((s.connected || s.rfs) && k.connected[i] && gate.allows(KNOB_TAGS.connected)) {
      const peer = !inet6 ? PEER : devices.some((d) => d.kind === 'veth') ? V6_PEER : V6_LOOPBACK;
      sk.connect = { address: peer, port: 40000 + i };
    }
    if (s.rfs || s.smp) sk.cpu = k.socketCpu[i] % cpus;
    if (i === 0 && k.multicastSocket && s.errors && gate.allows(KNOB_TAGS.multicast)) {
      sk.multicast = inet6 ? FLOW_MCAST6_DST_DEFAULT : FLOW_MCAST_DST_DEFAULT;
    }
    sockets.push(sk);
  }

  const config: Config = { profile, cpus, devices, sockets };
  if (s.hz) config.hz = hz as Config['hz'];
  if (Object.keys(sysctls).length > 0) config.sysctls = sysctls;
  if (s.slowCosts) config.costs = k.costs;
  if (s.forwarding) config.forwarding = true;
  return config;
}

/** Every CPU mask value a sysctl step may write (flow_limit_cpu_bitmap). */
export function allCpusMask(cpus: number): string {
  return hexMask((1 << cpus) - 1);
}

export { cpuMask };
