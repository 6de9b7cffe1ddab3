// The igb-like NIC: ring, RSS, ntuple, IRQ affinity, coalescing and the NAPI contract.
import { describe, expect, it } from 'vitest';
import { PROFILES, bigSocket, end, frames, nic, polls, scenario, sim, softirqRuns, softnet } from './build.ts';
import { ethtool_rxfh_indir_default, fill_indir_table } from '../../src/model/driver.ts';

describe('RX ring', () => {
  it.each(PROFILES)('%s: frames that find a single-queue ring full are missed: rx_missed_errors and /proc/net/dev drop', (profile) => {
    const sc = scenario({ profile, cpus: 1, devices: [nic('eth0', { ringSize: 16 })], sockets: [bigSocket()] }, [frames(0, 'eth0', 100)]);
    const s = end(sim(sc));
    expect(s.ethtool.eth0.rx_missed_errors).toBe(84);
    expect(s.ethtool.eth0.rx_fifo_errors).toBe(0);
    expect(s.ethtool.eth0.rx_packets).toBe(16);
    expect(s.dev.eth0.rx_drop).toBe(84);
    expect(s.dev.eth0.rx_fifo).toBe(0);
    expect(softnet(s, 0).processed).toBe(16);
  });

  it('with several queues igb drops per queue (SRRCTL.DROP_EN): rx_fifo_errors and /proc/net/dev fifo, not missed', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { ringSize: 16, rxQueues: 2 })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 100, { queue: 1 })]);
    const s = end(sim(sc));
    expect(s.ethtool.eth0.rx_fifo_errors).toBe(84);
    expect(s.ethtool.eth0.rx_missed_errors).toBe(0);
    expect(s.dev.eth0.rx_fifo).toBe(84);
    expect(s.dev.eth0.rx_drop).toBe(0);
    expect(s.ethtool.eth0.queues.map((q) => q.packets)).toEqual([0, 16]);
  });

  it('rx_bytes count the Ethernet header (igb adds skb->len before eth_type_trans)', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic()], sockets: [bigSocket()] }, [frames(0, 'eth0', 3, { payload: 100 })]);
    const s = end(sim(sc));
    expect(s.ethtool.eth0.rx_bytes).toBe(3 * (14 + 20 + 8 + 100));
    expect(s.dev.eth0.rx_bytes).toBe(s.ethtool.eth0.rx_bytes);
  });
});

describe('RSS', () => {
  it('ethtool -X weight 6 2 (fill_indir_table) sends 3/4 of the hash space to queue 0', () => {
    const t = fill_indir_table(128, [6, 2]);
    expect(t.filter((q) => q === 0).length).toBe(96);
    expect(t.filter((q) => q === 1).length).toBe(32);
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { rxQueues: 2, rssWeights: [6, 2] })], sockets: [bigSocket()] },
      Array.from({ length: 128 }, (_, h) => frames(h * 10_000, 'eth0', 1, { hash: h })));
    expect(end(sim(sc)).ethtool.eth0.queues.map((q) => q.packets)).toEqual([96, 32]);
  });

  it('the default table is ethtool_rxfh_indir_default: entry i -> i % queues', () => {
    expect(Array.from({ length: 6 }, (_, i) => ethtool_rxfh_indir_default(i, 3))).toEqual([0, 1, 2, 0, 1, 2]);
    const sc = scenario({ profile: 'linux-3.13', cpus: 1, devices: [nic('eth0', { rxQueues: 3 })], sockets: [bigSocket()] },
      [0, 1, 2, 3, 128 + 2].map((h, i) => frames(i * 10_000, 'eth0', 1, { hash: h })));
    expect(end(sim(sc)).ethtool.eth0.queues.map((q) => q.packets)).toEqual([2, 1, 2]);
  });

  it('frames without a hash get a deterministic Toeplitz hash of the rx-flow-hash fields (addresses only by default)', () => {
    const mk = (fields?: ('src-ip' | 'dst-ip' | 'src-port' | 'dst-port')[]) => scenario({
      profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { rxQueues: 8, ...(fields ? { rxFlowHash: fields } : {}) })], sockets: [bigSocket()],
    }, Array.from({ length: 64 }, (_, i) => frames(i * 10_000, 'eth0', 1, { flow: { dport: 5000, sport: 1000 + i } })));
    const byAddr = end(sim(mk())).ethtool.eth0.queues.map((q) => q.packets);
    expect(byAddr.filter((n) => n > 0)).toEqual([64]); // one address pair -> one queue
    const byPort = end(sim(mk(['src-ip', 'dst-ip', 'src-port', 'dst-port']))).ethtool.eth0.queues.map((q) => q.packets);
    expect(byPort.filter((n) => n > 0).length).toBeGreaterThan(4);
    expect(end(sim(mk(['src-ip', 'dst-ip', 'src-port', 'dst-port']))).ethtool.eth0.queues.map((q) => q.packets)).toEqual(byPort);
  });
});

