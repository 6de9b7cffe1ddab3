// The counter-file parsers against real files from a Linux 6.18 machine (fixtures/linux-6.18/),
// and fuzzed: whatever the text, a parser returns a value or a parse error, never throws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDev } from '../../src/kernel/parse/dev.ts';
import { parseInterrupts } from '../../src/kernel/parse/interrupts.ts';
import { parseNetstat } from '../../src/kernel/parse/netstat.ts';
import { parseSnmp } from '../../src/kernel/parse/snmp.ts';
import { parseSoftirqs } from '../../src/kernel/parse/softirqs.ts';
import { parseSoftnetStat } from '../../src/kernel/parse/softnet_stat.ts';
import { dottedAddress, parseUdp, procAddress } from '../../src/kernel/parse/udp.ts';
import { buildSnapshot, snapshotDelta, type CounterFiles } from '../../src/kernel/snapshot.ts';
import { validateAgainst } from '../../src/spec/validate.ts';

const FX = join(import.meta.dirname, 'fixtures', 'linux-6.18');
const fx = (name: string): string => readFileSync(join(FX, name), 'utf8');
function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('parsers read the real 6.18 files', () => {
  it('snmp: Udp line of 10 datagrams into a 2304-byte buffer (2 queued, 8 dropped)', () => {
    const { value, present } = ok(parseSnmp(fx('proc_net_snmp.txt')));
    expect(value.Udp).toMatchObject({ InDatagrams: 0, RcvbufErrors: 8, InErrors: 8, OutDatagrams: 10, IgnoredMulti: 0, MemErrors: 0 });
    expect(value.Ip.InReceives).toBe(10);
    expect(value.Ip.OutTransmits).toBe(10);
    expect(present).toContain('snmp.Udp.MemErrors');
    expect(present).toContain('snmp.Ip.OutTransmits');
  });
  it('netstat: IpExt and TcpExt IPReversePathFilter', () => {
    const { value } = ok(parseNetstat(fx('proc_net_netstat.txt')));
    expect(value.IpExt.InNoECTPkts).toBe(10);
    expect(value.IpExt.InOctets).toBe(10 * 128);
    expect(value.TcpExt.IPReversePathFilter).toBe(0);
  });
  it('dev: lo received 10 frames', () => {
    expect(ok(parseDev(fx('proc_net_dev.txt'))).lo).toMatchObject({ rx_packets: 10, rx_drop: 0 });
  });
  it('udp: the receiving socket row (rx_queue 2 x 832, 8 drops)', () => {
    const rows = ok(parseUdp(fx('proc_net_udp.txt')));
    const rx = rows.find((r) => dottedAddress(r.local_address) === '127.0.0.1:9000');
    expect(rx).toMatchObject({ rx_queue: 1664, drops: 8, tx_queue: 0 });
    expect(procAddress('127.0.0.1', 9000)).toBe('0100007F:2328');
  });
  it('softnet_stat: 15 columns, one row per CPU with its index', () => {
    const rows = ok(parseSoftnetStat(fx('proc_net_softnet_stat.txt')));
    expect(rows.map((r) => r.cpu)).toEqual([0, 1]);
    for (const r of rows) expect(r).toHaveProperty('process_qlen');
  });
  it('softirqs and interrupts', () => {
    expect(ok(parseSoftirqs(fx('proc_softirqs.txt'))).NET_RX).toHaveLength(2);
    const irq = ok(parseInterrupts(fx('proc_interrupts.txt')));
    expect(Object.keys(irq)).toContain('virtio3-rx');
    expect(Object.keys(irq)).not.toContain('virtio3-tx');
  });
  it('the whole set builds a schema-valid Snapshot', () => {
    const files: CounterFiles = {
      softnet_stat: fx('proc_net_softnet_stat.txt'), snmp: fx('proc_net_snmp.txt'), netstat: fx('proc_net_netstat.txt'),
      dev: fx('proc_net_dev.txt'), udp: fx('proc_net_udp.txt'), softirqs: fx('proc_softirqs.txt'), interrupts: fx('proc_interrupts.txt'),
    };
    const s = ok(buildSnapshot(files, 2));
    expect(() => validateAgainst('snapshot.schema.json', s.snapshot, 'fixtures')).not.toThrow();
    const d = snapshotDelta(s.snapshot, s.snapshot);
    expect(d.snmp.Udp.RcvbufErrors).toBe(0);
    expect(d.udp[0].rx_queue).toBe(s.snapshot.udp[0].rx_queue); // a level, not a count
  });
});

