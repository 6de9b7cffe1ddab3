// Each malformed scenario or config gets exactly one plain message naming the file, the JSON
// pointer and what was expected. The messages are the product here: they are pinned verbatim.
import { describe, expect, it } from 'vitest';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { validateConfig, validateScenario } from '../../src/spec/validate.ts';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function baseScenario(): Json {
  return {
    name: 'base',
    config: {
      profile: 'linux-6.18',
      cpus: 4,
      devices: [
        { name: 'eth0', kind: 'nic', rxQueues: 4, queues: [{ rpsCpus: 'f', smpAffinity: '1' }] },
        { name: 'lo', kind: 'loopback' },
      ],
      sockets: [{ name: 'rx', port: 9000, cpu: 1 }, { name: 'rx2', port: 9001 }],
    },
    workload: [
      { at: 0, op: 'frames', device: 'eth0', count: 10, flow: { dport: 9000 } },
      { at: 1000, op: 'read', socket: 'rx' },
      { at: 2000, op: 'checkpoint', label: 'after-read' },
    ],
  };
}

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(RxpathInputError);
    return (err as Error).message;
  }
  throw new Error('expected an RxpathInputError, but the input was accepted');
}

const F = 'scenario.json';
const scenarioCases: [string, (s: Json) => void, string][] = [
  ['a string where an integer is expected', (s) => { s.config.cpus = 'four'; },
    `${F}: /config/cpus: must be an integer (got "four")`],
  ['cpus out of range', (s) => { s.config.cpus = 0; },
    `${F}: /config/cpus: must be >= 1 (got 0)`],
  ['a required property missing', (s) => { delete s.config.cpus; },
    `${F}: /config/cpus: is required (missing)`],
  ['a profile that does not exist', (s) => { s.config.profile = 'linux-5.4'; },
    `${F}: /config/profile: must be one of "linux-3.13", "linux-6.1", "linux-6.12" or "linux-6.18" (got "linux-5.4")`],
  ['an unknown sysctl name', (s) => { s.config.sysctls = { 'net.core.netdev_budgit': 600 }; },
    `${F}: /config/sysctls/net.core.netdev_budgit: unknown sysctl (did you mean "net.core.netdev_budget"?)`],
  ['a sysctl of the wrong type', (s) => { s.config.sysctls = { 'net.core.netdev_max_backlog': '1000' }; },
    `${F}: /config/sysctls/net.core.netdev_max_backlog: must be an integer (got "1000")`],
  ['a sysctl absent from linux-3.13', (s) => { s.config.profile = 'linux-3.13'; s.config.sysctls = { 'net.core.gro_normal_batch': 8 }; },
    `${F}: /config/sysctls/net.core.gro_normal_batch: does not exist in linux-3.13 (only in linux-6.1, linux-6.12, linux-6.18)`],
  ['a sysctl absent from linux-6.18', (s) => { s.config.sysctls = { 'net.ipv4.tcp_dma_copybreak': 4096 }; },
    `${F}: /config/sysctls/net.ipv4.tcp_dma_copybreak: does not exist in linux-6.18 (only in linux-3.13)`],
  ['a sysctl below its 6.18 minimum', (s) => { s.config.sysctls = { 'net.core.dev_weight': 0 }; },
    `${F}: /config/sysctls/net.core.dev_weight: must be >= 1 in linux-6.18 (got 0)`],
  ['netdev_budget_usecs below 2 jiffies at HZ=1000', (s) => { s.config.hz = 1000; s.config.sysctls = { 'net.core.netdev_budget_usecs': 1999 }; },
    `${F}: /config/sysctls/net.core.netdev_budget_usecs: must be >= 2000 in linux-6.18 at HZ=1000 (got 1999)`],
  ['rmem_max below SOCK_MIN_RCVBUF', (s) => { s.config.sysctls = { 'net.core.rmem_max': 100 }; },
    `${F}: /config/sysctls/net.core.rmem_max: must be >= 2304 in linux-6.18 (got 100)`],
  ['rps_sock_flow_entries above 2^29 in 6.18', (s) => { s.config.sysctls = { 'net.core.rps_sock_flow_entries': 536870913 }; },
    `${F}: /config/sysctls/net.core.rps_sock_flow_entries: must be <= 536870912 in linux-6.18 (got 536870913)`],
  ['udp_early_demux above its u8 range', (s) => { s.config.sysctls = { 'net.ipv4.udp_early_demux': 256 }; },
    `${F}: /config/sysctls/net.ipv4.udp_early_demux: must be <= 255 in linux-6.18 (got 256)`],
  ['flow_limit_table_len not a power of two', (s) => { s.config.sysctls = { 'net.core.flow_limit_table_len': 1000 }; },
    `${F}: /config/sysctls/net.core.flow_limit_table_len: must be a power of 2 (got 1000)`],
  ['flow_limit_cpu_bitmap beyond the CPU count', (s) => { s.config.sysctls = { 'net.core.flow_limit_cpu_bitmap': '1f' }; },
    `${F}: /config/sysctls/net.core.flow_limit_cpu_bitmap: must name only CPUs 0-3 (config.cpus is 4), but names CPU 4 (got "1f")`],
  ['busy_poll non-zero', (s) => { s.config.sysctls = { 'net.core.busy_poll': 50 }; },
    `${F}: /config/sysctls/net.core.busy_poll: must be 0: rxpath does not model busy polling (got 50)`],
  ['udp_mem with two values', (s) => { s.config.sysctls = { 'net.ipv4.udp_mem': [1, 2] }; },
    `${F}: /config/sysctls/net.ipv4.udp_mem: must have at least 3 items (got 2)`],
  ['an rps_cpus mask beyond the CPU count', (s) => { s.config.devices[0].queues[0].rpsCpus = '30'; },
    `${F}: /config/devices/0/queues/0/rpsCpus: must name only CPUs 0-3 (config.cpus is 4), but names CPUs 4 and 5 (got "30")`],
  ['an rps_cpus mask that is not hex', (s) => { s.config.devices[0].queues[0].rpsCpus = '0x3'; },
    `${F}: /config/devices/0/queues/0/rpsCpus: must be a hex CPU mask such as "3" or "ff,ffffffff" (got "0x3")`],
  ['an IRQ smp_affinity naming no CPU', (s) => { s.config.devices[0].queues[0].smpAffinity = '0'; },
    `${F}: /config/devices/0/queues/0/smpAffinity: must name at least one CPU (got "0")`],
  ['an IRQ smp_affinity beyond the CPU count (second 32-bit group)', (s) => { s.config.devices[0].queues[0].smpAffinity = '1,00000000'; },
    `${F}: /config/devices/0/queues/0/smpAffinity: must name only CPUs 0-3 (config.cpus is 4), but names CPU 32 (got "1,00000000")`],
  ['an indirection table pointing at a missing queue', (s) => { s.config.devices[0].rssIndirection = [0, 1, 2, 3, 4]; },
    `${F}: /config/devices/0/rssIndirection/4: must name an RX queue ("eth0" has 4 RX queues: 0-3) (got 4)`],
  ['rssWeights with more weights than queues', (s) => { s.config.devices[0].rssWeights = [1, 1, 1, 1, 1]; },
    `${F}: /config/devices/0/rssWeights: must have one weight per RX queue ("eth0" has 4 RX queues: 0-3) (got 5 weights)`],
  ['an ntuple rule steering to a missing queue', (s) => { s.config.devices[0].ntuple = [{ dstPort: 9000, action: 7 }]; },
    `${F}: /config/devices/0/ntuple/0/action: must be -1 (drop) or an RX queue ("eth0" has 4 RX queues: 0-3) (got 7)`],
  ['queues longer than rxQueues', (s) => { s.config.devices[1].queues = [{}, {}]; },
    `${F}: /config/devices/1/queues: must have at most one entry per RX queue ("lo" has 1 RX queue: 0) (got 2 entries)`],
  ['adaptive RX coalescing on', (s) => { s.config.devices[0].coalesce = { adaptiveRx: true }; },
    `${F}: /config/devices/0/coalesce/adaptiveRx: must be false: rxpath does not model adaptive interrupt coalescing (got true)`],
  ['an unknown device kind', (s) => { s.config.devices[0].kind = 'wifi'; },
    `${F}: /config/devices/0/kind: must be one of "nic", "loopback" or "veth" (got "wifi")`],
  ['an interface name that is too long', (s) => { s.config.devices[0].name = 'averyveryverylongname'; s.workload = []; },
    `${F}: /config/devices/0/name: must be an interface name: a letter, then at most 14 letters, digits, "_", "." or "-" (got "averyveryverylongname")`],
  ['an unknown device property', (s) => { s.config.devices[0].ring = 512; },
    `${F}: /config/devices/0/ring: unknown property (expected one of: name, kind, ringSize, rxQueues, rssIndirection, rssWeights, rxFlowHash, ntuple, gro, peerTso, mtu, xdp, coalesce, napiWeight, queues)`],
  ['duplicate device names', (s) => { s.config.devices[1].name = 'eth0'; },
    `${F}: /config/devices/1/name: must be unique: "eth0" is already the name of /config/devices/0`],
  ['duplicate socket names', (s) => { s.config.sockets[1].name = 'rx'; },
    `${F}: /config/sockets/1/name: must be unique: "rx" is already the name of /config/sockets/0`],
  ['two sockets bound to the same port', (s) => { s.config.sockets[1].port = 9000; s.config.sockets[1].address = '10.0.0.1'; },
    `${F}: /config/sockets/1/port: must not be bound twice: socket "rx" (/config/sockets/0) already binds 0.0.0.0:9000 (got 9000)`],
  ['a socket on a CPU that does not exist', (s) => { s.config.sockets[0].cpu = 4; },
    `${F}: /config/sockets/0/cpu: must be < 4, the number of CPUs (got 4)`],
  ['SO_BUSY_POLL non-zero', (s) => { s.config.sockets[0].soBusyPoll = 50; },
    `${F}: /config/sockets/0/soBusyPoll: must be 0: rxpath does not model busy polling (got 50)`],
  ['a socket address that is not an IP address', (s) => { s.config.sockets[0].address = '10.0.0.256'; },
    `${F}: /config/sockets/0/address: must be an IPv4 address such as "10.0.0.1" or an IPv6 address such as "fd00::1" (got "10.0.0.256")`],
  ['a port out of range', (s) => { s.config.sockets[0].port = 70000; },
    `${F}: /config/sockets/0/port: must be <= 65535 (got 70000)`],
  ['an hz that CONFIG_HZ cannot be', (s) => { s.config.hz = 200; },
    `${F}: /config/hz: must be one of 100, 250, 300 or 1000 (got 200)`],
  ['unordered workload steps', (s) => { s.workload[1].at = 5000; },
    `${F}: /workload/2/at: must be >= 5000, the previous step's at: steps run in non-decreasing order of at (got 2000)`],
  ['an unknown socket in a read step', (s) => { s.workload[1].socket = 'tx'; },
    `${F}: /workload/1/socket: must name a socket of the config (sockets: "rx" and "rx2") (got "tx")`],
  ['an unknown socket in a lock_sock step', (s) => { s.workload.push({ at: 3000, op: 'lock_sock', socket: 'nope', durationNs: 10 }); },
    `${F}: /workload/3/socket: must name a socket of the config (sockets: "rx" and "rx2") (got "nope")`],
  ['an unknown device in a frames step', (s) => { s.workload[0].device = 'eth1'; },
    `${F}: /workload/0/device: must name a device of the config (devices: "eth0" and "lo") (got "eth1")`],
  ['a frames step on a missing queue', (s) => { s.workload[0].queue = 4; },
    `${F}: /workload/0/queue: must name an RX queue ("eth0" has 4 RX queues: 0-3) (got 4)`],
  ['a frames step from a CPU that does not exist', (s) => { s.workload[0] = { at: 0, op: 'frames', device: 'lo', cpu: 9, flow: { dport: 9000 } }; },
    `${F}: /workload/0/cpu: must be < 4, the number of CPUs (got 9)`],
  ['a burst on a NIC', (s) => { s.workload[0].burst = true; },
    `${F}: /workload/0/burst: must be false or absent on a NIC: only loopback and veth frames enter netif_rx in one BH-disabled section ("eth0" is a nic) (got true)`],
  ['a burst with a gap between its frames', (s) => { s.workload[0] = { at: 0, op: 'frames', device: 'lo', cpu: 1, count: 50, gapNs: 1000, burst: true, flow: { dport: 9000 } }; },
    `${F}: /workload/0/gapNs: must be 0 or absent when burst is true: a burst's frames enter netif_rx at the same instant (got 1000)`],
  ['a light flow on a NIC', (s) => { s.workload[0].interleave = { every: 4, sport: 40100 }; },
    `${F}: /workload/0/interleave: must be absent on a NIC: RSS steers a NIC's frames by their flow, so give each flow a frames step of its own ("eth0" is a nic)`],
  ['a light flow from the heavy flow\'s own port', (s) => { s.workload[0] = { at: 0, op: 'frames', device: 'lo', count: 8, interleave: { every: 2, sport: 40000 }, flow: { dport: 9000 } }; },
    `${F}: /workload/0/interleave/sport: must differ from the flow's source port (flow.sport, default 40000): the light flow is another flow (got 40000)`],
  ['a light flow mixed into ICMP frames', (s) => { s.workload[0] = { at: 0, op: 'frames', device: 'lo', count: 8, interleave: { every: 2, sport: 40100 }, flow: { dport: 9000, proto: 253 } }; },
    `${F}: /workload/0/flow/proto: must be 17 (UDP) or absent with interleave: the light flow is a UDP flow from another source port (got 253)`],
  ['a light flow with a given hash', (s) => { s.workload[0] = { at: 0, op: 'frames', device: 'lo', count: 8, hash: 7, interleave: { every: 2, sport: 40100 }, flow: { dport: 9000 } }; },
    `${F}: /workload/0/hash: must be absent with interleave: each flow's frames get the hash of their own fields (got 7)`],
  ['a light flow every frame', (s) => { s.workload[0] = { at: 0, op: 'frames', device: 'lo', count: 8, interleave: { every: 1, sport: 40100 }, flow: { dport: 9000 } }; },
    `${F}: /workload/0/interleave/every: must be >= 2 (got 1)`],
  ['a frames step with a bad field inside (oneOf reduced to the frames branch)', (s) => { s.workload[0].flow.dport = 'http'; },
    `${F}: /workload/0/flow/dport: must be an integer (got "http")`],
  ['a frames step missing its flow', (s) => { delete s.workload[0].flow; },
    `${F}: /workload/0/flow: is required (missing)`],
  ['a frame flag that does not exist', (s) => { s.workload[0].flags = ['bad_csum']; },
    `${F}: /workload/0/flags/0: must be one of "ip_csum", "ip_version", "ip_ihl", "ip_truncated", "ip_len_short", "ip_options", "udp_csum", "udp_len_long", "udp_len_short", "otherhost", "not_local", "no_route", "rp_filter", "fragment", "multicast", "broadcast", "ttl_1", "ip_short", "udp_csum_zero", "ttl_0", "ip_options_nop", "ip_options_rr", "ip_options_ts", "ip_options_ra", "ip_options_lsrr", "ip_options_ssrr", "ip6_hopopts", "ip6_dstopts", "ip6_opt_discard", "ip6_opt_icmp", "ip6_hop_skip", "ip6_hop_discard", "ip6_hop_icmp", "ip6_hop_icmp_nomcast", "ip6_opt_skip", "ip6_opt_icmp_nomcast", "ip6_rthdr", "ip6_rthdr_segleft", "ip_options_sec" or "ip_options_cipso" (got "bad_csum")`],
  ['a step with an unknown op', (s) => { s.workload[1] = { at: 1000, op: 'recv', socket: 'rx' }; },
    `${F}: /workload/1/op: must be one of "frames", "read", "sysctl", "lock_sock", "setsockopt", "close", "advance" or "checkpoint" (got "recv")`],
  ['a step without op', (s) => { s.workload[1] = { at: 1000, socket: 'rx' }; },
    `${F}: /workload/1/op: is required: one of "frames", "read", "sysctl", "lock_sock", "setsockopt", "close", "advance" or "checkpoint" (missing)`],
  ['a step that is not an object', (s) => { s.workload[1] = 'read rx'; },
    `${F}: /workload/1: must be an object (got "read rx")`],
  ['a read step with a property of another step kind', (s) => { s.workload[1].device = 'eth0'; },
    `${F}: /workload/1/device: unknown property (expected one of: at, op, socket, count)`],
  ['a negative time', (s) => { s.workload[0].at = -1; },
    `${F}: /workload/0/at: must be >= 0 (got -1)`],
  ['a sysctl step with an unknown name', (s) => { s.workload.push({ at: 3000, op: 'sysctl', name: 'net.core.rmem_maximum', value: 1 }); },
    `${F}: /workload/3/name: unknown sysctl "net.core.rmem_maximum" (did you mean "net.core.rmem_max"?)`],
  ['a sysctl step with a value of the wrong type', (s) => { s.workload.push({ at: 3000, op: 'sysctl', name: 'net.core.netdev_budget', value: '600' }); },
    `${F}: /workload/3/value: must be an integer (got "600")`],
  ['a sysctl step out of the profile\'s range', (s) => { s.workload.push({ at: 3000, op: 'sysctl', name: 'net.core.gro_normal_batch', value: 0 }); },
    `${F}: /workload/3/value: must be >= 1 in linux-6.18 (got 0)`],
  ['a sysctl step naming a sysctl absent from the profile', (s) => { s.config.profile = 'linux-3.13'; s.workload.push({ at: 3000, op: 'sysctl', name: 'net.core.dev_weight_rx_bias', value: 2 }); },
    `${F}: /workload/3/name: does not exist in linux-3.13 (only in linux-6.1, linux-6.12, linux-6.18) (got "net.core.dev_weight_rx_bias")`],
  ['a checkpoint labelled end', (s) => { s.workload[2].label = 'end'; },
    `${F}: /workload/2/label: must not be "end": it names the final snapshot (got "end")`],
  ['duplicate checkpoint labels', (s) => { s.workload.push({ at: 3000, op: 'checkpoint', label: 'after-read' }); },
    `${F}: /workload/3/label: must be unique: "after-read" already labels /workload/2`],
  ['an empty checkpoint label', (s) => { s.workload[2].label = ''; },
    `${F}: /workload/2/label: must not be empty (got "")`],
  ['an unknown top-level property', (s) => { s.seed = 1; },
    `${F}: /seed: unknown property (expected one of: name, description, config, workload)`],
  ['a workload that is not an array', (s) => { s.workload = {}; },
    `${F}: /workload: must be an array (got {})`],
];

