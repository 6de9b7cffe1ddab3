// The model's FrameFlag bits (src/model/skb.ts FRAME_FLAGS) and IPv6 extension headers (SkbPool.ext, from the
// ip6_* flags: src/spec/ipv6-ext.ts) cover exactly the schema's FrameFlag enum: a flag added to the schema and not
// to the model would be a frame the model silently takes as clean.
import { describe, expect, it } from 'vitest';
import { FLAG, FRAME_FLAGS, extDst, extHop, extLen, extRt, extToBits } from '../../src/model/skb.ts';
import { EXT_HEADERS, IPV6_EXT_FLAGS, ipv6ExtLen } from '../../src/spec/ipv6-ext.ts';
import { readSchema } from '../../src/spec/schema-files.ts';

describe('FRAME_FLAGS', () => {
  it('is the workload schema\'s FrameFlag enum, each with a bit of its own', () => {
    const schema = readSchema<{ $defs: { FrameFlag: { enum: string[] } } }>('workload.schema.json');
    expect([...FRAME_FLAGS, ...IPV6_EXT_FLAGS].sort()).toEqual([...schema.$defs.FrameFlag.enum].sort());
    // each extension header flag its own SkbPool.ext value, and one header of 8 bytes
    const ext = IPV6_EXT_FLAGS.map((f) => extToBits([f]));
    expect(new Set(ext).size).toBe(IPV6_EXT_FLAGS.length);
    expect(ext.every((b) => b > 0 && extLen(b) === 8)).toBe(true);
    const bits = FRAME_FLAGS.map((f) => FLAG[f]);
    expect(new Set(bits).size).toBe(FRAME_FLAGS.length);
    expect(bits.every((b) => b > 0 && b <= 2 ** 30)).toBe(true);
  });
});

describe('SkbPool.ext', () => {
  it('holds one flag of each header at once, and its length is the frame builder\'s', () => {
    for (const h of EXT_HEADERS[0].flags) {
      for (const r of [undefined, ...EXT_HEADERS[1].flags]) {
        for (const d of [undefined, ...EXT_HEADERS[2].flags]) {
          const flags = [h, r, d].filter((x) => x !== undefined);
          const bits = extToBits(flags);
          expect(extLen(bits)).toBe(ipv6ExtLen(flags));
          // each header's kind reads back as that header's flag alone gives it
          const kinds = (b: number): number[] => [extHop(b), extRt(b), extDst(b)];
          expect(kinds(bits)).toEqual([h, r, d].map((f) => (f === undefined ? 0 : kinds(extToBits([f])).find((k) => k > 0))));
        }
      }
    }
  });
});
