// --shard I/N splits the checks into disjoint parts that together are all of them, the same way
// every time.
import { describe, expect, test } from 'vitest';
import { parseShard, selectShard } from '../../src/runner/shard.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

const ids = Array.from({ length: 23 }, (_, i) => `check-${i}`);

describe('sharding', () => {
  test('shards are disjoint, cover everything, are balanced and keep the run order', () => {
    const parts = [1, 2, 3, 4].map((index) => selectShard(ids, (x) => x, { index, count: 4 }));
    expect(parts.flat().sort()).toEqual([...ids].sort());
    expect(new Set(parts.flat()).size).toBe(ids.length);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(6);
      expect(p).toEqual(ids.filter((x) => p.includes(x)));
    }
  });

  test('deterministic', () => {
    expect(selectShard(ids, (x) => x, { index: 2, count: 3 })).toEqual(selectShard([...ids], (x) => x, { index: 2, count: 3 }));
  });

  test('bad shard specifications are input errors', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['0/2', '3/2', 'a/b', '1', '1/0']) expect(() => parseShard(bad)).toThrow(RxpathInputError);
  });
});