describe('malformed scenarios get one exact message each', () => {
  it('the base scenario is valid', () => {
    expect(validateScenario(baseScenario(), F).name).toBe('base');
  });
  it.each(scenarioCases)('%s', (_name, mutate, expected) => {
    const s = baseScenario();
    mutate(s);
    expect(messageOf(() => validateScenario(s, F))).toBe(expected);
  });
  it('has at least 30 distinct cases with distinct messages', () => {
    expect(new Set(scenarioCases.map((c) => c[2])).size).toBe(scenarioCases.length);
    expect(scenarioCases.length).toBeGreaterThanOrEqual(30);
  });
});

describe('a config on its own', () => {
  it('points into the config document itself', () => {
    const c = baseScenario().config;
    c.sysctls = { 'net.core.netdev_budget': -2147483649 };
    expect(messageOf(() => validateConfig(c, 'config.json')))
      .toBe('config.json: /sysctls/net.core.netdev_budget: must be >= -2147483648 in linux-6.18 (got -2147483649)');
  });
  it('accepts values the kernel accepts, such as a negative netdev_budget', () => {
    const c = baseScenario().config;
    c.sysctls = { 'net.core.netdev_budget': -5, 'net.core.netdev_max_backlog': 0 };
    expect(validateConfig(c, 'config.json').sysctls).toEqual(c.sysctls);
  });
  it('reports every problem, one line each', () => {
    const c = baseScenario().config;
    c.cpus = 2;
    c.sockets[0].cpu = 3;
    expect(messageOf(() => validateConfig(c, 'config.json'))).toBe([
      'config.json: /devices/0/queues/0/rpsCpus: must name only CPUs 0-1 (config.cpus is 2), but names CPUs 2 and 3 (got "f")',
      'config.json: /sockets/0/cpu: must be < 2, the number of CPUs (got 3)',
    ].join('\n'));
  });
  it('carries the problems as data', () => {
    try {
      validateConfig({ profile: 'linux-6.18' }, 'c.json');
    } catch (err) {
      expect((err as RxpathInputError).problems).toEqual([{ file: 'c.json', pointer: '/cpus', message: 'is required (missing)' }]);
      return;
    }
    throw new Error('accepted');
  });
});
