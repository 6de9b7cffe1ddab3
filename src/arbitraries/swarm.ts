// Swarm testing (Groce et al., "Swarm Testing", ISSTA 2012): each generated scenario switches a
// random subset of features on, so that rare combinations (flow limit with RPS and a tiny receive
// buffer) really occur instead of being averaged away by a generator that always mixes everything.
import fc from 'fast-check';

export const FEATURES = [
  /** NIC devices (napi_gro_receive / netif_receive_skb path). */
  'nic',
  /** A second NIC. */
  'twoNics',
  /** Several RX queues per NIC (RSS). */
  'multiQueue',
  /** A loopback device (netif_rx -> backlog). */
  'loopback',
  /** A veth device (netif_rx -> backlog). */
  'veth',
  /** More than one CPU. */
  'smp',
  'gro',
  /** rps_cpus on the RX queues. */
  'rps',
  /** rps_sock_flow_entries + rps_flow_cnt + connected sockets with a CPU. */
  'rfs',
  /** flow_limit_cpu_bitmap. */
  'flowLimit',
  /** ntuple rules (steer or drop). */
  'ntuple',
  /** netdev_max_backlog of 0, 1, 2 or small. */
  'tinyBacklog',
  /** netdev_budget of 1, 2, 3 or small. */
  'tinyBudget',
  /** NAPI weight larger than the budget, or odd small weights. */
  'oddWeight',
  /** dev_weight (backlog NAPI weight) small or odd. */
  'devWeight',
  /** A few RX descriptors. */
  'tinyRing',
  /** SO_RCVBUF small (2304 = smaller than one truesize of a large datagram) or medium. */
  'tinyRcvbuf',
  /** udp_mem of a few pages: memory scheduling fails. */
  'memPressure',
  /** Frames carrying FrameFlag errors and unknown protocols. */
  'errors',
  /** Large payloads (up to the UDP maximum). */
  'bigPayload',
  /** Explicit flow hashes (0 included: no hash). */
  'hashes',
  /** Application reads. */
  'reads',
  /** Reads of a given count (partial) rather than draining. */
  'partialReads',
  /** lock_sock windows. */
  'lockSock',
  /** Sysctl writes mid-run. */
  'sysctlSteps',
  /** Checkpoints mid-run. */
  'checkpoints',
  /** Costly per-packet work: the net_rx_action time limit is reached. */
  'slowCosts',
  /** Interrupt coalescing. */
  'coalesce',
  /** Connected sockets (early demux, RFS flow recording). */
  'connected',
  /** ip_early_demux / udp_early_demux off. */
  'noEarlyDemux',
  /** A HZ other than 250. */
  'hz',
  /** net.ipv4.conf.all.forwarding on (no-route frames count InNoRoutes, non-local ones are forwarded). */
  'forwarding',
  /** IPv6: socket s0 is AF_INET6 (dual-stack), and some loopback/veth frames are IPv6 datagrams. */
  'ipv6',
  /** A socket closed mid-run (a close step; close-steps.ts). */
  'close',
  /** SO_RXQ_OVFL on a socket, at creation or mid-run (rxq-ovfl-steps.ts). */
  'rxqOvfl',
  /** Fragments out of order, repeated or missing (FramesStep.fragments; fragment-order-steps.ts). */
  'fragmentOrder',
  /** IPv6 datagrams above the veth MTU, sent as fragments (ipv6-fragment-steps.ts; with ipv6). */
  'ipv6Fragments',
  /** GRO on the veths, their other ends' TSO mostly off: the veth's NAPI mode (veth-napi-devices.ts). */
  'vethNapi',
  /** Loopback/veth frames steps sent in one BH-disabled section (FramesStep.burst; burst-steps.ts). */
  'bursts',
  /** A socket with UDP_GRO (Socket.udpGro; udp-gro-sockets.ts). */
  'udpGro',
  /** An XDP program on a veth that drops every frame (Device.xdp; xdp-devices.ts). */
  'xdp',
  /** The veth's MTU other than 1500 (Device.mtu, config.ts): where its datagrams are cut into fragments. */
  'vethMtu',
  /** With forwarding, a NIC or veth step flagged no_route (no-route-steps.ts): InNoRoutes and net unreachable. */
  'noRoute',
  /** lo's MTU below 64 KiB (Device.mtu, lo-mtu.ts): a local socket's datagram above it sent as fragments. */
  'loMtu',
] as const;

export type Feature = (typeof FEATURES)[number];
export type Swarm = Record<Feature, boolean>;

/**
 * Per-feature probability of being switched on (0..1); a property raises the ones it is about.
 * 1 forces a feature on, 0 keeps it off.
 */
export type SwarmBias = Partial<Record<Feature, number>>;

const DEFAULT_P = 0.5;
const BASE: SwarmBias = {
  nic: 0.7, reads: 0.7, smp: 0.6, hz: 0.2, memPressure: 0.1, twoNics: 0.3, forwarding: 0.2, ipv6: 0.3, close: 0.2,
  rxqOvfl: 0.2, fragmentOrder: 0.3, ipv6Fragments: 0.5, vethNapi: 0.3, bursts: 0.3, udpGro: 0.3,
  xdp: 0.15, vethMtu: 0.2, noRoute: 0.5, loMtu: 0.3,
};

