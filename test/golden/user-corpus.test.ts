// Users' own golden corpora as gates: which directories a run adds (--golden-dir, then
// rxpath.config.json, then package.json), their traces beside the shipped ones under ids that
// cannot collide, their registers of expected differences, bad input naming the file and JSON
// pointer, `golden record --out DIR` (all or nothing, never overwriting without --update, never
// into an installed package), the runner and the vitest suite with a user corpus, and the CLI.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guard } from '../../src/impl/guard.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import { corporaOf, corporaTraceIds, loadCorpora, loadCorporaRegister, USER_PREFIX } from '../../src/runner/golden/corpora.ts';
import { GOLDEN_DIR, traceFiles } from '../../src/runner/golden/corpus.ts';
import { checkRecordTarget, recordCorpus } from '../../src/runner/golden/record.ts';
import { goldenDirs } from '../../src/runner/golden/user-dirs.ts';
import { userScenarioSources } from '../../src/runner/golden/user-scenarios.ts';
import { runCheck } from '../../src/runner/run-check.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { conformanceSuite } from '../../src/vitest.ts';
import { rxpath } from '../gate/cli.ts';
import { toyImpl, toyScenario } from '../runner/fakes.ts';
import { tempGolden, writeToyTrace } from '../runner/golden-fixture.ts';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'rxpath-user-corpus-'));
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
function project(): string {
  const d = scratch();
  dirs.push(d);
  return d;
}

/** The problem an RxpathInputError carries (or a failure if it is not one). */
function problem(f: () => unknown): { file: string; pointer: string; message: string } {
  try { f(); } catch (e) {
    expect(e).toBeInstanceOf(RxpathInputError);
    return (e as RxpathInputError).problems[0]!;
  }
  throw new Error('no RxpathInputError');
}

/** A scenario file for DIR/scenarios: the toy's 150 frames into a socket that holds 100. */
function writeScenario(corpus: string, id: string, frames = 150, extra: Record<string, unknown> = {}): void {
  mkdirSync(join(corpus, 'scenarios'), { recursive: true });
  writeFileSync(join(corpus, 'scenarios', `${id}.json`), JSON.stringify({ ...toyScenario('linux-6.18', frames), name: id, ...extra }, null, 2));
}

describe('which corpora a run adds', () => {
  it('--golden-dir wins over rxpath.config.json, which wins over package.json; the ignored ones are noted', () => {
    const cwd = project();
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'app', rxpath: { goldenDirs: ['from-package'] } }));
    expect(goldenDirs(undefined, cwd)).toMatchObject({ from: 'package.json#/rxpath', sources: [{ dir: 'from-package', pointer: '/rxpath/goldenDirs/0' }], notes: [] });
    writeFileSync(join(cwd, 'rxpath.config.json'), JSON.stringify({ goldenDirs: ['a', 'b'] }));
    const cfg = goldenDirs(undefined, cwd);
    expect(cfg.sources.map((s) => [s.dir, s.pointer])).toEqual([['a', '/goldenDirs/0'], ['b', '/goldenDirs/1']]);
    expect(cfg.notes).toEqual([expect.stringMatching(/^package\.json#\/rxpath names golden corpora too; rxpath\.config\.json wins/)]);
    const cli = goldenDirs(['c'], cwd);
    expect(cli).toMatchObject({ from: '--golden-dir', sources: [{ dir: 'c', file: '--golden-dir', pointer: '' }] });
    expect(cli.notes).toHaveLength(2);
    expect(goldenDirs(undefined, project())).toEqual({ sources: [], from: '', notes: [] });
  });
  it('a malformed config is bad input naming the file, the JSON pointer and what was expected', () => {
    const cwd = project();
    const cfg = join(cwd, 'rxpath.config.json');
    writeFileSync(cfg, JSON.stringify({ goldenDir: ['x'] }));
    expect(problem(() => goldenDirs(undefined, cwd))).toMatchObject({ file: cfg, pointer: '/goldenDir', message: expect.stringMatching(/did you mean "goldenDirs"/) });
    writeFileSync(cfg, JSON.stringify({ goldenDirs: 'x' }));
    expect(problem(() => goldenDirs(undefined, cwd))).toMatchObject({ pointer: '/goldenDirs', message: expect.stringMatching(/array/) });
    writeFileSync(cfg, JSON.stringify({ goldenDirs: ['ok', ''] }));
    expect(problem(() => goldenDirs(undefined, cwd))).toMatchObject({ pointer: '/goldenDirs/1' });
    writeFileSync(cfg, '{ "goldenDirs": [ }');
    expect(problem(() => goldenDirs(undefined, cwd)).file).toBe(cfg);
    rmSync(cfg);
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ rxpath: [] }));
    expect(problem(() => goldenDirs(undefined, cwd))).toMatchObject({ file: join(cwd, 'package.json'), pointer: '/rxpath' });
    expect(problem(() => goldenDirs([''], cwd))).toMatchObject({ file: '--golden-dir' });
  });
});

