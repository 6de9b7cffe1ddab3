// gVisor's netstack checked through rxpath (examples/gvisor): the adapter runs scenarios in gVisor
// sandboxes, rxpath finds the deviations from Linux that gVisor is known to have, and nothing is
// left running. Needs root and runsc; elsewhere the gVisor part is skipped, saying why, unless
// RXPATH_REQUIRE_GVISOR=1 (CI sets it, .ci/run installs runsc), which makes a missing runsc a failure.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SEED, checkProperty } from '../../properties/check.ts';
import { differentialProperty } from '../../properties/differential.ts';
import type { Scenario } from '../../src/generated/schema-types.ts';
import { guard } from '../../src/impl/guard.ts';
import { ProcessImplementation } from '../../src/impl/process.ts';
import { referenceObservations } from '../../src/oracle/reference.ts';
import { runSurvey } from '../../src/runner/survey.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ADAPTER = join(ROOT, 'examples', 'gvisor', 'rxpath_gvisor.py');
/** examples/gvisor/rxpath_gvisor.py: EXIT_UNAVAILABLE. */
const EXIT_UNAVAILABLE = 77;

function unavailable(): string | null {
  if (process.platform !== 'linux') return 'gVisor runs on Linux only';
  if (process.getuid?.() !== 0) return 'runsc needs root';
  try {
    execFileSync('runsc', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'runsc is not installed (apt-get install runsc)';
  }
  return null;
}

const why = unavailable();
const required = process.env.RXPATH_REQUIRE_GVISOR === '1';
if (why && !required) console.warn(`test/gvisor/gvisor.test.ts: the gVisor checks are skipped: ${why}`);

/** State directories of the adapter's sandboxes (tempfile.mkdtemp(prefix="rxpath-gvisor-")). */
function stateDirs(): string[] {
  return readdirSync(tmpdir()).filter((n) => n.startsWith('rxpath-gvisor-')).sort();
}

/** Processes whose command line names one of `dirs`: a runsc, gofer or sandbox of those sandboxes. */
function processesUsing(dirs: readonly string[]): string[] {
  const out: string[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    let cmd = '';
    try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '); } catch { continue; }
    if (dirs.some((d) => cmd.includes(d))) out.push(`${pid}: ${cmd.slice(0, 120)}`);
  }
  return out;
}

async function until(ok: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (ok()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return ok();
}

describe('the gVisor adapter where it cannot run', () => {
  test('says why in one line on stderr and exits 77 before the handshake', () => {
    // no runsc on this PATH (and, when not root, no root either): either way it cannot run
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const a = spawnSync(python, [ADAPTER], { env: { PATH: '/nonexistent' }, input: '', encoding: 'utf8' });
    expect(a.status, a.stderr).toBe(EXIT_UNAVAILABLE);
    expect(a.stdout).toBe('');
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.stderr).toMatch(/^rxpath_gvisor: cannot run gVisor here: .*(runsc|Linux)/);
  });
});

describe.skipIf(why !== null && !required)('gVisor netstack through rxpath (root, runsc)', () => {
  test('runsc and root are there', () => {
    expect(why, 'RXPATH_REQUIRE_GVISOR=1: gVisor must be checkable here').toBeNull();
  });

  test('a small SO_RCVBUF and InDatagrams at arrival deviate; the survey finds both; nothing is left', async () => {
    const before = stateDirs();
    const impl = await ProcessImplementation.open({ command: `python3 ${ADAPTER}`, timeoutMs: 30_000 });
    try {
      expect(impl.timing).toBe('settled');
      expect(impl.observes).toContain('snmp.Udp.RcvbufErrors');
      expect(impl.observes).not.toContain('udp[*].drops'); // gVisor prints 0 there whatever happens
      // 100 datagrams of 64 bytes from 127.0.0.1 into SO_RCVBUF 0, a snapshot, then a read
      const scenario: Scenario = {
        name: 'rcvbuf-small', config: {
          profile: 'linux-6.18', cpus: 1, devices: [{ name: 'lo', kind: 'loopback' }],
          sockets: [{ name: 'rx', port: 5000, soRcvbuf: 0 }],
        },
        workload: [
          { at: 0, op: 'frames', device: 'lo', count: 100, flow: { src: '127.0.0.1', dport: 5000 } },
          { at: 1, op: 'checkpoint', label: 'sent' },
          { at: 2, op: 'read', socket: 'rx' },
        ],
      };
      const got = await impl.run(scenario, { events: false });
      const model = referenceObservations(scenario);
      const [gSent, gEnd] = [got.checkpoints[0]!.counters.snmp.Udp, got.checkpoints[1]!.counters.snmp.Udp];
      const mSent = model.checkpoints[0]!.counters.snmp.Udp;
      // Linux counts InDatagrams in udp_recvmsg: nothing before the read; gVisor at arrival, dropped ones too
      expect(mSent.InDatagrams).toBe(0);
      expect(gSent.InDatagrams).toBe(100);
      expect(gEnd.InDatagrams).toBe(100);
      // both drop at the receive buffer, not the same number (payload bytes against a 4096 minimum in
      // gVisor; skb truesize against 2304 in Linux: __udp_enqueue_schedule_skb)
      expect(gSent.RcvbufErrors).toBeGreaterThan(0);
      expect(gSent.RcvbufErrors).not.toBe(mSent.RcvbufErrors);
      // the survey finds both, each with a minimal scenario and its kernel rule
      const result = await runSurvey({
        impl: guard(impl), property: differentialProperty, profile: 'linux-6.18',
        runs: 30, seed: DEFAULT_SEED, maxRounds: 2,
        checkProperty: (i, p, o) => checkProperty(i, p, { ...o, runs: o.runs ?? 30 }),
      });
      expect(result.end, JSON.stringify(result.broken)).toBe('round-limit');
      const found = result.deviations.flatMap((d) => d.counters.map((c) => [c.path, c.rule.where]));
      expect(found).toContainEqual(['snmp.Udp.InDatagrams', 'net/ipv4/udp.c:udp_recvmsg']);
      expect(found).toContainEqual(['snmp.Udp.RcvbufErrors', 'net/ipv4/udp.c:__udp_enqueue_schedule_skb']);
      expect(result.deviations.every((d) => d.reproduced)).toBe(true);
    } finally {
      await impl.close();
    }
    const mine = stateDirs().filter((d) => !before.includes(d));
    const gone = await until(() => stateDirs().every((d) => before.includes(d)), 5_000);
    expect(gone, `left: ${mine.join(', ')}`).toBe(true);
    expect(processesUsing(mine)).toEqual([]);
  }, 60_000);

  test('killed outright (SIGKILL to its process group), it leaves no sandbox and no state behind', async () => {
    const before = stateDirs();
    const child = spawn('python3', [ADAPTER], { detached: true, stdio: ['pipe', 'pipe', 'ignore'] });
    const lines: string[] = [];
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      lines.push(...parts);
    });
    const send = (m: unknown): void => { child.stdin.write(`${JSON.stringify(m)}\n`); };
    send({ type: 'hello', protocol: [1, 2], rxpath: 'test' });
    send({
      type: 'start', run: 1, name: 'killed', steps: 1, events: false,
      config: {
        profile: 'linux-6.18', cpus: 1, devices: [{ name: 'lo', kind: 'loopback' }], sockets: [{ name: 'rx', port: 5000 }],
      },
    });
    expect(await until(() => lines.some((l) => l.includes('"started"')), 20_000), lines.join('\n')).toBe(true);
    const mine = stateDirs().filter((d) => !before.includes(d));
    expect(mine).toHaveLength(1);
    expect(processesUsing(mine).length).toBeGreaterThan(0); // its runsc is running
    process.kill(-child.pid!, 'SIGKILL');
    expect(await until(() => !existsSync(join(tmpdir(), mine[0]!)), 15_000), `${mine[0]} is still there`).toBe(true);
    expect(await until(() => processesUsing(mine).length === 0, 5_000), processesUsing(mine).join('\n')).toBe(true);
  }, 40_000);
});
