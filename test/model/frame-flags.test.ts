// The model's FrameFlag bits (src/model/skb.ts FRAME_FLAGS) cover exactly the schema's FrameFlag enum:
// a flag added to the schema and not to the model would be a frame the model silently takes as clean.
import { describe, expect, it } from 'vitest';
import { FLAG, FRAME_FLAGS } from '../../src/model/skb.ts';
import { readSchema } from '../../src/spec/schema-files.ts';

describe('FRAME_FLAGS', () => {
  it('is the workload schema\'s FrameFlag enum, each with a bit of its own', () => {
    const schema = readSchema<{ $defs: { FrameFlag: { enum: string[] } } }>('workload.schema.json');
    expect([...FRAME_FLAGS].sort()).toEqual([...schema.$defs.FrameFlag.enum].sort());
    const bits = FRAME_FLAGS.map((f) => FLAG[f]);
    expect(new Set(bits).size).toBe(FRAME_FLAGS.length);
    expect(bits.every((b) => b > 0 && b <= 2 ** 30)).toBe(true);
  });
});
