// Checkpoint.at is the simulated time of the snapshot. A settled checkpoint runs time on until
// nothing below the socket is in flight, so its `at` is when the last softirq ended (not the
// step's own `at`); everything due by then happens before the snapshot, and later steps (and
// checkpoints) come after it in time (found by the budget property).
import { describe, expect, test } from 'vitest';
import type { Step } from '../../src/generated/schema-types.ts';
import { PROFILES, bigSocket, checkpoint, frames, nic, read, scenario, sim, softnet } from './build.ts';

const budget1 = (profile: (typeof PROFILES)[number], workload: Step[]) => scenario({
  profile, cpus: 1, sysctls: { 'net.core.netdev_budget': 1 }, devices: [nic('eth0', { rxQueues: 1, gro: false })], sockets: [bigSocket()],
}, workload);

describe('a settled checkpoint reports the time its snapshot was taken', () => {
  for (const profile of PROFILES) {
    test(`${profile}: at is the end of the last softirq the snapshot includes`, () => {
      const obs = sim(budget1(profile, [frames(0, 'eth0', 65), checkpoint(0, 'c0', true)]), { events: true });
      const exits = obs.events!.filter((e) => e.event === 'softirq_exit').map((e) => e.t);
      const c0 = obs.checkpoints[0];
      expect(softnet(c0.counters, 0).processed).toBe(65); // the snapshot is after settling
      expect(c0.at).toBe(Math.round(Math.max(...exits)));
      expect(obs.checkpoints.at(-1)!.at).toBeGreaterThanOrEqual(c0.at);
    });

    test(`${profile}: later steps happen after the settled snapshot, in time order`, () => {
      const obs = sim(budget1(profile, [
        frames(0, 'eth0', 65),
        checkpoint(0, 'c0', true),
        read(1), // due before the settled snapshot's time: runs at that time, after the snapshot
        checkpoint(2, 'c1'),
      ]), { events: true });
      const lastExit = Math.round(Math.max(...obs.events!.filter((e) => e.event === 'softirq_exit').map((e) => e.t)));
      const [c0, c1, last] = obs.checkpoints;
      expect(c0.at).toBe(lastExit);
      expect(c0.counters.snmp.Udp.InDatagrams).toBe(0);
      expect(c1.counters.snmp.Udp.InDatagrams).toBe(65);
      expect(c1.at).toBeGreaterThanOrEqual(lastExit);
      expect(last.at).toBeGreaterThanOrEqual(c1.at);
    });

    test(`${profile}: a second settled checkpoint after more frames reports the later end`, () => {
      const obs = sim(budget1(profile, [
        frames(0, 'eth0', 65),
        checkpoint(0, 'c0', true),
        frames(3, 'eth0', 1),
        checkpoint(4, 'c1', true),
      ]), { events: true });
      const exits = obs.events!.filter((e) => e.event === 'softirq_exit').map((e) => Math.round(e.t));
      const [c0, c1] = obs.checkpoints;
      expect(softnet(c1.counters, 0).processed).toBe(66);
      expect(c1.at).toBe(Math.max(...exits));
      // the last frame's softirq starts after the first settled snapshot
      const entries = obs.events!.filter((e) => e.event === 'softirq_entry').map((e) => e.t);
      expect(entries.at(-1)!).toBeGreaterThanOrEqual(c0.at);
      expect(exits.filter((t) => t > c0.at).length).toBe(1);
    });
  }

  test('a lock_sock release due while settling happens before the snapshot (3.13 socket backlog drained)', () => {
    const sc = scenario({ profile: 'linux-3.13', cpus: 1, sysctls: { 'net.core.netdev_budget': 1 }, devices: [nic('eth0', { rxQueues: 1, gro: false })], sockets: [bigSocket()] }, [
      { at: 0, op: 'lock_sock', socket: 's', durationNs: 1000 },
      frames(0, 'eth0', 65),
      checkpoint(0, 'c0', true),
    ]);
    const obs = sim(sc);
    const c0 = obs.checkpoints[0];
    expect(c0.at).toBeGreaterThan(1000);
    const s = c0.counters.internal!.sockets![0];
    expect(s.backlog_len).toBe(0); // release_sock at 1000 ran before the snapshot
    expect(s.queued).toBe(65);
  });
});
