// The benchmark's workload: a long UDP flood through the full receive path (NIC ring, IRQ, NAPI,
// net_rx_action, GRO, netif_receive_skb, IP, UDP, the socket) with an application that drains the
// socket every `readEveryNs`. Built as an ordinary scenario, so it runs through the public API.
import type { Scenario, Step } from '../src/generated/schema-types.ts';

export interface FloodOptions {
  packets: number;
  profile: Scenario['config']['profile'];
  /** Time between frames on the wire (ns). */
  gapNs?: number;
  readEveryNs?: number;
  payload?: number;
}

export function udpFloodScenario(o: FloodOptions): Scenario {
  // 620 ns between frames: just above the model's per-packet CPU cost (config.costs defaults:
  // driverPacketNs 100 + stackPacketNs 500 = 600 ns, plus a poll and a softirq entry per 64
  // packets), so the CPU is nearly saturated and NAPI stays in polling mode as in a real flood
  // (about 63 packets per poll, the queue's IRQ stays masked), yet every frame is still delivered
  // and read (run() checks InDatagrams == packets). At 1000 ns the NAPI completes every ~3.5
  // packets and each handful of frames costs an IRQ, a softirq and a poll: an idle-ish link, not a flood.
  const gapNs = o.gapNs ?? 620;
  const readEveryNs = o.readEveryNs ?? 100_000;
  const duration = o.packets * gapNs;
  const workload: Step[] = [
    {
      at: 0, op: 'frames', device: 'eth0', count: o.packets, gapNs,
      flow: { src: '10.0.0.2', dst: '10.0.0.1', sport: 40000, dport: 9000 }, hash: 0x9e3779b9, payload: o.payload ?? 64,
    },
  ];
  for (let t = readEveryNs; t <= duration + readEveryNs; t += readEveryNs) workload.push({ at: t, op: 'read', socket: 'rx' });
  return {
    name: `udp-flood-${o.packets}`,
    description: 'A single-flow UDP flood into one NIC queue, read by one application thread.',
    config: {
      profile: o.profile,
      cpus: 2,
      devices: [{ name: 'eth0', kind: 'nic', rxQueues: 1, ringSize: 4096 }],
      sockets: [{ name: 'rx', port: 9000, soRcvbuf: 8 * 1024 * 1024, soRcvbufForce: true, cpu: 1 }],
    },
    workload,
  };
}
