// `npm run soak` (scripts/soak.ts): runs the properties asked for on the profiles and seeds asked
// for, prints one line per check with its runs and result and a per-property table, and exits 0
// only when every check passed (2 on bad usage).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { main } from '../../scripts/soak.ts';

function capture(): { out: () => string } {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (lines.push(String(s)), true));
  return { out: () => lines.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('npm run soak', () => {
  test('runs each property, profile and seed asked for and reports its runs', async () => {
    const c = capture();
    const code = await main(['--runs', '3', '--seeds', '1,2', '--properties', 'identities,metamorphic-rcvbuf', '--profiles', 'linux-6.18']);
    expect(code, c.out()).toBe(0);
    const checks = c.out().split('\n').filter((l) => /^ {2}passed /.test(l));
    expect(checks).toHaveLength(4);
    for (const seed of [1, 2]) {
      for (const p of ['identities', 'metamorphic-rcvbuf']) {
        expect(checks.some((l) => l.includes(p) && l.includes('linux-6.18') && new RegExp(`seed ${seed}\\s+3 runs`).test(l)), `${p} seed ${seed}`).toBe(true);
      }
    }
    expect(c.out()).toMatch(/identities\s+6\s+passed/);
    expect(c.out()).toContain('4 checks: 4 passed, 0 failed, 0 broken, 0 skipped; 12 scenarios');
  });

  test('bad usage is exit code 2 with the reason', async () => {
    const c = capture();
    expect(await main(['--properties', 'no-such-property'])).toBe(2);
    expect(c.out()).toContain('no property "no-such-property"');
    expect(await main(['--runs', '0'])).toBe(2);
    expect(c.out()).toContain('--runs: expected an integer >= 1 (got "0")');
  });
});
