// The harness's power, kept: every deliberately faulty implementation in examples/faulty/ (the
// reference model with ONE kernel rule changed, discovered by listing the directory, so that a new
// one cannot be forgotten) must
//  (a) differ from the model on COUNTERS on a small witness scenario written here (<= 10 steps),
//      so that it is a fault an implementation without trace events can show;
//  (b) be caught by `rxpath check` run in process: runCheck with the properties of
//      properties/index.ts, no golden traces, default runs and seed, exits 1 with a counterexample
//      of at most 10 steps. How long finding it takes is measured, not asserted (a test never times
//      itself): `npm run faulty-catalogue` prints the time of each.
// The catalogue spans every stage of the path (STAGES below). The same implementations over the
// protocol, declaring settled timing and no events: faulty-protocol.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Config, Observations, ProfileName, Scenario, Step } from '../../src/generated/schema-types.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import { simulate } from '../../src/model/index.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { runCheck, type CheckPropertyFn } from '../../src/runner/run-check.ts';
import { RXPATH_VERSION } from '../../src/runner/version.ts';
import { checkProperty, DEFAULT_RUNS, DEFAULT_SEED } from '../../properties/check.ts';
import { ALL_PROPERTIES } from '../../properties/index.ts';
import type { PropertyResult } from '../../properties/types.ts';

const FAULTY_DIR = join(import.meta.dirname, '..', '..', 'examples', 'faulty');
const FAULTY_FILES = readdirSync(FAULTY_DIR).filter((f) => f.endsWith('.ts') && f !== 'lib.ts').sort();
const MAX_STEPS = 10;

/** The stages the catalogue must span (issue 10, item 7). */
const REQUIRED_STAGES = [
  'ring', 'irq-napi', 'budget', 'squeeze', 'gro', 'rps-rfs', 'backlog', 'flow-limit', 'ip', 'udp-lookup',
  'udp-length-checksum', 'noports-icmp', 'rcvbuf-admission', 'rcvbuf-release', 'reads', 'xdp',
] as const;
type Stage = (typeof REQUIRED_STAGES)[number];

/** The stage each faulty implementation breaks a rule of. */
const STAGES: Record<string, Stage> = {
  'ring-one-slot-short': 'ring',
  'ring-fifo-single-queue': 'ring',
  'poll-return-work-3-13': 'irq-napi',
  'napi-raise-in-net-rx-6-18': 'irq-napi',
  'budget-per-napi': 'budget',
  'time-limit-one-jiffy': 'budget',
  'squeeze-when-idle-3-13': 'squeeze',
  'squeeze-before-poll-6-18': 'squeeze',
  'gro-rx-list-kept-6-18': 'gro',
  'rps-cpu-modulo': 'rps-rfs',
  'rfs-ignores-sock-flow-table': 'rps-rfs',
  'backlog-lt': 'backlog',
  'backlog-weight-no-bias': 'backlog',
  'backlog-drop-on-enqueuing-cpu': 'backlog',
  'flow-limit-always': 'flow-limit',
  'flow-limit-bucket-mask-6-18': 'flow-limit',
  'ip-csum-not-inhdr': 'ip',
  'ip-version-unknown-protos': 'ip',
  'ip-ihl-truncated': 'ip',
  'ip-truncated-inhdr': 'ip',
  'ip-options-uncounted': 'ip',
  'ip-not-local-noroutes': 'ip',
  'ip-rpfilter-addr-errors': 'ip',
  'udp-lookup-any-peer-port': 'udp-lookup',
  'mcast-ignored-uncounted-6-18': 'udp-lookup',
  'udp-len-as-csum': 'udp-length-checksum',
  'udp-csum-at-receive': 'udp-length-checksum',
  'noports-no-icmp': 'noports-icmp',
  'udp-admit-pre-618': 'rcvbuf-admission',
  'udp-admit-ge-6-18': 'rcvbuf-admission',
  'sock-queue-full-gt-3-13': 'rcvbuf-admission',
  'rcvbuf-inerrors-only': 'rcvbuf-admission',
  'no-release-on-read': 'rcvbuf-release',
  'udp-release-at-once-6-18': 'rcvbuf-release',
  'rx-queue-no-deficit': 'rcvbuf-release',
  'in-datagrams-on-enqueue': 'reads',
  'xdp-cow-page-6-18': 'xdp',
};

