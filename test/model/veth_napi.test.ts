// A veth in NAPI mode (src/model/veth.ts, ptr_ring.ts): GRO on and its other end's TSO off put the frames on a
// 256-slot ptr_ring that veth_poll drains on the sending CPU; 3.13's veth has no such mode. The ring numbers below
// were measured on this machine's 6.18 (a fresh ring; k single frames, then a burst of 300 through veth_xmit: the
// frames the socket read) and are recorded in golden/kernel/linux-*/veth-napi-*.
import { describe, expect, test } from 'vitest';
import type { Device } from '../../src/generated/schema-types.ts';
import { PtrRing } from '../../src/model/ptr_ring.ts';
import { VETH_RING_SIZE } from '../../src/model/veth.ts';
import { checkConservation } from '../../properties/conservation.ts';
import { checkNapiContract } from '../../properties/napi-contract.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { PROFILES, bigSocket, end, frames, polls, read, scenario, sim, softnet } from './build.ts';

const NAPI: Device = { name: 'veth0', kind: 'veth', gro: true, peerTso: false };
const GRO_ONLY: Device = { name: 'veth0', kind: 'veth', gro: true };
const PLAIN: Device = { name: 'veth0', kind: 'veth' };
const IP_LEN = 20 + 8 + 64;
const ETH_HLEN = 14;

/** k single frames one at a time, then a burst of `burst`, then a read, on a 2-CPU host sending from CPU 1. */
function afterThenBurst(profile: (typeof PROFILES)[number], dev: Device, k: number, burst: number) {
  const w = [
    ...(k > 0 ? [frames(0, 'veth0', k, { cpu: 1, gapNs: 50_000, payload: 64 })] : []),
    frames(10_000_000, 'veth0', burst, { cpu: 1, burst: true, payload: 64 }),
    read(20_000_000),
  ];
  return scenario({ profile, devices: [dev], sockets: [bigSocket()] }, w);
}

function burstTaken(k: number): number {
  const r = new PtrRing(VETH_RING_SIZE);
  for (let i = 0; i < k; i++) {
    expect(r.produce(i)).toBe(true);
    expect(r.consume()).toBe(i);
  }
  let taken = 0;
  while (r.produce(1000 + taken)) taken++;
  return taken;
}

describe('ptr_ring frees taken slots a batch at a time (ptr_ring.h:__ptr_ring_discard_one)', () => {
  test('a batch is 16 slots on x86_64: 2 * SMP_CACHE_BYTES / sizeof(void *)', () => {
    expect(new PtrRing(256).batch).toBe(16);
    expect(new PtrRing(16).batch).toBe(1); // above size / 2
  });
  test('after k single frames a burst finds 256 - (k mod 16) slots (measured: 5 -> 251, 15 -> 241, 16 -> 256, 17 -> 255, 40 -> 248)', () => {
    expect([0, 5, 15, 16, 17, 40].map(burstTaken)).toEqual([256, 251, 241, 256, 255, 248]);
    // the end of the ring clears what is left of the batch: after 256 frames the ring is whole again
    expect(burstTaken(256)).toBe(256);
  });
  test('consume takes in order and reports empty', () => {
    const r = new PtrRing(8);
    expect(r.empty()).toBe(true);
    expect(r.consume()).toBe(-1);
    for (const x of [3, 1, 4]) r.produce(x);
    expect([r.consume(), r.consume(), r.len, r.empty()]).toEqual([3, 1, 1, false]);
  });
});

