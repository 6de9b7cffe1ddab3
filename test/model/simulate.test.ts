// The public API (simulate, modelImplementation), the snapshot's shape per profile, the event
// loop's guarantees and end-to-end claims through the IPv4/UDP half (the `rxpath simulate` command:
// test/runner/simulate-command.test.ts).
import { describe, expect, it } from 'vitest';
import {
  PROFILES, bigSocket, checkpoint, end, frames, at, loopback, nic, read, scenario, sim, simHost, softnet,
} from './build.ts';
import { simulate } from '../../src/model/index.ts';
import { ModelLivelockError, createHost, eventLimitOf, run } from '../../src/model/simulator.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import { validateObservations } from '../../src/spec/validate.ts';
import type { ProfileName } from '../../src/generated/schema-types.ts';

const flood = (profile: ProfileName) => scenario({
  profile, cpus: 2, devices: [nic('eth0', { rxQueues: 2, ringSize: 128, queues: [{ rpsCpus: '2' }, { smpAffinity: '2' }] })],
  sockets: [{ name: 's', port: 5000, soRcvbuf: 20000 }],
}, [
  frames(0, 'eth0', 500, { gapNs: 50 }),
  frames(0, 'eth0', 500, { gapNs: 70, queue: 1, flow: { dport: 5000, sport: 7 } }),
  checkpoint(20_000, 'mid'),
  read(200_000, 's', 20),
  frames(300_000, 'eth0', 50, { flow: { dport: 9999 } }),
]);

describe('snapshot', () => {
  it.each(PROFILES)('%s: observations are schema-valid, with a checkpoint per step and a final "end"', (profile) => {
    const obs = sim(flood(profile), { events: true });
    expect(() => validateObservations(obs, '<model>')).not.toThrow();
    expect(obs.checkpoints.map((c) => [c.label, c.step])).toEqual([['mid', 2], ['end', 5]]);
    expect(obs.profile).toBe(profile);
  });

  it('3.13 softnet_stat rows have the 11-column fields, 6.18 rows the 15-column ones', () => {
    const r313 = end(sim(flood('linux-3.13'))).softnet_stat[0];
    const r618 = end(sim(flood('linux-6.18'))).softnet_stat[0];
    expect(Object.keys(r313)).toEqual(['cpu', 'processed', 'dropped', 'time_squeeze', 'cpu_collision', 'received_rps', 'flow_limit_count']);
    expect(Object.keys(r618)).toEqual([...Object.keys(r313), 'backlog_len', 'input_qlen', 'process_qlen']);
  });

  it('6.1 softnet_stat rows have 13 columns (backlog_len, no queue lengths), 6.12 rows 15; 6.1 has no OutTransmits', () => {
    const r61 = end(sim(flood('linux-6.1')));
    const r612 = end(sim(flood('linux-6.12')));
    expect(Object.keys(r61.softnet_stat[0]!)).toContain('backlog_len');
    expect(Object.keys(r61.softnet_stat[0]!)).not.toContain('input_qlen');
    expect(Object.keys(r612.softnet_stat[0]!)).toContain('process_qlen');
    expect('OutTransmits' in r61.snmp.Ip).toBe(false);
    expect('OutTransmits' in r612.snmp.Ip).toBe(true);
    expect('OutRateLimitGlobal' in r61.snmp.Icmp && 'MemErrors' in r61.snmp.Udp).toBe(true);
  });

  it('3.13 has no Ip OutTransmits, Udp IgnoredMulti/MemErrors or IpExt ReasmOverlaps; 6.18 has them', () => {
    const s313 = end(sim(flood('linux-3.13')));
    const s618 = end(sim(flood('linux-6.18')));
    expect('OutTransmits' in s313.snmp.Ip).toBe(false);
    expect('IgnoredMulti' in s313.snmp.Udp || 'MemErrors' in s313.snmp.Udp).toBe(false);
    expect('ReasmOverlaps' in s313.netstat.IpExt).toBe(false);
    expect(s618.snmp.Ip.OutTransmits).toBeDefined();
    expect(s618.snmp.Udp.MemErrors).toBeDefined();
    expect(s618.snmp.Ip.Forwarding).toBe(2);
    expect(s618.snmp.Ip.DefaultTTL).toBe(64);
  });

  it('6.18 backlog_len = input_qlen + process_qlen at a checkpoint taken while a backlog is loaded', () => {
    const sc = scenario({
      profile: 'linux-6.18', cpus: 2, costs: { stackPacketNs: 100_000 },
      devices: [nic('eth0', { ringSize: 1024, queues: [{ rpsCpus: '2' }] })], sockets: [bigSocket()],
    }, [frames(0, 'eth0', 300), checkpoint(1_000_000, 'loaded')]);
    const row = softnet(at(sim(sc), 'loaded'), 1);
    expect(row.backlog_len).toBeGreaterThan(0);
    expect(row.backlog_len).toBe(row.input_qlen! + row.process_qlen!);
  });
});

