// Kernel rules of the igb-like NIC (drivers/net/ethernet/intel/igb/igb_main.c; ethtool -X / -N / -U /
// -C semantics from include/uapi/linux/ethtool.h and ethtool(8)) that the model's own tests and the
// property suite left unpinned (found by `npm run mutate`).
import { describe, expect, it } from 'vitest';
import { bigSocket, end, frames, nic, scenario, sim } from '../model/build.ts';
import type { Device } from '../../src/generated/schema-types.ts';
import { createHost } from '../../src/model/simulator.ts';
import { createDevice, fill_indir_table, rssHash, steer } from '../../src/model/driver.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { parseIpv4, type FlowTuple } from '../../src/model/skb.ts';

/** The Microsoft RSS verification vector's first IPv4 row (66.9.149.187:2794 -> 161.142.100.80:1766). */
const msFlow = (proto = 17): FlowTuple => ({ src: parseIpv4('66.9.149.187'), dst: parseIpv4('161.142.100.80'), sport: 2794, dport: 1766, proto });

function device(cfg: Device) {
  const host = createHost(scenario({ profile: 'linux-6.18', cpus: 2 }, []));
  return { host, dev: createDevice(host, cfg, 0, 'linux-6.18', 'f.json') };
}

function inputError(cfg: Device): unknown {
  try {
    device(cfg);
  } catch (e) {
    expect(e).toBeInstanceOf(RxpathInputError);
    return (e as RxpathInputError).problems;
  }
  throw new Error('no error');
}

describe('ethtool -X weight (ethtool.c:fill_indir_table)', () => {
  it('entry i belongs to the first queue whose running weight sum passes i: weights 1 2 over 4 entries', () => {
    // i=0: 0 >= 4*0/3 -> queue 0 (partial 1); 0 < 4*1/3 -> stop. i=1: 1 >= 4*1/3=1 -> queue 1 (partial 3) ...
    expect(Array.from(fill_indir_table(4, [1, 2]))).toEqual([0, 1, 1, 1]);
  });
  it('a queue of weight 0 gets no entry', () => {
    expect(Array.from(fill_indir_table(4, [1, 0, 1]))).toEqual([0, 0, 2, 2]);
    expect(Array.from(fill_indir_table(4, [0, 1]))).toEqual([1, 1, 1, 1]);
  });
});

describe('RSS (igb: queue = indir[hash % table size])', () => {
  it('an explicit indirection table (ethtool -X equal/table) is used as given, indexed by hash modulo its length', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { rxQueues: 2, rssIndirection: [1, 0, 0] })], sockets: [bigSocket()] },
      [0, 1, 2, 3, 4].map((h, i) => frames(i * 10_000, 'eth0', 1, { hash: h })));
    expect(end(sim(sc)).ethtool.eth0.queues.map((q) => q.packets)).toEqual([3, 2]);
  });

  it('rx-flow-hash udp4 sdfn hashes addresses and ports: the Microsoft verification vector 0x51ccc178', () => {
    const { dev } = device(nic('eth0', { rxFlowHash: ['dst-port', 'src-port', 'dst-ip', 'src-ip'] }));
    expect(rssHash(dev, msFlow()) >>> 0).toBe(0x51ccc178);
  });

  it('rx-flow-hash udp4 sd (the default) hashes the addresses only: the vector\'s IPv4-only value 0x323e8fc2', () => {
    const { dev } = device(nic('eth0'));
    expect(rssHash(dev, msFlow()) >>> 0).toBe(0x323e8fc2);
  });

  it('ports are hashed only for UDP (the udp4 flow type): another protocol gets the address-only hash', () => {
    const { dev } = device(nic('eth0', { rxFlowHash: ['src-ip', 'dst-ip', 'src-port', 'dst-port'] }));
    expect(rssHash(dev, msFlow(1)) >>> 0).toBe(0x323e8fc2);
  });
});

