// Kernel rules of net/core/dev.c enqueue_to_backlog, skb_flow_limit and process_backlog that the
// model's own tests and the property suite left unpinned (found by `npm run mutate`).
import { describe, expect, it } from 'vitest';
import {
  PROFILES, bigSocket, frames, loopback, nic, polls, scenario, sim, softirqRuns, type Profile,
} from '../model/build.ts';
import { createHost } from '../../src/model/simulator.ts';
import { enqueue_to_backlog, process_backlog, skb_flow_limit } from '../../src/model/backlog.ts';
import { get_rps_cpu, sock_rps_record_flow } from '../../src/model/rps.ts';
import type { TraceEvent } from '../../src/generated/schema-types.ts';

/** A NIC on CPU 0 whose queue 0 steers every packet to CPU 1's backlog (rps_cpus = 2). */
function rpsToCpu1(profile: Profile, count: number, sysctls: Record<string, number | string> = {}, extra: object = {}) {
  return scenario({
    profile, cpus: 2, sysctls, devices: [nic('eth0', { ringSize: 4096, queues: [{ rpsCpus: '2' }] })], sockets: [bigSocket()], ...extra,
  }, [frames(0, 'eth0', count)]);
}

describe('skb_flow_limit history (dev.c: `if (fl->buckets[old_flow]) fl->buckets[old_flow]--`)', () => {
  const flowLimitHost = () => {
    const host = createHost(scenario({ profile: 'linux-3.13', cpus: 1, sysctls: { 'net.core.flow_limit_cpu_bitmap': '1' } }, []));
    const sd = host.core.cpus[0];
    const skbOf = (hash: number) => { const s = host.skbs.alloc(); host.skbs.hash[s] = hash; return s; };
    return { host, sd, skbOf };
  };

  it('the zeroed history names bucket 0 with a zero count: the first sighting of a bucket-0 flow neither underflows nor drops', () => {
    const { host, sd, skbOf } = flowLimitHost();
    const z = skbOf(0x1000); // 3.13 bucket = hash & (4096 - 1) = 0
    expect(skb_flow_limit(host, z, 900, sd)).toBe(false);
    expect(sd.flowLimit!.buckets[0]).toBe(1);
    expect(sd.flowLimit!.count).toBe(0);
  });

  it('a flow pushed out of the 128-entry history by another flow loses its count, so it may again take 64 slots', () => {
    const { host, sd, skbOf } = flowLimitHost();
    const a = skbOf(0x1001), b = skbOf(0x1002); // buckets 1 and 2
    for (let i = 0; i < 60; i++) expect(skb_flow_limit(host, a, 900, sd)).toBe(false);
    for (let i = 0; i < 128; i++) skb_flow_limit(host, b, 900, sd);
    expect(sd.flowLimit!.buckets[1]).toBe(0);
    expect(sd.flowLimit!.buckets[2]).toBe(128);
    const countBefore = sd.flowLimit!.count;
    // 64 sightings of A: it holds at most half of the history, no drop
    for (let i = 0; i < 64; i++) expect(skb_flow_limit(host, a, 900, sd)).toBe(false);
    expect(sd.flowLimit!.buckets[1]).toBe(64);
    expect(sd.flowLimit!.buckets[2]).toBe(64);
    expect(skb_flow_limit(host, a, 900, sd)).toBe(true);
    expect(sd.flowLimit!.count).toBe(countBefore + 1);
  });
});

describe('enqueue_to_backlog drop and cost', () => {
  it.each(PROFILES)('%s: a backlog drop is a kfree_skb at net/core/dev.c:enqueue_to_backlog; only 6.x carries reason CPU_BACKLOG', (profile) => {
    const obs = sim(rpsToCpu1(profile, 5, { 'net.core.netdev_max_backlog': 1 }), { events: true });
    const drops = (obs.events ?? []).filter((e: TraceEvent) => e.event === 'kfree_skb' && (e as { location?: string }).location === 'net/core/dev.c:enqueue_to_backlog');
    expect(drops).toHaveLength(3);
    for (const e of drops) {
      if (profile === 'linux-3.13') expect('reason' in e).toBe(false);
      else expect((e as { reason?: string }).reason).toBe('CPU_BACKLOG');
      expect(e.cpu).toBe(0); // emitted on the enqueuing CPU
    }
  });

  it.each(PROFILES)('%s: each enqueue costs backlogPacketNs on the enqueuing CPU (the cost model)', (profile) => {
    const exitOfCpu0 = (ns: number) => {
      const obs = sim(rpsToCpu1(profile, 20, {}, { costs: { backlogPacketNs: ns } }), { events: true });
      return (obs.events ?? []).filter((e) => e.cpu === 0 && e.event === 'softirq_exit').map((e) => e.t)[0];
    };
    expect(exitOfCpu0(1_000_000) - exitOfCpu0(0)).toBe(20 * 1_000_000);
  });
});

