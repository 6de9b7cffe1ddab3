// net_rx_action, __napi_poll and __do_softirq (spec section 1): each test is one claim.
import { describe, expect, it } from 'vitest';
import {
  bigSocket, end, frames, nic, polls, scenario, sim, simHost, softirqRuns, softnet,
} from './build.ts';
import { usecs_to_jiffies } from '../../src/model/profile.ts';
import { max_softirq_time_jiffies } from '../../src/model/net_rx_action.ts';

/** One NIC queue on CPU 0 with a big ring, `count` frames arriving at once. */
function busyNic(profile: 'linux-3.13' | 'linux-6.18', count: number, extra: object = {}) {
  return scenario({
    profile, cpus: 2, devices: [nic('eth0', { ringSize: 4096 })], sockets: [bigSocket()], ...extra,
  }, [frames(0, 'eth0', count)]);
}

describe('net_rx_action', () => {
  it('3.13: with netdev_budget=300 and weight 64 one busy NAPI is polled 5 times in one call (320 packets) and time_squeeze counts', () => {
    const obs = sim(busyNic('linux-3.13', 2000), { events: true });
    const first = softirqRuns(obs, 0)[0].filter((e) => e.event === 'napi_poll');
    expect(first.map((e) => (e as { work: number }).work)).toEqual([64, 64, 64, 64, 64]);
    expect(softnet(end(obs), 0).time_squeeze).toBeGreaterThanOrEqual(1);
    expect(softnet(end(obs), 0).processed).toBe(2000);
  });

  it('6.18: one busy NAPI is polled once per net_rx_action and never squeezes', () => {
    const obs = sim(busyNic('linux-6.18', 2000), { events: true });
    const runs = softirqRuns(obs, 0);
    for (const r of runs) expect(r.filter((e) => e.event === 'napi_poll').length).toBeLessThanOrEqual(1);
    expect(runs[0].filter((e) => e.event === 'napi_poll')).toHaveLength(1);
    expect(softnet(end(obs), 0).time_squeeze).toBe(0);
    expect(softnet(end(obs), 0).processed).toBe(2000);
  });

  it('6.18: five busy NAPIs exhaust the budget in one call and time_squeeze counts although every ring was emptied', () => {
    // 5 queues on CPU 0, exactly 64 frames each: the 5th poll empties the last ring and budget goes to -20
    const sc = scenario({
      profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { rxQueues: 5, ringSize: 256 })], sockets: [bigSocket()],
    }, [0, 1, 2, 3, 4].map((q) => frames(0, 'eth0', 64, { queue: q })));
    const obs = sim(sc, { events: true });
    const first = softirqRuns(obs, 0)[0].filter((e) => e.event === 'napi_poll');
    expect(first.map((e) => (e as { work: number }).work)).toEqual([64, 64, 64, 64, 64]);
    expect(end(obs).internal!.rings!.every((r) => r.filled === 0)).toBe(true);
    expect(softnet(end(obs), 0).time_squeeze).toBe(1);
  });

  it('6.18 counts time_squeeze when the budget runs out on the poll that completed the last NAPI; 3.13 only if work remained', () => {
    // netdev_budget 50: CPU 1's backlog gets 50 packets (RPS) and its poll (weight 64) takes them all and completes
    const mk = (profile: 'linux-3.13' | 'linux-6.18') => scenario({
      profile, cpus: 2, sysctls: { 'net.core.netdev_budget': 50 },
      devices: [nic('eth0', { ringSize: 1024, queues: [{ rpsCpus: '2' }] })], sockets: [bigSocket()],
    }, [frames(0, 'eth0', 50)]);
    const o618 = sim(mk('linux-6.18'), { events: true });
    const o313 = sim(mk('linux-3.13'), { events: true });
    expect(polls(o618, 'backlog:1').map((p) => p.work)).toEqual([50]);
    expect(polls(o313, 'backlog:1').map((p) => p.work)).toEqual([50]);
    expect(softnet(end(o618), 1).time_squeeze).toBe(1);
    expect(softnet(end(o313), 1).time_squeeze).toBe(0);
  });

  it('time limit: with a large per-packet cost a single NAPI squeezes on time in both profiles (3.13 2 jiffies, 6.18 usecs_to_jiffies(8000) at HZ=250)', () => {
    for (const profile of ['linux-3.13', 'linux-6.18'] as const) {
      // 64 packets of 200 us each: one poll takes 12.8 ms, more than 2 jiffies of 4 ms
      const obs = sim(busyNic(profile, 256, { costs: { stackPacketNs: 200_000 } }), { events: true });
      const s = softnet(end(obs), 0);
      expect(s.processed).toBe(256);
      expect(s.time_squeeze).toBeGreaterThanOrEqual(3);
      // every call polls exactly once: after a 12.8 ms poll the time check always fails
      for (const r of softirqRuns(obs, 0)) expect(r.filter((e) => e.event === 'napi_poll').length).toBeLessThanOrEqual(1);
    }
    // with the default costs the budget, not time, ends 6.18 calls: no squeeze for one NAPI
    expect(softnet(end(sim(busyNic('linux-6.18', 256))), 0).time_squeeze).toBe(0);
  });

  it('usecs_to_jiffies rounds up and MAX_SOFTIRQ_TIME is msecs_to_jiffies(2)', () => {
    expect(usecs_to_jiffies(8000, 250)).toBe(2);
    expect(usecs_to_jiffies(2000, 1000)).toBe(2);
    expect(usecs_to_jiffies(8001, 250)).toBe(3);
    expect(max_softirq_time_jiffies(250)).toBe(1);
    expect(max_softirq_time_jiffies(1000)).toBe(2);
  });

  it('3.13: a poll that returns its full weight is moved to the tail and other NAPIs are polled in between', () => {
    const sc = scenario({
      profile: 'linux-3.13', cpus: 1, devices: [nic('eth0', { rxQueues: 2, ringSize: 512 })], sockets: [bigSocket()],
    }, [frames(0, 'eth0', 200, { queue: 0 }), frames(0, 'eth0', 200, { queue: 1 })]);
    const first = softirqRuns(sim(sc, { events: true }), 0)[0].filter((e) => e.event === 'napi_poll');
    expect(first.map((e) => (e as { napi: string }).napi)).toEqual(['eth0:rx-0', 'eth0:rx-1', 'eth0:rx-0', 'eth0:rx-1', 'eth0:rx-0']);
  });

  it('__do_softirq restarts at most MAX_SOFTIRQ_RESTART=10 times, then wakes ksoftirqd (3.13 busy NAPI)', () => {
    const { host, obs } = simHost(busyNic('linux-3.13', 4000), { events: true });
    // 4000 packets, 320 per call: 13 calls; within the first 2 ms the first 10 are restarts
    expect(softnet(end(obs), 0).processed).toBe(4000);
    expect(host.core.cpus[0].ksoftirqdWakeups).toBeGreaterThanOrEqual(1);
    expect(end(obs).softirqs.NET_RX[0]).toBe(softirqRuns(obs, 0).length);
  });

  it('3.13 raises NET_RX when it queues an RPS IPI inside net_rx_action, so __do_softirq runs one extra pass; 6.18 does not', () => {
    const mk = (profile: 'linux-3.13' | 'linux-6.18') => scenario({
      profile, cpus: 2, devices: [nic('eth0', { queues: [{ rpsCpus: '2' }] })], sockets: [bigSocket()],
    }, [frames(0, 'eth0', 10)]);
    expect(end(sim(mk('linux-3.13'))).softirqs.NET_RX[0]).toBe(2);
    expect(end(sim(mk('linux-6.18'))).softirqs.NET_RX[0]).toBe(1);
  });
});
