// The package as a user gets it: `npm pack` (which builds dist/ through prepack), installed into a
// fresh temporary project with its peer dependencies, then used from there with no tsx and none of
// rxpath's sources: plain Node imports and requires it, a strict tsc typechecks a consumer against
// its .d.ts, the installed CLI checks a consumer's implementation (and fails a faulty one on a
// shipped golden trace), the vitest suite runs in the consumer's own vitest, and publint and
// arethetypeswrong lint the tarball. Skipped, saying so, only when the npm registry is unreachable.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.ts';

interface Ran { code: number | null; out: string; err: string }

// The child npm, node and vitest must not inherit this run's npm script (its package, its prefix)
// or vitest settings; npm's own settings (cache, registry, certificates, proxies) stay.
const DROP = /^(npm_(?!config_)|npm_config_(prefix|local_prefix|global_prefix|call|yes)$|vitest|node_options$|node_env$|test$)/i;
const ENV: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !DROP.test(k)));
ENV.NO_COLOR = '1';

function run(cmd: string, args: string[], cwd: string, timeoutMs = 120_000): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('close', (code) => resolve({ code, out, err }));
    child.on('error', (e) => resolve({ code: null, out, err: `${err}${e.message}` }));
  });
}

const show = (r: Ran) => `exit ${r.code}\n--- stdout\n${r.out.slice(-3000)}\n--- stderr\n${r.err.slice(-3000)}`;

/** The version of a package installed here, so the consumer installs the same from the npm cache. */
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const IMPL = `// A consumer's implementation: the model behind a wrapper that declares only part of what it models.
import { defineImplementation, modelImplementation } from 'rxpath';
const model = modelImplementation();
export default defineImplementation({
  name: 'consumer-impl', profiles: ['linux-6.18'], events: false,
  observes: ['snmp.Udp', 'udp[*].drops', 'softnet_stat[*].dropped'],
  run: (scenario, opts) => model.run(scenario, { ...opts, events: false }),
});
`;

// enqueue_to_backlog with qlen < netdev_max_backlog (the kernel has <=): one packet short.
const FAULTY = `import { modelImplementation } from 'rxpath';
const m = modelImplementation({ backlogHasRoom: (qlen, max) => qlen < max });
export default { name: 'faulty', profiles: m.profiles, events: m.events, run: (s, o) => m.run(s, o) };
`;

const CONSUMER_TS = `import fc from 'fast-check';
import {
  defineImplementation, emptySnapshot, propertyByName, scenarioArbitrary, simulate, udpTruesize,
  type CounterPath, type Implementation, type Observations, type Scenario, type ScenarioTag,
} from 'rxpath';
import type { ConformanceOptions } from 'rxpath/vitest';

const impl = defineImplementation({
  name: 'narrow', profiles: ['linux-6.18'], events: false,
  tags: ['loopback', 'socket', 'rcvbuf', 'sysctl:net.core.rmem_max'],
  observes: ['snmp.Udp', 'udp[*].drops', 'softnet_stat[0].dropped', 'dev.lo.rx_packets'],
  async run(scenario: Scenario): Promise<Observations> {
    const counters = emptySnapshot(scenario.config);
    const row = counters.udp[0];
    if (row) row.drops += 1;
    counters.snmp.Udp.RcvbufErrors += udpTruesize('linux-6.18', 1472);
    return { profile: scenario.config.profile, checkpoints: [{ label: 'end', step: scenario.workload.length, at: 0, counters }] };
  },
});
export const asImplementation: Implementation = impl;
// @ts-expect-error a misspelt scenario tag is a compile error
export const badTag: ScenarioTag = 'loopbak';
// @ts-expect-error so is a misspelt counter
export const badPath: CounterPath = 'snmp.Udp.RcvbufError';
export const options: ConformanceOptions = { runs: 5, profiles: ['linux-6.18'], failuresFile: false };
const budget = propertyByName('budget');
if (budget) fc.assert(fc.property(scenarioArbitrary('linux-6.18'), (s) => budget.check(s, simulate(s)).ok), { numRuns: 2 });
`;

