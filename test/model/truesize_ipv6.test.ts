// skb->truesize of IPv6 datagrams (loopback: the sending socket's __ip6_append_data; veth: the recorder's
// AF_PACKET frame, packet_snd) and of IPv4 AF_PACKET veth frames, held to the 6.18 measurements of
// scripts/measure-truesize6.py stored in src/model/truesize/linux-6.18.json, and the rules derived from them.
import { describe, expect, it } from 'vitest';
import type { FramesStep, ProfileName } from '../../src/generated/schema-types.ts';
import {
  MAX_UDP6_LO_UNFRAGMENTED, V4_ALLOC_OVERHEAD, V6_ALLOC_OVERHEAD, deriveLoopback6, deriveTruesize, frameTruesize,
  nicTruesize, packetSndTruesize, readTruesizeFile, skb_truesize, skb_truesize6, truesizeTable, truesizeTable6,
  type DerivedFile, type MeasuredFile,
} from '../../src/model/truesize.ts';
import { MAX_UDP6_PAYLOAD } from '../../src/spec/ipv6.ts';

type Segments = [number, number, number][];

/** The measured values of a stored table, one per measured payload, expanded independently of truesize.ts. */
function measured(profile: ProfileName, table: string): number[] {
  const doc = readTruesizeFile(profile) as MeasuredFile;
  const t = doc.tables[table] as { segments: Segments; measuredSizes: number };
  expect(t, `${profile} tables.${table}`).toBeDefined();
  const out: number[] = [];
  for (let p = 0; p < t.measuredSizes; p++) {
    const [p0, t0, slope] = t.segments.filter((s) => s[0] <= p).at(-1)!;
    out.push(t0 + slope * (p - p0));
  }
  return out;
}

const step = (payload: number, extra: Partial<FramesStep> = {}, family: 'inet' | 'inet6' = 'inet6'): FramesStep => ({
  at: 0, op: 'frames', device: 'd0', flow: { dport: 5000, family }, payload, ...extra,
});

const SKB_MAX_ALLOC = 16064; // SKB_WITH_OVERHEAD(PAGE_SIZE << 2) = 16384 - 320 on every 6.x build here

