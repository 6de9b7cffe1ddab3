// The golden corpus, as code: every example the seed post gives (netdev_budget 300 and 600 with
// the NAPI weight of 64, netdev_max_backlog 3000, dev_weight 600, flow_limit_table_len 8192 with
// flow limits on, rmem_max/rmem_default 8388608, RPS off and on, RFS, GRO on and off, rings of 512
// and 4096, 8 queues with an indirection table, weights 6 and 2, ntuple steering and drops), plus
// edge cases. `rxpath golden record` runs each on the model, for both profiles, and writes
// golden/model/<profile>/<id>.json. Never edit those files by hand: change a source and re-record.
import type { GoldenSource } from '../../src/runner/golden/source.ts';
import type { ProfileName, Sysctls } from '../../src/generated/schema-types.ts';
import {
  MS, US, burst, checkpoint, flows, host, loopback, nic, read, scenario, sysctl, udp, withSysctls,
} from './lib.ts';

const SINK = udp('sink', 5000, { soRcvbuf: 4194304, soRcvbufForce: true });

// A NIC burst: `count` frames on one RX queue, read afterwards.
function nicBurst(count: number, gapNs: number) {
  return [burst(0, 'eth0', 5000, count, { gapNs }), checkpoint(2 * MS, 'after-burst'), read(3 * MS, 'sink'), checkpoint(4 * MS, 'after-read')];
}

// An RPS overload: a 4000-frame flow (and a light 200-frame one) arrive on CPU 0 and are steered
// to CPU 1's backlog; the stack costs 2 us per packet there, so the backlog fills faster than it drains.
function overload(p: ProfileName, sysctls: Sysctls = {}) {
  return withSysctls(host(p, 2, {
    costs: { stackPacketNs: 2000 },
    devices: [nic({ ringSize: 4096, queues: [{ rpsCpus: '2', smpAffinity: '1' }] })], sockets: [SINK],
  }), sysctls);
}
function overloadTraffic(at: number) {
  return [burst(at, 'eth0', 5000, 4000, { src: '10.0.0.2', gapNs: 100 }), burst(at, 'eth0', 5000, 200, { src: '10.0.0.3', gapNs: 2000 })];
}
const afterOverload = [checkpoint(20 * MS, 'after-burst', true), read(21 * MS, 'sink'), checkpoint(22 * MS, 'after-read')];

// A loopback burst from CPU 0: every datagram goes through netif_rx and CPU 0's backlog.
function loBurst(count: number, payload = 64) {
  return [burst(0, 'lo', 5000, count, { payload }), checkpoint(5 * MS, 'after-burst', true), read(6 * MS, 'sink'), checkpoint(7 * MS, 'after-read')];
}