describe('event loop', () => {
  it.each(PROFILES)('%s: a busy workload uses a small fraction of the event bound; past the bound the run fails with ModelLivelockError', (profile) => {
    const sc = flood(profile);
    // 1,000,000 + 100 per frame and per step: 500 + 500 + 50 frames, 5 steps
    expect(eventLimitOf(sc)).toBe(1_000_000 + 100 * (1050 + 5));
    expect(eventLimitOf(scenario({ profile, cpus: 1, devices: [nic()] }, [frames(0, 'eth0', 1), { at: 5, op: 'frames', device: 'eth0', flow: { dport: 1 } }]))).toBe(1_000_000 + 100 * 4);
    const { host } = simHost(sc);
    expect(host.eventLimit).toBe(eventLimitOf(sc));
    const used = host.eventsProcessed;
    expect(used).toBeGreaterThan(100);
    expect(used * 100).toBeLessThan(host.eventLimit);
    // exactly the events the run needs is enough; one fewer is a livelock
    const exact = createHost(sc);
    Object.assign(exact, { eventLimit: used });
    expect(() => run(exact)).not.toThrow();
    const tight = createHost(sc);
    Object.assign(tight, { eventLimit: used - 1 });
    expect(() => run(tight)).toThrow(ModelLivelockError);
    let err: Error | undefined;
    try { run(Object.assign(createHost(sc), { eventLimit: 50 })); } catch (e) { err = e as Error; }
    expect(err?.name).toBe('ModelLivelockError');
    {
      expect(err?.message).toMatch(/^<scenario>: the model handled 51 events \(more than 50 for this workload\) by simulated time \d+ ns without finishing: it is looping; please report this scenario as a bug in rxpath$/);
    }
  });

  it.each(PROFILES)('%s: deterministic: the same scenario gives byte-identical observations', (profile) => {
    expect(JSON.stringify(sim(flood(profile), { events: true }))).toBe(JSON.stringify(sim(flood(profile), { events: true })));
  });

  it('events are off by default', () => {
    expect(sim(flood('linux-6.18')).events).toBeUndefined();
  });

  it('a checkpoint with settle runs until nothing below the socket is in flight; without it, it sees the instant', () => {
    const mk = (settle: boolean) => scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic()], sockets: [bigSocket()] },
      [frames(0, 'eth0', 100), checkpoint(0, 'c', settle)]);
    const now = sim(mk(false)).checkpoints[0];
    expect(softnet(now.counters, 0).processed).toBe(0);
    expect(now.counters.internal!.rings![0].filled).toBe(100);
    const settled = sim(mk(true)).checkpoints[0];
    expect(softnet(settled.counters, 0).processed).toBe(100);
    expect(settled.at).toBeGreaterThan(0);
  });

  it('frames arriving while a poll runs are harvested by the next poll of the same call (3.13)', () => {
    // 64 frames at once, then one frame every 100 ns: the NAPI stays busy and keeps being repolled
    const sc = scenario({ profile: 'linux-3.13', cpus: 1, devices: [nic('eth0', { ringSize: 4096 })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 64), frames(1, 'eth0', 300, { gapNs: 100 })]);
    const obs = sim(sc, { events: true });
    const works = obs.events!.filter((e) => e.event === 'napi_poll').map((e) => (e as { work: number }).work);
    expect(works[0]).toBe(64);
    expect(works[1]).toBeGreaterThan(0);
    expect(softnet(end(obs), 0).processed).toBe(364);
  });

  it('modelImplementation is an Implementation named "model"; replacing one rule changes the outcome', async () => {
    const sc = scenario({
      profile: 'linux-6.18', cpus: 2, sysctls: { 'net.core.netdev_max_backlog': 10 },
      devices: [nic('eth0', { queues: [{ rpsCpus: '2' }] })], sockets: [bigSocket()],
    }, [frames(0, 'eth0', 20)]);
    const good = modelImplementation();
    expect(good.name).toBe('model');
    expect(good.profiles).toEqual(['linux-3.13', 'linux-6.1', 'linux-6.12', 'linux-6.18']);
    expect(softnet(end(await good.run(sc, { events: false })), 1).processed).toBe(11);
    const faulty = modelImplementation({ backlogHasRoom: (q, m) => q < m });
    expect(softnet(end(await faulty.run(sc, { events: false })), 1).processed).toBe(10);
  });

  it('simulate takes a profile override', () => {
    const obs = simulate(flood('linux-6.18'), { profile: 'linux-3.13' });
    expect(obs.profile).toBe('linux-3.13');
    expect('backlog_len' in end(obs).softnet_stat[0]).toBe(false);
  });
});

