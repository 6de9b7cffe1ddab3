// get_rps_cpu, RFS and sock_rps_record_flow (spec section 4).
import { describe, expect, it } from 'vitest';
import { PROFILES, bigSocket, end, frames, nic, read, scenario, sim, softnet } from './build.ts';
import { createHost } from '../../src/model/simulator.ts';
import { get_rps_cpu, sock_rps_record_flow } from '../../src/model/rps.ts';
import { LINUX_3_13, LINUX_6_18, RPS_NO_CPU } from '../../src/model/profile.ts';
import { hash_32, reciprocal_scale } from '../../src/model/hash.ts';

describe('hash helpers', () => {
  it('hash_32 is (val * GOLDEN_RATIO_32 mod 2^32) >> (32 - bits)', () => {
    const ref = (v: number, bits: number) => Number(((BigInt(v >>> 0) * 0x61c88647n) & 0xffffffffn) >> BigInt(32 - bits));
    for (const v of [0, 1, 0xdeadbeef, 0xffffffff, 123456789]) for (const bits of [1, 7, 12, 16, 31, 32]) expect(hash_32(v, bits)).toBe(ref(v, bits));
  });

  it('reciprocal_scale(hash, n) = (hash * n) >> 32', () => {
    expect(reciprocal_scale(0x7fffffff, 2)).toBe(0);
    expect(reciprocal_scale(0x80000000, 2)).toBe(1);
    expect(reciprocal_scale(0xffffffff, 3)).toBe(2);
  });
});

describe('RPS', () => {
  it.each(PROFILES)('%s: rps_cpus picks map->cpus[reciprocal_scale(hash, len)]', (profile) => {
    const sc = scenario({ profile, cpus: 2, devices: [nic('eth0', { queues: [{ rpsCpus: '3' }] })], sockets: [bigSocket()] },
      [frames(0, 'eth0', 5, { hash: 0x10000000 }), frames(100_000, 'eth0', 7, { hash: 0x90000000 })]);
    const s = end(sim(sc));
    expect(softnet(s, 0).processed).toBe(5);
    expect(softnet(s, 1).processed).toBe(7);
  });

  it.each(PROFILES)('%s: RFS steers a connected flow to the CPU where the application last read it', (profile) => {
    const sc = scenario({
      profile, cpus: 2, sysctls: { 'net.core.rps_sock_flow_entries': 1024 },
      devices: [nic('eth0', { queues: [{ rpsFlowCnt: 256 }] })],
      sockets: [{ ...bigSocket('s', 5000, 1), connect: { address: '10.0.0.2', port: 40000 } }],
    }, [frames(0, 'eth0', 10), read(1_000_000), frames(2_000_000, 'eth0', 10)]);
    const s = end(sim(sc));
    expect(softnet(s, 0).processed).toBe(10); // before any read: no sock flow entry, no map -> no RPS
    expect(softnet(s, 1).processed).toBe(10); // after recvmsg on CPU 1
    expect(s.snmp.Udp.InDatagrams).toBe(10);
  });

  it('RFS keeps a flow on its current CPU until that CPU has dequeued past last_qtail (in-order delivery)', () => {
    for (const profile of PROFILES) {
      const host = createHost(scenario({
        profile, cpus: 2, sysctls: { 'net.core.rps_sock_flow_entries': 64 }, devices: [nic('eth0', { queues: [{ rpsFlowCnt: 64 }] })],
      }, []));
      const dev = host.core.devices[0];
      const skb = host.skbs.alloc();
      const hash = 0xabcd0001;
      host.skbs.hash[skb] = hash; host.skbs.queue[skb] = 0; host.skbs.flow[skb] = host.flows.intern({ src: 1, dst: 2, sport: 3, dport: 4, proto: 17 });
      sock_rps_record_flow(host, hash, 1);
      const ft = dev.rxq[0].flowTable!;
      const slot = host.profile.rfsSlot(hash, ft.size);
      ft.cpu[slot] = 0;
      ft.lastQtail[slot] = 5; // CPU 0 still has to dequeue up to 5
      host.core.cpus[0].inputQueueHead = 3;
      expect(get_rps_cpu(host, dev, skb)).toBe(0);
      host.core.cpus[0].inputQueueHead = 5;
      expect(get_rps_cpu(host, dev, skb)).toBe(1);
      expect(ft.cpu[slot]).toBe(1);
    }
  });

  it('6.x sock flow entries carry hash bits: an entry written by another flow in the same slot is ignored', () => {
    const mask = 1; // 2 CPUs
    const e = LINUX_6_18.rfsSockEntry(0xabcd0000, 1, mask);
    expect(LINUX_6_18.rfsNextCpu(e, 0xabcd0000, mask)).toBe(1);
    expect(LINUX_6_18.rfsNextCpu(e, 0x1bcd0000, mask)).toBe(-1);
    // 3.13 stores the bare CPU: any flow of that slot follows it
    expect(LINUX_3_13.rfsNextCpu(LINUX_3_13.rfsSockEntry(0xabcd0000, 1, mask), 0x1bcd0000, mask)).toBe(1);
    expect(LINUX_6_18.rfsSlot(0x12345678, 256)).toBe(hash_32(0x12345678, 8));
    expect(LINUX_3_13.rfsSlot(0x12345678, 256)).toBe(0x78);
  });

  it('sock_rps_record_flow records nothing for a zero hash or without a table; rps_sock_flow_entries rounds up and resets entries', () => {
    const host = createHost(scenario({ profile: 'linux-6.18', cpus: 2 }, []));
    sock_rps_record_flow(host, 0x1234, 1);
    expect(host.core.sockFlowTable).toBeNull();
    const h2 = createHost(scenario({ profile: 'linux-3.13', cpus: 2, sysctls: { 'net.core.rps_sock_flow_entries': 100 } }, []));
    expect(h2.core.sockFlowTable!.ents.length).toBe(128);
    sock_rps_record_flow(h2, 0, 1);
    expect(h2.core.sockFlowTable!.ents.every((v) => v === RPS_NO_CPU)).toBe(true);
    sock_rps_record_flow(h2, 5, 1);
    expect(h2.core.sockFlowTable!.ents[5]).toBe(1);
  });

  it('3.13: a one-CPU rps_map without a flow table returns that CPU without hashing', () => {
    const host = createHost(scenario({ profile: 'linux-3.13', cpus: 2, devices: [nic('eth0', { queues: [{ rpsCpus: '2' }] })] }, []));
    const skb = host.skbs.alloc();
    host.skbs.hash[skb] = 0; host.skbs.queue[skb] = 0; host.skbs.flow[skb] = host.flows.intern({ src: 1, dst: 2, sport: 3, dport: 4, proto: 17 });
    expect(get_rps_cpu(host, host.core.devices[0], skb)).toBe(1);
    expect(host.skbs.hash[skb]).toBe(0); // skb_get_rxhash never ran
    const h6 = createHost(scenario({ profile: 'linux-6.18', cpus: 2, devices: [nic('eth0', { queues: [{ rpsCpus: '2' }] })] }, []));
    const s6 = h6.skbs.alloc();
    h6.skbs.hash[s6] = 0; h6.skbs.queue[s6] = 0; h6.skbs.flow[s6] = h6.flows.intern({ src: 1, dst: 2, sport: 3, dport: 4, proto: 17 });
    expect(get_rps_cpu(h6, h6.core.devices[0], s6)).toBe(1);
    expect(h6.skbs.hash[s6]).not.toBe(0); // skb_get_hash computed the software hash
  });
});
