// The recorder's IPv6 parts, without the kernel: IPv6 frames (frames.ts), /proc/net/snmp6 and
// /proc/net/udp6 in a snapshot, the receive-side paths, the IPv6 topology's settings, which IPv6
// scenarios the live kernel runs (expressible.ts) and their kernel form (kernel-form.ts), the corpus.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FrameFlag, GoldenTrace, Scenario } from '../../src/generated/schema-types.ts';
import { kernelObserves, kernelTags } from '../../src/impl/kernel.ts';
import { simulate } from '../../src/model/index.ts';
import { compareObservations } from '../../src/oracle/compare.ts';
import { pathFilter } from '../../src/oracle/counter-paths.ts';
import { kernelCorpus } from '../../src/kernel/corpus.ts';
import { kernelProblems } from '../../src/kernel/expressible.ts';
import { buildFragments, buildFrame, ETH_HLEN, FOREIGN_MAC, INET6_FRAME_FLAGS, toHex, VETH_MAX_UDP6_PAYLOAD, type FrameSpec } from '../../src/kernel/frames.ts';
import { kernelForm, type KernelHost } from '../../src/kernel/kernel-form.ts';
import { parseSnmp6 } from '../../src/kernel/parse/snmp6.ts';
import { parseUdp6 } from '../../src/kernel/parse/udp.ts';
import { KEPT_GAP_NS, receiveSide } from '../../src/kernel/run_scenario.ts';
import { buildSnapshot, snapshotDelta, type CounterFiles } from '../../src/kernel/snapshot.ts';
import { IPV6_PROVENANCE_SYSCTLS, netnsSettings } from '../../src/kernel/topology.ts';
import { PYTHON } from '../../src/kernel/platform.ts';
import { PACKAGE_ROOT, readSchema } from '../../src/spec/schema-files.ts';
import { ipv6Key, procAddress6 } from '../../src/spec/ipv6.ts';

const base6: FrameSpec = {
  family: 'inet6', srcMac: '02:00:00:00:00:02', dstMac: '02:00:00:00:00:01', src: 'fd00::2', dst: 'fd00::1',
  sport: 40000, dport: 9000, proto: 17, payload: 10, flags: [],
};
const u16 = (b: Uint8Array, off: number): number => (b[off] << 8) | b[off + 1];

/**
 * The UDP checksum check a receiver does (RFC 8200 8.1), written apart from frames.ts: the pseudo-header
 * and the UDP datagram as one buffer, summed as 32-bit big-endian words in a BigInt and folded; a
 * correct datagram (its checksum field included) sums to 0xffff. Returns the folded sum.
 */
function onesSum6(frame: Uint8Array): number {
  const ip = Buffer.from(frame.subarray(ETH_HLEN, ETH_HLEN + 40));
  const udp = Buffer.from(frame.subarray(ETH_HLEN + 40, ETH_HLEN + 40 + ip.readUInt16BE(4)));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(udp.length);
  const all = Buffer.concat([ip.subarray(8, 40), len, Buffer.from([0, 0, 0, ip[6]]), udp, Buffer.alloc((4 - (udp.length % 4)) % 4)]);
  let s = 0n;
  for (let i = 0; i < all.length; i += 4) s += BigInt(all.readUInt32BE(i));
  while (s > 0xffffn) s = (s & 0xffffn) + (s >> 16n);
  return Number(s);
}

