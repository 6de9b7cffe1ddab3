// `rxpath record` interrupted while it has the host changed (root on Linux, with `ip netns`): by
// SIGINT, SIGTERM or SIGHUP it puts back every global sysctl, namespace, tracefs instance and
// mount, says what it restored and ends by that signal; after SIGKILL the next recorder does it at
// its start and says so. And it never replaces a recorded trace without --update.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { JOURNAL_PATH } from '../../src/kernel/journal.ts';
import { LOCK_PATH } from '../../src/kernel/lock.ts';
import { kernelUnavailableReason } from '../../src/kernel/platform.ts';
import { goldenDir } from '../../src/kernel/record_trace.ts';
import { ROOT, rxpath, start, until } from './cli.ts';

const TRACEFS = '/sys/kernel/tracing';
const BACKLOG = '/proc/sys/net/core/netdev_max_backlog';

function unavailable(): string | null {
  const why = kernelUnavailableReason();
  if (why) return why;
  const r = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  return r.status === 0 ? null : `needs \`ip netns\` (${(r.stderr || r.error?.message || '').trim()})`;
}
const why = unavailable();
if (why) console.warn(`test/faults/recorder.test.ts: interrupted recordings skipped: ${why}`);

const dir = mkdtempSync(join(tmpdir(), 'rxpath-record-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backlog = (): string => readFileSync(BACKLOG, 'utf8').trim();
const mounted = (): boolean => readFileSync('/proc/self/mounts', 'utf8').split('\n').some((l) => l.split(' ')[1] === TRACEFS);
const ls = (d: string): string[] => (existsSync(d) ? readdirSync(d) : []);
const ofPid = (names: string[], pid: number): string[] => names.filter((n) => n.startsWith(`rxpath-${pid}-`));
const journalPid = (): number | undefined => {
  try { return (JSON.parse(readFileSync(JOURNAL_PATH, 'utf8')) as { pid: number }).pid; } catch { return undefined; }
};

/** What the recorder may change: read before and compared after. */
function hostState(pid: number) {
  return {
    backlog: backlog(), tracefsMounted: mounted(), namespaces: ofPid(ls('/run/netns'), pid),
    instances: ofPid(ls(`${TRACEFS}/instances`), pid), journal: journalPid() === pid, lock: existsSync(LOCK_PATH),
  };
}

/** Starts a long recording of `trace` and waits until it has changed the host: journal, sysctl, namespace (and tracefs). */
async function recordingMidway(trace: string, withTracefs: boolean, out: string) {
  const before = { backlog: backlog(), tracefsMounted: mounted() };
  expect(before.backlog, 'netdev_max_backlog is already 10, the value the traces set: nothing to see').not.toBe('10');
  const rec = start(['record', '--only', `^${trace}$`, '--out', out, '--repeats', '50']);
  const pid = rec.child.pid!;
  const changed = await until(() => journalPid() === pid && backlog() === '10' && ofPid(ls('/run/netns'), pid).length > 0 &&
    (!withTracefs || ofPid(ls(`${TRACEFS}/instances`), pid).length > 0), 60_000);
  return { ...rec, pid, before, changed };
}

describe.skipIf(why !== null)('an interrupted recording leaves the host as it found it (root)', () => {
  const cases: [NodeJS.Signals, string, boolean][] = [
    ['SIGINT', 'trace-burst40-max10', true],
    ['SIGTERM', 'backlog-burst50-max10', false],
    ['SIGHUP', 'trace-burst40-max10', true],
  ];
  for (const [signal, trace, withTracefs] of cases) {
    test(`${signal} while recording ${trace}: everything put back, said so, ended by ${signal}`, async () => {
      const m = await recordingMidway(trace, withTracefs, join(dir, signal));
      expect(m.changed, 'the recorder never reached the point where it had changed the host').toBe(true);
      m.child.kill(signal);
      const r = await m.ended;
      expect(r.signal).toBe(signal);
      const said = r.stderr.split('\n').find((l) => l.startsWith(`rxpath: interrupted by ${signal}: `)) ?? r.stderr;
      expect(said).toContain(`restored net.core.netdev_max_backlog = ${m.before.backlog} (was 10)`);
      expect(said).toMatch(new RegExp(`removed namespace rxpath-${m.pid}-\\d+`));
      if (withTracefs && !m.before.tracefsMounted) expect(said).toContain(`unmounted ${TRACEFS}`);
      expect(hostState(m.pid)).toEqual({
        backlog: m.before.backlog, tracefsMounted: m.before.tracefsMounted, namespaces: [], instances: [], journal: false, lock: false,
      });
    });
  }

  test('SIGKILL leaves the journal; the next recording restores from it at its start and says so', async () => {
    const m = await recordingMidway('trace-burst40-max10', true, join(dir, 'SIGKILL'));
    expect(m.changed, 'the recorder never reached the point where it had changed the host').toBe(true);
    m.child.kill('SIGKILL');
    expect((await m.ended).signal).toBe('SIGKILL');
    // Killed: nothing could be undone, and the journal says what to put back.
    expect(hostState(m.pid)).toMatchObject({ backlog: '10', journal: true, tracefsMounted: true });
    const next = await rxpath(['record', '--only', '^noports-lo$', '--out', join(dir, 'after-SIGKILL'), '--repeats', '1']);
    expect(next.status).toBe(0);
    const from = `from the journal left by recorder pid ${m.pid}`;
    expect(next.stderr).toContain(`rxpath record: restored net.core.netdev_max_backlog = ${m.before.backlog} (was 10), ${from}`);
    if (!m.before.tracefsMounted) expect(next.stderr).toContain(`rxpath record: unmounted ${TRACEFS}, ${from}`);
    expect(next.stderr).toMatch(new RegExp(`rxpath record: removed stale namespace rxpath-${m.pid}-\\d+`));
    expect(hostState(m.pid)).toEqual({
      backlog: m.before.backlog, tracefsMounted: m.before.tracefsMounted, namespaces: [], instances: [], journal: false, lock: false,
    });
  });

  test('a recording that ends normally unmounts the tracefs it mounted and leaves no journal', async () => {
    const before = mounted();
    const r = await rxpath(['record', '--only', '^trace-burst40-max10$', '--out', join(dir, 'normal'), '--repeats', '1']);
    expect(r.status).toBe(0);
    if (!before) expect(r.stderr).toContain(`rxpath record: unmounted ${TRACEFS}`);
    expect([mounted(), existsSync(JOURNAL_PATH) && journalPid() !== undefined]).toEqual([before, false]);
  });

  test('--update replaces a trace that is already there', async () => {
    const out = join(dir, 'update');
    const r0 = await rxpath(['record', '--only', '^noports-lo$', '--out', out, '--repeats', '1']);
    expect(r0.status).toBe(0);
    writeFileSync(join(out, 'noports-lo.json'), '{}\n');
    const r = await rxpath(['record', '--only', '^noports-lo$', '--out', out, '--repeats', '1', '--update']);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'noports-lo.json'), 'utf8'))).toMatchObject({ format: 'rxpath-golden/1' });
  });
});

