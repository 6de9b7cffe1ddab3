// Kernel rules of the protocol-independent receive entry points (spec section 2d; net/core/dev.c
// netif_rx / netif_rx_internal, netif_receive_skb / netif_receive_skb_internal,
// netif_receive_skb_list_internal, __netif_receive_skb_core) that the model's own tests and the
// property suite left unpinned (found by `npm run mutate`).
import { describe, expect, it } from 'vitest';
import { PROFILES, bigSocket, end, frames, loopback, nic, polls, scenario, sim, softnet } from '../model/build.ts';
import type { NetifEvent } from '../../src/generated/schema-types.ts';
import { createHost } from '../../src/model/simulator.ts';
import { netif_receive_skb_list_internal } from '../../src/model/netif.ts';
import { SkbQueue } from '../../src/model/queue.ts';

describe('netif_receive_skb', () => {
  it.each(PROFILES)('%s: RPS that picks the local CPU still goes through that CPU\'s backlog (netif_receive_skb and the 6.x list variant)', (profile) => {
    const sc = scenario({ profile, cpus: 2, devices: [nic('eth0', { queues: [{ rpsCpus: '1', smpAffinity: '1' }] })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 5)]);
    const obs = sim(sc, { events: true });
    expect(polls(obs, 'backlog:0').reduce((a, p) => a + p.work, 0)).toBe(5);
    expect(softnet(end(obs), 0).processed).toBe(5);
    expect(softnet(end(obs), 1).processed).toBe(0);
  });

  it.each(PROFILES)('%s: without RPS the skb goes straight to __netif_receive_skb: no backlog poll at all', (profile) => {
    const sc = scenario({ profile, cpus: 2, devices: [nic('eth0', { queues: [{ smpAffinity: '2' }] })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 5)]);
    const obs = sim(sc, { events: true });
    expect(polls(obs).filter((p) => p.napi.startsWith('backlog'))).toEqual([]);
    expect(softnet(end(obs), 1).processed).toBe(5);
  });

  it('__netif_receive_skb_core emits net:netif_receive_skb with the skb\'s address, length and device on the processing CPU', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 2, devices: [nic('eth0', { queues: [{ smpAffinity: '2' }] })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 2, { payload: 100 })]);
    const ev = sim(sc, { events: true }).events!.filter((e): e is NetifEvent => e.event === 'netif_receive_skb');
    expect(ev.map(({ cpu, skbaddr, len, name }) => ({ cpu, skbaddr, len, name }))).toEqual([
      { cpu: 1, skbaddr: 1, len: 128, name: 'eth0' }, { cpu: 1, skbaddr: 2, len: 128, name: 'eth0' },
    ]);
  });
});

describe('netif_receive_skb_list_internal (6.x)', () => {
  /** A 6.18 host whose eth0 has RPS (to `mask`) on queue 0 only; mk(queue) builds an skb of that queue. */
  const listHost = (mask: string) => {
    const host = createHost(scenario({
      profile: 'linux-6.18', cpus: 2, devices: [nic('eth0', { rxQueues: 2, queues: [{ rpsCpus: mask }, {}] }), nic('eth1')], sockets: [bigSocket()],
    }, []));
    const mk = (queue: number, dev = 0) => {
      const s = host.skbs.alloc();
      const f = host.flows.intern({ src: 0x0a000002, dst: 0x0a000001, sport: 1000 + s, dport: 5000, proto: 17 });
      host.skbs.id[s] = s + 1; host.skbs.len[s] = 92; host.skbs.payload[s] = 64; host.skbs.hash[s] = 0x1234 + s;
      host.skbs.flow[s] = f; host.skbs.flags[s] = 0; host.skbs.dev[s] = dev; host.skbs.queue[s] = queue; host.skbs.sk[s] = -1;
      return s;
    };
    return { host, mk, list: new SkbQueue(8), scratch: new SkbQueue(8), cpu: (c: number) => host.core.cpus[c] };
  };

  it('RPS per skb: the ones get_rps_cpu steers (even to the local CPU) go to that backlog, the rest (-1) go up on this CPU', () => {
    const { host, mk, list, scratch, cpu } = listHost('1');
    const a = mk(1); // queue 1 has no rps_map: get_rps_cpu -> -1
    const b = mk(0); // queue 0 -> CPU 0 (the local CPU)
    const c = mk(1);
    expect(a).toBe(0);
    list.push(a); list.push(b); list.push(c);
    netif_receive_skb_list_internal(host, list, scratch, 0);
    expect(list.length).toBe(0);
    expect(scratch.length).toBe(0);
    expect(cpu(0).processed).toBe(2);
    expect(cpu(0).inputPktQueue.length).toBe(1);
    expect(cpu(0).inputPktQueue.peek()).toBe(b);
    expect(cpu(1).inputPktQueue.length).toBe(0);
  });

  it('a list from a device without RPS goes up whole, in order, on this CPU (__netif_receive_skb_list)', () => {
    const { host, mk, list, scratch, cpu } = listHost('2');
    const ids = [mk(0, 1), mk(0, 1), mk(0, 1)];
    expect(ids[0]).toBe(0);
    for (const s of ids) list.push(s);
    netif_receive_skb_list_internal(host, list, scratch, 1);
    expect(list.length).toBe(0);
    expect(cpu(1).processed).toBe(3);
    expect(cpu(0).inputPktQueue.length + cpu(1).inputPktQueue.length).toBe(0);
  });
});

describe('netif_rx', () => {
  it.each(PROFILES)('%s: loopback with RPS to CPU 0 enqueues a packet sent on CPU 1 to CPU 0\'s backlog', (profile) => {
    const sc = scenario({ profile, cpus: 2, devices: [{ ...loopback(), queues: [{ rpsCpus: '1' }] }], sockets: [bigSocket()] },
      [frames(0, 'lo', 4, { cpu: 1, gapNs: 100_000 })]);
    const obs = sim(sc, { events: true });
    expect(softnet(end(obs), 0).processed).toBe(4);
    expect(softnet(end(obs), 1).processed).toBe(0);
    const rx = obs.events!.filter((e) => e.event === 'netif_rx');
    expect(rx.map((e) => [e.cpu, (e as { skbaddr: number }).skbaddr, (e as { name: string }).name])).toEqual([[1, 1, 'lo'], [1, 2, 'lo'], [1, 3, 'lo'], [1, 4, 'lo']]);
  });

  it.each(PROFILES)('%s: without RPS netif_rx uses the sending CPU\'s backlog', (profile) => {
    const sc = scenario({ profile, cpus: 2, devices: [loopback()], sockets: [bigSocket()] }, [frames(0, 'lo', 4, { cpu: 1, gapNs: 100_000 })]);
    const s = end(sim(sc));
    expect(softnet(s, 1).processed).toBe(4);
    expect(softnet(s, 0).processed).toBe(0);
  });
});
