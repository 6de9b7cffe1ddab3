// `rxpath simulate`: the CLI prints the model's observations; input errors exit 2 naming what was expected.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpoint, frames, nic, read, scenario } from '../model/build.ts';
import { simulate } from '../../src/model/index.ts';
import { PACKAGE_ROOT } from '../../src/spec/schema-files.ts';

const flood = (profile: 'linux-3.13' | 'linux-6.18') => scenario({
  profile, cpus: 2, devices: [nic('eth0', { rxQueues: 2, ringSize: 128, queues: [{ rpsCpus: '2' }, { smpAffinity: '2' }] })],
  sockets: [{ name: 's', port: 5000, soRcvbuf: 20000 }],
}, [
  frames(0, 'eth0', 500, { gapNs: 50 }),
  checkpoint(20_000, 'mid'),
  read(200_000, 's', 20),
]);

describe('rxpath simulate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rxpath-sim-'));
  const file = join(dir, 'sc.json');
  writeFileSync(file, JSON.stringify(flood('linux-6.18')));
  const bin = join(PACKAGE_ROOT, 'bin', 'rxpath.js');

  it('prints the observations as JSON; --profile overrides config.profile; --events adds events', () => {
    const out = JSON.parse(execFileSync(process.execPath, [bin, 'simulate', file, '--profile', 'linux-3.13', '--events', '--compact'], { encoding: 'utf8' }));
    expect(out.profile).toBe('linux-3.13');
    expect(out.events.length).toBeGreaterThan(0);
    expect(out).toEqual(simulate(flood('linux-6.18'), { profile: 'linux-3.13', events: true }));
  });

  it('a bad --profile or file is an input error (exit 2) naming what was expected', () => {
    const r = spawnSync(process.execPath, [bin, 'simulate', file, '--profile', 'linux-9'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/linux-3\.13, linux-6\.1, linux-6\.12, linux-6\.18/);
    const r2 = spawnSync(process.execPath, [bin, 'simulate', join(dir, 'missing.json')], { encoding: 'utf8' });
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/missing\.json/);
  });
});