describe('ntuple (ethtool -U flow-type udp4, first matching rule in location order)', () => {
  const rules = nic('eth0', {
    rxQueues: 4,
    ntuple: [
      { src: '66.9.149.187', srcPort: 1, action: 1 },
      { dst: '161.142.100.80', dstPort: 9, action: 2 },
      { srcPort: 2794, action: 3 },
      { dstPort: 1766, action: -1 },
    ],
  });
  const out = { matched: false };

  it('every given field must match; absent fields match anything', () => {
    const { dev } = device(rules);
    const f = msFlow();
    expect([steer(dev, f, 0, out), out.matched]).toEqual([3, true]); // rules 0 and 1 fail on a port
    expect([steer(dev, { ...f, sport: 1 }, 0, out), out.matched]).toEqual([1, true]);
    expect([steer(dev, { ...f, sport: 1, src: 1 }, 0, out), out.matched]).toEqual([-1, true]);
    expect([steer(dev, { ...f, sport: 5, dport: 9 }, 0, out), out.matched]).toEqual([2, true]);
    expect([steer(dev, { ...f, sport: 5, dport: 9, dst: 1 }, 0, out), out.matched]).toEqual([dev.indir[0], false]);
  });

  it('no rule matched: RSS picks indir[hash % 128] and `matched` is cleared', () => {
    const { dev } = device(rules);
    out.matched = true;
    expect(steer(dev, { ...msFlow(), sport: 5, dport: 6 }, 0xffffffff, out)).toBe(dev.indir[0xffffffff % 128]);
    expect(out.matched).toBe(false);
    expect(dev.indir[0xffffffff % 128]).toBe(127 % 4);
  });

  it('udp4 rules do not apply to other protocols', () => {
    const { dev } = device(rules);
    expect(steer(dev, msFlow(1), 5, out)).toBe(5 % 4);
    expect(out.matched).toBe(false);
  });
});

describe('createDevice input errors name the file, the JSON pointer and what was expected', () => {
  it('more queue entries than RX queues', () => {
    expect(inputError(nic('eth0', { rxQueues: 1, queues: [{}, {}] }))).toEqual([
      { file: 'f.json', pointer: '/config/devices/0/queues', message: 'has 2 entries but the device has 1 RX queue(s)' },
    ]);
  });
  it('an indirection entry naming no RX queue', () => {
    expect(inputError(nic('eth0', { rxQueues: 2, rssIndirection: [0, 2] }))).toEqual([
      { file: 'f.json', pointer: '/config/devices/0/rssIndirection/1', message: 'must be < 2 (the device\'s RX queues) (got 2)' },
    ]);
  });
  it('more RSS weights than RX queues, or weights summing to 0', () => {
    expect(inputError(nic('eth0', { rxQueues: 1, rssWeights: [1, 1] }))).toEqual([
      { file: 'f.json', pointer: '/config/devices/0/rssWeights', message: 'must have at most 1 weights (one per RX queue) (got 2)' },
    ]);
    expect(inputError(nic('eth0', { rxQueues: 2, rssWeights: [0, 0] }))).toEqual([
      { file: 'f.json', pointer: '/config/devices/0/rssWeights', message: 'must have a positive sum' },
    ]);
  });
  it('an ntuple action naming no RX queue', () => {
    expect(inputError(nic('eth0', { rxQueues: 2, ntuple: [{ dstPort: 1, action: 0 }, { dstPort: 2, action: 2 }] }))).toEqual([
      { file: 'f.json', pointer: '/config/devices/0/ntuple/1/action', message: 'must be -1 (drop) or < 2 (the device\'s RX queues) (got 2)' },
    ]);
  });
  it('adaptive-rx (net_dim) is refused', () => {
    expect(inputError(nic('eth0', { coalesce: { adaptiveRx: true } }))).toEqual([
      { file: 'f.json', pointer: '/config/devices/0/coalesce/adaptiveRx', message: 'adaptive interrupt moderation (net_dim) is not modelled; set it false' },
    ]);
  });
  it('an IRQ affinity with no online CPU', () => {
    expect(inputError(nic('eth0', { rxQueues: 2, queues: [{}, { smpAffinity: '4' }] }))).toEqual([
      { file: 'f.json', pointer: '/config/devices/0/queues/1/smpAffinity', message: 'must name an online CPU (0-1)' },
    ]);
  });
});