// --- witness scenarios -------------------------------------------------------------------------

interface WitnessScenario { config: Omit<Config, 'profile'>; workload: Step[] }
type Witness = (profile: ProfileName) => WitnessScenario;
type Extra = Record<string, unknown>;

const nic = (extra: Extra = {}) => ({ name: 'eth0', kind: 'nic' as const, ...extra });
const lo = { name: 'lo', kind: 'loopback' as const };
const s0 = (extra: Extra = {}) => ({ name: 's0', port: 5000, ...extra });
const frames = (at: number, device: string, count: number, extra: Extra = {}): Step =>
  ({ at, op: 'frames', device, count, flow: { dport: 5000 }, ...extra }) as Step;
const read = (at: number, count?: number): Step =>
  (count === undefined ? { at, op: 'read', socket: 's0' } : { at, op: 'read', socket: 's0', count });
/** `devices` (one CPU unless `config` says otherwise, one socket s0 on port 5000) and the workload. */
const on = (devices: unknown[], workload: Step[], config: Extra = {}): WitnessScenario =>
  ({ config: { cpus: 1, devices, sockets: [s0()], ...config } as Omit<Config, 'profile'>, workload });
const budget = (n: number) => ({ sysctls: { 'net.core.netdev_budget': n } });
/** One NIC frame carrying a FrameFlag. */
const flagged = (flag: string): Witness => () => on([nic()], [frames(0, 'eth0', 1, { flags: [flag] })]);
/** A NIC whose RX queue (IRQ on CPU 0) steers by RPS to the CPUs of `rpsCpus`. */
const rpsNic = (rpsCpus: string) => nic({ queues: [{ rpsCpus, smpAffinity: '1' }] });