describe('a recorded trace is replaced only with --update', () => {
  const COMMITTED = 'golden/kernel/linux-6.18';
  test('record --only NAME --out DIR of a committed golden/kernel trace: exit 2 with the hint, the trace untouched', async () => {
    const file = join(ROOT, COMMITTED, 'noports-lo.json');
    const mtime = statSync(file).mtimeMs;
    const r = await rxpath(['record', '--only', '^noports-lo$', '--out', COMMITTED]);
    expect(r.stderr).toBe(`rxpath: ${COMMITTED}/noports-lo.json: is already recorded: give --update to record again and replace it\n`);
    expect(r.status).toBe(2);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  const here = goldenDir(join(ROOT, 'golden', 'kernel'));
  test.runIf(existsSync(join(here, 'noports-lo.json')))('record --only NAME into this kernel\'s committed directory (the default): exit 2', async () => {
    const r = await rxpath(['record', '--only', '^noports-lo$']);
    expect(r.stderr).toBe(`rxpath: ${join(here, 'noports-lo.json')}: is already recorded: give --update to record again and replace it\n`);
    expect(r.status).toBe(2);
  });

  test('several already in --out: the first named, the others counted', async () => {
    const out = join(dir, 'several');
    mkdirSync(out, { recursive: true });
    for (const n of ['noports-lo', 'noports-veth']) writeFileSync(join(out, `${n}.json`), '{}\n');
    const r = await rxpath(['record', '--only', '^noports-', '--out', out]);
    expect(r.stderr).toBe(`rxpath: ${join(out, 'noports-lo.json')}: is already recorded and 1 more: give --update to record again and replace them\n`);
    expect(r.status).toBe(2);
  });
});
