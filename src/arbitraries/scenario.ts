// Scenarios = swarm (features on/off) x configuration knobs x workload step specs, combined by a
// plain `map` (no chain), so each part shrinks on its own: features toward off, knobs toward their
// first edge, the workload toward few steps.
import fc from 'fast-check';
import type { ProfileName, Scenario } from '../generated/schema-types.ts';
import { buildConfig, configKnobs, cpuCount, deviceList, type ConfigKnobs } from './config.ts';
import { KNOB_TAGS, constrainBias, tagGate, type TagGate } from './feature-tags.ts';
import {
  closingFeaturesArbitrary, enabledFeatures, finalFeaturesArbitrary, lastFeaturesArbitrary, lateFeaturesArbitrary,
  swarmArbitrary, tailFeaturesArbitrary, trailingFeaturesArbitrary, type Swarm, type SwarmBias,
} from './swarm.ts';
import { vethMtuArbitrary } from './veth-mtu.ts';
import { noRouteDrawArbitrary, withNoRoute } from './no-route-steps.ts';
import { loMtuArbitrary, withLoMtu } from './lo-mtu.ts';
import { closeDrawArbitrary, withCloseStep, type CloseDraw } from './close-steps.ts';
import { rxqOvflDrawArbitrary, withRxqOvfl, type RxqOvflDraw } from './rxq-ovfl-steps.ts';
import { udpGroDrawArbitrary, withUdpGro, type UdpGroDraw } from './udp-gro-sockets.ts';
import { withXdp, xdpDrawArbitrary, type XdpDraw } from './xdp-devices.ts';
import { fragmentOrderDrawArbitrary, withFragmentOrders, type FragmentOrderDraw } from './fragment-order-steps.ts';
import { ipv6FragmentDrawArbitrary, withIpv6Fragments, type Ipv6FragmentDraw } from './ipv6-fragment-steps.ts';
import { vethNapiDrawArbitrary, withVethNapi, type VethNapiDraw } from './veth-napi-devices.ts';
import { withIcmpGlobalRoom } from './icmp-global-room.ts';
import { burstDrawArbitrary, withBursts, type BurstDraw } from './burst-steps.ts';
import { buildWorkload, DEFAULT_LIMITS, stepSpecsArbitrary, type StepSpec, type WorkloadLimits } from './workload.ts';

export interface ScenarioOptions {
  /** Scenario name prefix (the property's name). */
  name?: string;
  bias?: SwarmBias;
  limits?: Partial<WorkloadLimits>;
  /**
   * The scenario features (scenarioTags) the implementation supports: features and knobs that
   * would need another tag are not generated (feature-tags.ts). Absent: everything, as before.
   */
  tags?: readonly string[];
  /** Last say on the built scenario (e.g. a property that needs events-friendly settings). */
  adjust?: (s: Scenario, swarm: Swarm) => Scenario;
}

export interface ScenarioParts {
  swarm: Swarm;
  knobs: ConfigKnobs;
  specs: StepSpec[];
  /** Where the `close` feature closes a socket (drawn last: close-steps.ts). */
  close?: CloseDraw;
  /** Where the `rxqOvfl` feature sets SO_RXQ_OVFL (drawn last: rxq-ovfl-steps.ts). */
  rxqOvfl?: RxqOvflDraw;
  /** The fragment orders of the `fragmentOrder` feature (drawn last: fragment-order-steps.ts). */
  fragmentOrder?: FragmentOrderDraw;
  /** The payloads of the `ipv6Fragments` feature (drawn last: ipv6-fragment-steps.ts). */
  ipv6Fragments?: Ipv6FragmentDraw;
  /** The veths' other ends' TSO under the `vethNapi` feature (drawn last: veth-napi-devices.ts). */
  vethNapi?: VethNapiDraw;
  /** Which steps the `bursts` feature sends as bursts (drawn last: burst-steps.ts). */
  bursts?: BurstDraw;
  /** Which socket the `udpGro` feature gives UDP_GRO (drawn at the very end: udp-gro-sockets.ts). */
  udpGro?: UdpGroDraw;
  /** Which veth the `xdp` feature gives an XDP program, and its verdict (drawn after udpGro: xdp-devices.ts). */
  xdp?: XdpDraw;
  /** Which NIC or veth step the `noRoute` feature flags no_route (no-route-steps.ts). */
  noRoute?: number;
  /** lo's MTU under the `loMtu` feature (drawn last of all: lo-mtu.ts). */
  loMtu?: number;
}

