// The model's FrameFlag bits (src/model/skb.ts FRAME_FLAGS) and IPv6 extension headers (SkbPool.ext, from the
// ip6_* flags: src/spec/ipv6-ext.ts) cover exactly the schema's FrameFlag enum: a flag added to the schema and not
// to the model would be a frame the model silently takes as clean.
import { describe, expect, it } from 'vitest';
import { EXT, FLAG, FRAME_FLAGS, extToBits } from '../../src/model/skb.ts';
import { IPV6_EXT_FLAGS } from '../../src/spec/ipv6-ext.ts';
import { readSchema } from '../../src/spec/schema-files.ts';

describe('FRAME_FLAGS', () => {
  it('is the workload schema\'s FrameFlag enum, each with a bit of its own', () => {
    const schema = readSchema<{ $defs: { FrameFlag: { enum: string[] } } }>('workload.schema.json');
    expect([...FRAME_FLAGS, ...IPV6_EXT_FLAGS].sort()).toEqual([...schema.$defs.FrameFlag.enum].sort());
    expect(IPV6_EXT_FLAGS.map((f) => extToBits([f]))).toEqual([EXT.hopopts, EXT.dstopts, EXT.optDiscard, EXT.optIcmp]);
    const bits = FRAME_FLAGS.map((f) => FLAG[f]);
    expect(new Set(bits).size).toBe(FRAME_FLAGS.length);
    expect(bits.every((b) => b > 0 && b <= 2 ** 30)).toBe(true);
  });
});