describe('softnet_stat column layouts', () => {
  const row = (n: number, v: (i: number) => number): string => Array.from({ length: n }, (_, i) => v(i).toString(16).padStart(8, '0')).join(' ');
  it('11 columns (3.13): CPU is the row index, no queue lengths', () => {
    const rows = ok(parseSoftnetStat(`${row(11, (i) => i + 1)}\n${row(11, () => 0)}\n`));
    expect(rows[1].cpu).toBe(1);
    expect(rows[0]).toEqual({ cpu: 0, processed: 1, dropped: 2, time_squeeze: 3, cpu_collision: 9, received_rps: 10, flow_limit_count: 11 });
  });
  it('13 columns (5.x/6.x): backlog length and the CPU index column', () => {
    const rows = ok(parseSoftnetStat(`${row(13, (i) => (i === 12 ? 3 : i))}\n`));
    expect(rows[0].cpu).toBe(3);
    expect(rows[0].backlog_len).toBe(11);
    expect(rows[0].input_qlen).toBeUndefined();
  });
  it('a delta wraps modulo 2^32', () => {
    const a = ok(parseSoftnetStat(`${row(15, (i) => (i === 0 ? 0xfffffff0 : 0))}\n`));
    const b = ok(parseSoftnetStat(`${row(15, (i) => (i === 0 ? 0x10 : 0))}\n`));
    const base = ok(buildSnapshot({ softnet_stat: null, snmp: null, netstat: null, dev: null, udp: null, softirqs: null, interrupts: null }, 1)).snapshot;
    expect(snapshotDelta({ ...base, softnet_stat: a }, { ...base, softnet_stat: b }).softnet_stat[0].processed).toBe(0x20);
  });
  it('too few columns is a parse error naming the line', () => {
    const r = parseSoftnetStat('00000001 00000002\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/line 1: 2 columns/);
  });
});

describe('bad input is a parse error, never a crash', () => {
  const parsers = { parseSnmp, parseNetstat, parseDev, parseUdp, parseSoftnetStat, parseSoftirqs, parseInterrupts };
  const real = ['proc_net_snmp.txt', 'proc_net_netstat.txt', 'proc_net_dev.txt', 'proc_net_udp.txt', 'proc_net_softnet_stat.txt', 'proc_softirqs.txt', 'proc_interrupts.txt'].map(fx);
  const returns = (f: (t: string) => unknown, text: string): void => {
    const r = f(text) as { ok: boolean; error?: string };
    expect(typeof r.ok).toBe('boolean');
    if (!r.ok) expect(typeof r.error).toBe('string');
  };
  it('huge values beyond 2^53 are reported, not rounded', () => {
    const text = fx('proc_net_snmp.txt').replace(/^Udp: 0 /m, 'Udp: 18446744073709551615 ');
    const r = parseSnmp(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/2\^53/);
  });
  it('unknown columns are ignored', () => {
    const text = fx('proc_net_snmp.txt').replace(/^(Udp:.*MemErrors)$/m, '$1 FutureCounter').replace(/^(Udp: [0-9 ]+)$/m, '$1 7');
    const { value, present } = ok(parseSnmp(text));
    expect(value.Udp).not.toHaveProperty('FutureCounter');
    expect(present).not.toContain('snmp.Udp.FutureCounter');
  });
  it('fuzz: truncated real files', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: real.length - 1 }), fc.nat(), (i, cut) => {
      const text = real[i].slice(0, cut % (real[i].length + 1));
      for (const f of Object.values(parsers)) returns(f, text);
    }), { numRuns: 300 });
  });
  it('fuzz: real files with tokens replaced by garbage, huge numbers or extra columns', () => {
    const token = fc.oneof(fc.string(), fc.constant('18446744073709551616'), fc.constant('-1'), fc.constant('ffffffffff'), fc.constant(''), fc.constant('x:y'), fc.bigInt({ min: 0n, max: 2n ** 70n }).map(String));
    fc.assert(fc.property(fc.integer({ min: 0, max: real.length - 1 }), fc.array(fc.tuple(fc.nat(), token), { maxLength: 5 }), (i, edits) => {
      const t = real[i].split(/( +|\n)/);
      for (const [pos, tok] of edits) t[pos % t.length] = tok;
      for (const f of Object.values(parsers)) returns(f, t.join(''));
    }), { numRuns: 300 });
  });
  it('fuzz: arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      for (const f of Object.values(parsers)) returns(f, text);
      const r = buildSnapshot({ softnet_stat: text, snmp: text, netstat: text, dev: text, udp: text, softirqs: text, interrupts: text }, 2);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 300 });
  });
});
