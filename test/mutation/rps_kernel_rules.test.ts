// Kernel rules of RPS/RFS (net/core/dev.c get_rps_cpu, set_rps_cpu, rps_ipi_queued /
// napi_schedule_rps; net/core/net-sysfs.c store_rps_map, store_rps_dev_flow_table_cnt) that the
// model's own tests and the property suite left unpinned (found by `npm run mutate`).
import { describe, expect, it } from 'vitest';
import { PROFILES, bigSocket, end, frames, nic, read, scenario, sim, softnet } from '../model/build.ts';
import { createHost } from '../../src/model/simulator.ts';
import {
  NetdevRxQueue, flowSoftwareHash, get_rps_cpu, sock_rps_record_flow, store_rps_dev_flow_table_cnt, store_rps_map,
} from '../../src/model/rps.ts';
import { parseIpv4 } from '../../src/model/skb.ts';

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

describe('NET_RX raised from inside net_rx_action (3.13 rps_ipi_queued / ____napi_schedule raise unconditionally; 6.x napi_schedule_rps does not)', () => {
  it.each(PROFILES)('%s: RPS steering from a NIC poll leaves NET_RX pending on the steering CPU in 3.13 only, so /proc/softirqs counts a second run there', (profile) => {
    const sc = scenario({
      profile, cpus: 2, devices: [nic('eth0', { ringSize: 4096, queues: [{ rpsCpus: '2' }] })], sockets: [bigSocket()],
    }, [frames(0, 'eth0', 5)]);
    const s = end(sim(sc));
    expect(s.softirqs.NET_RX[0]).toBe(profile === 'linux-3.13' ? 2 : 1);
  });
});
