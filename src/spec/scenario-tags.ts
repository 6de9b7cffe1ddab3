// The features a scenario needs, as golden-trace tags. Derived from the scenario itself, so a tag
// cannot be forgotten: an implementation that declares the tags it supports is given only the
// traces (and property scenarios) whose every tag it supports.
import type { Device, Scenario } from '../generated/schema-types.ts';
import { hasCraftedCut, isFragmented } from './ip-fragment.ts';
import { isInet6Flow, isInet6Socket } from './ipv6.ts';

function maskNonZero(mask: string | undefined): boolean {
  return mask !== undefined && /[1-9a-fA-F]/.test(mask);
}

function deviceTags(d: Device, out: Set<string>): void {
  out.add(d.kind);
  // a veth's NAPI mode (src/model/veth.ts): GRO on, whatever its other end's TSO says
  if (d.kind === 'veth' && d.gro === true) out.add('veth_napi');
  // an XDP program (src/spec/xdp.ts): the veth's NAPI, and the snapshots' `veth` section
  if (d.xdp !== undefined) out.add('xdp');
  // a veth's MTU other than ETH_DATA_LEN, or lo's other than 64 KiB (Device.mtu): where the sender cuts its datagrams
  if (d.mtu !== undefined) out.add(d.kind === 'loopback' ? 'lo_mtu' : 'veth_mtu');
  if (d.kind !== 'nic') return;
  if ((d.rxQueues ?? 1) > 1) out.add('multi_queue');
  if (d.rssIndirection || d.rssWeights || d.rxFlowHash) out.add('rss');
  if (d.ntuple?.length) out.add('ntuple');
  if (d.gro !== false) out.add('gro');
  if (d.coalesce) out.add('coalesce');
  if (d.napiWeight !== undefined) out.add('napi_weight');
  if (d.ringSize !== undefined) out.add('ring_size');
  for (const q of d.queues ?? []) {
    if (maskNonZero(q.rpsCpus)) out.add('rps');
    if ((q.rpsFlowCnt ?? 0) > 0) out.add('rfs');
    if (q.smpAffinity !== undefined) out.add('irq_affinity');
  }
}

/** Tags for everything the scenario uses beyond a bare host. Sorted. */
export function scenarioTags(s: Scenario): string[] {
  const out = new Set<string>();
  const c = s.config;
  if (c.cpus > 1) out.add('multi_cpu');
  for (const d of c.devices ?? []) deviceTags(d, out);
  const sysctls = c.sysctls ?? {};
  for (const name of Object.keys(sysctls)) out.add(`sysctl:${name}`);
  if (maskNonZero(sysctls['net.core.flow_limit_cpu_bitmap'])) out.add('flow_limit');
  if ((sysctls['net.core.rps_sock_flow_entries'] ?? 0) > 0) out.add('rfs');
  for (const k of c.sockets ?? []) {
    out.add('socket');
    if (k.soRcvbuf !== undefined) out.add('rcvbuf');
    if (k.soRcvbufForce) out.add('rcvbuf_force');
    if (k.connect) out.add('connected');
    if (k.multicast) out.add('multicast');
    if (k.soBusyPoll !== undefined) out.add('busy_poll');
    if (isInet6Socket(k)) out.add('ipv6');
    if (k.rxqOvfl !== undefined) out.add('rxq_ovfl');
    if (k.udpGro !== undefined) out.add('udp_gro');
  }
  if (c.forwarding !== undefined) out.add('forwarding');
  // config.costs and config.hz are parameters of the simulated host's timing, not features an
  // implementation has or lacks: they give no tag.
  for (const st of s.workload) {
    if (st.op === 'frames') {
      for (const f of st.flags ?? []) out.add(frameTag(f));
      if (st.flow.proto !== undefined && st.flow.proto !== 17) out.add(protoTag(st.flow.proto));
      if (st.hash !== undefined) out.add('hash');
      if (st.queue !== undefined) out.add('queue_override');
      if (st.interleave !== undefined) out.add('interleave');
      if (st.burst === true) out.add('burst');
      if ((st.padding ?? 0) > 0) out.add('padding');
      const dev = c.devices?.find((d) => d.name === st.device);
      const kind = dev?.kind;
      const fragmented = dev !== undefined && isFragmented(dev, st, c.profile);
      if (isInet6Flow(st.flow)) {
        out.add('ipv6');
        if (fragmented) out.add('ipv6_fragmentation');
      } else if (fragmented) {
        out.add('fragmentation');
      }
      if (st.fragments !== undefined) out.add('fragment_order');
      if (hasCraftedCut(st)) out.add('fragment_overlap');
    } else if (st.op === 'sysctl') {
      out.add('sysctl_step');
      out.add(`sysctl:${st.name}`);
      if (st.name === 'net.core.flow_limit_cpu_bitmap' && typeof st.value === 'string' && maskNonZero(st.value)) out.add('flow_limit');
    } else if (st.op === 'lock_sock') out.add('lock_sock');
    else if (st.op === 'setsockopt') {
      if (st.soRcvbuf !== undefined) out.add('rcvbuf_step');
      if (st.soRcvbufForce) out.add('rcvbuf_force');
      if (st.rxqOvfl !== undefined) out.add('rxq_ovfl');
      if (st.udpGro !== undefined) out.add('udp_gro');
    } else if (st.op === 'close') out.add('close');
  }
  return [...out].sort();
}

