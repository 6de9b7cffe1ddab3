// enqueue_to_backlog, skb_flow_limit and process_backlog (spec section 2).
import { describe, expect, it } from 'vitest';
import {
  PROFILES, bigSocket, end, frames, nic, polls, scenario, sim, simHost, softnet, sysctl, type Profile,
} from './build.ts';
import { createHost } from '../../src/model/simulator.ts';
import { FLOW_LIMIT_HISTORY, process_backlog, skb_flow_limit } from '../../src/model/backlog.ts';
import { sysctl_write } from '../../src/model/sysctl.ts';
import { hash_32 } from '../../src/model/hash.ts';
import { LINUX_3_13, LINUX_6_18 } from '../../src/model/profile.ts';

/** A NIC on CPU 0 whose queue 0 steers every packet to CPU 1's backlog (rps_cpus = 2). */
function rpsToCpu1(profile: Profile, count: number, sysctls: Record<string, number | string> = {}, extra: object = {}) {
  return scenario({
    profile, cpus: 2, sysctls, devices: [nic('eth0', { ringSize: 4096, queues: [{ rpsCpus: '2' }] })], sockets: [bigSocket()], ...extra,
  }, [frames(0, 'eth0', count)]);
}

describe('enqueue_to_backlog', () => {
  it.each(PROFILES)('%s: the backlog takes netdev_max_backlog + 1 packets and drops the rest, counted on the TARGET cpu', (profile) => {
    // 20 frames in one poll on CPU 0, all for CPU 1's backlog, which cannot run before the poll ends
    const s = end(sim(rpsToCpu1(profile, 20, { 'net.core.netdev_max_backlog': 10 })));
    expect(softnet(s, 1).processed).toBe(11);
    expect(softnet(s, 1).dropped).toBe(9);
    expect(softnet(s, 0).dropped).toBe(0);
    expect(s.dev.eth0.rx_drop).toBe(9); // dev->rx_dropped
    expect(s.ethtool.eth0.rx_dropped).toBe(9);
  });

  it.each(PROFILES)('%s: netdev_max_backlog=0 still admits one packet', (profile) => {
    const s = end(sim(rpsToCpu1(profile, 5, { 'net.core.netdev_max_backlog': 0 })));
    expect(softnet(s, 1).processed).toBe(1);
    expect(softnet(s, 1).dropped).toBe(4);
  });

  it.each(PROFILES)('%s: without RPS a netif_receive_skb driver never touches the backlog, so netdev_max_backlog changes nothing', (profile) => {
    const mk = (max: number) => scenario({
      profile, cpus: 2, sysctls: { 'net.core.netdev_max_backlog': max },
      devices: [nic('eth0', { ringSize: 4096 })], sockets: [{ name: 's', port: 5000 }],
    }, [frames(0, 'eth0', 3000, { gapNs: 100 })]);
    const a = sim(mk(1));
    const b = sim(mk(100000));
    expect(a).toEqual(b);
    const s = end(a);
    expect(softnet(s, 0).dropped).toBe(0);
    expect(softnet(s, 0).processed).toBe(s.ethtool.eth0.rx_packets);
  });

  it.each(PROFILES)('%s: received_rps counts IPIs, not packets', (profile) => {
    const s = end(sim(rpsToCpu1(profile, 64)));
    expect(softnet(s, 1).processed).toBe(64);
    expect(softnet(s, 1).received_rps).toBe(1);
    expect(softnet(s, 0).received_rps).toBe(0);
  });
});

