// Kernel rules of RPS/RFS (net/core/dev.c get_rps_cpu, set_rps_cpu, rps_ipi_queued /
// napi_schedule_rps; net/core/net-sysfs.c store_rps_map, store_rps_dev_flow_table_cnt) that the
// model's own tests and the property suite left unpinned (found by `npm run mutate`).
import { describe, expect, it } from 'vitest';
import { PROFILES, bigSocket, end, frames, loopback, nic, read, scenario, sim, softnet } from '../model/build.ts';
import { createHost } from '../../src/model/simulator.ts';
import {
  NetdevRxQueue, flowSoftwareHash, get_rps_cpu, sock_rps_record_flow, store_rps_dev_flow_table_cnt, store_rps_map,
} from '../../src/model/rps.ts';
import { parseIpv4 } from '../../src/model/skb.ts';
import { be16, be32, toeplitz } from '../../src/model/hash.ts';

describe('net-sysfs', () => {
  it('store_rps_map keeps the online CPUs of the mask in ascending order; no online CPU is no map', () => {
    const rxq = new NetdevRxQueue();
    store_rps_map(rxq, [3, 1, -1, 0, 2], 2);
    expect(Array.from(rxq.map!)).toEqual([0, 1]);
    store_rps_map(rxq, [1, 0], 4);
    expect(Array.from(rxq.map!)).toEqual([0, 1]);
    store_rps_map(rxq, [2, 5], 2);
    expect(rxq.map).toBeNull();
  });
  it('store_rps_dev_flow_table_cnt rounds up to a power of two; 0 removes the table', () => {
    const rxq = new NetdevRxQueue();
    store_rps_dev_flow_table_cnt(rxq, 100);
    expect(rxq.flowTable!.size).toBe(128);
    store_rps_dev_flow_table_cnt(rxq, 0);
    expect(rxq.flowTable).toBeNull();
  });
});

describe('the software flow hash (the model\'s reproducible stand-in for __skb_get_hash)', () => {
  it('is the Toeplitz hash of src, dst, sport, dport: the Microsoft RSS verification vector', () => {
    const host = createHost(scenario({ profile: 'linux-6.18', cpus: 1 }, []));
    const flow = host.flows.intern({ src: parseIpv4('66.9.149.187'), dst: parseIpv4('161.142.100.80'), sport: 2794, dport: 1766, proto: 17 });
    expect(flowSoftwareHash(host, flow)).toBe(0x51ccc178);
    const other = host.flows.intern({ src: parseIpv4('199.92.111.2'), dst: parseIpv4('65.69.140.83'), sport: 14230, dport: 4739, proto: 17 });
    expect(flowSoftwareHash(host, other)).toBe(0xc626b0ea);
  });
});

describe('a software hash of 0 becomes 1 (flow_dissector.c:__flow_hash_from_keys `if (!hash) hash = 1`)', () => {
  // Toeplitz is linear over GF(2): solve for the ports that make the hash of 10.0.0.1 -> 10.0.0.2 zero.
  function portsWithZeroHash(src: number, dst: number): { sport: number; dport: number } {
    const h = (x: number) => toeplitz([...be32(src), ...be32(dst), ...be16(x >>> 16), ...be16(x & 0xffff)]);
    const base = h(0);
    const rows: { v: number; x: number }[] = []; // reduced basis: v = h(x) ^ base
    for (let i = 0; i < 32; i++) {
      let v = (h((1 << i) >>> 0) ^ base) >>> 0;
      let x = (1 << i) >>> 0;
      for (const r of rows) if ((v ^ r.v) >>> 0 < v) { v = (v ^ r.v) >>> 0; x = (x ^ r.x) >>> 0; }
      if (v !== 0) { rows.push({ v, x }); rows.sort((a, b) => b.v - a.v); }
    }
    let t = base;
    let x = 0;
    for (const r of rows) if ((t ^ r.v) >>> 0 < t) { t = (t ^ r.v) >>> 0; x = (x ^ r.x) >>> 0; }
    if (t !== 0) throw new Error('no solution');
    return { sport: x >>> 16, dport: x & 0xffff };
  }

  it('the model\'s software hash maps a Toeplitz result of 0 to 1, and RPS steers such a flow by hash 1', () => {
    const src = parseIpv4('10.0.0.1');
    const dst = parseIpv4('10.0.0.2');
    const { sport, dport } = portsWithZeroHash(src, dst);
    expect(toeplitz([...be32(src), ...be32(dst), ...be16(sport), ...be16(dport)])).toBe(0);
    const host = createHost(scenario({ profile: 'linux-6.18', cpus: 1 }, []));
    expect(flowSoftwareHash(host, host.flows.intern({ src, dst, sport, dport, proto: 17 }))).toBe(1);
  });
});

