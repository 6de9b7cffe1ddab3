// GRO (spec section 8): plain UDP never merges, so GRO changes when skbs go up, not how many.
import { describe, expect, it } from 'vitest';
import { PROFILES, bigSocket, end, frames, nic, scenario, sim, softnet, type Profile } from './build.ts';
import type { NetifEvent } from '../../src/generated/schema-types.ts';

function upOrder(events: readonly { event: string }[]): number[] {
  return events.filter((e): e is NetifEvent => e.event === 'netif_receive_skb').map((e) => e.skbaddr);
}

/** `n` frames of distinct flows (sport) in one poll, with explicit hashes. */
function distinctFlows(profile: Profile, hashes: number[]) {
  return scenario({ profile, cpus: 1, devices: [nic('eth0', { ringSize: 256 })], sockets: [bigSocket()] },
    hashes.map((h, i) => frames(0, 'eth0', 1, { queue: 0, hash: h, flow: { dport: 5000, sport: 1000 + i } })));
}

const hold = { groCanHold: () => true };

describe('GRO', () => {
  it.each(PROFILES)('%s: plain UDP is never held: every datagram goes up, GRO on or off', (profile) => {
    for (const gro of [true, false]) {
      const sc = scenario({ profile, cpus: 1, devices: [nic('eth0', { gro, ringSize: 512 })], sockets: [bigSocket()] }, [frames(0, 'eth0', 300)]);
      expect(softnet(end(sim(sc)), 0).processed).toBe(300);
    }
  });

  it('6.18 batches GRO_NORMAL skbs on rx_list (gro_normal_batch = 8) even with GRO off; 3.13 passes each up at once', () => {
    const firstUpDelay = (profile: Profile, gro: boolean) => {
      const sc = scenario({ profile, cpus: 1, devices: [nic('eth0', { gro })], sockets: [bigSocket()] }, [frames(0, 'eth0', 20)]);
      const ev = sim(sc, { events: true }).events!;
      const entry = ev.find((e) => e.event === 'softirq_entry')!.t;
      return ev.find((e) => e.event === 'netif_receive_skb')!.t - entry;
    };
    // softirq 200 ns + poll 200 ns + driver 100 ns per harvested descriptor before the first goes up
    expect(firstUpDelay('linux-3.13', true)).toBe(500);
    expect(firstUpDelay('linux-3.13', false)).toBe(500);
    expect(firstUpDelay('linux-6.18', true)).toBe(200 + 200 + 8 * 100);
    expect(firstUpDelay('linux-6.18', false)).toBe(200 + 200 + 8 * 100);
  });

  it('6.18: gro_normal_batch sets the batch size', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.gro_normal_batch': 3 }, devices: [nic()], sockets: [bigSocket()] }, [frames(0, 'eth0', 20)]);
    const ev = sim(sc, { events: true }).events!;
    const entry = ev.find((e) => e.event === 'softirq_entry')!.t;
    expect(ev.find((e) => e.event === 'netif_receive_skb')!.t - entry).toBe(200 + 200 + 3 * 100);
  });

  it('3.13 holds at most MAX_GRO_SKBS = 8 flows: the 9th and 10th go up unmerged at once, the held ones at napi_complete, oldest first', () => {
    const obs = sim(distinctFlows('linux-3.13', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), { events: true, rules: hold });
    expect(upOrder(obs.events!)).toEqual([9, 10, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('6.18 holds 8 per hash bucket (hash & 7): a full bucket flushes its oldest and holds the new one', () => {
    const same = sim(distinctFlows('linux-6.18', [0, 8, 16, 24, 32, 40, 48, 56, 64, 72]), { events: true, rules: hold });
    expect(upOrder(same.events!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const spread = sim(distinctFlows('linux-6.18', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), { events: true, rules: hold });
    // napi_complete_done flushes bucket by bucket, each oldest first
    expect(upOrder(spread.events!)).toEqual([1, 9, 2, 10, 3, 4, 5, 6, 7, 8]);
  });

  it('a held skb of the same flow is completed when the next one of that flow arrives', () => {
    const sc = scenario({ profile: 'linux-3.13', cpus: 1, devices: [nic()], sockets: [bigSocket()] }, [frames(0, 'eth0', 3, { hash: 5 })]);
    const obs = sim(sc, { events: true, rules: hold });
    expect(upOrder(obs.events!)).toEqual([1, 2, 3]);
    expect(softnet(end(obs), 0).processed).toBe(3);
  });
});