/** The tag of a frame carrying a malformation or condition (FrameFlag): `frame:udp_csum`. */
export function frameTag(flag: string): string {
  return `frame:${flag}`;
}

/** The tag of a frame of another IP protocol than UDP: `proto:icmp`, or `proto:other` (InUnknownProtos). */
export function protoTag(proto: number): string {
  return proto === 1 ? 'proto:icmp' : 'proto:other';
}

/**
 * Umbrella tags: declaring one supports every tag it covers. `crafted` (protocol version 1 and
 * earlier rxpath) covers every malformed frame and every other protocol.
 */
export function coveredBy(umbrella: string, tag: string): boolean {
  return umbrella === 'crafted' && (tag.startsWith('frame:') || tag.startsWith('proto:'));
}

/**
 * The scenario features scenarioTags derives (besides `sysctl:NAME`, `frame:FLAG`, `proto:icmp`,
 * `proto:other`), and `crafted`, the umbrella of the frame and protocol tags: what
 * `Implementation.tags` may name.
 */
export const SCENARIO_TAGS = [
  'nic', 'loopback', 'veth', 'multi_cpu', 'multi_queue', 'rss', 'ntuple', 'gro', 'coalesce', 'napi_weight',
  'ring_size', 'rps', 'rfs', 'irq_affinity', 'flow_limit', 'socket', 'rcvbuf', 'rcvbuf_force', 'connected',
  'multicast', 'busy_poll', 'forwarding', 'crafted', 'hash', 'queue_override', 'sysctl_step', 'lock_sock',
  'rcvbuf_step', 'interleave', 'padding', 'fragmentation', 'ipv6', 'close', 'rxq_ovfl', 'fragment_order',
  'ipv6_fragmentation', 'fragment_overlap', 'veth_napi', 'burst', 'udp_gro',
  'xdp', 'veth_mtu', 'lo_mtu',
] as const;

/** The protocol tags (protoTag). */
export const PROTO_TAGS = ['proto:icmp', 'proto:other'] as const;

/** Tags a trace needs that the implementation does not declare (empty: it can run it). */
export function missingTags(needed: readonly string[] | undefined, supported: readonly string[] | undefined): string[] {
  if (!supported || !needed) return [];
  const ok = new Set(supported);
  const umbrellas = supported.filter((t) => t === 'crafted');
  return needed.filter((t) => !ok.has(t) && !umbrellas.some((u) => coveredBy(u, t)));
}
