// The live kernel of this host as an implementation under test (`rxpath check --impl kernel`): each
// scenario runs in a fresh network namespace through the recorder (src/kernel/run_scenario.ts),
// which deletes what it creates and restores every global sysctl it changes. It keeps no clock the
// model could share (timing `settled`), emits no events, and carries out the scenarios of its form
// (src/kernel/kernel-form.ts): loopback and veth, sockets and their receive buffers, crafted frames
// on a veth, IPv6 (the recorder's IPv6 topology: src/kernel/topology.ts), the sysctls this build has.
import { release } from 'node:os';
import type { FrameFlag, Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import { FRAME_FLAGS } from '../model/skb.ts';
import { IPV6_EXT_FLAGS } from '../spec/ipv6-ext.ts';
import { frameTag } from '../spec/scenario-tags.ts';
import { kernelProblems } from '../kernel/expressible.ts';
import { kernelHost } from '../kernel/host.ts';
import { kernelForm, type KernelHost } from '../kernel/kernel-form.ts';
import { restoreLeftovers } from '../kernel/leftovers.ts';
import { withRecorderLock } from '../kernel/lock.ts';
import { profileOfRelease } from '../kernel/machine-settings.ts';
import { kernelUnavailableReason } from '../kernel/platform.ts';
import { receiveSide, runOnKernel } from '../kernel/run_scenario.ts';
import { emptySnapshot } from '../kernel/snapshot.ts';
import { DEFAULT_HZ, profileSysctlDefaults } from '../spec/defaults.ts';
import { RxpathInputError } from '../spec/errors.ts';
import { readSchema } from '../spec/schema-files.ts';
import type { Implementation } from './types.ts';

/** Scenario features the recorder carries out (kernel-form.ts says how). */
const KERNEL_FEATURES = [
  'loopback', 'veth', 'multi_cpu', 'socket', 'rcvbuf', 'rcvbuf_force', 'rcvbuf_step', 'close', 'rxq_ovfl', 'fragment_order', 'fragment_overlap', 'sysctl_step', 'forwarding',
  'proto:icmp', 'proto:other', 'interleave', 'padding', 'fragmentation', 'ipv6', 'ipv6_fragmentation', 'veth_napi', 'burst',
  'connected', 'rps', 'rfs', 'udp_gro', 'xdp', 'veth_mtu', 'lo_mtu',
];

/**
 * Frames the recorder does not craft for generated scenarios, and why: a lone first fragment waits
 * in ip_defrag until ip_expire (net/ipv4/ip_fragment.c) ipfrag_time seconds later, which the
 * model's `end` (once idle) includes and a trial does not wait for.
 */
const NOT_CRAFTED: ReadonlySet<FrameFlag> = new Set(['fragment']);

/**
 * Sysctls a generated scenario does not set on the host, though the recorder could, and why.
 */
const NOT_SET_ON_HOST: ReadonlyMap<string, string> = new Map([
  ['net.core.busy_poll', 'every socket of the host would busy-poll while the trial runs'],
  ['net.core.busy_read', 'every socket of the host would busy-poll while the trial runs'],
  // net/core/sock.c:__sk_mem_raise_allocated compares udp_mem with udp_memory_allocated, which
  // counts the pages of every UDP socket of the host: the host's own traffic would decide.
  ['net.ipv4.udp_mem', 'the UDP memory pool it limits is shared with every UDP socket of the host'],
]);

const FLOW_LIMIT_BITMAP = 'net.core.flow_limit_cpu_bitmap';

/** Tags: the features, and a `sysctl:NAME` for each sysctl this kernel's build has. */
export function kernelTags(host: KernelHost, profile: ProfileName): string[] {
  const names = [...profileSysctlDefaults(profile).keys()];
  const sysctls = names.filter((n) => host.hasSysctl(n) && !NOT_SET_ON_HOST.has(n)).map((n) => `sysctl:${n}`);
  const frames = [...FRAME_FLAGS, ...IPV6_EXT_FLAGS].filter((f) => !NOT_CRAFTED.has(f)).map(frameTag);
  // flow limits where the build has them (CONFIG_NET_FLOW_LIMIT: Debian's 6.1 and 6.12, not this host's 6.18);
  // the per-CPU tables flow_limit_cpu_bitmap allocates start fresh in each trial (the recorder restores the bitmap)
  const flowLimit = host.hasSysctl(FLOW_LIMIT_BITMAP) ? ['flow_limit'] : [];
  return [...KERNEL_FEATURES, ...flowLimit, ...frames, ...sysctls];
}


/** Every counter of /proc/net/snmp6 the schema names, by line (Ip6, Icmp6, Udp6): optional ones too. */
function snmp6Fields(): [string, string[]][] {
  const s = readSchema<{ $defs: Record<string, { properties: Record<string, unknown> }> }>('counters/snmp6.schema.json');
  return (['Ip6', 'Icmp6', 'Udp6'] as const).map((line) => [line, Object.keys(s.$defs[`${line}Line`]!.properties)]);
}

/**
 * The counters a trial reads and compares: the receive side of the namespace's MIBs, the receive
 * columns of its devices (a veth's rx_packets/rx_bytes miss frames a tc burst injects, so only
 * loopback's are counted), the sockets' rx_queue and drops, and softnet_stat's dropped (the other
 * softnet columns count the whole host's traffic). The receive side of /proc/net/snmp6 as well
 * (run_scenario.ts receiveSide: Ip6 but Out* and Frag*, all of Icmp6, Udp6 but OutDatagrams and
 * SndbufErrors): a trial reads that file only for a scenario that uses IPv6 (src/spec/ipv6.ts
 * scenarioUsesIpv6), and the model reports snmp6 only then too, so an IPv4-only scenario compares
 * what it did before. And what SO_RXQ_OVFL gave the reads, in a scenario that uses it (rxq_ovfl), and the
 * veths' ethtool -S in one with an XDP program (veth).
 */
export function kernelObserves(): string[] {
  const snap = emptySnapshot(1);
  const out: string[] = [];
  const groups: [string, [string, string[]][]][] = [
    ['snmp', Object.entries(snap.snmp).map(([file, counters]) => [file, Object.keys(counters as object)])],
    ['netstat', Object.entries(snap.netstat).map(([file, counters]) => [file, Object.keys(counters as object)])],
    ['snmp6', snmp6Fields()],
  ];
  for (const [group, files] of groups) {
    for (const [file, leaves] of files) {
      for (const leaf of leaves) {
        const path = `${group}.${file}.${leaf}`;
        if (receiveSide(path)) out.push(path);
      }
    }
  }
  out.push('dev.lo', ...['rx_errs', 'rx_drop', 'rx_fifo', 'rx_frame', 'rx_compressed', 'rx_multicast'].map((c) => `dev.*.${c}`));
  out.push('udp[*].rx_queue', 'udp[*].drops', 'softnet_stat[*].dropped', 'rxq_ovfl[*].value', 'veth');
  return out;
}

/** Why a kernel of `profile` on `host` cannot carry `scenario` out as written ([] = it can). */
export function kernelCannotRun(scenario: Scenario, host: KernelHost, profile: ProfileName): string[] {
  const c = scenario.config;
  const p = kernelProblems(scenario, profile);
  if (c.cpus > host.cpus) p.push(`/config/cpus: this host has ${host.cpus} CPUs (got ${c.cpus})`);
  const hz = c.hz ?? DEFAULT_HZ;
  if (host.hz !== undefined && hz !== host.hz) p.push(`/config/hz: this kernel runs at HZ ${host.hz} (got ${hz})`);
  return p;
}

export class KernelImplementation implements Implementation {
  readonly name = `kernel (this host, Linux ${release()})`;
  readonly profiles = [profileOfRelease()];
  readonly events = false;
  readonly timing = 'settled' as const;
  readonly tags: readonly string[];
  readonly observes = kernelObserves();
  private cleaned = false;

  private constructor(private readonly host: KernelHost) {
    this.tags = kernelTags(host, this.profiles[0]!);
  }

  /** The host's kernel, or an input error saying why it cannot be used here (not root, no iproute2). */
  static open(): KernelImplementation {
    const why = kernelUnavailableReason();
    const message = `the live kernel cannot be run here: ${why}`;
    if (why) throw new RxpathInputError([{ file: '--impl', pointer: '', message }]);
    return new KernelImplementation(kernelHost());
  }

  cannotRun(scenario: Scenario): string[] {
    return kernelCannotRun(scenario, this.host, this.profiles[0]!);
  }

  scenarioForm(scenario: Scenario): Scenario | null {
    return kernelForm(scenario, this.host);
  }

  async run(scenario: Scenario): Promise<Observations> {
    return withRecorderLock(async () => {
      if (!this.cleaned) {
        for (const s of restoreLeftovers()) process.stderr.write(`rxpath: ${s}\n`);
        this.cleaned = true;
      }
      return (await runOnKernel(scenario)).observations;
    });
  }
}
