import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeReplayToken, encodeReplayToken, isReplayToken } from '../../src/runner/replay-token.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

describe('replay tokens', () => {
  test('round-trip property, profile, seed and path', () => {
    fc.assert(fc.property(
      fc.constantFrom('differential', 'budget', 'metamorphic-rcvbuf'), fc.constantFrom('linux-3.13', 'linux-6.18' as const),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.array(fc.nat(40), { minLength: 1, maxLength: 300 }),
      (property, profile, seed, path) => {
        const t = { property, profile, seed, path: path.join(':') };
        const token = encodeReplayToken(t);
        expect(isReplayToken(token)).toBe(true);
        expect(decodeReplayToken(token)).toEqual(t);
      },
    ), { numRuns: 200, seed: 1 });
  });

  test('stay short for the long paths shrinking leaves', () => {
    const path = ['160', ...Array(100).fill('2'), ...Array(20).fill('7')].join(':');
    expect(encodeReplayToken({ property: 'differential', profile: 'linux-6.18', seed: 4, path }).length).toBeLessThan(80);
  });

  test.each(['rx1.@@@', 'rx1.', `rx1.${Buffer.from('hello').toString('base64url')}`])('reject %s with exit-2 input error', (bad) => {
    expect(() => decodeReplayToken(bad)).toThrow(RxpathInputError);
  });
});
