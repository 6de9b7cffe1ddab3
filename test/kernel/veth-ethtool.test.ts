// ethtool -S of a veth (src/kernel/veth-ethtool.ts): drivers/net/veth.c:veth_get_ethtool_stats's text into the
// snapshot's veth section, by the counter schema's aliases; a reading puts it beside the NICs', and a delta of two
// readings subtracts queue by queue.
import { describe, expect, it } from 'vitest';
import { isVethEthtool, parseVethEthtool } from '../../src/kernel/veth-ethtool.ts';
import { buildReading } from '../../src/kernel/reading.ts';
import { snapshotDelta } from '../../src/kernel/snapshot.ts';
import { snapshotSeries } from '../../src/kernel/series.ts';
import { validateAgainst } from '../../src/spec/validate.ts';
import { FX_CPUS, counterFiles, ok } from './snapshot-fixtures.ts';

/** What 6.18.44 printed for a veth whose XDP program dropped 10 frames of 128 bytes. */
const TEXT = `NIC statistics:
     peer_ifindex: 2
     rx_queue_0_xdp_packets: 10
     rx_queue_0_xdp_bytes: 1280
     rx_queue_0_drops: 0
     rx_queue_0_xdp_redirect: 0
     rx_queue_0_xdp_drops: 10
     rx_queue_0_xdp_tx: 0
     rx_queue_0_xdp_tx_errors: 0
     tx_queue_0_xdp_xmit: 0
     tx_queue_0_xdp_xmit_errors: 0
`;

describe('a veth\'s ethtool -S', () => {
  it('is told from a NIC\'s by its first statistic, peer_ifindex', () => {
    expect(isVethEthtool(TEXT)).toBe(true);
    expect(isVethEthtool('NIC statistics:\n     rx_packets: 3\n')).toBe(false);
  });

  it('fills every field of each queue, with its counter path, and the schema takes it', () => {
    const p = ok(parseVethEthtool(TEXT, 'veth0'));
    expect(p.stats.rx_queues).toEqual([{ xdp_packets: 10, xdp_bytes: 1280, drops: 0, xdp_redirect: 0, xdp_drops: 10, xdp_tx: 0, xdp_tx_errors: 0 }]);
    expect(p.stats.tx_queues).toEqual([{ xdp_xmit: 0, xdp_xmit_errors: 0 }]);
    expect(p.present).toHaveLength(9);
    expect(p.present).toContain('veth.veth0.rx_queues[0].xdp_drops');
    expect(() => validateAgainst('counters/veth.schema.json', { veth0: p.stats }, 'parsed')).not.toThrow();
  });

  it('a statistic the schema does not know is left out; a queue it skips reads 0', () => {
    const p = ok(parseVethEthtool('NIC statistics:\n     peer_ifindex: 9\n     rx_queue_1_xdp_drops: 4\n     rx_queue_1_xdp_new: 1\n', 'v'));
    expect(p.stats.rx_queues[0]!.xdp_drops).toBe(0);
    expect(p.stats.rx_queues[1]!.xdp_drops).toBe(4);
    expect(p.present).toEqual(['veth.v.rx_queues[1].xdp_drops']);
  });

  it('bad text is a parse error naming the command and the line; a counter beyond 2^53 is a warning', () => {
    const bad = parseVethEthtool('NIC statistics:\n     peer_ifindex: 2\n     what\n', 'veth0');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^ethtool -S veth0: line 3: expected "rx_queue_N_NAME: value"/);
    const big = parseVethEthtool('NIC statistics:\n     peer_ifindex: 2\n     rx_queue_0_xdp_drops: 18446744073709551615\n', 'veth0');
    expect(big.ok && big.warnings[0]).toMatch(/line 3: rx_queue_0_xdp_drops: .* not a counter below 2\^53/);
  });

  it('a reading puts it in the veth section, its series are labelled by device and queue, a delta subtracts', () => {
    const a = ok(buildReading(counterFiles('a'), { veth0: TEXT.replace(/: 10$/gm, ': 4').replace('1280', '512') }, FX_CPUS, 0));
    const b = ok(buildReading(counterFiles('a'), { veth0: TEXT }, FX_CPUS, 1));
    expect(b.snapshot.veth!.veth0!.rx_queues[0]!.xdp_drops).toBe(10);
    expect(b.present.has('veth.veth0.tx_queues[0].xdp_xmit')).toBe(true);
    const d = snapshotDelta(a.snapshot, b.snapshot);
    expect(d.veth!.veth0!.rx_queues[0]).toMatchObject({ xdp_packets: 6, xdp_bytes: 768, xdp_drops: 6 });
    const series = snapshotSeries(b.snapshot, b.present).filter((x) => x.path.startsWith('veth.'));
    expect(series).toHaveLength(9);
    expect(series.find((x) => x.path === 'veth.veth0.rx_queues[0].xdp_drops')).toMatchObject({ labels: { device: 'veth0', queue: '0' }, value: 10 });
  });
});
