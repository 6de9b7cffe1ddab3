// `npm run soak`: the long run. The reference model is checked against every property on both
// profiles over many generated scenarios (default 20,000 per property, profile and seed), for the
// given seeds, and each check prints its runs and its result; a failure prints the shrunk
// counterexample and its replay command. `rxpath check` runs each property 200 times on one seed;
// this is the run that shows the properties claim nothing the kernel's rules do not give.
//
//   npm run soak                                          20,000 scenarios, seed 4 (the default seed)
//   npm run soak -- --seeds 1,2,3 --jobs 2                three seeds, two processes
//   npm run soak -- --runs 2000 --properties rcvbuf,metamorphic-backlog --profiles linux-3.13
//
// Exit code: 0 every check passed, 1 a property failed or the model broke, 2 bad usage.
// It uses fast-check's seeds only: no wall clock in the properties (the times printed are wall time).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import type { ProfileName } from '../src/generated/schema-types.ts';
import { modelImplementation } from '../src/impl/model.ts';
import { checkProperty, DEFAULT_SEED } from '../properties/check.ts';
import { formatResult } from '../properties/format.ts';
import { ALL_PROPERTIES } from '../properties/index.ts';
import type { PropertyResult } from '../properties/types.ts';

const PROFILES: readonly ProfileName[] = ['linux-3.13', 'linux-6.18'];
export const SOAK_RUNS = 20_000;

interface Options {
  runs: number;
  seeds: number[];
  properties: string[];
  profiles: ProfileName[];
  jobs: number;
  /** Internal: this process runs part I of N of the checks (a child of --jobs). */
  part?: [number, number];
}

interface Task {
  property: string;
  profile: ProfileName;
  seed: number;
}

/** One finished check, as a child process reports it to its parent. */
interface Outcome {
  task: Task;
  status: PropertyResult['status'];
  runs: number;
  ms: number;
  /** formatResult of a check that failed or broke; the reason of one that was skipped. */
  report?: string;
}

function integer(name: string, min: number) {
  return (text: string): number => {
    if (!/^\d+$/.test(text.trim()) || Number(text) < min) {
      throw new InvalidArgumentError(`${name}: expected an integer >= ${min} (got "${text}")`);
    }
    return Number(text);
  };
}

function list(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

function parse(argv: string[]): Options {
  const cmd = new Command('soak')
    .description('check the reference model against every property on both profiles over many generated scenarios')
    .option('--runs <n>', 'scenarios per property, profile and seed', integer('--runs', 1), SOAK_RUNS)
    .option('--seeds <list>', 'fast-check seeds, comma-separated', (t) => list(t).map(integer('--seeds', 0)), [DEFAULT_SEED])
    .option('--properties <list>', 'only these properties, comma-separated (default: all)', list)
    .option('--profiles <list>', 'only these profiles, comma-separated (default: both)', list)
    .option('--jobs <n>', 'processes to spread the checks over', integer('--jobs', 1), 1)
    .option('--part <i/n>', 'run only part I of N of the checks (used by --jobs)', (t) => {
      const m = /^(\d+)\/(\d+)$/.exec(t);
      if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
        throw new InvalidArgumentError(`--part: expected I/N with 1 <= I <= N (got "${t}")`);
      }
      return [Number(m[1]), Number(m[2])] as [number, number];
    })
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  cmd.parse(argv, { from: 'user' });
  type Parsed = { runs: number; seeds: number[]; properties?: string[]; profiles?: string[]; jobs: number; part?: [number, number] };
  const o = cmd.opts<Parsed>();
  const names = ALL_PROPERTIES.map((p) => p.name);
  for (const p of o.properties ?? []) {
    if (!names.includes(p)) throw new Error(`--properties: no property "${p}" (properties: ${names.join(', ')})`);
  }
  for (const p of o.profiles ?? []) {
    if (!PROFILES.includes(p as ProfileName)) throw new Error(`--profiles: no profile "${p}" (profiles: ${PROFILES.join(', ')})`);
  }
  return {
    runs: o.runs,
    seeds: o.seeds,
    properties: o.properties ?? names,
    profiles: (o.profiles as ProfileName[] | undefined) ?? [...PROFILES],
    jobs: o.jobs,
    ...(o.part ? { part: o.part } : {}),
  };
}

/** Every (property, profile, seed) check of the options, in report order. */
function tasks(o: Options): Task[] {
  const out: Task[] = [];
  for (const seed of o.seeds) {
    for (const p of ALL_PROPERTIES) {
      if (!o.properties.includes(p.name)) continue;
      for (const profile of o.profiles) if (p.profiles.includes(profile)) out.push({ property: p.name, profile, seed });
    }
  }
  return out;
}

async function runTask(t: Task, runs: number): Promise<Outcome> {
  const property = ALL_PROPERTIES.find((p) => p.name === t.property)!;
  const r = await checkProperty(modelImplementation(), property, { profile: t.profile, runs, seed: t.seed });
  const report = r.status === 'skipped' ? r.reason : r.status === 'passed' ? undefined : formatResult(r, property.rule);
  return { task: t, status: r.status, runs: r.runs, ms: r.ms, ...(report ? { report } : {}) };
}

function seconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** One line per finished check: result, property, profile, seed, runs, time. */
function outcomeLine(o: Outcome): string {
  const status = o.status === 'passed' ? 'passed' : o.status.toUpperCase();
  const { property, profile, seed } = o.task;
  return `  ${status.padEnd(7)} ${property.padEnd(20)} ${profile}  seed ${String(seed).padEnd(4)} ${String(o.runs).padStart(6)} runs  ${seconds(o.ms)}`;
}

/** Per property: the scenarios run on each profile over all seeds, and the worst result. */
function summaryTable(outcomes: Outcome[], o: Options): string[] {
  const rank: Record<PropertyResult['status'], number> = { passed: 0, skipped: 1, failed: 2, broken: 3 };
  const lines = [`  ${'property'.padEnd(20)} ${o.profiles.map((p) => p.padStart(12)).join(' ')}  result`];
  for (const name of o.properties) {
    const mine = outcomes.filter((x) => x.task.property === name);
    if (mine.length === 0) continue;
    const cols = o.profiles.map((p) => {
      const of = mine.filter((x) => x.task.profile === p);
      return (of.length ? String(of.reduce((s, x) => s + x.runs, 0)) : '-').padStart(12);
    });
    const worst = mine.reduce((w, x) => (rank[x.status] > rank[w] ? x.status : w), 'passed' as PropertyResult['status']);
    lines.push(`  ${name.padEnd(20)} ${cols.join(' ')}  ${worst}`);
  }
  return lines;
}

/** Runs part `i` of `n` of the checks in this process, reporting each to `report`. */
async function runPart(all: Task[], runs: number, i: number, n: number, report: (o: Outcome) => unknown): Promise<void> {
  for (let k = i - 1; k < all.length; k += n) await report(await runTask(all[k], runs));
}

/** A child's report to its parent, sent before the next check starts. */
function sendToParent(x: Outcome): Promise<void> {
  return new Promise((resolve, reject) => process.send!(x, undefined, {}, (e) => (e ? reject(e) : resolve())));
}

/** Spreads the checks over `jobs` child processes (this script with --part k/jobs). */
function runChildren(o: Options, report: (x: Outcome) => void): Promise<number> {
  const script = fileURLToPath(import.meta.url);
  const base = [
    '--runs', String(o.runs), '--seeds', o.seeds.join(','), '--properties', o.properties.join(','), '--profiles', o.profiles.join(','),
  ];
  const children = Array.from({ length: o.jobs }, (_, k) =>
    new Promise<number>((resolve) => {
      const args = [...base, '--part', `${k + 1}/${o.jobs}`];
      const child = fork(script, args, { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.on('message', (m) => report(m as Outcome));
      child.on('exit', (code) => resolve(code ?? 1));
    }),
  );
  return Promise.all(children).then((codes) => Math.max(...codes));
}

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    o = parse(argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message: string };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    // commander has printed its own usage errors
    if (!err.code?.startsWith('commander.')) process.stderr.write(`soak: ${err.message}\n`);
    return 2;
  }
  const all = tasks(o);
  if (o.part) {
    // a child of --jobs: its outcomes go to the parent, which prints them
    if (!process.send) throw new Error('--part is for the processes --jobs starts');
    await runPart(all, o.runs, o.part[0], o.part[1], sendToParent);
    return 0;
  }
  const t0 = performance.now();
  console.log(
    `soak: the model against ${o.properties.length} properties on ${o.profiles.join(' and ')}, seeds ${o.seeds.join(', ')}, ` +
      `${o.runs} scenarios per check (${all.length} checks${o.jobs > 1 ? `, ${o.jobs} processes` : ''})`,
  );
  const outcomes: Outcome[] = [];
  const report = (x: Outcome): void => {
    outcomes.push(x);
    console.log(outcomeLine(x));
    if (x.report) console.log(x.report.replace(/^/gm, '      '));
  };
  const childCode = o.jobs > 1 ? await runChildren(o, report) : (await runPart(all, o.runs, 1, 1, report), 0);
  const count = (s: PropertyResult['status']) => outcomes.filter((x) => x.status === s).length;
  const scenarios = outcomes.reduce((s, x) => s + x.runs, 0);
  console.log('\nper property (scenarios over all seeds):');
  for (const l of summaryTable(outcomes, o)) console.log(l);
  const missing = all.length - outcomes.length;
  console.log(
    `\nsoak: ${all.length} checks: ${count('passed')} passed, ${count('failed')} failed, ${count('broken')} broken, ` +
      `${count('skipped')} skipped` +
      `${missing ? `, ${missing} not run (a process died)` : ''}; ${scenarios} scenarios in ${seconds(performance.now() - t0)}`,
  );
  return count('failed') + count('broken') + missing > 0 || childCode !== 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      if (process.send) process.disconnect?.();
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