describe('linux-6.18, measured', () => {
  const lo4 = truesizeTable('linux-6.18');

  it('the measurements cover what they claim: loopback6 0..65487, veth6 0..1452, vethPacket 0..1472', () => {
    expect(measured('linux-6.18', 'loopback6').length).toBe(65488);
    expect(measured('linux-6.18', 'veth6').length).toBe(1453);
    expect(measured('linux-6.18', 'vethPacket').length).toBe(1473);
    const prov = (readTruesizeFile('linux-6.18') as MeasuredFile).provenanceInet6!;
    expect(prov.kind).toBe('measured');
    expect(prov.uname_r).toMatch(/^6\.18\./);
  });

  it('loopback: the table the model uses is the measured loopback6 at every payload', () => {
    const m = measured('linux-6.18', 'loopback6');
    const t = truesizeTable6('linux-6.18');
    expect(t.length).toBe(MAX_UDP6_PAYLOAD + 1);
    for (let p = 0; p < m.length; p++) if (t[p] !== m[p]) expect(t[p], `payload ${p}`).toBe(m[p]);
    for (let p = 0; p < m.length; p += 997) expect(frameTruesize('linux-6.18', 'loopback', step(p))).toBe(m[p]);
  });

  it('loopback: __ip6_append_data asks 72 bytes beyond the payload, 13 more than __ip_append_data', () => {
    expect([V4_ALLOC_OVERHEAD, V6_ALLOC_OVERHEAD]).toEqual([59, 72]);
    const m = measured('linux-6.18', 'loopback6');
    for (let p = 0; p < m.length; p++) {
      // the transform of the IPv4 table, written out: linear while p + 72 < SKB_MAX_ALLOC, then 72 bytes + page frags
      const rule = p + V6_ALLOC_OVERHEAD < SKB_MAX_ALLOC ? lo4[p + 13] : lo4[p + 13] - 13;
      if (rule !== m[p]) expect(rule, `payload ${p}`).toBe(m[p]);
      const d = deriveLoopback6('linux-6.18', p);
      if (d !== m[p]) expect(d, `deriveLoopback6 payload ${p}`).toBe(m[p]);
    }
  });

  it('loopback: spot values (steps at 185, 633, 1657, 3705, 7801; page frags from 15992)', () => {
    const at = (p: number) => skb_truesize6('linux-6.18', p);
    expect([at(0), at(184), at(185), at(632), at(633), at(1657), at(3705), at(7801)])
      .toEqual([832, 832, 1280, 1280, 2304, 4352, 8448, 16640]);
    expect([at(15991), at(15992), at(65487)]).toEqual([16640, 832 + 15992, 832 + 65487]);
    // 48 + 65488 = 65536, lo's MTU: still one skb (measured by hand, 832 + 65488)
    expect(at(MAX_UDP6_LO_UNFRAGMENTED)).toBe(832 + 65488);
  });

  it('veth: an AF_PACKET IPv6 frame is a linear skb of frame + 16 bytes: loopback4(payload + 19)', () => {
    const m = measured('linux-6.18', 'veth6');
    for (let p = 0; p < m.length; p++) {
      expect(frameTruesize('linux-6.18', 'veth', step(p)), `payload ${p}`).toBe(m[p]);
      expect(lo4[p + 19], `payload ${p}`).toBe(m[p]);
    }
    expect([m[178], m[179], m[626], m[627], m[1452]]).toEqual([832, 1280, 1280, 2304, 2304]);
  });

  it('veth: padding is allocated with the frame (the steps move down by it)', () => {
    const v6 = (p: number, padding: number) => frameTruesize('linux-6.18', 'veth', step(p, { padding }));
    expect([v6(78, 100), v6(79, 100), v6(177, 1), v6(178, 1)]).toEqual([832, 1280, 832, 1280]);
    const v4 = (p: number, padding: number) => frameTruesize('linux-6.18', 'veth', step(p, { padding }, 'inet'));
    expect([v4(98, 100), v4(99, 100), v4(197, 1), v4(198, 1)]).toEqual([832, 1280, 832, 1280]);
  });

  it('veth IPv4: an AF_PACKET frame is loopback4(payload - 1), not loopback4(payload) (198, 646 differ)', () => {
    const m = measured('linux-6.18', 'vethPacket');
    const differ: number[] = [];
    for (let p = 0; p < m.length; p++) {
      expect(frameTruesize('linux-6.18', 'veth', step(p, {}, 'inet')), `payload ${p}`).toBe(m[p]);
      expect(lo4[Math.max(0, p - 1)], `payload ${p}`).toBe(m[p]);
      if (lo4[p] !== m[p]) differ.push(p);
    }
    expect(differ).toEqual([198, 646]);
    // IP options are in the frame too: a 4-byte option moves the step 4 bytes down
    expect(frameTruesize('linux-6.18', 'veth', step(194, { flags: ['ip_options_nop'] }, 'inet'))).toBe(m[198]);
    expect(frameTruesize('linux-6.18', 'veth', step(195, { flags: ['ip_options_nop'] }, 'inet'))).toBe(m[199]);
  });

  it('packet_snd: frame + LL_RESERVED_SPACE 16, the IPv4 loopback table read at frame + 16 - 59', () => {
    expect(packetSndTruesize('linux-6.18', 14 + 20 + 8 + 199)).toBe(1280);
    expect(packetSndTruesize('linux-6.18', 14 + 20 + 8 + 198)).toBe(832);
    expect(packetSndTruesize('linux-6.18', 24)).toBe(832); // an ip_short frame
  });
});

