// The truesize tables: 6.18 measured on this kind of machine, 3.13 derived from its sources.
import { describe, expect, test } from 'vitest';
import { MAX_UDP_PAYLOAD, readTruesizeFile, skb_truesize, truesizeTable } from '../../src/model/truesize.ts';

/** Payloads where the table changes value by more than the per-byte slope. */
function steps(profile: 'linux-3.13' | 'linux-6.18'): [number, number][] {
  const t = truesizeTable(profile);
  const out: [number, number][] = [[0, t[0]]];
  for (let p = 1; p <= MAX_UDP_PAYLOAD; p++) if (t[p] - t[p - 1] > 1) out.push([p, t[p]]);
  return out;
}

describe('truesize tables', () => {
  test('linux-6.18 (measured): 832 up to 197 bytes, then kmalloc steps, then +1 per byte from 16005', () => {
    expect(steps('linux-6.18')).toEqual([[0, 832], [198, 1280], [646, 2304], [1670, 4352], [3718, 8448], [7814, 16640], [16005, 16837]]);
    expect(skb_truesize('linux-6.18', 16004)).toBe(16640);
    expect(skb_truesize('linux-6.18', 16005)).toBe(16837);
    expect(skb_truesize('linux-6.18', MAX_UDP_PAYLOAD)).toBe(832 + MAX_UDP_PAYLOAD);
  });
  test('linux-6.18 data file carries its provenance and measured loopback = veth', () => {
    const doc = readTruesizeFile('linux-6.18') as unknown as { provenance: Record<string, unknown> };
    expect(doc.provenance).toMatchObject({ kind: 'measured', script: 'scripts/measure-truesize.py', vethIdenticalToLoopback: true });
    expect(String(doc.provenance.uname_r)).toMatch(/^6\.18\./);
  });
  test('linux-3.13 (derived): no small-head cache and no paged path: kmalloc and page-order steps only', () => {
    expect(steps('linux-3.13')).toEqual([
      [0, 768], [134, 1280], [646, 2304], [1670, 4352], [3718, 8448], [7814, 16640], [16006, 33024], [32390, 65792], [65158, 131328],
    ]);
    expect(skb_truesize('linux-3.13', MAX_UDP_PAYLOAD)).toBe(131328);
  });
  test('tables are monotonic and at least payload + headers + struct overhead', () => {
    for (const p of ['linux-3.13', 'linux-6.18'] as const) {
      const t = truesizeTable(p);
      const bad: number[] = [];
      for (let i = 1; i <= MAX_UDP_PAYLOAD; i++) if (!(t[i] >= t[i - 1] && t[i] >= i + 28 + 576)) bad.push(i);
      expect(bad, `${p}: payloads where the table falls or is too small`).toEqual([]);
    }
  });
});
