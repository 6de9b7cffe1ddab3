// Which scenario tags (src/spec/scenario-tags.ts) each swarm feature can give a generated scenario,
// in one place, so that generation can respect what an implementation declares it supports
// (Implementation.tags): a feature that could need an undeclared tag is forced off, and the few
// choices made inside a feature (a knob) that give a tag of their own are gated one by one.
// Without declared tags nothing here changes what is generated.
import type { ProfileName } from '../generated/schema-types.ts';
import type { SysctlName } from '../spec/defaults.ts';
import { missingTags } from '../spec/scenario-tags.ts';
import { sysctlExists } from './schema-ranges.ts';
import { FEATURES, type Feature, type SwarmBias } from './swarm.ts';

const sysctl = (name: string) => `sysctl:${name}`;

/** Sysctls that exist in the profile, as `sysctl:NAME` tags. */
function sysctlTags(profile: ProfileName, names: readonly SysctlName[]): string[] {
  return names.filter((n) => sysctlExists(profile, n)).map(sysctl);
}

/**
 * Tags a scenario may need when the feature is on (buildConfig / buildWorkload). A feature is
 * generated only when every one of them is declared.
 */
export function featureTags(profile: ProfileName): Record<Feature, readonly string[]> {
  return {
    nic: ['nic'],
    twoNics: ['nic'],
    multiQueue: ['multi_queue'],
    loopback: ['loopback'],
    veth: ['veth'],
    smp: ['multi_cpu'],
    gro: ['gro', ...sysctlTags(profile, ['net.core.gro_normal_batch'])],
    rps: ['rps'],
    rfs: ['rfs', sysctl('net.core.rps_sock_flow_entries')],
    flowLimit: ['flow_limit', sysctl('net.core.flow_limit_table_len'), sysctl('net.core.flow_limit_cpu_bitmap')],
    ntuple: ['ntuple'],
    tinyBacklog: [sysctl('net.core.netdev_max_backlog')],
    tinyBudget: [sysctl('net.core.netdev_budget')],
    oddWeight: ['napi_weight'],
    devWeight: sysctlTags(profile, ['net.core.dev_weight', 'net.core.dev_weight_rx_bias']),
    tinyRing: ['ring_size'],
    tinyRcvbuf: ['rcvbuf'],
    memPressure: [sysctl('net.ipv4.udp_mem'), sysctl('net.ipv4.udp_rmem_min')],
    // the frames themselves are gated flag by flag (TagGate.allows with frameTag / protoTag)
    errors: [],
    bigPayload: [],
    hashes: ['hash'],
    reads: [],
    partialReads: [],
    lockSock: ['lock_sock'],
    sysctlSteps: ['sysctl_step'],
    checkpoints: [],
    slowCosts: sysctlTags(profile, ['net.core.netdev_budget_usecs']),
    coalesce: ['coalesce'],
    connected: ['connected'],
    noEarlyDemux: sysctlTags(profile, ['net.ipv4.ip_early_demux', 'net.ipv4.udp_early_demux']),
    hz: [],
    forwarding: ['forwarding'],
    ipv6: ['ipv6'],
    close: ['close'],
    rxqOvfl: ['rxq_ovfl'],
    fragmentOrder: ['fragment_order'],
    ipv6Fragments: ['ipv6', 'ipv6_fragmentation'],
    vethNapi: ['veth', 'veth_napi'],
    bursts: ['burst'],
    udpGro: ['udp_gro'],
    xdp: ['veth', 'xdp'],
    vethMtu: ['veth', 'veth_mtu'],
    noRoute: ['forwarding', 'frame:no_route'],
    loMtu: ['loopback', 'lo_mtu'],
  };
}

/** Tags given by a choice inside a feature, gated on its own (the feature stays on without it). */
export const KNOB_TAGS = {
  /** SO_RCVBUFFORCE instead of SO_RCVBUF (tinyRcvbuf). */
  rcvbufForce: 'rcvbuf_force',
  /** A socket joined to a multicast group (errors). */
  multicast: 'multicast',
  /** Connected sockets (rfs, connected). */
  connected: 'connected',
  /** A NIC queue's IRQ affinity (smp_affinity). */
  irqAffinity: 'irq_affinity',
  /** A frames step that names its RX queue (multiQueue). */
  queueOverride: 'queue_override',
  /** A fragment order holding a crafted, overlapping fragment (fragmentOrder). */
  fragmentOverlap: 'fragment_overlap',
} as const;

/** What a generator may use: every tag, or only the declared ones. */
export interface TagGate {
  /** Undefined: no restriction (generation exactly as without tags). */
  readonly tags?: ReadonlySet<string>;
  allows(tag: string): boolean;
}

export const ANY_TAG: TagGate = { allows: () => true };

export function tagGate(tags: readonly string[] | undefined): TagGate {
  if (!tags) return ANY_TAG;
  const set = new Set(tags);
  return { tags: set, allows: (t) => missingTags([t], tags).length === 0 };
}

/**
 * Whether a generator aimed at a 6.x feature (UDP GRO, XDP: 3.13 has neither) fits the profile and the declared
 * tags: the implementation declares every tag its scenarios may need.
 */
export function sixOnlyScenariosFit(profile: ProfileName, tags: readonly string[] | undefined, needs: readonly string[]): boolean {
  const gate = tagGate(tags);
  return profile !== 'linux-3.13' && needs.every((t) => gate.allows(t));
}

/** A mid-run sysctl write may need more than `sysctl:NAME` (scenarioTags: a non-zero flow bitmap is flow_limit). */
export function midRunSysctlTags(name: string): string[] {
  return name === 'net.core.flow_limit_cpu_bitmap' ? [sysctl(name), 'flow_limit'] : [sysctl(name)];
}

/**
 * The device a scenario with no device feature on gets (every scenario has one): a NIC, or, when
 * the implementation does not declare `nic`, a loopback or veth device it does declare.
 */
export function fallbackDevice(gate: TagGate): 'nic' | 'loopback' | 'veth' {
  if (gate.allows('nic')) return 'nic';
  if (gate.allows('loopback')) return 'loopback';
  if (gate.allows('veth')) return 'veth';
  return 'nic';
}

/** The bias with every feature the gate does not allow forced off. Unchanged without tags. */
export function constrainBias(profile: ProfileName, bias: SwarmBias | undefined, gate: TagGate): SwarmBias | undefined {
  if (!gate.tags) return bias;
  const needs = featureTags(profile);
  const out: SwarmBias = { ...bias };
  for (const f of FEATURES) if (!needs[f].every((t) => gate.allows(t))) out[f] = 0;
  return out;
}