describe('get_rps_cpu', () => {
  const rfsHost = (profile: (typeof PROFILES)[number]) => {
    const host = createHost(scenario({
      profile, cpus: 2, sysctls: { 'net.core.rps_sock_flow_entries': 64 }, devices: [nic('eth0', { queues: [{ rpsFlowCnt: 64 }] })],
    }, []));
    const dev = host.core.devices[0];
    const hash = 0xabcd0001;
    const mk = () => {
      const s = host.skbs.alloc();
      host.skbs.hash[s] = hash; host.skbs.queue[s] = 0; host.skbs.flow[s] = host.flows.intern({ src: 1, dst: 2, sport: 3, dport: 4, proto: 17 });
      return s;
    };
    const ft = dev.rxq[0].flowTable!;
    return { host, dev, hash, mk, ft, slot: host.profile.rfsSlot(hash, ft.size) };
  };

  it.each(PROFILES)('%s: set_rps_cpu, when the flow moves, sets last_qtail to the new CPU\'s input_queue_head', (profile) => {
    const { host, dev, hash, mk, ft, slot } = rfsHost(profile);
    sock_rps_record_flow(host, hash, 0);
    expect(get_rps_cpu(host, dev, mk())).toBe(0);
    expect([ft.cpu[slot], ft.lastQtail[slot]]).toEqual([0, 0]);
    host.core.cpus[1].inputQueueHead = 10;
    sock_rps_record_flow(host, hash, 1);
    expect(get_rps_cpu(host, dev, mk())).toBe(1);
    expect([ft.cpu[slot], ft.lastQtail[slot]]).toEqual([1, 10]);
  });

  it.each(PROFILES)('%s: a flow that stays on its CPU does not go through set_rps_cpu, so last_qtail keeps the last enqueue\'s tail', (profile) => {
    const { host, dev, hash, mk, ft, slot } = rfsHost(profile);
    sock_rps_record_flow(host, hash, 0);
    expect(get_rps_cpu(host, dev, mk())).toBe(0);
    ft.lastQtail[slot] = 3; // three packets enqueued on CPU 0, none dequeued yet (head 0)
    expect(get_rps_cpu(host, dev, mk())).toBe(0); // e.g. the enqueue is then dropped: no tail stored
    expect(ft.lastQtail[slot]).toBe(3);
    sock_rps_record_flow(host, hash, 1);
    expect(get_rps_cpu(host, dev, mk())).toBe(0); // still in flight on CPU 0
  });

  it('3.13: the one-CPU map shortcut applies only without a flow table (RFS still steers)', () => {
    const sc = scenario({
      profile: 'linux-3.13', cpus: 2, sysctls: { 'net.core.rps_sock_flow_entries': 1024 },
      devices: [nic('eth0', { queues: [{ rpsCpus: '2', rpsFlowCnt: 256 }] })],
      sockets: [{ ...bigSocket('s', 5000, 0), connect: { address: '10.0.0.2', port: 40000 } }],
    }, [frames(0, 'eth0', 10), read(1_000_000), frames(2_000_000, 'eth0', 10)]);
    const s = end(sim(sc));
    expect(softnet(s, 1).processed).toBe(10); // before any read: the map's only CPU
    expect(softnet(s, 0).processed).toBe(10); // after recvmsg on CPU 0: RFS
  });

  it.each(PROFILES)('%s: a socket flow table without a device flow table is plain RPS (`if (flow_table && sock_flow_table)`)', (profile) => {
    const sc = scenario({
      profile, cpus: 2, sysctls: { 'net.core.rps_sock_flow_entries': 1024 },
      devices: [nic('eth0', { queues: [{ rpsCpus: '3' }] })],
      sockets: [{ ...bigSocket('s', 5000, 1), connect: { address: '10.0.0.2', port: 40000 } }],
    }, [read(0), frames(1000, 'eth0', 5, { hash: 0x10000000 }), read(1_000_000), frames(2_000_000, 'eth0', 5, { hash: 0x10000000 })]);
    const s = end(sim(sc));
    expect(softnet(s, 0).processed).toBe(10); // reciprocal_scale(0x10000000, 2) = 0, whatever the reader's CPU
  });
});

describe('NET_RX raised from inside net_rx_action (3.13 rps_ipi_queued and 6.1 napi_schedule_rps raise unconditionally; 6.12+ check sd->in_net_rx_action)', () => {
  it.each(PROFILES)('%s: RPS steering from a NIC poll leaves NET_RX pending on the steering CPU in 3.13 and 6.1 only, so /proc/softirqs counts a second run there', (profile) => {
    const sc = scenario({
      profile, cpus: 2, devices: [nic('eth0', { ringSize: 4096, queues: [{ rpsCpus: '2' }] })], sockets: [bigSocket()],
    }, [frames(0, 'eth0', 5)]);
    const s = end(sim(sc));
    // 6.1.192 dev.c:napi_schedule_rps `__raise_softirq_irqoff(NET_RX_SOFTIRQ)` for a remote sd; 6.12 and 6.18
    // `if (!mysd->in_net_rx_action && !mysd->in_napi_threaded_poll) __raise_softirq_irqoff(NET_RX_SOFTIRQ)`
    expect(s.softirqs.NET_RX[0]).toBe(profile === 'linux-3.13' || profile === 'linux-6.1' ? 2 : 1);
  });
});