describe('end to end with the IPv4/UDP half', () => {
  it.each(PROFILES)('%s: every frame harvested is processed once, and either read, still queued or dropped at the socket', (profile) => {
    const s = end(sim(flood(profile)));
    const harvested = s.ethtool.eth0.rx_packets;
    expect(s.ethtool.eth0.rx_packets + s.ethtool.eth0.rx_missed_errors + s.ethtool.eth0.rx_fifo_errors).toBe(1050);
    expect(s.softnet_stat.reduce((a, r) => a + r.processed + r.dropped, 0)).toBe(harvested);
    expect(s.snmp.Ip.InReceives).toBe(s.softnet_stat.reduce((a, r) => a + r.processed, 0));
    const sock = s.internal!.sockets![0];
    expect(s.snmp.Udp.InDatagrams + sock.queued + s.snmp.Udp.InErrors + s.snmp.Udp.NoPorts).toBe(s.snmp.Ip.InDelivers);
    expect(s.snmp.Udp.InErrors).toBeGreaterThan(0);
    expect(s.snmp.Udp.NoPorts).toBe(50);
  });

  it.each(PROFILES)('%s: loopback: netif_rx on the sending CPU, processed +1 per datagram there, one NET_RX softirq per send', (profile) => {
    const sc = scenario({ profile, cpus: 2, devices: [loopback()], sockets: [{ name: 's', port: 5000, address: '127.0.0.1' }] },
      [frames(0, 'lo', 10, { cpu: 1, gapNs: 10_000 }), read(1_000_000)]);
    const s = end(sim(sc));
    expect(softnet(s, 1).processed).toBe(10);
    expect(softnet(s, 0).processed).toBe(0);
    expect(s.softirqs.NET_RX).toEqual([0, 10]);
    expect(s.dev.lo.rx_packets).toBe(10);
    expect(s.dev.lo.rx_bytes).toBe(10 * (20 + 8 + 64));
    expect(s.snmp.Udp.InDatagrams).toBe(10);
  });

  it('loopback back-to-back sends: the sender waits for its CPU, so the local backlog never overflows', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.netdev_max_backlog': 2 }, devices: [loopback()], sockets: [bigSocket()] },
      [frames(0, 'lo', 500, { flow: { dport: 5000 } })]);
    const s = end(sim(sc));
    expect(softnet(s, 0).dropped).toBe(0);
    expect(softnet(s, 0).processed).toBe(500);
  });

  it('ICMP port unreachable to a local sender loops back through lo (loopback_xmit -> netif_rx)', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [loopback()] }, [frames(0, 'lo', 3, { flow: { dport: 9, src: '127.0.0.1' } })]);
    const s = end(sim(sc));
    expect(s.snmp.Udp.NoPorts).toBe(3);
    expect(s.snmp.Icmp.OutDestUnreachs).toBe(3);
    expect(s.snmp.Icmp.InDestUnreachs).toBe(3);
    expect(softnet(s, 0).processed).toBe(6);
    expect(s.dev.lo.rx_packets).toBe(6);
  });
});