describe('user corpora beside the shipped one', () => {
  const cwd = project();
  const g = tempGolden();
  dirs.push(g.dir);
  writeToyTrace(g.dir, 'burst-150', 'linux-6.18', 150);
  const mine = join(cwd, 'my', 'golden');
  writeToyTrace(mine, 'burst-150', 'linux-6.18', 150); // the same id as the base corpus has
  writeToyTrace(mine, 'burst-50', 'linux-6.18', 50, {}, 'kernel');

  it('ids are prefixed user:DIR/, so the same file name never collides with the base corpus', () => {
    const corpora = corporaOf(g.dir, ['my/golden'], cwd);
    const ids = loadCorpora(corpora).map((t) => t.id);
    expect(ids).toEqual(['model/linux-6.18/burst-150', 'user:my/golden/kernel/linux-6.18/burst-50', 'user:my/golden/model/linux-6.18/burst-150']);
    expect(corporaTraceIds(corpora)).toEqual(ids);
    expect(corporaOf(g.dir, ['my/golden', './my/golden/'], cwd)).toHaveLength(2); // one directory, once
  });
  it('no shipped trace id starts with the user prefix', () => {
    expect(traceFiles(GOLDEN_DIR).length).toBeGreaterThan(0);
    expect(loadCorpora(corporaOf(GOLDEN_DIR)).some((t) => t.id.startsWith(USER_PREFIX))).toBe(false);
  });
  it('a user register names its own traces; its keys get the prefix; a name it does not hold is bad input', () => {
    const reg = join(mine, 'expected-differences.json');
    writeFileSync(reg, JSON.stringify({ format: 'rxpath-expected-differences/1', entries: [{ trace: 'kernel/linux-6.18/burst-50', reason: 'known' }] }));
    expect([...loadCorporaRegister(corporaOf(g.dir, ['my/golden'], cwd)).keys()]).toEqual(['user:my/golden/kernel/linux-6.18/burst-50']);
    writeFileSync(reg, JSON.stringify({ format: 'rxpath-expected-differences/1', entries: [{ trace: 'model/linux-6.18/nope', reason: 'x' }] }));
    expect(problem(() => loadCorporaRegister(corporaOf(g.dir, ['my/golden'], cwd)))).toMatchObject({ file: reg, pointer: '/entries/0/trace' });
    rmSync(reg);
  });
  it('a missing, file or empty corpus, and a malformed trace, are bad input naming where', () => {
    const src = { dir: 'nope', file: 'rxpath.config.json', pointer: '/goldenDirs/0' };
    expect(problem(() => loadCorpora(corporaOf(g.dir, [src], cwd)))).toMatchObject({ file: 'rxpath.config.json', pointer: '/goldenDirs/0', message: expect.stringMatching(/"nope" does not exist/) });
    writeFileSync(join(cwd, 'afile'), '');
    expect(problem(() => loadCorpora(corporaOf(g.dir, ['afile'], cwd))).message).toMatch(/not a directory/);
    mkdirSync(join(cwd, 'empty', 'scenarios'), { recursive: true });
    expect(problem(() => loadCorpora(corporaOf(g.dir, ['empty'], cwd))).message).toMatch(/holds no trace.*golden record --out empty/);
    const bad = join(mine, 'model', 'linux-6.18', 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'rxpath-golden/1' }));
    expect(problem(() => loadCorpora(corporaOf(g.dir, ['my/golden'], cwd)))).toMatchObject({ file: bad, pointer: '/summary' });
    rmSync(bad);
  });
  it('runCheck gates on them: a user trace that differs fails the run (exit 1) unless its register says why', async () => {
    const base = { properties: [], checkProperty: async () => { throw new Error('none'); }, seed: 1, includeProperties: false, goldenDir: g.dir, rxpathVersion: 'test' };
    const pass = await runCheck({ ...base, impl: guard(toyImpl()), userGoldenDirs: [join(cwd, 'my/golden')] });
    expect(pass.exitCode).toBe(0);
    // labelled relative to the working directory of the run
    const label = relative(process.cwd(), join(cwd, 'my/golden'));
    expect(pass.checks.map((c) => c.id)).toContain(`golden/user:${label}/model/linux-6.18/burst-150`);
    const buggy = await runCheck({ ...base, impl: guard(toyImpl('buggy', { bug: 'extra-delivers' })), userGoldenDirs: ['my/golden'].map((d) => join(cwd, d)), traces: ['user:'] });
    expect(buggy.exitCode).toBe(1);
    expect(buggy.checks.every((c) => c.name.startsWith('user:'))).toBe(true);
  });
});