describe('ntuple', () => {
  it('rules steer to a queue or drop, counted as ntuple_match; other frames are ntuple_miss and go by RSS', () => {
    const sc = scenario({
      profile: 'linux-6.18', cpus: 1,
      devices: [nic('eth0', { rxQueues: 2, ntuple: [{ dstPort: 5001, action: -1 }, { dstPort: 5002, action: 1 }] })],
      sockets: [bigSocket('a', 5000), bigSocket('b', 5002)],
    }, [
      frames(0, 'eth0', 10, { flow: { dport: 5001 }, hash: 0 }),
      frames(10_000, 'eth0', 7, { flow: { dport: 5002 }, hash: 0 }),
      frames(20_000, 'eth0', 5, { flow: { dport: 5000 }, hash: 0 }),
    ]);
    const s = end(sim(sc));
    expect(s.ethtool.eth0.ntuple_match).toBe(17);
    expect(s.ethtool.eth0.ntuple_miss).toBe(5);
    expect(s.ethtool.eth0.queues.map((q) => q.packets)).toEqual([5, 7]);
    expect(s.ethtool.eth0.rx_packets).toBe(12);
    expect(softnet(s, 0).processed).toBe(12);
  });
});

describe('IRQ and NAPI contract', () => {
  it.each(PROFILES)('%s: the IRQ stays masked while the NAPI polls and is re-enabled only after a poll with work < weight', (profile) => {
    const sc = scenario({ profile, cpus: 1, devices: [nic('eth0', { ringSize: 1024 })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 200), frames(5_000_000, 'eth0', 1)]);
    const obs = sim(sc, { events: true });
    const s = end(obs);
    expect(s.interrupts['eth0-rx-0']).toEqual([2]); // one for the burst, one for the late frame
    const works = polls(obs, 'eth0:rx-0').map((p) => p.work);
    // igb_poll: 3.13 returns 0 after napi_complete, 6.18 returns work_done
    expect(works).toEqual(profile === 'linux-3.13' ? [64, 64, 64, 0, 0] : [64, 64, 64, 8, 1]);
  });

  it.each(PROFILES)('%s: exactly a weight of frames: the full poll keeps the NAPI, a second poll completes it with no new IRQ', (profile) => {
    const sc = scenario({ profile, cpus: 1, devices: [nic()], sockets: [bigSocket()] }, [frames(0, 'eth0', 64)]);
    const obs = sim(sc, { events: true });
    expect(polls(obs, 'eth0:rx-0').map((p) => p.work)).toEqual([64, 0]);
    expect(end(obs).interrupts['eth0-rx-0']).toEqual([1]);
  });

  it('the queue IRQ goes to the lowest CPU of smp_affinity, which then polls and processes', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 4, devices: [nic('eth0', { queues: [{ smpAffinity: 'c' }] })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 10)]);
    const s = end(sim(sc));
    expect(s.interrupts['eth0-rx-0']).toEqual([0, 0, 1, 0]);
    expect(s.softnet_stat.map((r) => r.processed)).toEqual([0, 0, 10, 0]);
    expect(s.softirqs.NET_RX).toEqual([0, 0, 1, 0]);
  });

  it('rx-frames coalescing: the IRQ fires on the Nth frame; fewer frames wait in the ring', () => {
    const mk = (n: number) => scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { coalesce: { rxFrames: 8, rxUsecs: 0 } })], sockets: [bigSocket()] },
      [frames(0, 'eth0', n, { gapNs: 10_000 })]);
    const eight = sim(mk(8), { events: true });
    expect(end(eight).interrupts['eth0-rx-0']).toEqual([1]);
    expect(softirqRuns(eight, 0)).toHaveLength(1);
    expect(eight.events!.find((e) => e.event === 'softirq_entry')!.t).toBeGreaterThanOrEqual(70_000);
    const seven = end(sim(mk(7)));
    expect(seven.interrupts['eth0-rx-0']).toEqual([0]);
    expect(seven.internal!.rings![0].filled).toBe(7);
    expect(softnet(seven, 0).processed).toBe(0);
  });

  it('rx-usecs coalescing: the IRQ fires rx-usecs after the first frame', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { coalesce: { rxUsecs: 50, rxFrames: 0 } })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 3, { gapNs: 1000 })]);
    const obs = sim(sc, { events: true });
    expect(end(obs).interrupts['eth0-rx-0']).toEqual([1]);
    const entry = obs.events!.find((e) => e.event === 'softirq_entry')!;
    expect(entry.t).toBe(50_000 + 1000); // the timer at 50 us, then the hard IRQ's 1 us
    expect(polls(obs, 'eth0:rx-0')[0].work).toBe(3);
  });
});
