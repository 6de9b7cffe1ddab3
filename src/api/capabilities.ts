// What an implementation declares it implements, with the scenario tags and counter paths as
// literal types, so that a misspelt tag or counter is a compile error rather than a silently skipped
// check; and defineImplementation, which checks the same at run time (as `rxpath check` does) for
// JavaScript callers.
import type {
  DevRx, FrameFlag, IcmpLine, IpExtLine, IpLine, NicStats, SoftnetRow, TcpExtLine, UdpLine, UdpSocketRow,
  VethRxQueueStats, VethTxQueueStats,
} from '../generated/schema-types.ts';
import type { Implementation, ImplementationFunction } from '../impl/types.ts';
import { declarationProblems, knownTags } from '../runner/declared.ts';
import { didYouMean } from '../runner/suggest.ts';
import type { SysctlName } from '../spec/defaults.ts';
import { PROTO_TAGS, SCENARIO_TAGS } from '../spec/scenario-tags.ts';

export { PROTO_TAGS, SCENARIO_TAGS };

/**
 * A scenario feature, as scenarioTags derives them (src/spec/scenario-tags.ts): one of
 * SCENARIO_TAGS or PROTO_TAGS, `frame:FLAG` for a frame with that FrameFlag, or `sysctl:NAME` for a
 * scenario that sets that sysctl. `crafted` covers every `frame:` and `proto:` tag.
 */
export type ScenarioTag =
  | (typeof SCENARIO_TAGS)[number] | (typeof PROTO_TAGS)[number] | `frame:${FrameFlag}` | `sysctl:${SysctlName}`;

type Keys<T> = Extract<keyof T, string>;
/** An index of a list: `[0]`, or `[*]` for every element. */
type Index = `[${number}]` | '[*]';

/**
 * A counter path or pattern, as `Implementation.observes` and a golden trace's `observed` write it
 * (src/oracle/counter-paths.ts): a counter file (`snmp`), a line (`snmp.Udp`), a counter
 * (`snmp.Udp.RcvbufErrors`), per-CPU or per-socket rows (`softnet_stat[1].dropped`,
 * `udp[*].drops`), per-device rows (`dev.lo.rx_drop`). A pattern names everything below it.
 */
export type CounterPath =
  | 'softnet_stat' | `softnet_stat${Index}` | `softnet_stat${Index}.${Keys<SoftnetRow>}`
  | 'snmp' | 'snmp.Ip' | 'snmp.Icmp' | 'snmp.Udp'
  | `snmp.Ip.${Keys<IpLine>}` | `snmp.Icmp.${Keys<IcmpLine>}` | `snmp.Udp.${Keys<UdpLine>}`
  | 'netstat' | 'netstat.IpExt' | 'netstat.TcpExt' | `netstat.IpExt.${Keys<IpExtLine>}` | `netstat.TcpExt.${Keys<TcpExtLine>}`
  | 'dev' | `dev.${string}.${Keys<DevRx>}` | `dev.${string}`
  | 'ethtool' | `ethtool.${string}.${Keys<NicStats>}` | `ethtool.${string}`
  | 'veth' | `veth.${string}` | `veth.${string}.rx_queues${Index}.${Keys<VethRxQueueStats>}`
  | `veth.${string}.tx_queues${Index}.${Keys<VethTxQueueStats>}`
  | 'udp' | `udp${Index}` | `udp${Index}.${Keys<UdpSocketRow>}`
  | 'softirqs' | 'softirqs.NET_RX' | `softirqs.NET_RX${Index}`
  | 'interrupts' | `interrupts.${string}`
  | 'internal' | `internal.${string}`;

/** An Implementation whose `tags` and `observes` are typed (what defineImplementation takes). */
export interface ImplementationDefinition extends Omit<Implementation, 'tags' | 'observes'> {
  /** Scenario features it supports; absent: all. Checks needing others are reported as skipped. */
  readonly tags?: readonly ScenarioTag[];
  /** Counters it models; absent: every counter. Comparisons and property clauses cover only these. */
  readonly observes?: readonly CounterPath[];
}

/** What an implementation declares about itself: everything of an Implementation but its name and methods. */
export type Capabilities = Omit<ImplementationDefinition, 'name' | ImplementationFunction>;

let tags: string[] | undefined;

/** Why `tag` is not a scenario tag an implementation may declare, or undefined when it is one. */
export function scenarioTagProblem(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return `${JSON.stringify(tag)} is not a string`;
  tags ??= knownTags();
  return tags.includes(tag) ? undefined : `unknown tag "${tag}"${didYouMean(tag, tags)}`;
}

/**
 * Returns `impl` unchanged after checking it as `rxpath check` checks a declaration: a name,
 * profiles, `events` and a `run` function, known profiles, tags, counter paths (`observes`) and
 * event types (src/runner/declared.ts). Throws a TypeError naming every mistake. With TypeScript,
 * most of them are compile errors already.
 */
export function defineImplementation<T extends ImplementationDefinition>(impl: T): T {
  const o = impl as unknown as Record<string, unknown>;
  if (typeof o !== 'object' || o === null) throw new TypeError('defineImplementation: the implementation is not an object');
  const problems: string[] = [];
  if (typeof o.name !== 'string' || o.name === '') problems.push('`name` must be a non-empty string');
  if (!Array.isArray(o.profiles) || o.profiles.length === 0) problems.push('`profiles` must be a non-empty array');
  if (typeof o.events !== 'boolean') problems.push('`events` must be a boolean');
  if (typeof o.run !== 'function') problems.push('`run(scenario, opts)` must be a function');
  const lists = ['tags', 'observes', 'eventTypes'].filter((k) => o[k] !== undefined && !Array.isArray(o[k]));
  for (const k of lists) problems.push(`\`${k}\` must be an array`);
  if (Array.isArray(o.profiles) && lists.length === 0) {
    for (const p of declarationProblems(impl as unknown as Implementation, 'defineImplementation')) {
      problems.push(`${p.pointer.slice(1)}: ${p.message}`);
    }
  }
  if (problems.length > 0) {
    const name = typeof o.name === 'string' && o.name !== '' ? ` "${o.name}"` : '';
    throw new TypeError(`defineImplementation${name}: ${problems.join('; ')}`);
  }
  return impl;
}
