// What an implementation declares, against what the run checks, through the real command line: an
// implementation that declares none of the run's profiles, or whose every check is skipped, is not
// a pass (exit 2, saying why); one that declares part of what is asked is checked on that part.
// (Implementations that crash, hang or exit are in test/faults/.)
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, rxpath } from './cli.ts';

const impl = (name: string): string => join(FIXTURES, name);
const BUDGET = ['--skip-golden', '--properties', 'budget', '--runs', '1'];

describe.concurrent('declared profiles and features against the run', () => {
  test('only an unknown profile: exit 2 before any check, naming what rxpath knows', async () => {
    const r = await rxpath(['check', '--impl', impl('unknown-profile.mjs'), ...BUDGET]);
    // Refused as it is loaded (src/impl) or, failing that, by the gate: either way it names the profile.
    expect(r.stderr).toMatch(/unknown-profile\.mjs.*linux-9\.9.*linux-3\.13.*linux-6\.18/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  test('only linux-3.13, and the run asks for linux-6.18 alone: exit 2', async () => {
    const r = await rxpath(['check', '--impl', impl('only-3-13.mjs'), ...BUDGET, '--profile', 'linux-6.18']);
    expect(r.stderr).toContain('declares linux-3.13, and this run checks only linux-6.18: nothing would be checked');
    expect(r.status).toBe(2);
  });

  test('only linux-3.13, and the run asks for every profile: the 3.13 checks run and pass (exit 0)', async () => {
    const r = await rxpath(['check', '--impl', impl('only-3-13.mjs'), ...BUDGET]);
    expect(r.stdout).toContain('properties:    1 passed, 0 failed, 0 broken, 3 skipped');
    expect(r.status).toBe(0);
  });

  test('no scenario feature at all: every check skipped is exit 2, with the reasons', async () => {
    const r = await rxpath(['check', '--impl', impl('no-features.mjs'), ...BUDGET]);
    expect(r.stdout).toMatch(/result: nothing was checked: all 4 checks were skipped /);
    expect(r.stdout).toMatch(/\(4 × its scenarios need tags the implementation does not declare: .*\) \(exit 2\)/);
    expect(r.status).toBe(2);
  });

  test('golden check of the same: exit 2, not "all passed"', async () => {
    const r = await rxpath(['golden', 'check', '--impl', impl('no-features.mjs'), '--traces', 'model/linux-6.18/single-datagram']);
    expect(r.stdout).toMatch(/result: nothing was checked: its one check was skipped \(1 × needs tags the implementation does not declare/);
    expect(r.status).toBe(2);
  });
});
