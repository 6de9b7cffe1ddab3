// What the kernels recorded of XDP programs on a veth (golden/kernel/*/xdp-*.json, src/kernel/corpus.ts xdp): the
// recorder attached the program in driver mode (its provenance says so) and read the veth's ethtool -S, whose counters
// the trace observes; a drop program dropped every frame veth_poll counted and IP saw none; a pass program dropped
// none, and the socket was charged a page a datagram on 6.1 but page-pool fragments on 6.12 and 6.18.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldenTrace } from '../../src/generated/schema-types.ts';
import { PACKAGE_ROOT } from '../../src/spec/schema-files.ts';

const KERNELS = ['linux-6.1', 'linux-6.12', 'linux-6.18'] as const;

function xdpRecordings(kernel: string): { name: string; trace: GoldenTrace }[] {
  const dir = join(PACKAGE_ROOT, 'golden/kernel', kernel);
  return readdirSync(dir).filter((f) => f.startsWith('xdp-') && f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), trace: JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldenTrace }));
}

describe.each(KERNELS)('XDP on a veth, recorded on %s', (kernel) => {
  const recordings = xdpRecordings(kernel);

  it('holds drop, aborted and pass programs, each attached in driver mode and its veth\'s ethtool -S observed', () => {
    expect(recordings.length).toBeGreaterThanOrEqual(13);
    for (const { name, trace } of recordings) {
      const xdp = trace.scenario.config.devices![0]!.xdp!;
      const offloads = (trace.provenance as unknown as { kernel: { settings: { offloads: Record<string, string> } } }).kernel.settings.offloads;
      expect(offloads.veth0, name).toContain(`xdpdrv ${xdp} (program rxpath_xdp`);
      // veth_xdp_set took TSO from the other end
      expect(offloads.veth0p, name).toBe('tcp-segmentation-offload: off');
      expect(trace.observed, name).toContain('veth.veth0.rx_queues[0].xdp_drops');
    }
  });

  it('every frame went through veth_poll; a drop program dropped each, a pass program none', () => {
    for (const { name, trace } of recordings) {
      const end = trace.observations.checkpoints.at(-1)!.counters;
      const rq = end.veth!.veth0!.rx_queues[0]!;
      expect(rq.xdp_packets, name).toBeGreaterThan(0);
      expect(rq.drops, name).toBe(0);
      if (trace.scenario.config.devices![0]!.xdp === 'pass') {
        expect(rq.xdp_drops, name).toBe(0);
      } else {
        expect(rq.xdp_drops, name).toBe(rq.xdp_packets);
        expect(end.snmp.Ip.InReceives + (end.snmp6?.Ip6.InReceives ?? 0), name).toBe(0);
      }
    }
  });

  it('passed datagrams were charged a page each on 6.1, less on 6.12 and 6.18', () => {
    const { trace } = recordings.find((r) => r.name === 'xdp-pass-12-p100')!;
    const queued = trace.observations.checkpoints.find((c) => c.label === 'queued')!.counters.udp[0]!.rx_queue;
    expect(queued).toBe(kernel === 'linux-6.1' ? 12 * 4352 : 12800);
  });
});