describe('get_rps_cpu: CPUs that are not online (tcpu/next_cpu >= nr_cpu_ids) and sock-table mismatches', () => {
  const host3 = (profile: (typeof PROFILES)[number], ncpus: number, flowCnt: number) => {
    const host = createHost(scenario({
      profile, cpus: ncpus, sysctls: { 'net.core.rps_sock_flow_entries': 64 },
      devices: [nic('eth0', { queues: [{ rpsCpus: ((1 << ncpus) - 1).toString(16), rpsFlowCnt: flowCnt }] })],
    }, []));
    const dev = host.core.devices[0];
    const mk = (hash: number) => {
      const s = host.skbs.alloc();
      host.skbs.hash[s] = hash; host.skbs.queue[s] = 0; host.skbs.flow[s] = host.flows.intern({ src: 1, dst: 2, sport: 3, dport: 4, proto: 17 });
      return s;
    };
    return { host, dev, mk, ft: dev.rxq[0].flowTable! };
  };

  it('6.18: an empty sock-table entry (RPS_NO_CPU) whose hash bits match gives next_cpu = 0xffff & rps_cpu_mask; with 3 CPUs that is CPU 3, not online: set_rps_cpu stores it without a last_qtail and the skb goes by the RPS map', () => {
    const { host, dev, mk, ft } = host3('linux-6.18', 3, 64);
    expect(host.core.rpsCpuMask).toBe(3);
    const hash = 0x0000fffd; // (0xffff ^ hash) & ~3 == 0
    const slot = host.profile.rfsSlot(hash, ft.size);
    expect(get_rps_cpu(host, dev, mk(hash))).toBe(0); // reciprocal_scale(0xfffd, 3) = 0
    expect([ft.cpu[slot], ft.lastQtail[slot]]).toEqual([3, 0]);
    // The reader records the flow on CPU 1: tcpu (3) is not online, so the flow moves at once.
    host.core.cpus[1].inputQueueHead = 7;
    sock_rps_record_flow(host, hash, 1);
    expect(get_rps_cpu(host, dev, mk(hash))).toBe(1);
    expect([ft.cpu[slot], ft.lastQtail[slot]]).toEqual([1, 7]);
  });

  it('6.18: a sock-table entry of another flow (hash bits differ) sends the skb to the RPS map and leaves the device flow table alone (`goto try_rps`)', () => {
    // a table of 2 (6.18 refuses 1: spec/rps-flow-cnt.ts); hash_32(h, 1) puts both hashes in slot 0
    const { host, dev, mk, ft } = host3('linux-6.18', 2, 2);
    const a = 0x40000001;
    const b = 0x00000001; // same sock-table index and the same flow-table slot
    sock_rps_record_flow(host, a, 1);
    expect(get_rps_cpu(host, dev, mk(a))).toBe(1);
    ft.lastQtail[0] = 5; // five of a's packets still in flight on CPU 1
    expect(get_rps_cpu(host, dev, mk(b))).toBe(0); // reciprocal_scale(1, 2) = 0, by the map
    expect([ft.cpu[0], ft.lastQtail[0]]).toEqual([1, 5]);
    host.core.cpus[1].inputQueueHead = 5; // a's packets all processed: still no reason to touch the slot
    expect(get_rps_cpu(host, dev, mk(b))).toBe(0);
    expect([ft.cpu[0], ft.lastQtail[0]]).toEqual([1, 5]);
  });

  it('3.13: a slot shared with a recorded flow, for a flow with no sock-table entry (RPS_NO_CPU): set_rps_cpu stores RPS_NO_CPU, keeps last_qtail, and the skb goes by the map', () => {
    const { host, dev, mk, ft } = host3('linux-3.13', 2, 1);
    const a = 0x00000001;
    const b = 0x00000002; // sock-table entry 2 never written
    sock_rps_record_flow(host, a, 1);
    expect(get_rps_cpu(host, dev, mk(a))).toBe(1);
    ft.lastQtail[0] = 4;
    host.core.cpus[1].inputQueueHead = 4; // all of a's packets processed: the slot may move
    expect(get_rps_cpu(host, dev, mk(b))).toBe(0); // ((u64)2 * 2) >> 32 = 0
    expect([ft.cpu[0], ft.lastQtail[0]]).toEqual([0xffff, 4]);
  });
});

describe('napi_schedule_rps outside net_rx_action', () => {
  it.each(PROFILES)('%s: netif_rx on loopback steered by RPS to another CPU raises NET_RX on the sender, whose net_rx_action sends the IPI', (profile) => {
    const sc = scenario({
      profile, cpus: 2, devices: [{ ...loopback(), queues: [{ rpsCpus: '2' }] }], sockets: [{ ...bigSocket(), address: '127.0.0.1' }],
    }, [frames(0, 'lo', 3, { cpu: 0 }), read(1_000_000)]);
    const s = end(sim(sc));
    expect(softnet(s, 1).processed).toBe(3);
    expect(softnet(s, 1).received_rps).toBeGreaterThanOrEqual(1);
    expect(s.softirqs.NET_RX[0]).toBeGreaterThanOrEqual(1);
    expect(s.snmp.Udp.InDatagrams).toBe(3);
  });
});
