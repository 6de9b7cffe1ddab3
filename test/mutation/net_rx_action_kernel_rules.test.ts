// Rules of the CPU's time line and __do_softirq (kernel/softirq.c) around net_rx_action that the
// model's tests left unpinned (found by `npm run mutate`): a hard IRQ's time pushes back what the
// CPU was doing, the CPU resumes only when that time has passed, and __do_softirq makes
// MAX_SOFTIRQ_RESTART passes within MAX_SOFTIRQ_TIME before it leaves the rest to ksoftirqd.
import { describe, expect, it } from 'vitest';
import { bigSocket, end, frames, nic, scenario, simHost, softirqRuns } from '../model/build.ts';
import { createHost } from '../../src/model/simulator.ts';
import { MAX_SOFTIRQ_RESTART, cpu_run, hardirq_charge } from '../../src/model/net_rx_action.ts';
import { EV_CPU } from '../../src/model/event_queue.ts';
import { PH_IDLE } from '../../src/model/softnet.ts';

const oneCpu = () => createHost(scenario({ profile: 'linux-6.18', cpus: 1, costs: { irqNs: 10 } }, []));

describe('hard IRQ time (irq_enter .. irq_exit)', () => {
  it('on a busy CPU it pushes back the end of the current work by irqNs; on an idle one the CPU is busy until now + irqNs', () => {
    const host = oneCpu();
    const sd = host.core.cpus[0];
    host.now = 100;
    sd.busyUntil = 500;
    hardirq_charge(host, sd);
    expect(sd.busyUntil).toBe(510);
    sd.busyUntil = 100; // work ended exactly now
    hardirq_charge(host, sd);
    expect(sd.busyUntil).toBe(110);
    sd.busyUntil = 50;
    hardirq_charge(host, sd);
    expect(sd.busyUntil).toBe(110);
  });

  it('the CPU does not resume before a hard IRQ\'s time has passed: cpu_run at t < busyUntil requeues itself at busyUntil and runs nothing', () => {
    const host = oneCpu();
    const sd = host.core.cpus[0];
    sd.softirqPending = true;
    sd.busyUntil = 1000;
    host.now = 400;
    cpu_run(host, sd, 400);
    expect([sd.phase, sd.softirqPending, host.now, sd.netRxSoftirqs]).toEqual([PH_IDLE, true, 400, 0]);
    expect([host.core.events.size, host.core.events.peekTime(), host.core.events.peekKind(), sd.cpuEventQueued]).toEqual([1, 1000, EV_CPU, true]);
  });
});

describe('__do_softirq restarts (kernel/softirq.c)', () => {
  it(`3.13, one busy NIC queue (4000 frames, 320 per call): the first __do_softirq makes ${MAX_SOFTIRQ_RESTART} passes within MAX_SOFTIRQ_TIME, then wakes ksoftirqd once, whose __do_softirq makes the last 3`, () => {
    const sc = scenario({ profile: 'linux-3.13', cpus: 2, devices: [nic('eth0', { ringSize: 4096 })], sockets: [bigSocket()] }, [frames(0, 'eth0', 4000)]);
    const { host, obs } = simHost(sc, { events: true });
    expect(softirqRuns(obs, 0).length).toBe(13);
    expect(end(obs).softirqs.NET_RX[0]).toBe(13);
    expect(host.core.cpus[0].ksoftirqdWakeups).toBe(1);
    expect(host.core.cpus[0].restartLeft).toBe(MAX_SOFTIRQ_RESTART - 2); // ksoftirqd's pass 11 and 12 restarted, 13 ended with nothing pending
  });

  it('3.13 at 3 us per packet (1.1 ms per call, HZ=250 so a jiffy is 4 ms): MAX_SOFTIRQ_TIME (1 jiffy) ends each __do_softirq at the first jiffy tick, so ksoftirqd is woken 3 times for 13 passes', () => {
    const sc = scenario({ profile: 'linux-3.13', cpus: 2, costs: { driverPacketNs: 3000 }, devices: [nic('eth0', { ringSize: 4096 })], sockets: [bigSocket()] }, [frames(0, 'eth0', 4000)]);
    const { host, obs } = simHost(sc, { events: true });
    // passes start at 0, 1.1, 2.2, 3.4 | 4.5, 5.6, 6.7, 7.8 | 9.0, 10.1, 11.2 | 12.3, 13.5 ms: `time_before(jiffies, end)` fails after the pass that crosses 4, 8 and 12 ms
    expect(softirqRuns(obs, 0).length).toBe(13);
    expect(host.core.cpus[0].ksoftirqdWakeups).toBe(3);
    expect(host.core.cpus[0].restartLeft).toBe(MAX_SOFTIRQ_RESTART - 1);
  });
});