export const GOLDEN_SOURCES: GoldenSource[] = [
  // --- net_rx_action budget and NAPI weight (seed: "netdev_budget", default 300, weight 64) ---
  {
    id: 'budget-default-300',
    summary: 'A 2000-frame back-to-back burst on one queue, NAPI weight 64, default netdev_budget 300: the net_rx_action rounds (NET_RX softirqs) and time_squeezes it takes.',
    scenario: (p) => scenario('budget-default-300', 'netdev_budget 300, NAPI weight 64',
      host(p, 1, { devices: [nic({ ringSize: 4096, napiWeight: 64 })], sockets: [SINK] }), nicBurst(2000, 0)),
  },
  {
    id: 'budget-600',
    summary: 'The same 2000-frame burst with netdev_budget=600 (sysctl -w net.core.netdev_budget=600), to set beside budget-default-300.',
    scenario: (p) => scenario('budget-600', 'netdev_budget 600',
      withSysctls(host(p, 1, { devices: [nic({ ringSize: 4096, napiWeight: 64 })], sockets: [SINK] }), { 'net.core.netdev_budget': 600 }), nicBurst(2000, 0)),
  },
  {
    id: 'budget-600-sysctl-step',
    summary: 'netdev_budget raised from 300 to 600 by a sysctl step between two 1500-frame bursts: the second is polled under the new budget.',
    scenario: (p) => scenario('budget-600-sysctl-step', 'sysctl step mid-run',
      host(p, 1, { devices: [nic({ ringSize: 4096 })], sockets: [SINK] }),
      [burst(0, 'eth0', 5000, 1500), checkpoint(2 * MS, 'budget-300'), sysctl(2 * MS, 'net.core.netdev_budget', 600),
        burst(3 * MS, 'eth0', 5000, 1500), checkpoint(5 * MS, 'budget-600'), read(6 * MS, 'sink')]),
  },
  // --- the per-CPU backlog (seed: netdev_max_backlog 3000, dev_weight 600) ---
  {
    id: 'backlog-default-1000',
    summary: 'RPS sends a 4000-frame burst to CPU 1, which drains its backlog slower than it fills: beyond the default netdev_max_backlog of 1000 frames are softnet dropped.',
    scenario: (p) => scenario('backlog-default-1000', 'RPS overload, default backlog', overload(p), [...overloadTraffic(0), ...afterOverload]),
  },
  {
    id: 'backlog-3000',
    summary: 'The same RPS overload with netdev_max_backlog=3000: the longer backlog drops fewer frames.',
    scenario: (p) => scenario('backlog-3000', 'netdev_max_backlog 3000', overload(p, { 'net.core.netdev_max_backlog': 3000 }), [...overloadTraffic(0), ...afterOverload]),
  },
  {
    id: 'dev-weight-600',
    summary: 'The same RPS overload with dev_weight=600: process_backlog takes up to 600 packets per poll instead of 64 (fewer NET_RX rounds on CPU 1).',
    scenario: (p) => scenario('dev-weight-600', 'dev_weight 600', overload(p, { 'net.core.dev_weight': 600 }), [...overloadTraffic(0), ...afterOverload]),
  },
  {
    id: 'dev-weight-default-64',
    summary: 'The same RPS overload with the default dev_weight of 64, to set beside dev-weight-600.',
    scenario: (p) => scenario('dev-weight-default-64', 'dev_weight 64', overload(p), [...overloadTraffic(0), ...afterOverload]),
  },
  {
    id: 'backlog-max-sysctl-step',
    summary: 'netdev_max_backlog lowered from 1000 to 100 by a sysctl step between two RPS overloads: the second one drops at the new limit.',
    scenario: (p) => scenario('backlog-max-sysctl-step', 'sysctl step on netdev_max_backlog', overload(p),
      [...overloadTraffic(0), checkpoint(20 * MS, 'limit-1000', true), sysctl(20 * MS, 'net.core.netdev_max_backlog', 100),
        ...overloadTraffic(21 * MS), checkpoint(40 * MS, 'limit-100', true), read(41 * MS, 'sink')]),
  },
  // --- flow limits (seed: flow_limit_table_len 8192, flow_limit_cpu_bitmap) ---
  {
    id: 'flow-limit-8192',
    summary: 'Flow limits on for CPU 0, the CPU whose IRQ enqueues to CPU 1 by RPS (skb_flow_limit uses the enqueuing CPU\'s table), with flow_limit_table_len=8192: a heavy flow beside a light one into an overloaded backlog; flow_limit_count counts on CPU 0, the drops on CPU 1.',
    scenario: (p) => scenario('flow-limit-8192', 'flow limit on, table 8192',
      overload(p, { 'net.core.flow_limit_table_len': 8192, 'net.core.flow_limit_cpu_bitmap': '1' }), [...overloadTraffic(0), ...afterOverload]),
  },
  {
    id: 'flow-limit-off',
    summary: 'The same heavy and light flows with flow limits off: only the netdev_max_backlog limit drops.',
    scenario: (p) => scenario('flow-limit-off', 'flow limit off', overload(p), [...overloadTraffic(0), ...afterOverload]),
  },
  // --- socket receive buffer (seed: rmem_max and rmem_default 8388608) ---
  {
    id: 'rmem-default',
    summary: 'A socket at the default rmem_default, not read, takes 1400-byte datagrams until its receive buffer is full; the rest are RcvbufErrors.',
    scenario: (p) => scenario('rmem-default', 'default rmem_default',
      host(p, 1, { devices: [loopback], sockets: [udp('sink', 5000)] }), loBurst(400, 1400)),
  },
  {
    id: 'rmem-8388608',
    summary: 'rmem_max and rmem_default at 8388608: the same unread socket takes every datagram of the burst.',
    scenario: (p) => scenario('rmem-8388608', 'rmem_max = rmem_default = 8388608',
      withSysctls(host(p, 1, { devices: [loopback], sockets: [udp('sink', 5000)] }), { 'net.core.rmem_max': 8388608, 'net.core.rmem_default': 8388608 }), loBurst(400, 1400)),
  },
  {
    id: 'rcvbuf-capped-by-rmem-max',
    summary: 'SO_RCVBUF of 8388608 under the default rmem_max is capped at rmem_max and doubled; SO_RCVBUFFORCE is not capped.',
    scenario: (p) => scenario('rcvbuf-capped-by-rmem-max', 'SO_RCVBUF vs SO_RCVBUFFORCE',
      host(p, 1, { devices: [loopback], sockets: [udp('capped', 5000, { soRcvbuf: 8388608 }), udp('forced', 5001, { soRcvbuf: 8388608, soRcvbufForce: true })] }),
      [burst(0, 'lo', 5000, 400, { payload: 1400 }), burst(0, 'lo', 5001, 400, { payload: 1400 }), checkpoint(5 * MS, 'full', true)]),
  },
  {
    id: 'rcvbuf-minimum-2304',
    summary: 'SO_RCVBUF 0 gives the minimum receive buffer (2304): of 10 datagrams of 100 bytes only the first few fit, the rest are RcvbufErrors.',
    scenario: (p) => scenario('rcvbuf-minimum-2304', 'SOCK_MIN_RCVBUF',
      host(p, 1, { devices: [loopback], sockets: [udp('tiny', 5000, { soRcvbuf: 0 })] }),
      [burst(0, 'lo', 5000, 10, { payload: 100 }), checkpoint(1 * MS, 'after-burst', true), read(2 * MS, 'tiny'), checkpoint(3 * MS, 'after-read')]),
  },
  {
    id: 'rcvbuf-partial-reads',
    summary: 'A full 131072-byte receive buffer, 10 datagrams read, 10 more sent: 6.x releases memory in batches (forward_deficit), 3.13 at once.',
    scenario: (p) => scenario('rcvbuf-partial-reads', 'release batching',
      host(p, 1, { devices: [loopback], sockets: [udp('sink', 5000, { soRcvbuf: 65536 })] }),
      [burst(0, 'lo', 5000, 200, { payload: 100 }), checkpoint(2 * MS, 'full', true), read(3 * MS, 'sink', 10), checkpoint(4 * MS, 'read-10'),
        burst(5 * MS, 'lo', 5000, 10, { payload: 100 }), checkpoint(6 * MS, 'sent-10', true), read(7 * MS, 'sink', 40), checkpoint(8 * MS, 'read-50'),
        burst(9 * MS, 'lo', 5000, 10, { payload: 100 }), checkpoint(10 * MS, 'sent-10-more', true)]),
  },
  {
    id: 'lock-sock-backlog',
    summary: '50 datagrams arriving while the application holds the socket lock: 3.13 holds them on the socket backlog until release_sock, 6.x queues them at once.',
    scenario: (p) => scenario('lock-sock-backlog', 'lock_sock',
      host(p, 1, { devices: [loopback], sockets: [udp('sink', 5000, { soRcvbuf: 65536 })] }),
      [{ at: 0, op: 'lock_sock', socket: 'sink', durationNs: 2 * MS }, burst(100 * US, 'lo', 5000, 50, { payload: 100 }),
        checkpoint(1 * MS, 'locked', true), checkpoint(3 * MS, 'released', true), read(4 * MS, 'sink'), checkpoint(5 * MS, 'after-read')]),
  },
  // --- RSS: queues, indirection table, weights (seed: ethtool -L, -X equal, -X weight 6 2) ---
  {
    id: 'rss-8-queues',
    summary: '8 RX queues on 8 CPUs with the default indirection table: 32 flows from different sources, spread over the queues by their hash.',
    scenario: (p) => scenario('rss-8-queues', 'RSS with 8 queues',
      host(p, 8, { devices: [nic({ rxQueues: 8, queues: Array.from({ length: 8 }, (_, i) => ({ smpAffinity: (1 << i).toString(16) })) })], sockets: [SINK] }),
      [...flows(0, 'eth0', 5000, 32, 20, 1 * US), checkpoint(2 * MS, 'after-flows', true), read(3 * MS, 'sink')]),
  },
  {
    id: 'rss-indirection-equal-2',
    summary: 'An indirection table spreading 8 queues\' hashes over queues 0 and 1 only (ethtool -X eth0 equal 2): the other queues stay idle.',
    scenario: (p) => scenario('rss-indirection-equal-2', 'ethtool -X equal 2',
      host(p, 8, { devices: [nic({ rxQueues: 8, rssIndirection: Array.from({ length: 128 }, (_, i) => i % 2) })], sockets: [SINK] }),
      [...flows(0, 'eth0', 5000, 32, 20, 1 * US), checkpoint(2 * MS, 'after-flows', true), read(3 * MS, 'sink')]),
  },
  {
    id: 'rss-weight-6-2',
    summary: 'ethtool -X eth0 weight 6 2: queue 0 holds three quarters of the indirection table; 64 flows split between the two queues by hash.',
    scenario: (p) => scenario('rss-weight-6-2', 'ethtool -X weight 6 2',
      host(p, 2, { devices: [nic({ rxQueues: 2, rssWeights: [6, 2], queues: [{ smpAffinity: '1' }, { smpAffinity: '2' }] })], sockets: [SINK] }),
      [...flows(0, 'eth0', 5000, 64, 10, 1 * US), checkpoint(2 * MS, 'after-flows', true), read(3 * MS, 'sink')]),
  },
  {
    id: 'rx-flow-hash-dst-only',
    summary: 'rx-flow-hash udp4 on destination IP only: every flow to one address hashes to the same queue.',
    scenario: (p) => scenario('rx-flow-hash-dst-only', 'ethtool -N rx-flow-hash udp4 d',
      host(p, 4, { devices: [nic({ rxQueues: 4, rxFlowHash: ['dst-ip'] })], sockets: [SINK] }),
      [...flows(0, 'eth0', 5000, 16, 10, 1 * US), checkpoint(2 * MS, 'after-flows', true)]),
  },
  // --- ntuple filtering (seed: steer dport 80 to queue 2; drop a source) ---
  {
    id: 'ntuple-steer-and-drop',
    summary: 'ntuple rules: UDP to port 80 steered to RX queue 2, traffic from 10.0.0.66 dropped in hardware; other flows follow RSS.',
    scenario: (p) => scenario('ntuple-steer-and-drop', 'ethtool -U ... action 2 / action -1',
      host(p, 4, {
        devices: [nic({ rxQueues: 4, ntuple: [{ dstPort: 80, action: 2 }, { src: '10.0.0.66', action: -1 }] })],
        sockets: [udp('web', 80), SINK],
      }),
      [burst(0, 'eth0', 80, 100, { sport: 40001, gapNs: 1 * US }), burst(0, 'eth0', 5000, 100, { src: '10.0.0.66', gapNs: 1 * US }),
        ...flows(0, 'eth0', 5000, 8, 10, 1 * US), checkpoint(2 * MS, 'after-traffic', true), read(3 * MS, 'web'), read(3 * MS, 'sink')]),
  },
  // --- RPS and RFS (seed: rps_cpus, rps_sock_flow_entries 32768, rps_flow_cnt) ---
  {
    id: 'rps-off',
    summary: 'RPS off: a single-queue NIC on 4 CPUs processes every flow on the CPU that takes its interrupt.',
    scenario: (p) => scenario('rps-off', 'RPS off',
      host(p, 4, { devices: [nic({ rxQueues: 1 })], sockets: [SINK] }),
      [...flows(0, 'eth0', 5000, 16, 20, 1 * US), checkpoint(2 * MS, 'after-flows', true), read(3 * MS, 'sink')]),
  },
  {
    id: 'rps-on',
    summary: 'RPS on (rps_cpus e): the same flows are spread by hash to the backlogs of CPUs 1-3 (softnet received_rps).',
    scenario: (p) => scenario('rps-on', 'RPS on, rps_cpus e',
      host(p, 4, { devices: [nic({ rxQueues: 1, queues: [{ rpsCpus: 'e' }] })], sockets: [SINK] }),
      [...flows(0, 'eth0', 5000, 16, 20, 1 * US), checkpoint(2 * MS, 'after-flows', true), read(3 * MS, 'sink')]),
  },
  {
    id: 'rfs',
    summary: 'RFS (rps_sock_flow_entries=32768, rps_flow_cnt 2048): after the application reads on CPU 2, its flow is steered to CPU 2.',
    scenario: (p) => scenario('rfs', 'RFS',
      withSysctls(host(p, 4, {
        devices: [nic({ rxQueues: 1, queues: [{ rpsCpus: 'f', rpsFlowCnt: 2048 }] })],
        sockets: [udp('app', 5000, { connect: { address: '10.0.0.2', port: 40000 }, cpu: 2 })],
      }), { 'net.core.rps_sock_flow_entries': 32768 }),
      [burst(0, 'eth0', 5000, 20, { sport: 40000, gapNs: 1 * US }), checkpoint(1 * MS, 'before-read', true), read(2 * MS, 'app'),
        burst(3 * MS, 'eth0', 5000, 20, { sport: 40000, gapNs: 1 * US }), checkpoint(4 * MS, 'after-read', true), read(5 * MS, 'app')]),
  },
  // --- GRO (seed: ethtool -K eth0 gro on|off) ---
  {
    id: 'gro-on',
    summary: 'GRO on: plain UDP datagrams are not merged, so every frame still reaches IP as its own skb.',
    scenario: (p) => scenario('gro-on', 'GRO on',
      host(p, 1, { devices: [nic({ gro: true })], sockets: [SINK] }), [...flows(0, 'eth0', 5000, 12, 10, 0), checkpoint(2 * MS, 'after', true), read(3 * MS, 'sink')]),
  },
  {
    id: 'gro-off',
    summary: 'GRO off: the same 12 flows go straight to netif_receive_skb; the counters match GRO on for UDP.',
    scenario: (p) => scenario('gro-off', 'GRO off',
      host(p, 1, { devices: [nic({ gro: false })], sockets: [SINK] }), [...flows(0, 'eth0', 5000, 12, 10, 0), checkpoint(2 * MS, 'after', true), read(3 * MS, 'sink')]),
  },
  // --- rings (seed: ethtool -G eth0 rx 512 / rx 4096) ---
  {
    id: 'ring-512',
    summary: 'An RX ring of 512 descriptors under a 6000-frame line-rate burst: frames the ring cannot hold are rx_missed_errors.',
    scenario: (p) => scenario('ring-512', 'ethtool -G eth0 rx 512',
      host(p, 1, { devices: [nic({ ringSize: 512 })], sockets: [SINK] }), nicBurst(6000, 50)),
  },
  {
    id: 'ring-4096',
    summary: 'The same 6000-frame burst into a ring of 4096 descriptors: fewer frames missed than with 512.',
    scenario: (p) => scenario('ring-4096', 'ethtool -G eth0 rx 4096',
      host(p, 1, { devices: [nic({ ringSize: 4096 })], sockets: [SINK] }), nicBurst(6000, 50)),
  },
  // --- edge cases ---
  {
    id: 'empty-workload',
    summary: 'No workload at all: the final snapshot has every counter at zero.',
    scenario: (p) => scenario('empty-workload', 'nothing happens', host(p, 2, { devices: [loopback, nic()], sockets: [SINK] }), []),
  },
  {
    id: 'single-datagram',
    summary: 'One loopback datagram, read: InReceives, InDelivers and InDatagrams all 1.',
    scenario: (p) => scenario('single-datagram', 'one datagram',
      host(p, 1, { devices: [loopback], sockets: [udp('sink', 5000)] }),
      [burst(0, 'lo', 5000, 1), checkpoint(1 * MS, 'queued', true), read(2 * MS, 'sink'), checkpoint(3 * MS, 'read')]),
  },
  {
    id: 'no-ports',
    summary: 'Datagrams to a port nobody listens on: counted in Udp NoPorts, not delivered.',
    scenario: (p) => scenario('no-ports', 'closed port',
      host(p, 1, { devices: [loopback], sockets: [udp('sink', 5000)] }),
      [burst(0, 'lo', 6000, 25), burst(0, 'lo', 5000, 5), checkpoint(1 * MS, 'after', true), read(2 * MS, 'sink')]),
  },
  {
    id: 'crafted-ip-errors',
    summary: 'Crafted IP errors on a NIC: bad header checksum, wrong version, short IHL, truncated, unknown protocol, not local.',
    scenario: (p) => scenario('crafted-ip-errors', 'IP header errors',
      host(p, 1, { devices: [nic()], sockets: [SINK] }),
      [burst(0, 'eth0', 5000, 3, { flags: ['ip_csum'] }), burst(10 * US, 'eth0', 5000, 3, { flags: ['ip_version'] }),
        burst(20 * US, 'eth0', 5000, 3, { flags: ['ip_ihl'] }), burst(30 * US, 'eth0', 5000, 3, { flags: ['ip_truncated'] }),
        { at: 40 * US, op: 'frames', device: 'eth0', flow: { dport: 5000, proto: 99 }, count: 3 },
        burst(50 * US, 'eth0', 5000, 3, { flags: ['not_local'] }), burst(60 * US, 'eth0', 5000, 3),
        checkpoint(1 * MS, 'after', true)]),
  },
  {
    id: 'crafted-udp-errors',
    summary: 'Crafted UDP errors: bad checksum, UDP length too long and too short; good datagrams beside them are delivered.',
    scenario: (p) => scenario('crafted-udp-errors', 'UDP header errors',
      host(p, 1, { devices: [nic()], sockets: [SINK] }),
      [burst(0, 'eth0', 5000, 4, { flags: ['udp_csum'] }), burst(10 * US, 'eth0', 5000, 4, { flags: ['udp_len_long'] }),
        burst(20 * US, 'eth0', 5000, 4, { flags: ['udp_len_short'] }), burst(30 * US, 'eth0', 5000, 4),
        checkpoint(1 * MS, 'after', true), read(2 * MS, 'sink'), checkpoint(3 * MS, 'read')]),
  },
  {
    id: 'multicast-no-listener',
    summary: 'Datagrams to multicast group 239.1.1.1 that the host never joined: received by IP, delivered to no one.',
    scenario: (p) => scenario('multicast-no-listener', 'multicast without a member',
      host(p, 1, { devices: [nic()], sockets: [SINK] }),
      [burst(0, 'eth0', 5000, 7, { flags: ['multicast'], dst: '239.1.1.1' }), checkpoint(1 * MS, 'after', true)]),
  },
];
