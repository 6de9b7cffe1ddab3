// net_rx_action takes its budget arithmetic and its "punt and count time_squeeze" decision from the
// profile (netRxBudgetLeft, netRxSqueeze), so a what-if or faulty implementation can replace them.
// The kernel rules: `budget -= work` (both); 3.13 checks `!list_empty && (budget <= 0 || time up)`
// before each poll, 6.x `budget <= 0 || time up` after each poll, also with nothing left.
import { describe, expect, test } from 'vitest';
import { LINUX_3_13, LINUX_6_18 } from '../../src/model/profile.ts';
import { PROFILES, bigSocket, end, frames, nic, scenario, sim, softnet, softirqRuns, polls } from './build.ts';

describe('the kernel rules', () => {
  test('budget left is budget - work in both profiles (it may go below 0: poll() gets its full weight)', () => {
    for (const p of [LINUX_3_13, LINUX_6_18]) {
      expect(p.netRxBudgetLeft(300, 64)).toBe(236);
      expect(p.netRxBudgetLeft(1, 64)).toBe(-63);
    }
  });
  test('3.13 squeezes only with NAPIs left on the poll list; 6.18 also when nothing is left', () => {
    expect([
      LINUX_3_13.netRxSqueeze(false, 0, false), LINUX_3_13.netRxSqueeze(false, 5, true), LINUX_3_13.netRxSqueeze(false, 5, false),
      LINUX_3_13.netRxSqueeze(true, 0, false), LINUX_3_13.netRxSqueeze(true, -3, true),
    ]).toEqual([true, true, false, false, false]);
    expect([
      LINUX_6_18.netRxSqueeze(false, 0, false), LINUX_6_18.netRxSqueeze(false, 5, true), LINUX_6_18.netRxSqueeze(false, 5, false),
      LINUX_6_18.netRxSqueeze(true, 0, false), LINUX_6_18.netRxSqueeze(true, 5, true), LINUX_6_18.netRxSqueeze(true, 5, false),
    ]).toEqual([true, true, false, true, true, false]);
  });
});

describe('net_rx_action consults them', () => {
  // netdev_budget 1, one NIC ring with 200 frames: every poll (weight 64) uses the budget up
  const sc = (profile: (typeof PROFILES)[number]) => scenario({
    profile, cpus: 1, sysctls: { 'net.core.netdev_budget': 1 }, devices: [nic('eth0', { rxQueues: 1, gro: false })], sockets: [bigSocket()],
  }, [frames(0, 'eth0', 200)]);

  for (const profile of PROFILES) {
    test(`${profile}: a budget that never shrinks lets one softirq poll until the ring is empty`, () => {
      const base = sim(sc(profile), { events: true });
      const never = sim(sc(profile), { events: true, rules: { netRxBudgetLeft: (b: number) => b } });
      expect(softnet(end(base), 0).time_squeeze).toBeGreaterThan(0);
      expect(softnet(end(never), 0).time_squeeze).toBe(0);
      expect(softnet(end(never), 0).processed).toBe(200);
      const maxPolls = (o: ReturnType<typeof sim>) => Math.max(...softirqRuns(o, 0).map((r) => r.filter((e) => e.event === 'napi_poll').length));
      expect(maxPolls(base)).toBe(1);
      if (profile === 'linux-3.13') expect(maxPolls(never)).toBeGreaterThan(1); // same-call repoll
    });

    test(`${profile}: the squeeze rule decides whether time_squeeze counts`, () => {
      const base = sim(sc(profile));
      const never = sim(sc(profile), { rules: { netRxSqueeze: () => false } });
      expect(softnet(end(base), 0).time_squeeze).toBeGreaterThan(0);
      expect(softnet(end(never), 0).time_squeeze).toBe(0);
      expect(softnet(end(never), 0).processed).toBe(200);
    });
  }

  test('3.13 with the 6.x squeeze rule counts when the budget runs out on the poll that emptied the list', () => {
    const s = scenario({ profile: 'linux-3.13', cpus: 1, sysctls: { 'net.core.netdev_budget': 10 }, devices: [{ name: 'lo', kind: 'loopback' }], sockets: [bigSocket()] },
      [frames(0, 'lo', 10, { burst: true })]);
    const base = sim(s, { events: true });
    expect(polls(base).map((p) => p.work)).toEqual([10]);
    expect(softnet(end(base), 0).time_squeeze).toBe(0);
    const squeezeIdle = sim(s, { rules: { netRxSqueeze: LINUX_6_18.netRxSqueeze } });
    expect(softnet(end(squeezeIdle), 0).time_squeeze).toBe(1);
    expect(softnet(end(squeezeIdle), 0).processed).toBe(10);
  });
});