const WITNESSES: Record<string, Witness> = {
  // 8 frames at once into 4 descriptors: 4 missed (the fault: 5)
  'ring-one-slot-short': () => on([nic({ ringSize: 4 })], [frames(0, 'eth0', 8)]),
  'ring-fifo-single-queue': () => on([nic({ ringSize: 4 })], [frames(0, 'eth0', 8)]),
  // budget 3, the NIC poll's 3 packets go to the local backlog: 3.13 polls it (igb_poll returned 0), the fault squeezes
  'poll-return-work-3-13': () => on([rpsNic('1')], [frames(0, 'eth0', 3)], budget(3)),
  // RPS to the local CPU schedules its backlog inside net_rx_action: one NET_RX pass in 6.18, two with the fault
  'napi-raise-in-net-rx-6-18': () => on([rpsNic('1')], [frames(0, 'eth0', 3)]),
  // 3.13: weight 2, budget 3: the second poll leaves the NAPI listed with the budget spent (a squeeze);
  // 6.18: one poll of 3 spends a budget of 3 (a squeeze after it)
  'budget-per-napi': (p) => (p === 'linux-3.13'
    ? on([nic({ napiWeight: 2 })], [frames(0, 'eth0', 5)], budget(3))
    : on([nic()], [frames(0, 'eth0', 3)], budget(3))),
  // 3.13: polls of 16 packets at 100 us each; the softirq's window is 1-2 jiffies, not 0-1
  'time-limit-one-jiffy': () =>
    on([nic({ napiWeight: 16 })], [frames(0, 'eth0', 300)], { costs: { stackPacketNs: 100_000 } }),
  // 3.13 budget 1: the loopback frame's backlog poll spends it with nothing left (no squeeze in 3.13)
  'squeeze-when-idle-3-13': () => on([lo], [frames(0, 'lo', 1)], budget(1)),
  // 6.18 budget 3: one poll of 3 spends it; 6.18 counts the squeeze after the poll, with nothing left
  'squeeze-before-poll-6-18': () => on([nic()], [frames(0, 'eth0', 3)], budget(3)),
  // 3 frames, fewer than gro_normal_batch: passed up only by napi_complete_done
  'gro-rx-list-kept-6-18': () => on([nic()], [frames(0, 'eth0', 3)]),
  // hash 1 over rps_cpus 0-1: the high bits give CPU 0, hash % 2 gives CPU 1
  'rps-cpu-modulo': () => on([rpsNic('3')], [frames(0, 'eth0', 1, { hash: 1 })], { cpus: 2 }),
  // recvmsg on CPU 1 records the connected socket's flow; the next frame of it is steered to CPU 1
  'rfs-ignores-sock-flow-table': () => on(
    [nic({ queues: [{ rpsFlowCnt: 64, smpAffinity: '1' }] })],
    [frames(0, 'eth0', 1, { hash: 0x1234 }), read(1_000_000), frames(2_000_000, 'eth0', 1, { hash: 0x1234 })],
    {
      cpus: 2, sysctls: { 'net.core.rps_sock_flow_entries': 64 },
      sockets: [s0({ cpu: 1, connect: { address: '10.0.0.2', port: 40000 } })],
    },
  ),
  // netdev_max_backlog 0 still admits one packet (qlen <= max): the fault drops it
  'backlog-lt': () => on([lo], [frames(0, 'lo', 1)], { sysctls: { 'net.core.netdev_max_backlog': 0 } }),
  // RPS fills CPU 1's backlog in one NIC poll; budget 1, dev_weight 1 x rx_bias 2: polls of 2 (the fault: of 1)
  'backlog-weight-no-bias': () => on([rpsNic('2')], [frames(0, 'eth0', 4)], {
    cpus: 2, sysctls: { 'net.core.netdev_budget': 1, 'net.core.dev_weight': 1, 'net.core.dev_weight_rx_bias': 2 },
  }),
  // 3 packets RPS'd from CPU 0 to CPU 1's backlog of 0 + 1: 2 drops on CPU 1 (the fault: on CPU 0)
  'backlog-drop-on-enqueuing-cpu': () => on([rpsNic('2')], [frames(0, 'eth0', 3)], {
    cpus: 2, sysctls: { 'net.core.netdev_max_backlog': 0 },
  }),
  // 70 loopback packets of one flow, the backlog far from half full: no flow-limit drop in the kernel
  'flow-limit-always': () => on([lo], [frames(0, 'lo', 70)], { sysctls: { 'net.core.flow_limit_cpu_bitmap': '1' } }),
  // 2 buckets, hash 1: bucket 0 by hash_32 (6.18), whose count the zeroed history (128 entries of
  // bucket 0) keeps down, so no drop; bucket 1 by the low bit: the 65th packet on is dropped
  'flow-limit-bucket-mask-6-18': () => on([lo], [frames(0, 'lo', 70, { hash: 1 })], {
    sysctls: {
      'net.core.netdev_max_backlog': 1, 'net.core.flow_limit_table_len': 2, 'net.core.flow_limit_cpu_bitmap': '1',
    },
  }),
  'ip-csum-not-inhdr': flagged('ip_csum'),
  'ip-version-unknown-protos': flagged('ip_version'),
  'ip-ihl-truncated': flagged('ip_ihl'),
  'ip-truncated-inhdr': flagged('ip_truncated'),
  'ip-options-uncounted': flagged('ip_options'),
  'ip-not-local-noroutes': flagged('not_local'),
  'ip-rpfilter-addr-errors': flagged('rp_filter'),
  // a socket connected to 10.0.0.2:40001 and a datagram from 10.0.0.2:40005: no socket (NoPorts)
  'udp-lookup-any-peer-port': () => on([nic()], [frames(0, 'eth0', 1, { flow: { dport: 5000, sport: 40005 } })], {
    sockets: [s0({ connect: { address: '10.0.0.2', port: 40001 } })],
  }),
  // 224.0.0.1 is every device's group; the socket is on another port: Udp IgnoredMulti 1 (the fault: 0)
  'mcast-ignored-uncounted-6-18': () => on([nic()], [frames(0, 'eth0', 1, { flow: { dst: '224.0.0.1', dport: 7 }, flags: ['multicast'] })]),
  'udp-len-as-csum': flagged('udp_len_short'),
  // 200 bytes of payload (UDP length 208 > CHECKSUM_BREAK): queued, found bad only when read (never here)
  'udp-csum-at-receive': () => on([nic()], [frames(0, 'eth0', 1, { payload: 200, flags: ['udp_csum'] })]),
  // port 7 has no socket: NoPorts and an ICMP port unreachable
  'noports-no-icmp': () => on([nic()], [frames(0, 'eth0', 1, { flow: { dport: 7 } })]),
  // 6.18 loopback: rcvbuf 2304 takes 2 datagrams of truesize 832; the pre-6.15 rule a third
  'udp-admit-pre-618': () => on([lo], [frames(0, 'lo', 4)], { sockets: [s0({ soRcvbuf: 0 })] }),
  // 256 x 832 = 212992 = rmem_default: the 256th fills the buffer exactly (issue 10: RcvbufErrors 1, the fault 2)
  'udp-admit-ge-6-18': () => on([lo], [frames(0, 'lo', 257)]),
  // 3.13 loopback: 3 x 768 = 2304 = sk_rcvbuf; the 4th finds rmem >= rcvbuf (-ENOMEM)
  'sock-queue-full-gt-3-13': () => on([lo], [frames(0, 'lo', 4)], { sockets: [s0({ soRcvbuf: 0 })] }),
  'rcvbuf-inerrors-only': () => on([lo], [frames(0, 'lo', 3)], { sockets: [s0({ soRcvbuf: 0 })] }),
  // 3.13: a datagram read gives its truesize back at once (rx_queue 0)
  'no-release-on-read': () => on([lo], [frames(0, 'lo', 1), read(1_000_000)]),
  // 6.18 rcvbuf 8192: 9 of 12 admitted; one read (832 < 8192 / 4) releases nothing, so the next is dropped
  'udp-release-at-once-6-18': () => on([lo], [frames(0, 'lo', 12), read(1_000_000, 1), frames(2_000_000, 'lo', 1)], {
    sockets: [s0({ soRcvbuf: 4096 })],
  }),
  // 6.18: one of two read, the deficit not yet released: rx_queue = rmem - forward_deficit
  'rx-queue-no-deficit': () => on([lo], [frames(0, 'lo', 2), read(1_000_000, 1)]),
  'in-datagrams-on-enqueue': () => on([nic()], [frames(0, 'eth0', 1)]),
  // 3 datagrams through a veth whose XDP program passes them: 1024 bytes each of a page-pool fragment (the fault: 4352)
  'xdp-cow-page-6-18': () => on([{ name: 'veth0', kind: 'veth', xdp: 'pass' }], [frames(0, 'veth0', 3)]),
};