/** A feature drawn with probability p; shrinks toward "off". */
function flag(p: number): fc.Arbitrary<boolean> {
  if (p >= 1) return fc.constant(true);
  if (p <= 0) return fc.constant(false);
  const cut = Math.round((1 - p) * 1000);
  return fc.integer({ min: 0, max: 999 }).map((x) => x >= cut);
}

/**
 * Features added after the swarm's random stream was settled: drawn after everything else a scenario draws
 * (scenario.ts), so a seed gives the same scenarios as before whenever they are off.
 */
export const LATE_FEATURES: readonly Feature[] = ['ipv6', 'close', 'rxqOvfl', 'fragmentOrder', 'ipv6Fragments'];

/**
 * Features added after the late ones: drawn at the very end of a scenario's draws (scenario.ts), after the late
 * features' own draws, so that a seed gives the same scenarios as before whenever they are off.
 */
export const LAST_FEATURES: readonly Feature[] = ['vethNapi', 'bursts'];

/**
 * Features added after the last ones: drawn after the last features' own draws (scenario.ts), so that a seed gives
 * the same scenarios as before whenever they are off.
 */
export const FINAL_FEATURES: readonly Feature[] = ['udpGro'];

/**
 * Features added after the final ones: drawn after the final features' own draws (scenario.ts), so that a seed gives
 * the same scenarios as before whenever they are off.
 */
export const CLOSING_FEATURES: readonly Feature[] = ['xdp'];

/**
 * Features added after the closing ones: drawn after the closing features' own draws (scenario.ts), so that a seed
 * gives the same scenarios as before whenever they are off.
 */
export const TRAILING_FEATURES: readonly Feature[] = ['vethMtu', 'noRoute'];

/**
 * Features added after the trailing ones: drawn after the trailing features' own draws (scenario.ts), so that a seed
 * gives the same scenarios as before whenever they are off.
 */
export const TAIL_FEATURES: readonly Feature[] = ['loMtu'];

/** The swarm's features but the late ones (those are `false` here; lateFeaturesArbitrary draws them). */
export function swarmArbitrary(bias: SwarmBias = {}): fc.Arbitrary<Swarm> {
  const rec = {} as Record<Feature, fc.Arbitrary<boolean>>;
  for (const f of FEATURES) {
    const drawnLater = [LATE_FEATURES, LAST_FEATURES, FINAL_FEATURES, CLOSING_FEATURES, TRAILING_FEATURES, TAIL_FEATURES]
      .some((tier) => tier.includes(f));
    rec[f] = drawnLater ? fc.constant(false) : flag(bias[f] ?? BASE[f] ?? DEFAULT_P);
  }
  return fc.record(rec);
}

/** The late features (LATE_FEATURES), each on with its bias. */
export function lateFeaturesArbitrary(bias: SwarmBias = {}): fc.Arbitrary<Partial<Swarm>> {
  return featuresArbitrary(LATE_FEATURES, bias);
}

/** The last features (LAST_FEATURES), each on with its bias. */
export function lastFeaturesArbitrary(bias: SwarmBias = {}): fc.Arbitrary<Partial<Swarm>> {
  return featuresArbitrary(LAST_FEATURES, bias);
}

/** The final features (FINAL_FEATURES), each on with its bias. */
export function finalFeaturesArbitrary(bias: SwarmBias = {}): fc.Arbitrary<Partial<Swarm>> {
  return featuresArbitrary(FINAL_FEATURES, bias);
}

/** The closing features (CLOSING_FEATURES), each on with its bias. */
export function closingFeaturesArbitrary(bias: SwarmBias = {}): fc.Arbitrary<Partial<Swarm>> {
  return featuresArbitrary(CLOSING_FEATURES, bias);
}

/** The trailing features (TRAILING_FEATURES), each on with its bias. */
export function trailingFeaturesArbitrary(bias: SwarmBias = {}): fc.Arbitrary<Partial<Swarm>> {
  return featuresArbitrary(TRAILING_FEATURES, bias);
}

/** The tail features (TAIL_FEATURES), each on with its bias. */
export function tailFeaturesArbitrary(bias: SwarmBias = {}): fc.Arbitrary<Partial<Swarm>> {
  return featuresArbitrary(TAIL_FEATURES, bias);
}

function featuresArbitrary(features: readonly Feature[], bias: SwarmBias): fc.Arbitrary<Partial<Swarm>> {
  const rec: Partial<Record<Feature, fc.Arbitrary<boolean>>> = {};
  for (const f of features) rec[f] = flag(bias[f] ?? BASE[f] ?? DEFAULT_P);
  return fc.record(rec);
}

export function enabledFeatures(s: Swarm): Feature[] {
  return FEATURES.filter((f) => s[f]);
}