describe('the model in NAPI mode', () => {
  for (const profile of PROFILES.filter((p) => p !== 'linux-3.13')) {
    test(`${profile}: single frames are counted by veth_poll without their Ethernet header; netif_rx's count has it`, () => {
      const w = [frames(0, 'veth0', 20, { cpu: 1, gapNs: 50_000, payload: 64 }), read(5_000_000)];
      const napi = end(sim(scenario({ profile, devices: [NAPI], sockets: [bigSocket()] }, w)));
      const plain = end(sim(scenario({ profile, devices: [GRO_ONLY], sockets: [bigSocket()] }, w)));
      expect([napi.dev.veth0.rx_packets, napi.dev.veth0.rx_bytes]).toEqual([20, 20 * IP_LEN]);
      expect([plain.dev.veth0.rx_packets, plain.dev.veth0.rx_bytes]).toEqual([20, 20 * (IP_LEN + ETH_HLEN)]);
      expect(napi.snmp.Udp.InDatagrams).toBe(20);
    });

    test(`${profile}: a burst fills the ring, the rest is dropped where no receive counter sees it`, () => {
      for (const [k, want] of [[0, 256], [5, 251], [40, 248]] as const) {
        const s = end(sim(afterThenBurst(profile, NAPI, k, 300)));
        expect(s.snmp.Udp.InDatagrams).toBe(k + want);
        expect(s.dev.veth0.rx_drop).toBe(0);
        expect(softnet(s, 1).dropped).toBe(0);
        expect(s.internal?.rings).toEqual([{ device: 'veth0', queue: 0, filled: 0, dropped: 300 - want }]);
      }
    });

    test(`${profile}: veth_poll runs on the sending CPU with weight 64, and its drops carry the profile's site`, () => {
      const obs = sim(afterThenBurst(profile, NAPI, 0, 300), { events: true });
      const p = polls(obs, 'veth0:rx-0');
      expect(p.map((x) => [x.cpu, x.work, x.budget])).toEqual([[1, 64, 64], [1, 64, 64], [1, 64, 64], [1, 64, 64], [1, 0, 64]]);
      const drops = (obs.events ?? []).filter((e) => e.event === 'kfree_skb');
      expect(drops).toHaveLength(44);
      expect(new Set(drops.map((e) => (e as { location: string }).location))).toEqual(new Set([profile === 'linux-6.1' ? 'veth_xdp_rx' : 'veth_xmit']));
    });

    test(`${profile}: the other end's TSO on keeps the frames on netif_rx (the backlog takes the burst)`, () => {
      const s = end(sim(afterThenBurst(profile, GRO_ONLY, 0, 300)));
      expect(s.snmp.Udp.InDatagrams).toBe(300);
      expect(s.internal?.rings).toEqual([]);
    });
  }

  test('linux-3.13: gro and peerTso change nothing (veth_xmit -> dev_forward_skb -> netif_rx)', () => {
    const napi = sim(afterThenBurst('linux-3.13', NAPI, 5, 300));
    const plain = sim(afterThenBurst('linux-3.13', PLAIN, 5, 300));
    expect(napi).toEqual(plain);
  });

  test('the NAPI mode is a profile rule: without it 6.18 takes the burst on the backlog', () => {
    const s = end(sim(afterThenBurst('linux-6.18', NAPI, 0, 300), { rules: { vethNapi: false } }));
    expect(s.snmp.Udp.InDatagrams).toBe(300);
  });
});

describe('properties over NAPI mode', () => {
  test('conservation adds up a ring-full drop (internal.rings dropped) and fails without it', () => {
    const sc = afterThenBurst('linux-6.18', NAPI, 40, 300);
    const obs = sim(sc);
    expect(checkConservation(sc, obs).ok).toBe(true);
    // an implementation that loses the drops it reports: the frames no longer add up
    const lost = structuredClone(obs);
    for (const cp of lost.checkpoints) for (const r of cp.counters.internal?.rings ?? []) r.dropped = 0;
    expect(checkConservation(sc, lost).ok).toBe(false);
  });
  test('napi-contract: a veth NAPI polled on a CPU that sends nothing on it fails', () => {
    const sc = afterThenBurst('linux-6.18', NAPI, 0, 100);
    const obs = sim(sc, { events: true });
    expect(checkNapiContract(sc, obs).ok).toBe(true);
    const moved = structuredClone(obs);
    for (const e of moved.events ?? []) if (e.cpu === 1) e.cpu = 0;
    expect(checkNapiContract(sc, moved).ok).toBe(false);
  });
});

describe('validation', () => {
  test('peerTso belongs to a veth', () => {
    expect(() => scenario({ profile: 'linux-6.18', devices: [{ name: 'eth0', kind: 'nic', peerTso: false }], sockets: [bigSocket()] }, []))
      .toThrow(RxpathInputError);
    expect(() => scenario({ profile: 'linux-6.18', devices: [{ name: 'lo', kind: 'loopback', peerTso: false }], sockets: [bigSocket()] }, []))
      .toThrow(/peerTso: must be absent on a loopback device/);
  });
  test('gro on a veth is accepted', () => {
    expect(() => scenario({ profile: 'linux-6.18', devices: [NAPI], sockets: [bigSocket()] }, [])).not.toThrow();
  });
});