describe('skb_flow_limit', () => {
  it.each(PROFILES)('%s: flow_limit_count counts on the ENQUEUING cpu and the drop on the target', (profile) => {
    // CPU 0 enqueues one flow into CPU 1's backlog; CPU 1 is slow (1 ms per packet) so the backlog stays long
    const sc = rpsToCpu1(profile, 2000,
      { 'net.core.netdev_max_backlog': 200, 'net.core.flow_limit_cpu_bitmap': '1' },
      { costs: { stackPacketNs: 1_000_000 } });
    const s = end(sim(sc));
    const c0 = softnet(s, 0), c1 = softnet(s, 1);
    expect(c0.flow_limit_count).toBeGreaterThan(0);
    expect(c1.flow_limit_count).toBe(0);
    expect(c0.dropped).toBe(0);
    expect(c1.dropped).toBeGreaterThanOrEqual(c0.flow_limit_count);
    expect(c1.processed + c1.dropped).toBe(2000);
  });

  it.each(PROFILES)('%s: a CPU outside flow_limit_cpu_bitmap has no table, so the same flood sees only plain backlog drops', (profile) => {
    const sc = rpsToCpu1(profile, 2000,
      { 'net.core.netdev_max_backlog': 200, 'net.core.flow_limit_cpu_bitmap': '2' }, // CPU 1's table; CPU 0 enqueues
      { costs: { stackPacketNs: 1_000_000 } });
    const s = end(sim(sc));
    expect(softnet(s, 0).flow_limit_count).toBe(0);
    expect(softnet(s, 1).flow_limit_count).toBe(0);
    expect(softnet(s, 1).dropped).toBeGreaterThan(0);
  });

  it('is never consulted below half the backlog: the history does not move', () => {
    const host = createHost(scenario({ profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.flow_limit_cpu_bitmap': '1', 'net.core.netdev_max_backlog': 100 } }, []));
    const sd = host.core.cpus[0];
    const skb = host.skbs.alloc();
    host.skbs.hash[skb] = 0xdeadbeef;
    for (let i = 0; i < 200; i++) expect(skb_flow_limit(host, skb, 49, sd)).toBe(false);
    expect(sd.flowLimit!.historyHead).toBe(0);
    expect(skb_flow_limit(host, skb, 50, sd)).toBe(false);
    expect(sd.flowLimit!.historyHead).toBe(1);
  });

  it('drops a flow once it holds more than half of the 128-entry history, keeping dropped packets in the history', () => {
    const host = createHost(scenario({ profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.flow_limit_cpu_bitmap': '1' } }, []));
    const sd = host.core.cpus[0];
    const skb = host.skbs.alloc();
    host.skbs.hash[skb] = 12345;
    const results: boolean[] = [];
    for (let i = 0; i < FLOW_LIMIT_HISTORY; i++) results.push(skb_flow_limit(host, skb, 900, sd));
    expect(results.indexOf(true)).toBe(64); // the 65th sighting exceeds FLOW_LIMIT_HISTORY / 2
    expect(sd.flowLimit!.count).toBe(64);
  });

  it('the bucket is hash & (n-1) in 3.13 and hash_32(hash, ilog2(n)) in 6.18', () => {
    expect(LINUX_3_13.flowLimitBucket(0x12345678, 4096)).toBe(0x678);
    expect(LINUX_6_18.flowLimitBucket(0x12345678, 4096)).toBe(hash_32(0x12345678, 12));
    expect(LINUX_6_18.flowLimitBucket(0x12345678, 4096)).not.toBe(0x678);
  });

  it('the table length is read when flow_limit_cpu_bitmap allocates a table, not later', () => {
    const host = createHost(scenario({ profile: 'linux-3.13', cpus: 2, sysctls: { 'net.core.flow_limit_cpu_bitmap': '1' } }, []));
    expect(host.core.cpus[0].flowLimit!.numBuckets).toBe(4096);
    sysctl_write(host, 'net.core.flow_limit_table_len', 64);
    expect(host.core.cpus[0].flowLimit!.numBuckets).toBe(4096);
    sysctl_write(host, 'net.core.flow_limit_cpu_bitmap', '3');
    expect(host.core.cpus[0].flowLimit!.numBuckets).toBe(4096); // kept
    expect(host.core.cpus[1].flowLimit!.numBuckets).toBe(64); // new table, new length
    expect(sysctl_write(host, 'net.core.flow_limit_table_len', 100)).toBe('EINVAL');
  });
});

describe('process_backlog', () => {
  it.each(PROFILES)('%s: exactly quota packets left: the poll returns quota without completing, the repoll completes with 0', (profile) => {
    const obs = sim(rpsToCpu1(profile, 64), { events: true });
    expect(polls(obs, 'backlog:1').map((p) => [p.work, p.budget])).toEqual([[64, 64], [0, 64]]);
  });

  it.each(PROFILES)('%s: a remainder below the quota completes in one poll', (profile) => {
    const obs = sim(rpsToCpu1(profile, 70), { events: true });
    const b = polls(obs, 'backlog:1');
    expect(b.map((p) => p.work)).toEqual([64, 6]);
  });

  it('6.18: the backlog weight is dev_rx_weight = dev_weight * dev_weight_rx_bias', () => {
    const obs = sim(rpsToCpu1('linux-6.18', 100, { 'net.core.dev_weight': 16, 'net.core.dev_weight_rx_bias': 2 }), { events: true });
    const b = polls(obs, 'backlog:1');
    expect(b.every((p) => p.budget === 32)).toBe(true);
    expect(b.map((p) => p.work)).toEqual([32, 32, 32, 4]);
  });

  it.each(PROFILES)('%s: a new dev_weight reaches napi->weight in process_backlog, so it applies from the NEXT poll', (profile) => {
    const host = createHost(scenario({ profile, cpus: 1 }, []));
    const sd = host.core.cpus[0];
    const n = sd.backlog;
    for (let i = 0; i < 200; i++) {
      const skb = host.skbs.alloc();
      host.skbs.flow[skb] = host.flows.intern({ src: 1, dst: 2, sport: 3, dport: 4, proto: 17 });
      host.skbs.dev[skb] = 0; host.skbs.queue[skb] = -1; host.skbs.sk[skb] = -1; host.skbs.len[skb] = 92;
      sd.inputPktQueue.push(skb);
    }
    n.state = 1;
    sysctl_write(host, 'net.core.dev_weight', 10);
    expect(n.weight).toBe(64); // not yet
    expect(process_backlog(host, sd, n, n.weight)).toBe(64); // this poll still takes the old weight
    expect(n.weight).toBe(10);
    expect(process_backlog(host, sd, n, n.weight)).toBe(10);
  });

  it.each(PROFILES)('%s: a dev_weight sysctl step mid-run: the first backlog poll after it still gets the old weight', (profile) => {
    const sc = scenario({
      profile, cpus: 2, devices: [nic('eth0', { ringSize: 4096, queues: [{ rpsCpus: '2' }] })], sockets: [bigSocket()],
    }, [sysctl(0, 'net.core.dev_weight', 8), frames(1000, 'eth0', 20), frames(1_000_000, 'eth0', 20)]);
    const b = polls(sim(sc, { events: true }), 'backlog:1');
    expect(b.map((p) => p.budget)).toEqual([64, 8, 8, 8]);
    expect(b.map((p) => p.work)).toEqual([20, 8, 8, 4]);
  });

  it('the backlog of a CPU is polled by that CPU and counts processed there (RPS target)', () => {
    const { obs } = simHost(rpsToCpu1('linux-6.18', 100));
    const s = end(obs);
    expect(softnet(s, 1).processed).toBe(100);
    expect(softnet(s, 0).processed).toBe(0);
    expect(s.snmp.Udp.InErrors).toBe(0);
  });
});