describe('rxpath golden record --out DIR', () => {
  const model = guard(modelImplementation());
  it('records DIR/scenarios into DIR/model/<profile>/, leaves identical traces, never overwrites a different one without --update', async () => {
    const out = project();
    writeScenario(out, 'burst');
    const first = await recordCorpus({ model, sources: userScenarioSources(out), goldenDir: out, rxpathVersion: 'test' });
    expect(first.map((r) => [r.id, r.profile, r.outcome])).toEqual([['burst', 'linux-6.18', 'written']]);
    const file = join(out, 'model', 'linux-6.18', 'burst.json');
    const text = readFileSync(file, 'utf8');
    expect(loadCorpora(corporaOf(GOLDEN_DIR, [out], out)).filter((t) => t.id.startsWith(USER_PREFIX)).map((t) => t.id)).toEqual(['user:./model/linux-6.18/burst']);
    expect((await recordCorpus({ model, sources: userScenarioSources(out), goldenDir: out, rxpathVersion: 'test' }))[0]!.outcome).toBe('unchanged');
    writeScenario(out, 'burst', 20);
    expect((await recordCorpus({ model, sources: userScenarioSources(out), goldenDir: out, rxpathVersion: 'test' }))[0]!.outcome).toBe('differs');
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect((await recordCorpus({ model, sources: userScenarioSources(out), goldenDir: out, update: true, rxpathVersion: 'test' }))[0]!.outcome).toBe('updated');
    expect(readFileSync(file, 'utf8')).not.toBe(text);
  });
  it('--profile records each scenario under every profile given; --only picks scenarios by id', async () => {
    const out = project();
    writeScenario(out, 'a');
    writeScenario(out, 'b');
    const r = await recordCorpus({ model, sources: userScenarioSources(out, ['linux-3.13', 'linux-6.18'], ['b']), goldenDir: out, rxpathVersion: 'test' });
    expect(r.map((x) => `${x.profile}/${x.id}`)).toEqual(['linux-3.13/b', 'linux-6.18/b']);
    expect(problem(() => userScenarioSources(out, undefined, ['c']))).toMatchObject({ file: '--only', message: expect.stringMatching(/no scenario "c"/) });
  });
  it('all or nothing: one invalid scenario and nothing is written; the error names its file and pointer', async () => {
    const out = project();
    writeScenario(out, 'a');
    writeScenario(out, 'z', 150, { workload: [{ at: 0, op: 'frames', device: 'lo', count: -1, flow: { dport: 1 } }] });
    expect(problem(() => userScenarioSources(out))).toMatchObject({ file: join(out, 'scenarios', 'z.json'), pointer: expect.stringMatching(/^\/workload\/0/) });
    // valid alone, invalid under the other profile: found while recording, before any write
    writeScenario(out, 'z', 150, { config: { ...toyScenario('linux-6.18').config, sysctls: { 'net.core.netdev_budget_usecs': 8000 } } });
    await expect(recordCorpus({ model, sources: userScenarioSources(out, ['linux-6.18', 'linux-3.13']), goldenDir: out, rxpathVersion: 'test' }))
      .rejects.toThrow(/z\.json \(recorded under --profile linux-3\.13\)/);
    expect(traceFiles(out)).toEqual([]);
  });
  it('no scenarios/ directory is bad input naming it', () => {
    const out = project();
    expect(problem(() => userScenarioSources(out))).toMatchObject({ file: join(out, 'scenarios'), message: expect.stringMatching(/no such directory/) });
  });
  it('never into an installed rxpath package: not without --out, not with an --out inside it', () => {
    const root = join('/srv', 'app', 'node_modules', 'rxpath');
    expect(problem(() => checkRecordTarget(undefined, root, '/srv/app'))).toMatchObject({ file: 'rxpath golden record', message: expect.stringMatching(/--out DIR/) });
    expect(problem(() => checkRecordTarget('node_modules/rxpath/golden', root, '/srv/app'))).toMatchObject({ file: '--out' });
    expect(() => checkRecordTarget('golden', root, '/srv/app')).not.toThrow();
    expect(() => checkRecordTarget(undefined, '/work/rxpath', '/work/rxpath')).not.toThrow(); // a checkout re-records its own
  });
});