// --- counters ----------------------------------------------------------------------------------

/** Every counter of a snapshot as path -> value (the model-only `internal` section left out). */
function flatten(v: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (path !== '' || k !== 'internal') flatten(x, path === '' ? k : `${path}.${k}`, out);
    }
  } else out.set(path, v);
  return out;
}

/** The counters (path: expected -> actual) that differ at some checkpoint. */
function counterDiffs(expected: Observations, actual: Observations): string[] {
  const out: string[] = [];
  expected.checkpoints.forEach((cp, i) => {
    const want = flatten(cp.counters, '', new Map());
    const got = flatten(actual.checkpoints[i]?.counters, '', new Map());
    for (const [p, v] of want) if (got.get(p) !== v) out.push(`${cp.label}: ${p} ${String(v)} -> ${String(got.get(p))}`);
    for (const p of got.keys()) if (!want.has(p)) out.push(`${cp.label}: ${p} absent -> ${String(got.get(p))}`);
  });
  return out;
}

interface FaultyModule {
  default: Implementation & { description: string };
  description: string;
}

async function load(file: string): Promise<FaultyModule> {
  return (await import(join(FAULTY_DIR, file))) as FaultyModule;
}

/** A failed check that meets the bar: a counterexample of at most MAX_STEPS steps. */
function catches(c: { status: string; counterexample?: { scenario: Scenario } }): boolean {
  return c.status === 'failed' && c.counterexample!.scenario.workload.length <= MAX_STEPS;
}

/**
 * runCheck as `rxpath check --skip-golden` runs it (every property, default runs and seed), except that
 * the checks after the first one that catches the implementation are reported skipped (they cannot
 * turn exit code 1 back into 0), which keeps this file short.
 */
