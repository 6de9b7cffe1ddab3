// The snapshot's readers on files captured from this project's Linux 6.18 machine
// (fixtures/snapshot-6.18/capture.sh): the counter files into a schema-valid Snapshot, `ethtool -S`
// into the ethtool section by the schema's own aliases, and the series the formats are built on.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ethtoolFieldMap, nicNames, parseEthtoolStats } from '../../src/kernel/ethtool.ts';
import { buildReading, devicesOf } from '../../src/kernel/reading.ts';
import { seriesKey, snapshotSeries } from '../../src/kernel/series.ts';
import { listSpecEntries } from '../../src/spec/registry.ts';
import { validateAgainst } from '../../src/spec/validate.ts';
import { FX, FX_CPUS, counterFiles, ethtoolTexts, fx, ok, reading } from './snapshot-fixtures.ts';

/** "name: value" lines of an `ethtool -S` text, as the test reads them (not the parser under test). */
function statLines(text: string): Map<string, number> {
  return new Map(text.split('\n').slice(1).filter((l) => l.includes(':')).map((l) => {
    const [k, v] = l.trim().split(/:\s*/);
    return [k!, Number(v)];
  }));
}

describe('the captured counter files', () => {
  it.each(['a', 'b'] as const)('reading %s is a schema-valid Snapshot with a softnet row per CPU', (dir) => {
    const r = reading(dir);
    expect(() => validateAgainst('snapshot.schema.json', r.snapshot, `fixtures/${dir}`)).not.toThrow();
    expect(r.snapshot.softnet_stat.map((row) => row.cpu)).toEqual(Array.from({ length: FX_CPUS }, (_, i) => i));
    expect(r.present.has('snmp.Udp.RcvbufErrors')).toBe(true);
  });
  it('the device names of /proc/net/dev are what its parser keys rows by', () => {
    const r = reading('a');
    expect(devicesOf(fx('a', 'net_dev.txt')).sort()).toEqual(Object.keys(r.snapshot.dev).sort());
  });
  it('reading b holds the unread socket the capture left open, with its drops', () => {
    const r = reading('b');
    const withDrops = r.snapshot.udp.filter((u) => u.drops > 0);
    expect(withDrops.length).toBeGreaterThan(0);
    // its receive queue holds what was admitted before the buffer was full
    expect(withDrops.every((u) => u.rx_queue > 0)).toBe(true);
  });
});

describe('ethtool -S, read by the schema\'s aliases', () => {
  const texts = ethtoolTexts();
  it('every captured interface whose ethtool succeeded parses; the others printed no statistics', () => {
    const rcs = readdirSync(join(FX, 'ethtool')).filter((f) => f.endsWith('.rc'));
    expect(rcs.length).toBeGreaterThan(0);
    for (const f of rcs) {
      const dev = f.slice(0, -3);
      if (fx('ethtool', f).trim() !== '0') expect(fx('ethtool', `${dev}.txt`).trim()).toBe('');
      else expect(parseEthtoolStats(texts[dev]!, dev).ok).toBe(true);
    }
  });
  it('each statistic the schema names fills its field with the value printed; the others are counted as unmapped', () => {
    const map = ethtoolFieldMap();
    for (const [dev, text] of Object.entries(texts)) {
      const p = ok(parseEthtoolStats(text, dev));
      const stats = statLines(text);
      let mapped = 0;
      for (const [name, value] of stats) {
        const field = map.totals.get(name);
        const q = map.queues.map((x) => ({ m: x.re.exec(name), field: x.field })).find((x) => x.m);
        if (field) { mapped++; expect((p.stats as unknown as Record<string, number>)[field]).toBe(value); }
        else if (q?.m) { mapped++; expect((p.stats!.queues[Number(q.m[1])] as unknown as Record<string, number>)[q.field]).toBe(value); }
      }
      expect(p.unmapped).toBe(stats.size - mapped);
      expect(p.present).toHaveLength(mapped);
      expect(p.stats === null).toBe(mapped === 0);
    }
  });
  it('the field map holds every ethtool alias of the counter schema', () => {
    const map = ethtoolFieldMap();
    const aliased = listSpecEntries().filter((e) => e.name.startsWith('ethtool.') && e.annotation.aliases.ethtool);
    expect(map.totals.size + map.queues.length).toBe(aliased.length);
  });
  it('a driver that names every schema statistic fills every field (text made from the aliases)', () => {
    const map = ethtoolFieldMap();
    const lines = [...map.totals.keys()].map((k, i) => `     ${k}: ${i + 1}`);
    for (const q of map.queues) for (const n of [0, 2]) lines.push(`     ${q.re.source.slice(1, -1).replace('([0-9]+)', String(n))}: ${n + 7}`);
    const p = ok(parseEthtoolStats(`NIC statistics:\n${lines.join('\n')}\n`, 'ethX'));
    [...map.totals.values()].forEach((field, i) => expect((p.stats as unknown as Record<string, number>)[field]).toBe(i + 1));
    expect(p.stats!.queues).toHaveLength(3);
    expect(p.stats!.queues[1]).toEqual({ packets: 0, bytes: 0 });
    expect(p.stats!.queues[2]).toEqual({ packets: 9, bytes: 9 });
    expect(() => validateAgainst('counters/ethtool.schema.json', { ethX: p.stats }, 'made')).not.toThrow();
  });
  it('bad text is a parse error naming the command and line; a counter beyond 2^53 is left out with a warning', () => {
    const r = parseEthtoolStats('no header\n', 'eth9');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^ethtool -S eth9: line 1: expected "NIC statistics:"/);
    const big = ok(parseEthtoolStats('NIC statistics:\n     rx_packets: 18446744073709551615\n', 'eth9'));
    expect(big.stats).toBeNull();
    const w = parseEthtoolStats('NIC statistics:\n     rx_packets: 18446744073709551615\n', 'eth9');
    expect(w.ok && w.warnings[0]).toMatch(/line 2: rx_packets: .* not a counter below 2\^53/);
  });
  it('ethtool goes to the interfaces backed by a device in the host namespace, every one but lo in another', () => {
    expect(nicNames(['lo', 'eth0', 'veth7'], 'ns1')).toEqual(['eth0', 'veth7']);
    expect(nicNames(['lo'], null)).toEqual([]);
  });
  it('a device none of whose statistics has a field is left out, with a warning naming it', () => {
    const withEth0 = { eth0: 'NIC statistics:\n     rx_kicks: 3\n' };
    const r = ok(buildReading(counterFiles('a'), withEth0, FX_CPUS, 0));
    expect(r.snapshot.ethtool).toEqual({});
    expect(r.warnings.join('\n')).toMatch(/ethtool -S eth0: none of its 1 statistics has a field/);
  });
});

describe('series', () => {
  it('one series per present counter or gauge, each with its spec entry, none twice', () => {
    const r = reading('b');
    const s = snapshotSeries(r.snapshot, r.present);
    expect(new Set(s.map(seriesKey)).size).toBe(s.length);
    for (const x of s) {
      expect(r.present.has(x.path), x.path).toBe(true);
      expect(['counter', 'gauge']).toContain(x.entry.annotation.kind);
    }
    // every present numeric path of the snapshot is a series (the row labels cpu and the udp addresses are not counters)
    const numeric = [...r.present].filter((p) => !/\.cpu$/.test(p));
    expect(s.map((x) => x.path).sort()).toEqual(numeric.sort());
  });
});