// A user corpus recorded from the model before the suite is collected (top-level await).
const suiteCorpus = project();
writeScenario(suiteCorpus, 'burst', 150, { config: { ...toyScenario('linux-3.13').config } });
await recordCorpus({ model: guard(modelImplementation()), sources: userScenarioSources(suiteCorpus), goldenDir: suiteCorpus, rxpathVersion: 'test' });

describe('the vitest suite with a user corpus', () => {
  // `golden` as a string: the shipped corpus plus this one (linux-3.13 only: the model traces).
  conformanceSuite(modelImplementation(), { properties: [], profiles: ['linux-3.13'], golden: suiteCorpus, failuresFile: false, name: 'model with a user corpus' });
  afterAll(({}, suite) => { // eslint-disable-line no-empty-pattern
    const names: string[] = [];
    const walk = (tasks: readonly { name: string; tasks?: readonly unknown[] }[]): void => {
      for (const t of tasks) { names.push(t.name); if (t.tasks) walk(t.tasks as never); }
    };
    walk((suite as unknown as { tasks: never }).tasks);
    // one test per trace of the user corpus, under its prefixed id, beside the shipped traces
    expect(names.filter((n) => n.startsWith(`golden ${USER_PREFIX}`) && n.includes('/model/linux-3.13/burst: '))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('golden model/linux-3.13/')).length).toBe(traceFiles(GOLDEN_DIR).filter((f) => f.includes(`${sep}model${sep}linux-3.13${sep}`)).length);
  });
});

describe('the command line, from a project of its own', () => {
  it('golden record --out, then check --golden-dir gates on the recorded traces; a missing corpus exits 2', async () => {
    const cwd = project();
    writeScenario(join(cwd, 'rx'), 'burst');
    const rec = await rxpath(['golden', 'record', '--out', 'rx'], { cwd });
    expect(rec.status).toBe(0);
    expect(rec.stdout).toMatch(/^written +rx\/model\/linux-6\.18\/burst\.json$/m);
    writeFileSync(join(cwd, 'rxpath.config.json'), JSON.stringify({ goldenDirs: ['rx'] }));
    const check = await rxpath(['golden', 'check', '--traces', 'user:', '--profile', 'linux-6.18'], { cwd });
    expect(check.stdout).toMatch(/PASS golden user:rx\/model\/linux-6\.18\/burst/);
    expect(check.status).toBe(0);
    const missing = await rxpath(['check', '--golden-dir', 'gone', '--skip-properties'], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--golden-dir: golden corpus "gone" does not exist/);
  });
});
