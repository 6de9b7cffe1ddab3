// Kernel rules of GRO (spec section 8: 3.13 net/core/dev.c dev_gro_receive, napi_gro_flush,
// napi_skb_finish; 6.x net/core/gro.c dev_gro_receive, gro_flush_oldest, __gro_flush,
// gro_normal_one, gro_normal_list) that the model's own tests and the property suite left unpinned
// (found by `npm run mutate`). Plain UDP never merges, so these claims use a rule that lets GRO
// hold every skb (`groCanHold: () => true`), the way a UDP_GRO socket or a tunnel would.
import { describe, expect, it } from 'vitest';
import { PROFILES, bigSocket, frames, nic, scenario, sim, type Profile } from '../model/build.ts';
import type { NetifEvent, TraceEvent } from '../../src/generated/schema-types.ts';
import { createHost } from '../../src/model/simulator.ts';
import { GRO_HASH_BUCKETS, MAX_GRO_SKBS, gro_flush, napi_gro_receive } from '../../src/model/gro.ts';

const hold = { groCanHold: () => true };

/** [skbaddr, ns after softirq_entry] of each netif_receive_skb, in order. */
function upTimes(events: readonly TraceEvent[]): [number, number][] {
  const entry = events.find((e) => e.event === 'softirq_entry')!.t;
  return events.filter((e): e is NetifEvent => e.event === 'netif_receive_skb').map((e) => [e.skbaddr, e.t - entry]);
}

/** A host whose one NIC NAPI is driven by hand: mk(flowIndex, hash, jiffy) holds or passes an skb at that jiffy. */
function groHost(profile: Profile, hz?: 100 | 250 | 300 | 1000) {
  const host = createHost(scenario({
    profile, cpus: 1, ...(hz === undefined ? {} : { hz }), devices: [nic('eth0', { ringSize: 256 })], sockets: [bigSocket()],
  }, []), { rules: hold });
  const n = host.core.napis.find((x) => x.name === 'eth0:rx-0')!;
  const sd = host.core.cpus[0];
  const tick = 1e9 / host.hz;
  let seq = 1;
  const skbOf = new Map<number, number>();
  const rx = (sport: number, hash: number, jiffy = 0): number => {
    host.now = jiffy * tick;
    const s = host.skbs.alloc();
    const f = host.flows.intern({ src: 0x0a000002, dst: 0x0a000001, sport, dport: 5000, proto: 17 });
    host.skbs.id[s] = seq; host.skbs.len[s] = 28 + 64; host.skbs.payload[s] = 64; host.skbs.hash[s] = hash;
    host.skbs.flow[s] = f; host.skbs.flags[s] = 0; host.skbs.dev[s] = 0; host.skbs.queue[s] = 0; host.skbs.sk[s] = -1;
    skbOf.set(s, seq);
    seq++;
    napi_gro_receive(host, sd, n, s);
    return s;
  };
  /** the frame numbers held in bucket b, oldest first, with their ages */
  const held = (b: number) => Array.from({ length: n.gro.count[b] }, (_, i) => [
    skbOf.get(n.gro.held[b * MAX_GRO_SKBS + i])!, n.gro.age[b * MAX_GRO_SKBS + i],
  ]);
  return { host, n, sd, rx, held, processed: () => sd.processed, tick };
}

describe('dev_gro_receive', () => {
  it.each(PROFILES)('%s: GRO off (3.13 !NETIF_F_GRO, 6.x netif_elide_gro) holds nothing, whatever the protocol allows', (profile) => {
    const sc = scenario({ profile, cpus: 1, devices: [nic('eth0', { gro: false, ringSize: 256 })], sockets: [bigSocket()] },
      Array.from({ length: 3 }, (_, i) => frames(0, 'eth0', 1, { queue: 0, hash: i, flow: { dport: 5000, sport: 1000 + i } })));
    const ups = upTimes(sim(sc, { events: true, rules: hold }).events!);
    expect(ups.map(([a]) => a)).toEqual([1, 2, 3]);
    // softirq 200 ns + poll 200 ns + driver 100 ns per descriptor; 3.13 passes each up at once,
    // 6.18 batches GRO_NORMAL on rx_list until napi_complete_done (3 < gro_normal_batch)
    expect(ups[0][1]).toBe(profile === 'linux-3.13' ? 200 + 200 + 100 : 200 + 200 + 3 * 100);
  });

  it('3.13: one gro_list (bucket 0) whatever the hash: a held skb of the flow is completed when the next one of the flow arrives', () => {
    const sc = scenario({ profile: 'linux-3.13', cpus: 1, devices: [nic()], sockets: [bigSocket()] }, [frames(0, 'eth0', 3, { hash: 5 })]);
    const ups = upTimes(sim(sc, { events: true, rules: hold }).events!);
    expect(ups.map(([a]) => a)).toEqual([1, 2, 3]);
    // frame 1 goes up as frame 2 is harvested (softirq 200 + poll 200 + 2 descriptors), frame 3 at napi_complete
    expect(ups[0][1]).toBe(200 + 200 + 2 * 100);
    const w = groHost('linux-3.13');
    w.rx(1, 5);
    expect([w.n.gro.count[0], w.n.gro.count[5]]).toEqual([1, 0]);
  });

  it('6.18: a held skb completed by the next of its flow is a GRO_NORMAL skb: it waits on rx_list (gro_normal_one)', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic()], sockets: [bigSocket()] }, [frames(0, 'eth0', 3, { hash: 5 })]);
    const ups = upTimes(sim(sc, { events: true, rules: hold }).events!);
    expect(ups.map(([a]) => a)).toEqual([1, 2, 3]);
    // all three go up together when napi_complete_done flushes GRO and then rx_list
    expect(ups[0][1]).toBe(200 + 200 + 3 * 100);
    const w = groHost('linux-6.18');
    w.rx(1, 5);
    w.rx(1, 5);
    expect(w.processed()).toBe(0);
    expect(w.n.gro.rxList.length).toBe(1);
    expect(w.n.gro.rxCount).toBe(1);
    expect(w.held(5).map(([f]) => f)).toEqual([2]);
  });

  it('6.x: the bucket is skb_get_hash_raw & (GRO_HASH_BUCKETS - 1)', () => {
    const w = groHost('linux-6.18');
    w.rx(1, 0xfffffff3);
    w.rx(2, 0x10);
    expect(GRO_HASH_BUCKETS).toBe(8);
    expect(Array.from(w.n.gro.count)).toEqual([1, 0, 0, 1, 0, 0, 0, 0]);
    expect(w.n.gro.total).toBe(2);
  });

  it.each(PROFILES)('%s: completing a held skb from the middle of a list keeps the others in order, each with its own age (NAPI_GRO_CB(skb)->age)', (profile) => {
    const w = groHost(profile);
    const b = profile === 'linux-3.13' ? 0 : 3; // hash 3: 3.13's one gro_list, 6.x bucket 3
    w.rx(1, 3, 0); w.rx(2, 3, 1); w.rx(3, 3, 2); w.rx(4, 3, 3);
    expect(w.held(b)).toEqual([[1, 0], [2, 1], [3, 2], [4, 3]]);
    w.rx(2, 3, 4); // frame 5, same flow as frame 2
    expect(w.held(b)).toEqual([[1, 0], [3, 2], [4, 3], [5, 4]]);
    expect(w.n.gro.total).toBe(4);
  });

  it('6.x: a full bucket flushes its oldest (gro_flush_oldest) and the rest move up with their ages', () => {
    const w = groHost('linux-6.18');
    for (let i = 0; i < MAX_GRO_SKBS; i++) w.rx(i, 8 * i, i);
    w.rx(100, 64, 20);
    expect(w.held(0)).toEqual([[2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7], [9, 20]]);
    expect(w.n.gro.rxList.length).toBe(1);
  });
});