describe.each(['linux-6.1', 'linux-6.12'] as const)('%s: derived from the measured IPv4 table', (profile) => {
  const lo4 = truesizeTable(profile);
  const doc = readTruesizeFile(profile) as MeasuredFile;

  it('says so in its provenance, and has no IPv6 table of its own', () => {
    expect(doc.provenanceInet6?.kind).toBe('derived');
    expect(String(doc.provenanceInet6?.reason)).toMatch(/not measured/);
    expect(doc.tables.loopback6).toBeUndefined();
  });

  it('its IPv4 table turns paged at SKB_MAX_ALLOC 16064, as 6.18 does', () => {
    expect(lo4[16005] - lo4[16004]).not.toBe(1);
    expect(lo4[16006] - lo4[16005]).toBe(1);
    expect(lo4[16005]).toBe(lo4[0] + 16005);
  });

  it('loopback6(p) = loopback4(p + 13) while linear, loopback4(0) + p once paged', () => {
    const t = truesizeTable6(profile);
    for (let p = 0; p <= MAX_UDP6_LO_UNFRAGMENTED; p++) {
      const rule = p + 72 < SKB_MAX_ALLOC ? lo4[p + 13] : lo4[0] + p;
      if (t[p] !== rule) expect(t[p], `payload ${p}`).toBe(rule);
    }
  });

  it('veth: loopback4(payload + 19) for IPv6, loopback4(payload - 1) for IPv4', () => {
    for (let p = 0; p <= 1472; p++) {
      if (p <= 1452) expect(frameTruesize(profile, 'veth', step(p)), `v6 payload ${p}`).toBe(lo4[p + 19]);
      expect(frameTruesize(profile, 'veth', step(p, {}, 'inet')), `v4 payload ${p}`).toBe(lo4[Math.max(0, p - 1)]);
    }
  });

  it('spot values', () => {
    const first = profile === 'linux-6.1' ? 134 : 326; // the IPv4 table's first step
    const small = lo4[0];
    expect([skb_truesize6(profile, first - 14), skb_truesize6(profile, first - 13)]).toEqual([small, lo4[first]]);
    expect(skb_truesize6(profile, 15992)).toBe(small + 15992);
  });
});

describe('linux-3.13: derived from the 3.13 ip6_append_data allocation', () => {
  const d = (readTruesizeFile('linux-3.13') as DerivedFile).derivation;

  it('one linear skb of payload + 72 bytes at every payload: the IPv4 derivation at payload + 13', () => {
    const t = truesizeTable6('linux-3.13');
    for (let p = 0; p <= MAX_UDP6_PAYLOAD; p++) {
      const want = deriveTruesize({ ...d, headerOverhead: 72 }, p);
      if (t[p] !== want) expect(t[p], `payload ${p}`).toBe(want);
      const lo4 = p + 13 <= 65507 ? skb_truesize('linux-3.13', p + 13) : t[p];
      if (t[p] !== lo4) expect(t[p], `payload ${p}`).toBe(lo4);
    }
  });

  it('spot values', () => {
    // kmalloc(SKB_DATA_ALIGN(p + 72) + 320) + sk_buff 256: 512 up to p 120, then 1024, 2048, 4096, 8192, pages
    expect([0, 120, 121, 632, 633, 1656, 1657, 65488].map((p) => skb_truesize6('linux-3.13', p)))
      .toEqual([768, 768, 1280, 1280, 2304, 2304, 4352, 131328]);
    // the derived file's provenance names the 3.13 source
    expect(JSON.stringify((readTruesizeFile('linux-3.13') as DerivedFile).provenanceInet6)).toMatch(/ip6_append_data/);
  });

  it('veth: an AF_PACKET frame of the frame + 16 bytes', () => {
    expect(frameTruesize('linux-3.13', 'veth', step(100))).toBe(deriveTruesize(d, 100 + 19));
    expect(frameTruesize('linux-3.13', 'veth', step(100, {}, 'inet'))).toBe(deriveTruesize(d, 99));
    // the first kmalloc step (SKB_DATA_ALIGN(size) > 192): frame + 16 = 193 at IPv6 payload 115, IPv4 payload 135
    expect([114, 115].map((p) => frameTruesize('linux-3.13', 'veth', step(p)))).toEqual([768, 1280]);
    expect([134, 135].map((p) => frameTruesize('linux-3.13', 'veth', step(p, {}, 'inet')))).toEqual([768, 1280]);
  });
});

describe.each(['linux-3.13', 'linux-6.1', 'linux-6.12', 'linux-6.18'] as const)('%s: a NIC IPv6 frame', (profile) => {
  it('is charged by its length: Ethernet 14 + IPv6 40 + UDP 8 + payload + padding (igb buffers)', () => {
    for (const [p, pad] of [[0, 0], [64, 10], [200, 0], [1452, 0], [2000, 0]]) {
      expect(frameTruesize(profile, 'nic', step(p, { padding: pad }))).toBe(nicTruesize(profile, 62 + p + pad));
    }
    // a frame of 256 bytes fits the 3.13 header buffer, one more byte does not
    if (profile === 'linux-3.13') {
      expect(frameTruesize(profile, 'nic', step(194))).toBe(896);
      expect(frameTruesize(profile, 'nic', step(195))).toBe(896 + 2048);
    }
  });
});
