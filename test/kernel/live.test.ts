// Records one small scenario on the live kernel (root on Linux only; CI runs as root on a machine
// like the project's) and holds the model to it. Elsewhere the test is skipped, saying why.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kernelCorpus } from '../../src/kernel/corpus.ts';
import { withRecorderLock } from '../../src/kernel/lock.ts';
import { kernelUnavailableReason } from '../../src/kernel/platform.ts';
import { recordTrace } from '../../src/kernel/record_trace.ts';
import { simulate } from '../../src/model/index.ts';
import { formatMismatches, observedMismatches } from './compare.ts';

const why = kernelUnavailableReason();
if (why) console.warn(`test/kernel/live.test.ts skipped: the live kernel cannot be recorded here: ${why}`);

const LIVE = ['udp-rcvbuf-lo-set0-p100', 'backlog-burst50-max10', 'crafted-ip-csum'];

describe.skipIf(why !== null)('live kernel recording (root on Linux)', () => {
  it('records a receive-buffer overflow, a backlog overflow and a bad IP checksum twice identically; the model agrees; nothing is left behind', async () => {
    const backlogBefore = readFileSync('/proc/sys/net/core/netdev_max_backlog', 'utf8');
    const entries = kernelCorpus().filter((e) => LIVE.includes(e.scenario.name));
    expect(entries).toHaveLength(LIVE.length);
    await withRecorderLock(async () => {
      for (const e of entries) {
        const r = await recordTrace(e, { repeats: 2 });
        if (!r.kept) throw new Error(`${e.scenario.name}: ${r.reason}`);
        const endK = r.trace.observations.checkpoints.at(-1)!.counters;
        if (e.scenario.name.startsWith('udp-rcvbuf')) expect(endK.snmp.Udp.RcvbufErrors).toBeGreaterThan(0);
        // 50 packets in one BH-disabled section onto a backlog of 10: max + 1 = 11 queued (enqueue_to_backlog), 39 dropped.
        if (e.scenario.name.startsWith('backlog')) expect([endK.softnet_stat[1].dropped, endK.snmp.Ip.InReceives]).toEqual([39, 11]);
        if (e.scenario.name === 'crafted-ip-csum') expect(endK.netstat.IpExt.InCsumErrors).toBe(3);
        const ms = observedMismatches(r.trace, simulate(e.scenario, { profile: 'linux-6.18' }));
        expect(ms, formatMismatches(e.scenario.name, ms)).toEqual([]);
      }
    }, { waitMs: 30_000 });
    expect(readFileSync('/proc/sys/net/core/netdev_max_backlog', 'utf8')).toBe(backlogBefore);
    const leftNs = existsSync('/run/netns') ? readdirSync('/run/netns').filter((n) => n.startsWith(`rxpath-${process.pid}-`)) : [];
    expect(leftNs).toEqual([]);
    const leftTrace = existsSync('/sys/kernel/tracing/instances') ? readdirSync('/sys/kernel/tracing/instances').filter((n) => n.startsWith(`rxpath-${process.pid}-`)) : [];
    expect(leftTrace).toEqual([]);
  }, 60_000);
});
