// `rxpath snapshot` on this machine (Linux only): the live reading in each format, the interval
// mode in Prometheus form, and bad options as bad usage (exit 2) naming the option.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { nstatAbsolute } from '../../src/kernel/format/nstat.ts';
import { withNetns } from '../../src/kernel/netns.ts';
import { kernelUnavailableReason, PYTHON } from '../../src/kernel/platform.ts';
import { readMachine } from '../../src/kernel/reading.ts';
import { snapshotSeries } from '../../src/kernel/series.ts';
import { parseSnapshotOptions } from '../../src/kernel/snapshot-options.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { rxpath } from '../gate/cli.ts';

describe.runIf(process.platform === 'linux')('rxpath snapshot on this machine', () => {
  it('--interval 1 --count 2 --format prometheus: two timestamped expositions a second apart', async () => {
    const r = await rxpath(['snapshot', '--interval', '1', '--count', '2', '--format', 'prometheus'], { timeoutMs: 60_000 });
    expect(r.stderr.replace(/^warning: .*\n/gm, '')).toBe('');
    expect(r.status).toBe(0);
    const expositions = r.stdout.split('# EOF\n');
    expect(expositions.at(-1)).toBe('');
    expect(expositions).toHaveLength(3);
    const stamps = expositions.slice(0, 2).map((e) => {
      const lines = e.split('\n').filter((l) => l.startsWith('node_softnet_processed_total{'));
      expect(lines.map((l) => /cpu="(\d+)"/.exec(l)![1]).sort()).toEqual(cpus().map((_, i) => String(i)).sort());
      const ts = new Set(e.split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => Number(l.split(' ').at(-1))));
      expect(ts.size).toBe(1);
      return [...ts][0]!;
    });
    expect(stamps[1]! - stamps[0]!).toBeGreaterThan(0.8);
    expect(stamps[1]! - stamps[0]!).toBeLessThan(1.5);
  });
});

describe.skipIf(kernelUnavailableReason() !== null)('rxpath snapshot --netns reads /proc/net/snmp6 (root on Linux)', () => {
  it('the IPv6 MIBs of a namespace, as `nstat -a` prints them there', async () => {
    await withNetns(async (ns) => {
      // 5 datagrams from ::1 to a closed port on ::1: Udp6 NoPorts, and each port unreachable comes back over lo
      const send = 'import socket\ns = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)\nfor _ in range(5): s.sendto(b"x" * 10, ("::1", 9999))\n';
      const r = spawnSync('ip', ['netns', 'exec', ns, PYTHON, '-c', send], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const reading = readMachine(ns);
      if (!reading.ok) throw new Error(reading.error);
      const six = reading.value.snapshot.snmp6!;
      expect([six.Udp6.NoPorts, six.Icmp6.OutDestUnreachs, six.Icmp6.InDestUnreachs, six.Ip6.InReceives]).toEqual([5, 5, 5, 10]);
      expect(reading.value.present.has('snmp6.Udp6.NoPorts')).toBe(true);
      const nstat = spawnSync('ip', ['netns', 'exec', ns, 'nstat', '-a', '-s', '-z'], { encoding: 'utf8' });
      if (nstat.status !== 0) return; // no nstat here: the counts above are the check
      const theirs = nstat.stdout.trimEnd().split('\n');
      const ours = nstatAbsolute(snapshotSeries(reading.value.snapshot, reading.value.present)).trimEnd().split('\n')
        .filter((l) => /^(Ip6|Icmp6|Udp6)/.test(l));
      expect(ours.length).toBeGreaterThan(5);
      for (const line of ours) expect(theirs, line).toContain(line);
    });
  }, 30_000);
});

describe('snapshot options', () => {
  const bad = (o: Parameters<typeof parseSnapshotOptions>[0], option: string, message: RegExp) => {
    let err: unknown;
    try { parseSnapshotOptions(o); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(RxpathInputError);
    expect((err as RxpathInputError).problems[0]).toMatchObject({ file: option });
    expect((err as RxpathInputError).message).toMatch(message);
  };
  it('bad values name the option and what was expected', () => {
    bad({ interval: 'fast' }, '--interval', /expected a number of seconds/);
    bad({ interval: '0' }, '--interval', /between 0.01 and 86400/);
    bad({ count: '2' }, '--count', /give --interval S too/);
    bad({ interval: '1', count: '0' }, '--count', /at least 1/);
    bad({ format: 'xml' }, '--format', /json, prometheus, nstat, text/);
    bad({ json: true, format: 'nstat' }, '--json', /cannot go with --format nstat/);
    bad({ explain: true, format: 'text' }, '--explain', /leave --format and --json out/);
    bad({ explain: true, interval: '1' }, '--explain', /give --count N/);
    bad({ scenarioOut: 'x.json' }, '--scenario-out', /give --explain too/);
  });
  it('good ones make the plan', () => {
    expect(parseSnapshotOptions({ interval: '0.5', count: '3', format: 'nstat' })).toMatchObject({ intervalS: 0.5, count: 3, format: 'nstat', explain: false });
    expect(parseSnapshotOptions({})).toMatchObject({ format: 'json', netns: null, compact: false });
  });
  it('a bad option exits 2 from the command line', async () => {
    const r = await rxpath(['snapshot', '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format: must be one of/);
  });
});