/** The same frame built by python's struct and socket.inet_pton, its checksum computed there too. */
function pythonFrame(f: FrameSpec): string {
  const script = `
import socket, struct, sys, json
f = json.loads(sys.argv[1])
mac = lambda m: bytes(int(x, 16) for x in m.split(':'))
src, dst = socket.inet_pton(socket.AF_INET6, f['src']), socket.inet_pton(socket.AF_INET6, f['dst'])
data = b'\\x5a' * f['payload']
n = 8 + len(data)
ulen = n + 100 if 'udp_len_long' in f['flags'] else 7 if 'udp_len_short' in f['flags'] else n
pseudo = src + dst + struct.pack('!I3xB', n, 17)
msg = pseudo + struct.pack('!HHHH', f['sport'], f['dport'], ulen, 0) + data
if len(msg) % 2: msg += b'\\0'
s = sum(struct.unpack('!%dH' % (len(msg) // 2), msg))
while s >> 16: s = (s & 0xffff) + (s >> 16)
c = (~s) & 0xffff or 0xffff
if 'udp_csum_zero' in f['flags']: c = 0
eth = mac('02:00:00:00:00:99' if 'otherhost' in f['flags'] else f['dstMac']) + mac(f['srcMac']) + struct.pack('!H', 0x86dd)
ip = struct.pack('!IHBB', 6 << 28, n, 17, 64) + src + dst
print((eth + ip + struct.pack('!HHHH', f['sport'], f['dport'], ulen, c) + data).hex())
`;
  const r = spawnSync(PYTHON, ['-c', script, JSON.stringify(f)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe('IPv6 frames (frames.ts)', () => {
  it('Ethernet type 0x86dd, version 6, traffic class and flow label 0, payload length, next header 17, hop limit 64, addresses', () => {
    for (const payload of [0, 1, 10, 1000, VETH_MAX_UDP6_PAYLOAD]) {
      const f = buildFrame({ ...base6, payload });
      expect(f.length).toBe(ETH_HLEN + 40 + 8 + payload);
      expect(u16(f, 12)).toBe(0x86dd);
      expect(toHex(f.subarray(14, 18))).toBe('60000000');
      expect(u16(f, 18)).toBe(8 + payload);
      expect([f[20], f[21]]).toEqual([17, 64]);
      expect(toHex(f.subarray(22, 38))).toBe(ipv6Key('fd00::2'));
      expect(toHex(f.subarray(38, 54))).toBe(ipv6Key('fd00::1'));
      expect(toHex(f.subarray(0, 12))).toBe('020000000001020000000002');
      expect([u16(f, 54), u16(f, 56), u16(f, 58)]).toEqual([40000, 9000, 8 + payload]);
      expect(f.subarray(62).every((x) => x === 0x5a)).toBe(true);
      expect(onesSum6(f)).toBe(0xffff);
    }
  });
  it('the same bytes as python\'s struct builds, for each flag the family allows', () => {
    const specs: FrameSpec[] = [
      base6, { ...base6, payload: 0 }, { ...base6, payload: 1 }, { ...base6, payload: 1452, sport: 1, dport: 65535 },
      { ...base6, src: '::1', dst: '::1' }, { ...base6, src: '2001:db8::dead:beef', dst: 'fe80::1:2:3:4' },
      ...(['udp_csum_zero', 'udp_len_long', 'udp_len_short', 'otherhost'] as FrameFlag[]).map((flag) => ({ ...base6, flags: [flag] })),
    ];
    for (const s of specs) expect(toHex(buildFrame(s)), JSON.stringify(s)).toBe(pythonFrame(s));
  });
  it('a checksum that computes to 0 is sent as 0xffff (and checks); none is ever 0 without udp_csum_zero', () => {
    let zeroes = 0;
    for (let sport = 0; sport < 65536; sport++) {
      const f = buildFrame({ ...base6, sport });
      const c = u16(f, 60);
      expect(c).not.toBe(0);
      if (c === 0xffff) {
        zeroes++;
        expect(onesSum6(f)).toBe(0xffff);
        expect(toHex(f)).toBe(pythonFrame({ ...base6, sport }));
      }
    }
    expect(zeroes).toBeGreaterThan(0);
  });
  it('each flag breaks exactly its field', () => {
    const good = buildFrame(base6);
    const diff = (f: Uint8Array): number[] => [...f].flatMap((x, i) => (x !== good[i] ? [i] : []));
    const csum = buildFrame({ ...base6, flags: ['udp_csum'] });
    expect(diff(csum).every((i) => i === 60 || i === 61)).toBe(true);
    expect(onesSum6(csum)).not.toBe(0xffff);
    expect(u16(buildFrame({ ...base6, flags: ['udp_csum_zero'] }), 60)).toBe(0);
    expect(u16(buildFrame({ ...base6, flags: ['udp_len_long'] }), 58)).toBe(18 + 100);
    expect(u16(buildFrame({ ...base6, flags: ['udp_len_short'] }), 58)).toBe(7);
    const other = buildFrame({ ...base6, flags: ['otherhost'] });
    expect(toHex(other.subarray(0, 6))).toBe(FOREIGN_MAC.replaceAll(':', ''));
    expect(diff(other).every((i) => i < 6)).toBe(true);
    // the length flags keep a checksum right for the bytes sent (the pseudo-header has the real length), as the IPv4 builder does
    for (const flag of ['udp_len_short', 'udp_len_long'] as FrameFlag[]) expect(onesSum6(buildFrame({ ...base6, flags: [flag] }))).toBe(0xffff);
  });
  it('puts the extension headers between the IPv6 header and UDP: hop-by-hop, then destination options, each 8 bytes', () => {
    const f = buildFrame({ ...base6, flags: ['ip6_hopopts', 'ip6_opt_icmp'] });
    expect(f.length).toBe(14 + 40 + 16 + 8 + 10);
    expect(u16(f, 14 + 4)).toBe(16 + 8 + 10); // payload length: the extension headers too
    expect(f[14 + 6]).toBe(0); // next header: hop-by-hop
    expect([...f.subarray(54, 62)]).toEqual([60, 0, 1, 4, 0, 0, 0, 0]); // -> destination options; PadN
    expect([...f.subarray(62, 70)]).toEqual([17, 0, 0x9e, 4, 0, 0, 0, 0]); // -> UDP; an unknown option, action 10
    expect(u16(f, 70 + 4)).toBe(18); // the UDP length
    const d = buildFrame({ ...base6, flags: ['ip6_opt_discard'] });
    expect([d[14 + 6], d[56]]).toEqual([60, 0x5e]);
  });
  it('puts a routing header between the hop-by-hop and destination options headers: type 0, segments left 0 or 1', () => {
    const f = buildFrame({ ...base6, flags: ['ip6_opt_icmp_nomcast', 'ip6_rthdr_segleft', 'ip6_hop_skip'] });
    expect(f.length).toBe(14 + 40 + 24 + 8 + 10);
    expect(f[14 + 6]).toBe(0); // next header: hop-by-hop
    expect([...f.subarray(54, 62)]).toEqual([43, 0, 0x1e, 4, 0, 0, 0, 0]); // -> routing; an unknown option, action 00
    expect([...f.subarray(62, 70)]).toEqual([60, 0, 0, 1, 0, 0, 0, 0]); // -> destination options; type 0, 1 segment left
    expect([...f.subarray(70, 78)]).toEqual([17, 0, 0xde, 4, 0, 0, 0, 0]); // -> UDP; an unknown option, action 11
    const r = buildFrame({ ...base6, flags: ['ip6_rthdr'] });
    expect([r[14 + 6], ...r.subarray(54, 58)]).toEqual([43, 17, 0, 0, 0]);
  });
  it('refuses what an IPv6 frame cannot be: another flag, another protocol; cuts a datagram beyond the veth MTU', () => {
    for (const flag of ['ip_csum', 'ttl_0', 'fragment', 'broadcast', 'ip_options'] as FrameFlag[]) {
      expect(INET6_FRAME_FLAGS).not.toContain(flag);
      expect(() => buildFrame({ ...base6, flags: [flag] })).toThrow(/inet6/);
    }
    expect(() => buildFrame({ ...base6, proto: 1 })).toThrow(/UDP/);
    expect(buildFragments({ ...base6, payload: VETH_MAX_UDP6_PAYLOAD }, 1500)).toHaveLength(1);
    expect(buildFragments({ ...base6, payload: VETH_MAX_UDP6_PAYLOAD + 1 }, 1500).map((f) => f.length)).toEqual([14 + 1496, 14 + 48 + 13]);
    expect(VETH_MAX_UDP6_PAYLOAD).toBe(1500 - 40 - 8);
  });
});

/** A /proc/net/snmp6 text as net/ipv6/proc.c prints it ("%-32s\t%lu"), from the schema's field names. */
function snmp6Text(value: (name: string, i: number) => number, extra: string[] = []): string {
  const s = readSchema<{ $defs: Record<string, { properties: Record<string, unknown> }> }>('counters/snmp6.schema.json');
  const names = (['Ip6', 'Icmp6', 'Udp6'] as const).flatMap((g) => Object.keys(s.$defs[`${g}Line`].properties).map((f) => `${g}${f}`));
  return [...names, ...extra].map((n, i) => `${n.padEnd(32)}\t${value(n, i)}`).join('\n') + '\n';
}

const NO_FILES: CounterFiles = { softnet_stat: null, snmp: null, netstat: null, dev: null, udp: null, softirqs: null, interrupts: null };

describe('/proc/net/snmp6 and /proc/net/udp6 (parse/snmp6.ts, parse/udp.ts, snapshot.ts)', () => {
  it('groups the lines by prefix, drops the prefix, keeps no per-type ICMPv6 line, no UdpLite6 and no unknown name', () => {
    const text = snmp6Text((_, i) => i + 1, ['Icmp6InType1', 'Icmp6OutType143', 'UdpLite6InDatagrams', 'Ip6SomethingNew']);
    const r = parseSnmp6(text);
    if (!r.ok) throw new Error(r.error);
    const { value, present } = r.value;
    expect(value.Ip6.InReceives).toBe(1);
    expect(value.Udp6.InCsumErrors).toBeGreaterThan(0);
    expect(Object.keys(value)).toEqual(['Ip6', 'Icmp6', 'Udp6']);
    expect(JSON.stringify(value)).not.toMatch(/Type1|Lite|SomethingNew/);
    expect(present).toContain('snmp6.Icmp6.InDestUnreachs');
    expect(present).toContain('snmp6.Udp6.MemErrors');
    expect(present.some((p) => /Type|Lite|SomethingNew/.test(p))).toBe(false);
  });
  it('a schema field the file lacks is left out of `present` (an optional one out of the value too); bad text is an error', () => {
    const r = parseSnmp6(snmp6Text(() => 2).split('\n').filter((l) => !/^(Ip6InNoECTPkts|Udp6MemErrors)\s/.test(l)).join('\n'));
    if (!r.ok) throw new Error(r.error);
    expect(r.value.present).not.toContain('snmp6.Ip6.InNoECTPkts');
    expect(r.value.value.Ip6.InNoECTPkts).toBe(0);
    expect('MemErrors' in r.value.value.Udp6).toBe(false);
    expect(parseSnmp6('Ip6InReceives 1 2\n').ok).toBe(false);
    expect(parseSnmp6('Ip6InReceives x\n').ok).toBe(false);
    expect(parseSnmp6('Ip6InReceives 1\nIp6InReceives 2\n').ok).toBe(false);
    expect(parseSnmp6('Udp6InDatagrams 1\n').ok).toBe(false);
  });
  it('udp6 rows follow udp\'s, named by their procAddress6; the delta of snmp6 works like snmp\'s', () => {
    const head6 = '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n';
    const row6 = (addr: string, port: number, rx: number, drops: number): string =>
      ` 8081: ${procAddress6(ipv6Key(addr), port)} 00000000000000000000000000000000:0000 07 00000000:${rx.toString(16).toUpperCase().padStart(8, '0')} 00:00000000 00000000     0        0 27608 2 00000000c1ac765c ${drops}\n`;
    const udp4 = '   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n'
      + '  1: 0100007F:2328 00000000:0000 07 00000000:00000340 00:00000000 00000000     0        0 1 2 0000000000000000 0\n';
    expect(parseUdp6(head6 + row6('::1', 9000, 0, 0)).ok).toBe(true);
    expect(parseUdp6(udp4).ok).toBe(false); // an IPv4 row is not a udp6 row
    const names = new Map([[procAddress6(ipv6Key('::'), 9000), 'six'], [procAddress6(ipv6Key('::ffff:10.0.0.1'), 9001), 'mapped'], ['0100007F:2328', 'four']]);
    const files = (n: number): CounterFiles => ({
      ...NO_FILES, udp: udp4, udp6: head6 + row6('::', 9000, 832 * n, n) + row6('::ffff:10.0.0.1', 9001, 0, 0) + row6('::1', 9002, 0, 0),
      snmp6: snmp6Text((name) => (name === 'Ip6InReceives' ? 100 + n : name === 'Udp6InErrors' ? n : 0)),
    });
    const build = (n: number) => {
      const r = buildSnapshot(files(n), 1, { udpName: (row) => names.get(row.local_address) });
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    const a = build(1);
    expect(a.snapshot.udp.map((u) => u.name)).toEqual(['four', 'six', 'mapped']);
    expect(a.snapshot.udp[1]).toMatchObject({ local_address: '00000000000000000000000000000000:2328', rx_queue: 832, drops: 1 });
    expect(a.snapshot.udp[2].local_address).toBe('0000000000000000FFFF00000100000A:2329');
    expect(a.present).toContain('udp[2].drops');
    expect(a.present).toContain('snmp6.Ip6.InReceives');
    const d = snapshotDelta(a.snapshot, build(4).snapshot);
    expect(d.snmp6!.Ip6.InReceives).toBe(3);
    expect(d.snmp6!.Udp6.InErrors).toBe(3);
    expect(d.udp[1]).toMatchObject({ rx_queue: 832 * 4, drops: 3 });
  });
  it('a reading without the IPv6 files has no snmp6 (a scenario without IPv6 is as it was)', () => {
    const r = buildSnapshot({ ...NO_FILES, snmp: 'Ip: Forwarding\nIp: 1\n' }, 1);
    if (!r.ok) throw new Error(r.error);
    expect('snmp6' in r.value.snapshot).toBe(false);
    expect('snmp6' in snapshotDelta(r.value.snapshot, r.value.snapshot)).toBe(false);
    expect(buildSnapshot({ ...NO_FILES, snmp6: null, udp6: null }, 1).ok).toBe(true);
  });
});

describe('receive-side IPv6 counters (run_scenario.ts receiveSide)', () => {
  it('Ip6 but Out* and Frag*, all of Icmp6, Udp6 but OutDatagrams and SndbufErrors', () => {
    for (const p of ['Ip6.InReceives', 'Ip6.InDiscards', 'Ip6.InDelivers', 'Ip6.InOctets', 'Ip6.InNoECTPkts', 'Ip6.ReasmReqds', 'Ip6.InMcastPkts',
      'Icmp6.InMsgs', 'Icmp6.OutDestUnreachs', 'Icmp6.InMLDv2Reports', 'Udp6.InDatagrams', 'Udp6.NoPorts', 'Udp6.InErrors', 'Udp6.RcvbufErrors', 'Udp6.InCsumErrors', 'Udp6.MemErrors']) {
      expect(receiveSide(`snmp6.${p}`), p).toBe(true);
    }
    for (const p of ['Ip6.OutRequests', 'Ip6.OutOctets', 'Ip6.OutTransmits', 'Ip6.FragOKs', 'Ip6.FragCreates', 'Udp6.OutDatagrams', 'Udp6.SndbufErrors']) {
      expect(receiveSide(`snmp6.${p}`), p).toBe(false);
    }
  });
});

describe('the live kernel as an implementation compares snmp6 (src/impl/kernel.ts)', () => {
  const golden = (name: string): GoldenTrace => JSON.parse(readFileSync(join(PACKAGE_ROOT, 'golden', 'kernel', 'linux-6.18', `${name}.json`), 'utf8')) as GoldenTrace;
  it('observes the receive side of /proc/net/snmp6: the paths the recorder observes, and declares ipv6', () => {
    const six = kernelObserves().filter((p) => p.startsWith('snmp6.'));
    expect(six.every((p) => receiveSide(p))).toBe(true);
    expect(new Set(six)).toEqual(new Set(golden('ipv6-veth-noports-ratelimit-50').observed!.filter((p) => p.startsWith('snmp6.'))));
    expect(kernelTags({ cpus: 2, hz: 250, hasSysctl: () => true }, 'linux-6.18')).toContain('ipv6');
  });
  it('an IPv4-only scenario compares what it did before: it has no snmp6 on either side', () => {
    const t = golden('noports-veth');
    expect(t.observations.checkpoints.every((c) => c.counters.snmp6 === undefined)).toBe(true);
    const without = pathFilter(kernelObserves().filter((p) => !p.startsWith('snmp6.')));
    const withSix = pathFilter(kernelObserves());
    const model = simulate(t.scenario);
    expect(model.checkpoints.every((c) => c.counters.snmp6 === undefined)).toBe(true);
    const a = compareObservations(t.scenario, t.observations, model, without);
    const b = compareObservations(t.scenario, t.observations, model, withSix);
    expect(b.compared).toBe(a.compared);
    const six = golden('ipv6-veth-noports-ratelimit-50');
    expect(compareObservations(six.scenario, six.observations, six.observations, withSix).compared)
      .toBeGreaterThan(compareObservations(six.scenario, six.observations, six.observations, without).compared);
  });
});

describe('the IPv6 topology (topology.ts netnsSettings)', () => {
  const config = { profile: 'linux-6.18', cpus: 2, devices: [{ name: 'veth0', kind: 'veth' }] } as Scenario['config'];
  it('IPv6 on the receiving end only, without link-local address, RA or DAD; the ICMPv6 rate limits left at their defaults', () => {
    const s = netnsSettings(config, true);
    expect(s).toMatchObject({
      'net.ipv6.conf.veth0.disable_ipv6': '0', 'net.ipv6.conf.veth0.addr_gen_mode': '1', 'net.ipv6.conf.veth0.accept_ra': '0',
      'net.ipv6.conf.veth0.accept_dad': '0', 'net.ipv6.conf.veth0p.disable_ipv6': '1',
    });
    // the scenario format cannot set them and the model follows the defaults: not set, only read into the provenance
    expect(Object.keys(s).filter((k) => k.startsWith('net.ipv6.icmp.'))).toEqual([]);
    expect(IPV6_PROVENANCE_SYSCTLS).toEqual(['net.ipv6.icmp.ratemask', 'net.ipv6.icmp.ratelimit']);
    // the sysctls that must hold before the link is up come before disable_ipv6 is written 0
    const keys = Object.keys(s);
    expect(keys.indexOf('net.ipv6.conf.veth0.addr_gen_mode')).toBeLessThan(keys.indexOf('net.ipv6.conf.veth0.disable_ipv6'));
  });
  it('without IPv6, as before: IPv6 off on both ends, nothing else of IPv6', () => {
    const s = netnsSettings(config);
    expect(Object.keys(s).filter((k) => k.includes('ipv6'))).toEqual(['net.ipv6.conf.veth0.disable_ipv6', 'net.ipv6.conf.veth0p.disable_ipv6']);
    expect(s['net.ipv6.conf.veth0.disable_ipv6']).toBe('1');
  });
});

function v6Scenario(over: Partial<Scenario['workload'][number]> = {}, sockets: Scenario['config']['sockets'] = [{ name: 'rx', family: 'inet6', port: 9000 }], device = 'veth0'): Scenario {
  return {
    name: 't',
    config: { profile: 'linux-6.18', cpus: 2, hz: 250, devices: [{ name: 'lo', kind: 'loopback' }, { name: 'veth0', kind: 'veth' }], sockets },
    workload: [{ at: 0, op: 'frames', device, count: 1, flow: { family: 'inet6', dport: 9000 }, ...over } as Scenario['workload'][number]],
  };
}

describe('which IPv6 scenarios the live kernel runs (expressible.ts kernelProblems)', () => {
  it('takes IPv6 over veth and loopback, the flags an IPv6 frame may carry, dual-stack and IPv4-mapped sockets', () => {
    expect(kernelProblems(v6Scenario(), 'linux-6.18')).toEqual([]);
    expect(kernelProblems(v6Scenario({ flags: [...INET6_FRAME_FLAGS], payload: VETH_MAX_UDP6_PAYLOAD } as never), 'linux-6.18')).toEqual([]);
    expect(kernelProblems(v6Scenario({ flow: { family: 'inet6', src: '::1', dst: '::1', dport: 9000 } } as never, undefined, 'lo'), 'linux-6.18')).toEqual([]);
    expect(kernelProblems(v6Scenario({}, [{ name: 'a', family: 'inet6', address: '::ffff:10.0.0.1', port: 9000 }, { name: 'b', family: 'inet6', address: '::', v6only: true, port: 9001 }]), 'linux-6.18')).toEqual([]);
  });
  it('refuses with a reason what it cannot run exactly', () => {
    const probs = (s: Scenario): string => kernelProblems(s, 'linux-6.18').join('\n');
    expect(probs(v6Scenario({ flags: ['udp_csum'] } as never, undefined, 'lo'))).toMatch(/loopback is sent from an AF_INET6 socket.*no flags/);
    expect(probs(v6Scenario({ flow: { family: 'inet6', src: '127.0.0.1', dport: 9000 } } as never, undefined, 'lo'))).toMatch(/::1 to ::1/);
    expect(probs(v6Scenario({ payload: 65489 } as never, undefined, 'lo'))).toBe(''); // lo's socket cuts it (lo-frag6-p65500)
    expect(probs(v6Scenario({ payload: VETH_MAX_UDP6_PAYLOAD + 1 } as never))).toBe(''); // sent as its fragments
    expect(probs(v6Scenario({ flow: { family: 'inet6', dst: 'fe80::99', dport: 9000 } } as never))).toMatch(/goes to fd00::1/);
    // no route: recorded (ip6_pkt_drop)
    expect(probs(v6Scenario({ flow: { family: 'inet6', dst: 'fd01::99', dport: 9000 } } as never))).toBe('');
    expect(probs(v6Scenario({ flow: { family: 'inet6', dst: 'fd00::', dport: 9000 } } as never))).toMatch(/goes to fd00::1/);
    // another address of the veth's /64: ip6_forward drops it (ipv6-veth-not-local)
    expect(probs(v6Scenario({ flow: { family: 'inet6', dst: 'fd00::99', dport: 9000 } } as never))).toBe('');
    expect(probs(v6Scenario({ flow: { family: 'inet6', src: 'fd00::7', dport: 9000 } } as never))).toMatch(/comes from fd00::2/);
    expect(probs(v6Scenario({ flags: ['ip_csum'] } as never))).toMatch(/carries only/);
    expect(probs(v6Scenario({}, [{ name: 'a', family: 'inet6', address: '::ffff:10.0.0.1', v6only: true, port: 9000 }]))).toMatch(/v6only socket cannot bind the IPv4-mapped/);
    expect(probs(v6Scenario({}, [{ name: 'a', family: 'inet6', address: '10.0.0.1', port: 9000 }]))).toMatch(/binds an IPv6 address/);
    expect(probs(v6Scenario({}, [{ name: 'a', address: 'fd00::1', port: 9000 }]))).toMatch(/an inet socket binds an IPv4 address/);
    expect(probs(v6Scenario({}, [{ name: 'a', v6only: true, port: 9000 }]))).toMatch(/no IPV6_V6ONLY/);
    const nic = v6Scenario();
    nic.config.devices = [{ name: 'eth0', kind: 'nic' }];
    (nic.workload[0] as { device: string }).device = 'eth0';
    expect(probs(nic)).toMatch(/"nic" cannot be made/);
  });
});

describe('the kernel form of IPv6 scenarios (kernel-form.ts)', () => {
  const host: KernelHost = { cpus: 2, hz: 250, hasSysctl: () => true };
  it('a loopback flow goes ::1 -> ::1 without flags, a veth flow fd00::2 -> fd00::1; sockets keep their family', () => {
    const lo = kernelForm(v6Scenario({ flow: { family: 'inet6', src: '::1', dst: '::1', dport: 9000 } } as never, undefined, 'lo'), host);
    expect(lo?.workload[0]).toMatchObject({ flow: { family: 'inet6', src: '::1', dst: '::1' } });
    const veth = kernelForm(v6Scenario({ flags: ['udp_csum'] } as never), host);
    expect(veth?.workload[0]).toMatchObject({ flow: { family: 'inet6', src: 'fd00::2', dst: 'fd00::1' }, flags: ['udp_csum'] });
    expect(veth?.config.sockets).toEqual([{ name: 'rx', family: 'inet6', port: 9000 }]);
  });
  it('an address the namespace does not own becomes ::; no form for what the recorder cannot do', () => {
    const f = kernelForm(v6Scenario({}, [{ name: 'a', family: 'inet6', address: 'fd00::5', port: 9000 }, { name: 'b', family: 'inet6', address: '::ffff:10.0.0.1', port: 9001 }]), host);
    expect(f?.config.sockets?.map((s) => s.address)).toEqual(['::', '::ffff:10.0.0.1']);
    expect(kernelForm(v6Scenario({ payload: VETH_MAX_UDP6_PAYLOAD + 1 } as never), host)?.workload[0]).toMatchObject({ payload: 1453 });
    expect(kernelForm(v6Scenario({ flow: { family: 'inet6', dst: 'fe80::99', dport: 9000 } } as never), host)).toBeNull();
    const unrouted = kernelForm(v6Scenario({ flow: { family: 'inet6', dst: '2001:db8::1', dport: 9000 } } as never), host);
    expect(unrouted?.workload.find((st) => st.op === 'frames')).toMatchObject({ flow: { dst: '2001:db8::1', src: 'fd00::2' } });
    const onlink = kernelForm(v6Scenario({ flow: { family: 'inet6', dst: 'fd00::99', dport: 9000 } } as never), host);
    expect(onlink?.workload.find((st) => st.op === 'frames')).toMatchObject({ flow: { dst: 'fd00::99', src: 'fd00::2' } });
  });
  it('no form where the ICMPv6 rate limit\'s refill (by jiffies) could decide: more than 6 port unreachables out a veth, unless back to back in one step of at most 64', () => {
    const steps = (counts: number[], dport = 9999): Scenario['workload'] => counts.map((count, i) => ({
      at: i * 10_000_000, op: 'frames', device: 'veth0', count, flow: { family: 'inet6', dport },
    } as Scenario['workload'][number]));
    const form = (counts: number[], sockets?: Scenario['config']['sockets'], dport?: number): Scenario | null => {
      const s = v6Scenario({}, sockets);
      return kernelForm({ ...s, workload: steps(counts, dport) }, host);
    };
    expect(form([1, 1, 1, 1, 1, 1])).not.toBeNull(); // the bucket's 6 tokens, whenever they come
    expect(form([3, 4])).toBeNull();
    expect(form([50])).not.toBeNull(); // one burst: 6 pass, the rest refused, within a few ms
    expect(form([64])).not.toBeNull();
    expect(form([65])).toBeNull();
    // a burst is order-fixed only while a token takes far longer than the step: not with a short ratelimit
    const withRatelimit = (ms: number): Scenario | null => {
      const s = v6Scenario();
      return kernelForm({ ...s, config: { ...s.config, sysctls: { 'net.ipv6.icmp.ratelimit': ms } }, workload: steps([50]) }, host);
    };
    expect(withRatelimit(1000)).not.toBeNull();
    expect(withRatelimit(10)).toBeNull();
    // a port an inet6 socket takes IPv6 on (bound to :: or fd00::1) sends none
    expect(form([30, 30], [{ name: 'rx', family: 'inet6', port: 9999 }])).not.toBeNull();
    expect(form([30, 30], [{ name: 'rx', family: 'inet6', address: 'fd00::1', port: 9999 }])).not.toBeNull();
    // one that takes no IPv6 there does not help: IPv4 only, IPv4-mapped, ::1
    for (const sock of [{ name: 'rx', port: 9999 }, { name: 'rx', family: 'inet6', address: '::ffff:10.0.0.1', port: 9999 }, { name: 'rx', family: 'inet6', address: '::1', port: 9999 }] as const) {
      expect(form([30, 30], [sock]), JSON.stringify(sock)).toBeNull();
    }
    // loopback errors are not limited; IPv4 ones run with icmp_ratemask 0
    const lo = v6Scenario({ flow: { family: 'inet6', src: '::1', dst: '::1', dport: 9999 }, count: 100 } as never, undefined, 'lo');
    expect(kernelForm({ ...lo, workload: [lo.workload[0]!, { ...lo.workload[0]!, at: 10_000_000 }] }, host)).not.toBeNull();
    const v4 = v6Scenario({ flow: { dport: 9999 }, count: 100 } as never);
    expect(kernelForm({ ...v4, workload: [v4.workload[0]!, { ...v4.workload[0]!, at: 10_000_000 }] }, host)).not.toBeNull();
  });
});

describe('the IPv6 corpus (corpus.ts)', () => {
  const v6 = kernelCorpus().filter((e) => e.scenario.name.startsWith('ipv6-'));
  it('about a dozen scenarios over veth and loopback, each the live kernel runs', () => {
    expect(v6.length).toBeGreaterThanOrEqual(10);
    for (const e of v6) expect(kernelProblems(e.scenario, 'linux-6.18'), e.scenario.name).toEqual([]);
    const names = v6.map((e) => e.scenario.name);
    for (const re of [/^ipv6-veth-/, /^ipv6-lo-/, /rcvbuf/, /udp-csum-small/, /udp-csum-large/, /udp-csum-zero/, /udp-len-short/, /udp-len-long/, /otherhost/, /dualstack/, /v6only/, /v4mapped/,
      /^ipv6-lo-noports$/, /^ipv6-veth-noports$/, /^ipv6-veth-noports-ratelimit-/, /^ipv6-veth-noports-gap/, /^ipv6-veth-noports-refill/, /^ipv6-veth-backlog-burst/]) {
      expect(names.some((n) => re.test(n)), String(re)).toBe(true);
    }
  });
  it('each IPv6 corpus scenario is recorded in golden/kernel/linux-6.18', () => {
    for (const name of v6.map((e) => e.scenario.name)) expect(existsSync(join(PACKAGE_ROOT, 'golden', 'kernel', 'linux-6.18', `${name}.json`)), name).toBe(true);
  });
  it('the rate-limit scenarios: back to back, or with gaps the recorder keeps (a gapNs of 1 ms or more, an advance step)', () => {
    const byName = (re: RegExp): Scenario => v6.find((e) => re.test(e.scenario.name))!.scenario;
    const frames = (s: Scenario) => s.workload.filter((st) => st.op === 'frames');
    const burst = byName(/^ipv6-veth-noports-ratelimit-/);
    expect(frames(burst)).toHaveLength(1);
    expect(frames(burst)[0]).toMatchObject({ count: 50, flow: { family: 'inet6', dport: 9999 } });
    const gapped = byName(/^ipv6-veth-noports-gap/);
    expect(frames(gapped)).toHaveLength(1);
    expect(frames(gapped)[0]).toMatchObject({ count: 12, gapNs: 120_000_000 });
    expect(frames(gapped)[0]!.gapNs).toBeGreaterThanOrEqual(KEPT_GAP_NS);
    const refill = byName(/^ipv6-veth-noports-refill/);
    expect(frames(refill).map((f) => f.count)).toEqual([10, 10]);
    expect(refill.workload.map((st) => st.op)).toEqual(['frames', 'checkpoint', 'advance', 'frames', 'checkpoint']);
    // every noports scenario has a socket, on another port: the datagrams reach no socket, nothing else happens
    for (const s of [burst, gapped, refill]) expect(s.config.sockets).toEqual([{ name: 'rx', family: 'inet6', address: '::', port: 9000 }]);
    const backlog = byName(/^ipv6-veth-backlog-burst/);
    expect(frames(backlog)[0]).toMatchObject({ count: 50, burst: true, gapNs: 0, flow: { family: 'inet6', dport: 9000 } });
    expect(backlog.config.sysctls).toMatchObject({ 'net.core.netdev_max_backlog': 10 });
    expect(backlog.config.sockets?.[0]).toMatchObject({ family: 'inet6', port: 9000, soRcvbufForce: true });
  });
});