export function buildScenario(profile: ProfileName, p: ScenarioParts, opts: ScenarioOptions = {}, gate: TagGate = tagGate(opts.tags)): Scenario {
  const config = buildConfig(profile, p.swarm, p.knobs, gate);
  const workload = buildWorkload(p.specs, {
    profile,
    swarm: p.swarm,
    devices: deviceList(p.swarm, p.knobs, gate),
    sockets: p.knobs.sockets,
    cpus: cpuCount(p.swarm, p.knobs),
    gate,
  });
  const features = enabledFeatures(p.swarm);
  const built: Scenario = {
    name: `${opts.name ?? 'generated'}-${profile}`,
    description: `swarm: ${features.length > 0 ? features.join(' ') : '(none)'}`,
    config,
    workload,
  };
  const closed = p.swarm.close && p.close !== undefined && gate.allows('close') ? withCloseStep(built, p.close) : built;
  const ovfl = p.swarm.rxqOvfl && p.rxqOvfl !== undefined && gate.allows('rxq_ovfl') ? withRxqOvfl(closed, p.rxqOvfl) : closed;
  const big = p.swarm.ipv6Fragments && p.ipv6Fragments !== undefined && gate.allows('ipv6_fragmentation')
    ? withIpv6Fragments(ovfl, p.ipv6Fragments) : ovfl;
  const s = p.swarm.fragmentOrder && p.fragmentOrder !== undefined && gate.allows('fragment_order')
    ? withFragmentOrders(big, p.fragmentOrder, gate.allows(KNOB_TAGS.fragmentOverlap)) : big;
  const napi = p.swarm.vethNapi && p.vethNapi !== undefined && gate.allows('veth_napi') ? withVethNapi(s, p.vethNapi) : s;
  const burst = p.swarm.bursts && p.bursts !== undefined && gate.allows('burst') ? withBursts(napi, p.bursts) : napi;
  const gro = p.swarm.udpGro && p.udpGro !== undefined && gate.allows('udp_gro') ? withUdpGro(burst, profile, p.udpGro) : burst;
  const xdp = p.swarm.xdp && p.xdp !== undefined && gate.allows('xdp') ? withXdp(gro, profile, p.xdp) : gro;
  const routed = p.swarm.noRoute && p.noRoute !== undefined && gate.allows('frame:no_route') ? withNoRoute(xdp, p.noRoute) : xdp;
  const cut = p.swarm.loMtu && p.loMtu !== undefined && gate.allows('lo_mtu') ? withLoMtu(routed, p.loMtu) : routed;
  const room = withIcmpGlobalRoom(cut);
  return opts.adjust ? opts.adjust(room, p.swarm) : room;
}

export function scenarioArbitrary(profile: ProfileName, opts: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const gate = tagGate(opts.tags);
  const bias = constrainBias(profile, opts.bias, gate);
  return fc
    .record({
      swarm: swarmArbitrary(bias), knobs: configKnobs(profile), specs: stepSpecsArbitrary(limits), late: lateFeaturesArbitrary(bias),
      // drawn after everything else, so earlier draws (and so old seeds' scenarios) stay as they were
      close: closeDrawArbitrary,
      rxqOvfl: rxqOvflDrawArbitrary,
      fragmentOrder: fragmentOrderDrawArbitrary,
      ipv6Fragments: ipv6FragmentDrawArbitrary,
      // the last features and their draws after those: a seed's scenarios with them off are as they were
      last: lastFeaturesArbitrary(bias),
      vethNapi: vethNapiDrawArbitrary,
      bursts: burstDrawArbitrary,
      // the final features and their draws: a seed's scenarios with them off are as they were
      final: finalFeaturesArbitrary(bias),
      udpGro: udpGroDrawArbitrary,
      // the closing features and their draws: a seed's scenarios with them off are as they were
      closing: closingFeaturesArbitrary(bias),
      xdp: xdpDrawArbitrary,
      // the trailing features and their draws: a seed's scenarios with them off are as they were
      trailing: trailingFeaturesArbitrary(bias),
      vethMtu: vethMtuArbitrary(profile),
      noRoute: noRouteDrawArbitrary,
      // the tail features and their draws: a seed's scenarios with them off are as they were
      tail: tailFeaturesArbitrary(bias),
      loMtu: loMtuArbitrary(profile),
    })
    .map(({ late, last, final, closing, trailing, tail, vethMtu, ...p }) => buildScenario(profile, {
      ...p,
      swarm: { ...p.swarm, ...late, ...last, ...final, ...closing, ...trailing, ...tail },
      knobs: { ...p.knobs, vethMtu },
    },
      opts, gate));
}