describe('netdev_budget <= 0 and dev_weight <= 0 (accepted by proc_dointvec)', () => {
  it('6.18 checks the budget after each poll, so netdev_budget 0 still makes progress: each net_rx_action polls once, then counts a squeeze', () => {
    const s = end(simHost(scenario({ profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.netdev_budget': 0 }, devices: [nic('eth0')], sockets: [bigSocket()] },
      [frames(0, 'eth0', 10)])).obs);
    expect([s.softnet_stat[0].processed, s.softnet_stat[0].time_squeeze, s.softirqs.NET_RX[0]]).toEqual([10, 1, 1]);
    // 100 frames, weight 64: the first call polls 64 and squeezes, the next polls 36 and squeezes
    const s2 = end(simHost(scenario({ profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.netdev_budget': 0 }, devices: [nic('eth0')], sockets: [bigSocket()] },
      [frames(0, 'eth0', 100)])).obs);
    expect([s2.softnet_stat[0].processed, s2.softnet_stat[0].time_squeeze, s2.softirqs.NET_RX[0]]).toEqual([100, 2, 2]);
  });

  it.each([['net.core.netdev_budget', 'the budget is tested before each poll'], ['net.core.dev_weight', 'a backlog poll returns 0 == its weight']])(
    '3.13 makes no progress with %s <= 0 (NET_RX spins): an input error that says so', (name, why) => {
      expect(() => scenario({ profile: 'linux-3.13', cpus: 1, sysctls: { [name]: 0 }, devices: [nic('eth0')] }, [])).toThrow(
        new RegExp(`/config/sysctls/${name.replaceAll('.', '\\.')}: must be >= 1 in linux-3\\.13: the kernel accepts 0, but net_rx_action then makes no progress \\(${why}`));
    });
});

describe('3.13 net_rx_action: a full-weight poll flushes GRO with flush_old = HZ >= 1000 (napi_gro_flush(n, HZ >= 1000))', () => {
  it.each([[250, true], [1000, false]])('HZ=%i: the 4 skbs GRO held in the first poll (weight 4) go up right after it: %s', (hz, atOnce) => {
    const sc = scenario({ profile: 'linux-3.13', cpus: 1, hz: hz as 250 | 1000, devices: [nic('eth0', { napiWeight: 4 })], sockets: [bigSocket()] },
      Array.from({ length: 6 }, (_, i) => frames(0, 'eth0', 1, { flow: { dport: 5000, sport: 41000 + i } })));
    const ev = simHost(sc, { events: true, rules: { groCanHold: () => true } }).obs.events!;
    const firstPoll = ev.find((e) => e.event === 'napi_poll')!;
    const ups = ev.filter((e) => e.event === 'netif_receive_skb');
    expect(ups.map((e) => (e as { skbaddr: number }).skbaddr)).toEqual([1, 2, 3, 4, 5, 6]);
    // flush_old false: all held skbs complete at the end of the first poll; flush_old true: those of
    // this jiffy stay held until napi_complete in the second poll
    expect(ups[0].t === firstPoll.t).toBe(atOnce);
    expect(ups[0].t).toBeGreaterThanOrEqual(firstPoll.t);
  });
});