describe('RFS in-order delivery through input_queue_tail / input_queue_head', () => {
  it.each(PROFILES)('%s: enqueue stores the new input_queue_tail in rps_dev_flow.last_qtail; the flow moves only once process_backlog has dequeued past it', (profile) => {
    const host = createHost(scenario({
      profile, cpus: 2, sysctls: { 'net.core.rps_sock_flow_entries': 64 },
      devices: [nic('eth0', { queues: [{ rpsFlowCnt: 64 }] })], sockets: [bigSocket()],
    }, []));
    const dev = host.core.devices[0];
    const hash = 0xabcd0001;
    const flow = host.flows.intern({ src: 0x0a000002, dst: 0x0a000001, sport: 40000, dport: 5000, proto: 17 });
    const mk = () => {
      const s = host.skbs.alloc();
      host.skbs.hash[s] = hash; host.skbs.queue[s] = 0; host.skbs.flow[s] = flow;
      host.skbs.dev[s] = 0; host.skbs.sk[s] = -1; host.skbs.len[s] = 92; host.skbs.payload[s] = 64; host.skbs.truesize[s] = 768;
      return s;
    };
    const ft = dev.rxq[0].flowTable!;
    const slot = host.profile.rfsSlot(hash, ft.size);
    const sd0 = host.core.cpus[0];
    sock_rps_record_flow(host, hash, 0); // the application reads on CPU 0
    for (let i = 1; i <= 3; i++) {
      const s = mk();
      expect(get_rps_cpu(host, dev, s)).toBe(0);
      expect(enqueue_to_backlog(host, s, 0, 1)).toBe(true);
      expect(sd0.inputQueueTail).toBe(i);
      expect(ft.lastQtail[slot]).toBe(i);
    }
    sock_rps_record_flow(host, hash, 1); // the application moved to CPU 1
    const s = mk();
    expect(get_rps_cpu(host, dev, s)).toBe(0); // CPU 0 still holds the flow's packets: stay
    expect(enqueue_to_backlog(host, s, 0, 1)).toBe(true);
    expect(ft.lastQtail[slot]).toBe(4);
    sd0.backlog.state = 1;
    expect(process_backlog(host, sd0, sd0.backlog, 64)).toBe(4);
    expect(sd0.inputQueueHead).toBe(4);
    expect(get_rps_cpu(host, dev, mk())).toBe(1); // dequeued past last_qtail: the flow may move
  });
});

describe('process_backlog completion', () => {
  it.each(PROFILES)('%s: a packet netif_rx-ed while the backlog runs (an ICMP error looped back through lo): 3.13 completed inline and polls again, 6.x keeps it in the same poll', (profile) => {
    const sc = scenario({ profile, cpus: 1, devices: [loopback()] },
      [frames(0, 'lo', 3, { flow: { dport: 9, src: '127.0.0.1' }, gapNs: 1_000_000 })]);
    const work = polls(sim(sc, { events: true }), 'backlog:0').map((p) => p.work);
    // 3.13: qlen (1) < quota - work -> list_del + state = 0; the ICMP's enqueue_to_backlog sees qlen 0
    // and a clear NAPI_STATE_SCHED, so it schedules the backlog again. 6.x completes only on an empty
    // input_pkt_queue, so the ICMP joins the running poll.
    expect(work).toEqual(profile === 'linux-3.13' ? [1, 1, 1, 1, 1, 1] : [2, 2, 2]);
  });

  // 6.1 has no `goto start`: the backlog NAPI its own NIC poll scheduled waits on sd->poll_list for the
  // next call (net_rx_action's tail sends the IPIs then), so there the target starts after this call ends
  it.each(PROFILES.filter((p) => p !== 'linux-6.1'))('%s: process_backlog sends the IPIs queued earlier in the same net_rx_action before it polls, so the RPS target starts before this softirq ends', (profile) => {
    // rps_cpus 3: flow A (hash 0x10000000) stays on CPU 0, flow B (0x90000000) goes to CPU 1
    const sc = scenario({
      profile, cpus: 2, devices: [nic('eth0', { ringSize: 4096, queues: [{ rpsCpus: '3' }] })], sockets: [bigSocket()],
      costs: { stackPacketNs: 100_000 },
    }, [frames(0, 'eth0', 1, { hash: 0x90000000 }), frames(0, 'eth0', 20, { hash: 0x10000000 })]);
    const obs = sim(sc, { events: true });
    const cpu0Exit = (obs.events ?? []).find((e) => e.cpu === 0 && e.event === 'softirq_exit')!.t;
    const cpu1Runs = softirqRuns(obs, 1);
    expect(cpu1Runs.length).toBeGreaterThan(0);
    const cpu1Entry = (obs.events ?? []).find((e) => e.cpu === 1 && e.event === 'softirq_entry')!.t;
    expect(cpu1Entry).toBeLessThan(cpu0Exit);
  });

  it('linux-6.1: without in_net_rx_action the backlog is polled in the next call: the IPIs leave at the end of the first', () => {
    const sc = scenario({
      profile: 'linux-6.1', cpus: 2, devices: [nic('eth0', { ringSize: 4096, queues: [{ rpsCpus: '3' }] })], sockets: [bigSocket()],
      costs: { stackPacketNs: 100_000 },
    }, [frames(0, 'eth0', 1, { hash: 0x90000000 }), frames(0, 'eth0', 20, { hash: 0x10000000 })]);
    const ev = sim(sc, { events: true }).events ?? [];
    const cpu0 = ev.filter((e) => e.cpu === 0 && e.event === 'softirq_exit').map((e) => e.t);
    const cpu1Entry = ev.find((e) => e.cpu === 1 && e.event === 'softirq_entry')!.t;
    expect(cpu0.length).toBeGreaterThan(1); // __do_softirq runs net_rx_action again for the backlog
    expect(cpu1Entry).toBeGreaterThanOrEqual(cpu0[0]!);
    expect(cpu1Entry).toBeLessThan(cpu0.at(-1)!);
  });
});
