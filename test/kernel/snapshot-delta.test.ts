// Deltas and per-second rates between the two captured readings (fixtures/snapshot-6.18), checked
// against the raw files read independently here; wrapping, resets, gauges and new series.
import { describe, expect, it } from 'vitest';
import { intervalJson } from '../../src/kernel/format/json.ts';
import { textInterval } from '../../src/kernel/format/text.ts';
import { counterDelta, grown, intervalBetween } from '../../src/kernel/snapshot-delta.ts';
import { snapshotSeries } from '../../src/kernel/series.ts';
import { intervalOf } from '../../src/kernel/watch.ts';
import { fx, reading } from './snapshot-fixtures.ts';

/** "Prefix: a b c" / "Prefix: 1 2 3" pairs of a MIB file, as name -> value ("Udp.RcvbufErrors"). */
function mib(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const ls = text.trim().split('\n');
  for (let i = 0; i < ls.length; i += 2) {
    const [prefix, ...names] = ls[i]!.trim().split(/\s+/);
    const values = ls[i + 1]!.trim().split(/\s+/).slice(1);
    names.forEach((n, k) => out.set(`${prefix!.slice(0, -1)}.${n}`, Number(values[k])));
  }
  return out;
}

const a = reading('a');
const b = reading('b');
const iv = intervalOf(a, b);
const seconds = (Number(fx('b', 'at')) - Number(fx('a', 'at'))) / 1000;

describe('an interval between two real readings', () => {
  it('lasts the time between the captures', () => {
    expect(iv.seconds).toBeCloseTo(seconds, 6);
  });
  it('every snmp and netstat counter: delta = the files\' difference, rate = delta / seconds', () => {
    const before = new Map([...mib(fx('a', 'net_snmp.txt')), ...mib(fx('a', 'net_netstat.txt'))]);
    const after = new Map([...mib(fx('b', 'net_snmp.txt')), ...mib(fx('b', 'net_netstat.txt'))]);
    let checked = 0;
    for (const c of iv.changes) {
      if (c.kind !== 'counter' || !/^(snmp|netstat)\./.test(c.series.path)) continue;
      const key = c.series.path.replace(/^(snmp|netstat)\./, '');
      expect(c.delta, c.series.path).toBe(after.get(key)! - before.get(key)!);
      expect(c.rate!).toBeCloseTo(c.delta! / seconds, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
  it('softnet_stat: processed per CPU is the difference of the hex columns', () => {
    const col0 = (dir: string) => fx(dir, 'net_softnet_stat.txt').trim().split('\n').map((l) => parseInt(l.trim().split(/\s+/)[0]!, 16));
    const [pa, pb] = [col0('a'), col0('b')];
    for (const c of iv.changes.filter((x) => /^softnet_stat\[\d+\]\.processed$/.test(x.series.path))) {
      const cpu = Number(c.series.labels.cpu);
      expect(c.kind === 'counter' && c.delta).toBe(pb[cpu]! - pa[cpu]!);
    }
  });
  it('the traffic the capture sent shows: at least 5 NoPorts, and RcvbufErrors', () => {
    const d = (p: string) => iv.changes.find((c) => c.series.path === p);
    expect(d('snmp.Udp.NoPorts')).toMatchObject({ kind: 'counter' });
    expect((d('snmp.Udp.NoPorts') as { delta: number }).delta).toBeGreaterThanOrEqual(5);
    expect((d('snmp.Udp.RcvbufErrors') as { delta: number }).delta).toBeGreaterThan(0);
  });
  it('gauges keep the later value; the socket new in b counts from zero', () => {
    for (const c of iv.changes.filter((x) => x.kind === 'gauge')) {
      const s = snapshotSeries(b.snapshot, b.present).find((x) => x.path === c.series.path)!;
      expect(c.kind === 'gauge' && c.value).toBe(s.value);
    }
    const newSocket = iv.changes.find((c) => c.series.path.startsWith('udp[') && c.series.path.endsWith('.drops') && c.kind === 'counter' && c.before === null);
    expect(newSocket).toBeDefined();
    expect(newSocket!.kind === 'counter' && newSocket!.delta).toBe(newSocket!.series.value);
  });
  it('grown() lists exactly the counters with a positive delta', () => {
    const g = grown(iv);
    expect(g.length).toBeGreaterThan(0);
    expect(g.every((c) => c.delta! > 0)).toBe(true);
    expect(iv.changes.filter((c) => c.kind === 'counter' && c.delta! > 0)).toHaveLength(g.length);
  });
});

describe('counter widths', () => {
  it('a 32-bit counter that wrapped counts modulo 2^32; a 64-bit one that went down has no delta', () => {
    expect(counterDelta(2 ** 32 - 16, 16, 32)).toBe(32);
    expect(counterDelta(100, 7, 64)).toBeNull();
    expect(counterDelta(7, 100, 64)).toBe(93);
  });
  it('softnet_stat columns are 32-bit in the spec: a wrapped reading gives the wrapped delta', () => {
    const before = snapshotSeries(a.snapshot, a.present);
    const after = before.map((s) => (s.path === 'softnet_stat[0].processed' ? { ...s, value: 5 } : s));
    const wrapped = before.map((s) => (s.path === 'softnet_stat[0].processed' ? { ...s, value: 2 ** 32 - 5 } : s));
    const c = intervalBetween(wrapped, after, 0, 1000).changes.find((x) => x.series.path === 'softnet_stat[0].processed')!;
    expect(c.kind === 'counter' && c.delta).toBe(10);
    const reset = before.map((s) => (s.path === 'snmp.Ip.InReceives' ? { ...s, value: 0 } : s));
    const r = intervalBetween(before, reset, 0, 1000).changes.find((x) => x.series.path === 'snmp.Ip.InReceives')!;
    expect(before.find((s) => s.path === 'snmp.Ip.InReceives')!.value).toBeGreaterThan(0);
    expect(r.kind === 'counter' && r.delta).toBeNull();
  });
});

describe('the JSON and text forms of an interval', () => {
  it('JSON: every counter by path with its delta and rate, every gauge with its value', () => {
    const j = intervalJson(iv);
    expect(j.seconds).toBe(iv.seconds);
    for (const c of iv.changes) {
      if (c.kind === 'counter') expect(j.counters[c.series.path]).toEqual({ delta: c.delta, rate: c.rate });
      else expect(j.gauges[c.series.path]).toBe(c.value);
    }
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
  it('text: a line per counter that grew with +delta and the rate per second, no line for the others', () => {
    const text = textInterval(iv);
    for (const c of iv.changes) {
      if (c.kind !== 'counter') continue;
      const line = text.split('\n').find((l) => l.split(/\s+/)[0] === c.series.path);
      if (c.delta! > 0) expect(line, c.series.path).toMatch(new RegExp(`\\s\\+${c.delta}\\s+${c.rate!.toFixed(1)}/s$`));
      else expect(line, c.series.path).toBeUndefined();
    }
  });
});
