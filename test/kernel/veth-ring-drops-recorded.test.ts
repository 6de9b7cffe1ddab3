// A veth in NAPI mode drops a frame that finds its ring full at the sending end (drivers/net/veth.c:veth_xmit,
// atomic64_inc(&priv->dropped): that end's tx_dropped), where no receive-side counter of the snapshot sees it. The
// recorder reads the sending end's tx_dropped around the workload into the provenance (settings.peerTxDropped); the
// model reports its drops in internal.rings[].dropped. Every recording of a NAPI-mode veth, on every kernel, must
// agree with the model, and the corpus must hold recordings where the ring overflows and where it does not.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldenTrace } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { PACKAGE_ROOT } from '../../src/spec/schema-files.ts';
import { vethNapiRequested } from '../../src/spec/veth-napi.ts';
import { peerName } from '../../src/kernel/topology.ts';

interface Recorded { file: string; trace: GoldenTrace; dropped: Record<string, number> }

function napiRecordings(): Recorded[] {
  const out: Recorded[] = [];
  const root = join(PACKAGE_ROOT, 'golden/kernel');
  for (const dir of readdirSync(root)) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.json'))) {
      const trace = JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as GoldenTrace;
      if (!(trace.scenario.config.devices ?? []).some(vethNapiRequested)) continue;
      const settings = (trace.provenance as { kernel?: { settings?: { peerTxDropped?: Record<string, number> } } }).kernel?.settings;
      out.push({ file: `${dir}/${f}`, trace, dropped: settings?.peerTxDropped ?? {} });
    }
  }
  return out;
}

const recordings = napiRecordings();

describe('a NAPI-mode veth\'s ring-full drops, as recorded at the sending end', () => {
  it('every kernel has recordings of a NAPI-mode veth, some where the ring overflows', () => {
    for (const k of ['linux-6.1', 'linux-6.12', 'linux-6.18']) {
      const mine = recordings.filter((r) => r.file.startsWith(`${k}/`));
      expect(mine.length, k).toBeGreaterThan(5);
      expect(mine.some((r) => Object.values(r.dropped).some((n) => n > 0)), k).toBe(true);
    }
  });

  it.each(recordings.map((r) => [r.file, r] as const))('%s', (_file, r) => {
    const obs = simulate(r.trace.scenario);
    const end = obs.checkpoints[obs.checkpoints.length - 1]!.counters;
    for (const d of (r.trace.scenario.config.devices ?? []).filter(vethNapiRequested)) {
      const ring = end.internal?.rings?.find((x) => x.device === d.name);
      expect(r.dropped[peerName(d.name)], `${d.name}'s other end's tx_dropped`).toBe(ring?.dropped);
    }
  });
});