describe('interrupt coalescing while the previous interrupt is serviced (ethtool -C rx-usecs-irq / rx-frames-irq)', () => {
  /** softirq_entry times and the end of each napi_poll on eth0 (the completing poll re-enables the IRQ at its end) */
  const run = (coalesce: NonNullable<Device['coalesce']>) => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { coalesce })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 40, { gapNs: 350 })]);
    const ev = sim(sc, { events: true }).events!;
    return { entries: ev.filter((e) => e.event === 'softirq_entry').map((e) => e.t), polls: ev.filter((e) => e.event === 'napi_poll').map((e) => e.t) };
  };
  const HARDIRQ = 1000; // the model's hard IRQ cost before the softirq runs

  it('frames latched during the completing poll start the rx-usecs-irq timer at the re-enable', () => {
    const irq = run({ rxFrames: 0, rxUsecs: 5, rxUsecsIrq: 50 });
    expect(irq.entries[1]).toBe(irq.polls[0] + 50_000 + HARDIRQ);
  });

  it('rx-usecs-irq 0 means the same as rx-usecs', () => {
    const same = run({ rxFrames: 0, rxUsecs: 5, rxUsecsIrq: 0 });
    expect(same.entries[1]).toBe(same.polls[0] + 5_000 + HARDIRQ);
  });

  it('rx-frames-irq latched frames raise the IRQ as soon as it is re-enabled', () => {
    const irq = run({ rxFrames: 0, rxUsecs: 5, rxFramesIrq: 2 });
    expect(irq.entries[1]).toBe(irq.polls[0] + HARDIRQ);
  });

  it('fewer latched frames than rx-frames-irq wait; the next frame after the re-enable counts under rx-frames', () => {
    const few = run({ rxFrames: 1, rxFramesIrq: 30 });
    const nextFrame = Math.ceil((few.polls[0] + 1) / 350) * 350;
    expect(nextFrame).toBeGreaterThan(few.polls[0]);
    expect(few.entries[1]).toBe(nextFrame + HARDIRQ);
  });
});

describe('the latch window ends when the IRQ is re-enabled', () => {
  it('a frame written exactly at the re-enable is not latched: it counts under rx-frames, not rx-frames-irq', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { coalesce: { rxFrames: 1, rxFramesIrq: 30 } })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 12, { gapNs: 400 })]);
    const ev = sim(sc, { events: true }).events!;
    const reenable = ev.find((e) => e.event === 'napi_poll')!.t;
    expect(reenable % 400).toBe(0); // a frame arrives at that very time
    expect(ev.filter((e) => e.event === 'softirq_entry').map((e) => e.t)[1]).toBe(reenable + 1000);
  });
});

describe('igb statistics', () => {
  it('multicast frames count in rtnl_link_stats64.multicast (igb MPRC); unicast ones do not', () => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic()], sockets: [bigSocket()] },
      [frames(0, 'eth0', 3, { flags: ['multicast'] }), frames(100_000, 'eth0', 2)]);
    const s = end(sim(sc));
    expect(s.dev.eth0.rx_multicast).toBe(3);
    expect(s.dev.eth0.rx_packets).toBe(5);
  });
});

describe('interrupt coalescing (ethtool -C rx-usecs / rx-frames)', () => {
  const entries = (coalesce: NonNullable<Device['coalesce']>, steps: ReturnType<typeof frames>[]) => {
    const sc = scenario({ profile: 'linux-6.18', cpus: 1, devices: [nic('eth0', { coalesce })], sockets: [bigSocket()] }, steps);
    const obs = sim(sc, { events: true });
    return { t: obs.events!.filter((e) => e.event === 'softirq_entry').map((e) => e.t), irqs: end(obs).interrupts['eth0-rx-0'][0] };
  };

  it('rx-frames 0 and rx-usecs 0: every frame raises the interrupt at once', () => {
    const r = entries({ rxFrames: 0, rxUsecs: 0 }, [frames(0, 'eth0', 3, { gapNs: 100_000 })]);
    expect(r.irqs).toBe(3);
    expect(r.t).toEqual([1000, 101_000, 201_000]);
  });

  it('rx-usecs counts from the first frame since the last interrupt', () => {
    const r = entries({ rxFrames: 0, rxUsecs: 5 }, [frames(10_000, 'eth0', 2, { gapNs: 1000 })]);
    expect(r.t).toEqual([10_000 + 5_000 + 1000]);
  });

  it('an rx-usecs timer armed before rx-frames raised the IRQ is dead: the next frame starts its own timer', () => {
    // 4 frames raise the IRQ at 3 us by rx-frames; their timer (due at 50 us) must not fire for the frame at 20 us
    const r = entries({ rxFrames: 4, rxUsecs: 50 }, [frames(0, 'eth0', 4, { gapNs: 1000 }), frames(20_000, 'eth0', 1)]);
    expect(r.t).toEqual([3000 + 1000, 20_000 + 50_000 + 1000]);
    expect(r.irqs).toBe(2);
  });
});

describe('rx-flow-hash fields', () => {
  it('only the enabled fields are hashed: dst-ip alone is the Toeplitz hash of the destination address', async () => {
    const { toeplitz, be32 } = await import('../../src/model/hash.ts');
    const { dev } = device(nic('eth0', { rxFlowHash: ['dst-ip'] }));
    expect(rssHash(dev, msFlow())).toBe(toeplitz(be32(msFlow().dst)));
    expect(rssHash(dev, msFlow())).not.toBe(toeplitz([...be32(msFlow().src), ...be32(msFlow().dst)]));
  });
});
