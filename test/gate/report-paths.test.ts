// Report paths through the real command line: a report goes where the user points and harms
// nothing there. A regular file or a new path is replaced atomically; a device, a FIFO or a
// symlink is written through (as root, `--junit /dev/null` leaves /dev/null a device); every path
// is checked before the run (exit 2 naming the option and the path, nothing written, no
// NAME.PID.tmp left behind).
import { spawn } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import {
  chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { IS_ROOT, QUICK, rxpath, scratch } from './cli.ts';

const tmp = scratch('reports');
afterAll(() => tmp.cleanup());


interface Refusal { name: string; option: string; path: (dir: string) => string; message: RegExp; asUser?: boolean }

/** Each case gets a directory of its own, which must be as it was after the refusal. */
const REFUSALS: Refusal[] = [
  { name: '--markdown "" (an unset $GITHUB_STEP_SUMMARY)', option: '--markdown', path: () => '',
    message: /--markdown: "": the path is empty \(an unset variable such as \$GITHUB_STEP_SUMMARY\?\)/ },
  { name: '--junit naming a directory', option: '--junit', path: (d) => d,
    message: /--junit: ".*": it is a directory \(expected a file\)/ },
  { name: '--json in a directory that does not exist', option: '--json', path: () => '/nonexistent-rxpath/run.json',
    message: /--json: "\/nonexistent-rxpath\/run\.json": its directory \/nonexistent-rxpath does not exist/ },
  { name: '--html under a regular file', option: '--html', path: (d) => `${write(d, 'plain.txt')}/report.html`,
    message: /--html: .*plain\.txt\/report\.html": a component of the path is not a directory/ },
  { name: '--junit through a symlink to a directory', option: '--junit', path: (d) => link(d, 'dir-link', d),
    message: /--junit: .*dir-link": it is a symbolic link to a directory/ },
  { name: '--json in a read-only directory', option: '--json', path: (d) => readOnly(d),
    message: /--json: .*its directory .* is not writable/, asUser: true },
];

function write(dir: string, name: string): string {
  writeFileSync(join(dir, name), 'x');
  return join(dir, name);
}

function link(dir: string, name: string, target: string): string {
  symlinkSync(target, join(dir, name));
  return join(dir, name);
}

function readOnly(dir: string): string {
  chmodSync(dir, 0o555);
  return join(dir, 'run.json');
}

describe.concurrent('a report path that cannot be written: exit 2 before the run, naming the option and the path', () => {
  test.each(REFUSALS.map((c, i) => ({ ...c, i })))('$name', async ({ option, path, message, asUser, i }) => {
    const dir = tmp.path(`refusal-${i}`);
    mkdirSync(dir);
    const p = path(dir);
    const before = readdirSync(dir).sort();
    // root writes anywhere: an unwritable directory needs an ordinary user
    const r = await rxpath(['check', ...QUICK, option, p], { cwd: dir, asUser: asUser === true });
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe(''); // refused before the run: no progress, no summary
    expect(readdirSync(dir).sort()).toEqual(before); // nothing written, no .tmp left
    expect(r.status).toBe(2);
  });

  test('two options naming the same file', async () => {
    const p = tmp.path('same.json');
    const r = await rxpath(['check', ...QUICK, '--json', p, '--junit', p]);
    expect(r.stderr).toMatch(/--json: ".*same\.json": --junit writes this file too/);
    expect(existsSync(p)).toBe(false);
    expect(r.status).toBe(2);
  });

  test('every bad path is named at once', async () => {
    const r = await rxpath(['check', ...QUICK, '--junit', tmp.dir, '--markdown', '']);
    expect(r.stderr).toContain('--junit:');
    expect(r.stderr).toContain('--markdown:');
    expect(r.status).toBe(2);
  });
});

describe.concurrent('a report goes where the user points, harming nothing', () => {
  test.skipIf(!IS_ROOT)('as root, --junit /dev/null leaves /dev/null a character device', async () => {
    const before = statSync('/dev/null');
    const r = await rxpath(['check', ...QUICK, '--junit', '/dev/null', '--json', '/dev/null', '--html', '/dev/null', '--markdown', '/dev/null']);
    const after = lstatSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
    expect(after.mode).toBe(before.mode);
    expect(r.status).toBe(0);
  });

  test('--markdown /dev/stdout writes to standard output, after what was printed there', async () => {
    const r = await rxpath(['check', ...QUICK, '--markdown', '/dev/stdout']);
    expect(r.stdout).toContain('## :white_check_mark: rxpath check: model');
    expect(r.stdout.indexOf('PASS property')).toBeLessThan(r.stdout.indexOf('## :white_check_mark:'));
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
    expect(r.status).toBe(0);
  });

  test('a symlink stays a symlink; its target gets the report', async () => {
    const target = tmp.write('target.xml', 'old');
    const l = link(tmp.dir, 'junit-link.xml', target);
    const r = await rxpath(['check', ...QUICK, '--junit', l]);
    expect(lstatSync(l).isSymbolicLink()).toBe(true);
    expect(readlinkSync(l)).toBe(target);
    expect(readFileSync(target, 'utf8')).toContain('<testsuites');
    expect(r.status).toBe(0);
  });

  test('a dangling symlink: the report is written through it, creating its target', async () => {
    const l = link(tmp.dir, 'dangling.json', tmp.path('created-by-link.json'));
    const r = await rxpath(['check', ...QUICK, '--json', l]);
    expect(lstatSync(l).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(tmp.path('created-by-link.json'), 'utf8')).format).toBe('rxpath-run/1');
    expect(r.status).toBe(0);
  });

  test('a FIFO is written through to its reader', async () => {
    const fifo = tmp.path('report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (s: string) => { read += s; });
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const r = await rxpath(['check', ...QUICK, '--json', fifo]);
    // If rxpath never opened the FIFO, the reader would wait for ever: end it after a grace period.
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (reader.exitCode === null) reader.kill();
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(read).exitCode).toBe(0);
    expect(r.status).toBe(0);
  });

  test('an existing regular file is replaced whole, keeping its mode, with no .tmp left', async () => {
    const p = tmp.write('existing.json', 'x'.repeat(100_000));
    chmodSync(p, 0o640);
    const r = await rxpath(['check', ...QUICK, '--json', p]);
    expect(JSON.parse(readFileSync(p, 'utf8')).format).toBe('rxpath-run/1');
    expect(statSync(p).mode & 0o777).toBe(0o640);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(r.status).toBe(0);
  });

  test('a run that checked nothing still writes its reports, saying so (exit 2)', async () => {
    const p = tmp.path('nothing.json');
    const md = tmp.path('nothing.md');
    const r = await rxpath(['check', ...QUICK, '--shard', '2/2', '--json', p, '--markdown', md]);
    const run = JSON.parse(readFileSync(p, 'utf8'));
    expect(run.exitCode).toBe(2);
    expect(run.gate).toMatch(/^nothing was checked/);
    expect(readFileSync(md, 'utf8')).toMatch(/\*\*nothing was checked: .*\*\* \(exit 2\)/);
    expect(r.status).toBe(2);
  });
});