describe('napi_gro_flush / __gro_flush', () => {
  it.each(PROFILES)('%s: flush_old (HZ >= 1000) completes, per list, the skbs held before the current jiffy and stops at the first of this jiffy', (profile) => {
    const w = groHost(profile, 1000);
    if (profile === 'linux-3.13') {
      w.rx(1, 0, 0); w.rx(2, 0, 1); w.rx(3, 0, 2);
      w.host.now = 2 * w.tick;
      gro_flush(w.host, w.sd, w.n, true);
      expect(w.held(0)).toEqual([[3, 2]]);
      expect(w.processed()).toBe(2);
    } else {
      w.rx(1, 0, 2); w.rx(2, 1, 0); w.rx(3, 1, 1); w.rx(4, 1, 2);
      w.host.now = 2 * w.tick + 5;
      gro_flush(w.host, w.sd, w.n, true);
      // bucket 0 stops at once (its oldest is this jiffy's); bucket 1 flushes its two older skbs
      expect(w.held(0)).toEqual([[1, 2]]);
      expect(w.held(1)).toEqual([[4, 2]]);
      expect(w.n.gro.rxList.length).toBe(2);
      expect(w.n.gro.total).toBe(2);
    }
  });

  it.each(PROFILES)('%s: without flush_old (napi_complete) every held skb goes, bucket by bucket, oldest first', (profile) => {
    const w = groHost(profile, 1000);
    w.rx(1, 1, 0); w.rx(2, 0, 1); w.rx(3, 1, 1);
    w.host.now = w.tick + 1;
    gro_flush(w.host, w.sd, w.n, false);
    expect(w.n.gro.total).toBe(0);
    expect(Array.from(w.n.gro.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const order = profile === 'linux-3.13'
      ? [] // passed straight up
      : Array.from({ length: w.n.gro.rxList.length }, (_, i) => w.host.skbs.id[w.n.gro.rxList.at(i)]);
    if (profile === 'linux-3.13') expect(w.processed()).toBe(3);
    else expect(order).toEqual([2, 1, 3]);
  });
});

describe('gro_normal_one / gro_normal_list (6.x)', () => {
  it('rx_count restarts at 0 after each list goes up: with gro_normal_batch = 3 the batches leave after descriptors 3, 6, 9', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.gro_normal_batch': 3 }, devices: [nic()], sockets: [bigSocket()] },
      [frames(0, 'eth0', 9)]);
    const ups = upTimes(sim(sc, { events: true }).events!);
    expect(ups.map(([a]) => a)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // each netif_receive_skb is followed by the stack's per-packet cost, so take the first of each batch
    const firstOf = (k: number) => ups[3 * k][1];
    const stack = ups[1][1] - ups[0][1];
    expect(firstOf(0)).toBe(200 + 200 + 3 * 100);
    expect(firstOf(1)).toBe(firstOf(0) + 3 * stack + 3 * 100);
    expect(firstOf(2)).toBe(firstOf(1) + 3 * stack + 3 * 100);
  });

  it('a full-weight poll passes rx_list up before the NAPI is repolled (gro_flush_normal in __napi_poll)', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, sysctls: { 'net.core.gro_normal_batch': 1000 }, devices: [nic('eth0', { napiWeight: 4 })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 6)]);
    const ev = sim(sc, { events: true }).events!;
    // the first softirq run ends with the repoll (6.x polls a NAPI at most once per net_rx_action)
    const firstExit = ev.findIndex((e) => e.event === 'softirq_exit');
    const upsBefore = ev.slice(0, firstExit).filter((e) => e.event === 'netif_receive_skb').length;
    expect(upsBefore).toBe(4);
  });
});