const SUITE_TEST = `import { conformanceSuite } from 'rxpath/vitest';
import impl from './impl.mjs';
conformanceSuite(impl, { properties: ['backlog', 'rcvbuf', 'conservation'], runs: 5, failuresFile: false });
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, types: ['node'],
    strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true,
    // rxpath's .d.ts declare internals (the model's SimHost) that are not clean under
    // exactOptionalPropertyTypes; the consumer's own code is checked under every flag above.
    skipLibCheck: true,
  },
  files: ['consumer.ts'],
};

let dir = '';
let project = '';
let BIN = '';
let tarball = '';
let packed: { size: number; unpackedSize: number; files: { path: string }[] } | undefined;
let skip: string | undefined;
let lint: { publint: Promise<Ran>; attw: Promise<Ran> } | undefined;

async function registryReachable(): Promise<string | undefined> {
  const r = await run('npm', ['ping'], dir, 30_000);
  return r.code === 0 ? undefined : `the npm registry is unreachable (npm ping: ${(r.err || r.out).trim().split('\n').pop()})`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rxpath-consumer-'));
  project = join(dir, 'project');
  BIN = join(project, 'node_modules/rxpath/bin/rxpath.js');
  mkdirSync(project);
  // prepack builds dist/ (scripts/build.mjs), as `npm publish` would
  const p = await run('npm', ['pack', '--json', '--pack-destination', dir], PACKAGE_ROOT, 180_000);
  if (p.code !== 0) throw new Error(`npm pack failed\n${show(p)}`);
  // the JSON follows whatever the prepack script printed
  const info = (JSON.parse(p.out.slice(p.out.search(/^\[$/m))) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[])[0]!;
  packed = info;
  tarball = join(dir, info.filename);
  // the linters need only the tarball: they download and run while the project installs
  lint = {
    publint: run('npx', ['--yes', 'publint@^0.3', 'run', tarball], dir),
    attw: run('npx', ['--yes', '@arethetypeswrong/cli@^0.18', tarball, '--ignore-rules', 'cjs-resolves-to-esm'], dir),
  };

  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  const deps = [
    tarball, `fast-check@${versionOf('fast-check')}`, `vitest@${versionOf('vitest')}`, `tsx@${versionOf('tsx')}`,
    `@types/node@${versionOf('@types/node')}`,
  ];
  const i = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...deps], project, 180_000);
  if (i.code !== 0) {
    skip = await registryReachable();
    if (skip) return;
    throw new Error(`npm install of the tarball failed\n${show(i)}`);
  }
  writeFileSync(join(project, 'impl.mjs'), IMPL);
  writeFileSync(join(project, 'impl.ts'), IMPL);
  writeFileSync(join(project, 'faulty.mjs'), FAULTY);
  writeFileSync(join(project, 'consumer.ts'), CONSUMER_TS);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(join(project, 'conformance.test.ts'), SUITE_TEST);
}, 300_000);

afterAll(async () => {
  if (lint) await Promise.all([lint.publint, lint.attw]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('is small and ships what runs, a LICENSE and no tests or TypeScript sources', () => {
    const files = packed!.files.map((f) => f.path);
    // most of it is the kernel corpus (golden/kernel: three kernels' recordings, 1.5 MB packed at 313 traces each),
    // which grows with each part of the path recorded
    expect(packed!.size).toBeLessThan(2e6);
    for (const f of ['LICENSE', 'README.md', 'bin/rxpath.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/vitest.js',
      'dist/src/generated/validators.cjs', 'dist/src/model/truesize/linux-6.18.json', 'schemas/scenario.schema.json',
      'golden/expected-differences.json', 'docs/api.md']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('golden/kernel/linux-6.18/'))).toBe(true);
    expect(files.filter((f) => /^(test|bench|scripts|examples|src|properties|\.ci)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files).not.toContain('stryker.config.json');
  });
});

describe('installed into a fresh project', () => {
  it('imports and requires from plain Node', async (ctx) => {
    if (skip) ctx.skip(skip);
    const imp = await run(process.execPath, ['--input-type=module', '-e', `
      const m = await import('rxpath');
      const obs = m.simulate({ name: 's', config: { profile: 'linux-6.18', cpus: 1 }, workload: [] });
      console.log(JSON.stringify({ fns: ['simulate', 'emptySnapshot', 'scenarioArbitrary', 'checkProperty', 'defineImplementation']
        .filter((k) => typeof m[k] === 'function'), end: obs.checkpoints.at(-1).label, suite: import.meta.resolve('rxpath/vitest') }));
    `], project);
    expect(imp.code, show(imp)).toBe(0);
    expect(JSON.parse(imp.out)).toEqual({
      fns: ['simulate', 'emptySnapshot', 'scenarioArbitrary', 'checkProperty', 'defineImplementation'], end: 'end',
      suite: expect.stringMatching(/\/node_modules\/rxpath\/dist\/src\/vitest\.js$/),
    });
    const req = await run(process.execPath, ['-e', `const m = require('rxpath'); console.log(typeof m.udpTruesize, m.udpTruesize('linux-6.18', 1472))`], project);
    expect(req.code, show(req)).toBe(0);
    expect(req.out).toMatch(/^function \d+\n$/);
  });

  it('typechecks a consumer with strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes', async (ctx) => {
    if (skip) ctx.skip(skip);
    // this repository's tsc (the same version a consumer gets), reading only the consumer's node_modules
    const r = await run(process.execPath, [join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.', '--listFiles'], project);
    expect(r.code, show(r)).toBe(0);
    // only rxpath's declarations were read, never a source file
    const fromRxpath = r.out.split('\n').filter((f) => f.includes('/node_modules/rxpath/'));
    expect(fromRxpath.length).toBeGreaterThan(0);
    expect(fromRxpath.filter((f) => !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('runs the CLI: the version, and a check of a consumer implementation', async (ctx) => {
    if (skip) ctx.skip(skip);
    const hasVersion = readFileSync(join(PACKAGE_ROOT, 'src/cli/main.ts'), 'utf8').includes('.version(');
    const v = await run('npx', hasVersion ? ['rxpath', '--version'] : ['rxpath', 'spec', 'show', 'net.core.netdev_max_backlog'], project);
    expect(v.code, show(v)).toBe(0);
    expect(v.out).toContain(hasVersion ? VERSION : 'netdev_max_backlog');
    const c = await run('npx', ['rxpath', 'check', '--impl', './impl.mjs', '--skip-golden', '--runs', '5'], project);
    expect(c.code, show(c)).toBe(0);
    expect(c.out).toMatch(/rxpath check: consumer-impl/);
    expect(c.out).toMatch(/properties: +[1-9]\d* passed, 0 failed, 0 broken/);
  });

  it('fails a faulty implementation on a golden trace shipped in the package (exit 1)', async (ctx) => {
    if (skip) ctx.skip(skip);
    const r = await run(process.execPath, [BIN, 'check', '--impl', './faulty.mjs', '--skip-properties', '--traces', 'model/linux-6.18/backlog-default-1000'], project);
    expect(r.code, show(r)).toBe(1);
    expect(r.out).toMatch(/golden traces: +0 passed, 1 failed/);
  });

  it('loads a TypeScript --impl through tsx, and says what to install without it', async (ctx) => {
    if (skip) ctx.skip(skip);
    const ok = await run(process.execPath, [BIN, 'check', '--impl', './impl.ts', '--skip-golden', '--runs', '2'], project);
    expect(ok.code, show(ok)).toBe(0);
    const tsx = join(project, 'node_modules/tsx');
    renameSync(tsx, `${tsx}.off`);
    try {
      const r = await run(process.execPath, [BIN, 'check', '--impl', './impl.ts'], project);
      expect(r.code, show(r)).toBe(2);
      expect(r.err).toContain('./impl.ts is TypeScript');
      expect(r.err).toContain('npm install --save-dev tsx');
    } finally {
      renameSync(`${tsx}.off`, tsx);
    }
  });

  it('runs the conformance suite in the consumer\'s own vitest', async (ctx) => {
    if (skip) ctx.skip(skip);
    const r = await run(process.execPath, [join(project, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=verbose'], project);
    expect(r.code, show(r)).toBe(0);
    // one test per property and profile (3 here), and whatever else the suite registers
    const m = /Tests +(\d+) passed \((\d+)\)/.exec(r.out);
    expect(m, show(r)).not.toBeNull();
    expect(Number(m![1])).toBe(Number(m![2]));
    expect(Number(m![1])).toBeGreaterThanOrEqual(3);
    expect(r.out).toMatch(/✓ .*backlog \[linux-6\.18\]/);
  });
});

describe('package linters (from the npm registry)', () => {
  it('publint: no errors; the one warning is the repository URL, which needs the project\'s hosting', async (ctx) => {
    if (skip) ctx.skip(skip);
    const r = await lint!.publint;
    if (r.code !== 0 && !r.out.includes('Linting')) {
      const why = await registryReachable();
      if (why) ctx.skip(why);
    }
    expect(r.code, show(r)).toBe(0);
    expect(r.out).not.toMatch(/Errors?:/);
    const warnings = r.out.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(warnings.filter((w) => !w.includes('pkg.repository.url')), show(r)).toEqual([]);
  });

  it('arethetypeswrong: every entry resolves to types, ESM-only (require works through require(esm))', async (ctx) => {
    if (skip) ctx.skip(skip);
    const r = await lint!.attw;
    if (r.code !== 0 && !r.out.includes('rxpath v')) {
      const why = await registryReachable();
      if (why) ctx.skip(why);
    }
    expect(r.code, show(r)).toBe(0);
    expect(r.out).toContain('No problems found');
  });
});