async function rxpathCheck(impl: Implementation) {
  let caught = false;
  const check: CheckPropertyFn = async (i, property, opts) => {
    if (caught) {
      const skipped: PropertyResult = {
        property: property.name, profile: opts.profile, seed: opts.seed, status: 'skipped', runs: 0, ms: 0,
        reason: 'after the first check that caught it',
      };
      return skipped;
    }
    const r = await checkProperty(i, property, { ...opts, runs: opts.runs ?? property.defaultRuns ?? DEFAULT_RUNS });
    if (catches(r)) caught = true;
    return r;
  };
  return runCheck({
    impl, reference: modelImplementation(), properties: ALL_PROPERTIES, checkProperty: check,
    includeGolden: false, seed: DEFAULT_SEED, rxpathVersion: RXPATH_VERSION,
  });
}

describe('the faulty catalogue', () => {
  test('at least 20 faulty implementations, each named in STAGES and WITNESSES, spanning every stage', () => {
    expect(FAULTY_FILES.length).toBeGreaterThanOrEqual(20);
    const names = FAULTY_FILES.map((f) => f.replace(/\.ts$/, ''));
    expect(names.filter((n) => !(n in STAGES)), 'faulty implementations without a STAGES entry').toEqual([]);
    expect(names.filter((n) => !(n in WITNESSES)), 'faulty implementations without a WITNESSES entry').toEqual([]);
    expect(Object.keys(STAGES).filter((n) => !names.includes(n)), 'STAGES entries without a file').toEqual([]);
    expect(Object.keys(WITNESSES).filter((n) => !names.includes(n)), 'WITNESSES entries without a file').toEqual([]);
    const covered = new Set(Object.values(STAGES));
    expect(REQUIRED_STAGES.filter((s) => !covered.has(s)), 'stages no faulty implementation breaks').toEqual([]);
  });
});

for (const file of FAULTY_FILES) {
  const name = file.replace(/\.ts$/, '');
  describe(name, () => {
    test('one file: a header citing the kernel rule (file:function), a one-line description, its profiles', async () => {
      const src = readFileSync(join(FAULTY_DIR, file), 'utf8');
      const lines = src.split('\n');
      const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).join('\n');
      expect(header, 'the header says which rule is broken and cites the kernel function').toMatch(/[\w/.-]+\.[ch]:\w+/);
      const mod = await load(file);
      expect(mod.description.length).toBeGreaterThan(0);
      expect(mod.description).not.toContain('\n');
      expect(mod.default.description).toBe(mod.description);
      expect(mod.default.name).toBe(`faulty/${name}`);
      expect(mod.default.profiles.length).toBeGreaterThan(0);
      // a fault of one profile's rule says which in its name and description
      for (const p of ['linux-3.13', 'linux-6.18'] as const) {
        if (mod.default.profiles.length === 1 && mod.default.profiles[0] === p) expect(mod.description).toContain(p);
      }
    });

    test('(a) differs from the model on counters on its witness (<= 10 steps), in each profile it declares', async () => {
      const mod = await load(file);
      for (const profile of mod.default.profiles) {
        const w = WITNESSES[name]!(profile);
        const scenario: Scenario = validateScenario(
          { name: `witness-${name}`, config: { ...w.config, profile }, workload: w.workload }, `<${name}>`);
        expect(scenario.workload.length).toBeLessThanOrEqual(MAX_STEPS);
        const expected = simulate(scenario);
        const actual = await mod.default.run(scenario, { events: false });
        expect(counterDiffs(expected, actual).length, `${name} under ${profile}: no counter differs`).toBeGreaterThan(0);
      }
    });

    test('(b) rxpath check (in process, no golden traces, default runs, seed) exits 1, small counterexample', async () => {
      const mod = await load(file);
      const result = await rxpathCheck(mod.default);
      expect(result.checks.filter((c) => c.status === 'broken').map((c) => `${c.id}: ${c.message}`)).toEqual([]);
      expect(result.exitCode, `${name} (${mod.description}) passed every property`).toBe(1);
      const failed = result.checks.filter((c) => c.status === 'failed');
      const shown = failed.map((c) => `${c.id}: ${c.counterexample!.scenario.workload.length} steps, ${Math.round(c.ms)} ms`);
      const why = `no failing check with <= ${MAX_STEPS} steps: ${shown.join('; ')}`;
      expect(failed.some(catches), why).toBe(true);
      if (process.env.RXPATH_FULL_CATALOGUE) console.log(`caught in process: ${name}: ${shown.filter((_, i) => catches(failed[i]!)).join('; ')}`);
    }, 300_000);
  });
}
