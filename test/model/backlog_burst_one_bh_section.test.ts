// FramesStep.burst: every frame of the step enters netif_rx on one CPU inside one BH-disabled
// section (tc mirred fan-out, software UDP GSO). No softirq runs between them, so the backlog takes
// netdev_max_backlog + 1 (net/core/dev.c:enqueue_to_backlog `qlen <= max`) and drops the rest;
// it is drained only at the outer local_bh_enable -> do_softirq. Recorded on Linux 6.18 in
// golden/kernel/linux-6.18/backlog-burst*.json (burst 50, max 10: 11 queued, 39 dropped).
import { describe, expect, it } from 'vitest';
import { PROFILES, end, frames, polls, read, scenario, sim, softnet } from './build.ts';

function burstOnto(profile: (typeof PROFILES)[number], kind: 'veth' | 'loopback', count: number, max: number, burst: boolean) {
  const dev = kind === 'veth' ? { name: 'veth0', kind: 'veth' as const } : { name: 'lo', kind: 'loopback' as const };
  return scenario({
    profile, cpus: 2, devices: [dev], localAddresses: ['10.0.0.1'],
    sockets: [{ name: 's', port: 5000, soRcvbuf: 1 << 24, soRcvbufForce: true }],
    sysctls: { 'net.core.netdev_max_backlog': max },
  }, [frames(0, dev.name, count, { cpu: 1, gapNs: 0, ...(burst ? { burst: true } : {}) }), read(1_000_000)]);
}

describe('a burst enters netif_rx in one BH-disabled section', () => {
  it.each(PROFILES)('%s: burst 50 onto netdev_max_backlog 10 queues max + 1 = 11 and drops 39 on the sending CPU', (profile) => {
    for (const kind of ['veth', 'loopback'] as const) {
      const s = end(sim(burstOnto(profile, kind, 50, 10, true)));
      expect([softnet(s, 1).processed, softnet(s, 1).dropped, s.snmp.Ip.InReceives, s.snmp.Udp.InDatagrams], kind).toEqual([11, 39, 11, 11]);
      expect(softnet(s, 0).dropped).toBe(0);
      expect(s.dev[kind === 'veth' ? 'veth0' : 'lo'].rx_drop).toBe(39);
    }
  });

  it.each(PROFILES)('%s: the same frames sent one by one (burst false) are each processed before the next: nothing is dropped', (profile) => {
    const s = end(sim(burstOnto(profile, 'veth', 50, 10, false)));
    expect([softnet(s, 1).processed, softnet(s, 1).dropped]).toEqual([50, 0]);
  });

  it.each(PROFILES)('%s: the backlog runs once, after the whole burst was enqueued (one softirq, polls of at most dev_weight)', (profile) => {
    const obs = sim(burstOnto(profile, 'veth', 300, 1000, true), { events: true });
    const ev = obs.events ?? [];
    const lastNetifRx = ev.map((e) => e.event).lastIndexOf('netif_rx');
    const firstSoftirq = ev.findIndex((e) => e.event === 'softirq_entry');
    expect(ev.filter((e) => e.event === 'netif_rx')).toHaveLength(300);
    expect(firstSoftirq).toBeGreaterThan(lastNetifRx);
    const work = polls(obs).map((p) => p.work);
    expect(work.reduce((a, b) => a + b, 0)).toBe(300);
    expect(Math.max(...work)).toBe(64);
  });
});
