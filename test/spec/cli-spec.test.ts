// `rxpath spec` from a shell: list, filter, show, --json, and a bad name exits 2 without a stack.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/spec/schema-files.ts';

function rxpath(...args: string[]) {
  const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin/rxpath.js'), ...args], { encoding: 'utf8', cwd: PACKAGE_ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('rxpath spec', () => {
  it('lists sysctls, settings and counters with their defaults per profile', () => {
    const r = rxpath('spec');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0])
      .toMatch(/^NAME\s+KIND\s+SCOPE\s+UNIT\s+linux-3.13 DEFAULT\s+linux-6.1 DEFAULT\s+linux-6.12 DEFAULT\s+linux-6.18 DEFAULT$/);
    expect(r.out).toMatch(/^net\.core\.netdev_max_backlog\s+sysctl\s+host\s+packets\s+1000\s+1000\s+1000\s+1000$/m);
    expect(r.out).toMatch(/^net\.core\.rmem_max\s+sysctl\s+host\s+bytes\s+212992\s+212992\s+212992\s+4194304$/m);
    expect(r.out).toMatch(/^net\.core\.gro_normal_batch\s+sysctl\s+host\s+segments\s+-\s+8\s+8\s+8$/m);
    expect(r.out).toMatch(/^snmp\.Udp\.RcvbufErrors\s+counter\s+netns\s+datagrams\s+0\s+0\s+0\s+0$/m);
    expect(r.out).toMatch(/^device\.queues\[\]\.rpsCpus\s+setting\s+queue\s+cpumask\s+"0"\s+"0"\s+"0"\s+"0"$/m);
  });
  it('filters by --kind, --scope and --profile', () => {
    const r = rxpath('spec', '--kind', 'sysctl', '--profile', 'linux-3.13');
    expect(r.code).toBe(0);
    expect(r.out).toContain('net.ipv4.tcp_dma_copybreak');
    expect(r.out).not.toContain('gro_normal_batch');
    expect(r.out).not.toContain('snmp.');
    const s = rxpath('spec', '--scope', 'socket', '--kind', 'counter');
    expect(s.out.trim().split('\n').slice(1).map((l) => l.split(/\s+/)[0])).toEqual(['udp.drops', 'rxq_ovfl.value']);
  });
  it('shows one entry with all its annotations', () => {
    const r = rxpath('spec', 'show', 'net.core.netdev_max_backlog');
    expect(r.code).toBe(0);
    expect(r.out).toContain('net.core.netdev_max_backlog  (sysctl, scope host, unit packets, integer)');
    expect(r.out).toContain('linux-3.13: default 1000; range -2147483648..2147483647');
    expect(r.out).toContain('kernel: net/core/sysctl_net_core.c:net_core_table, net/core/dev.c:enqueue_to_backlog');
    expect(r.out).toContain('proc: /proc/sys/net/core/netdev_max_backlog');
  });
  it('--json for machines', () => {
    const list = JSON.parse(rxpath('spec', '--json', '--kind', 'counter').out) as { name: string; kind: string }[];
    expect(list.length).toBeGreaterThan(50);
    expect(list.every((e) => e.kind === 'counter')).toBe(true);
    const one = JSON.parse(rxpath('spec', 'show', 'softnet_stat.dropped', '--json').out);
    expect(one).toMatchObject({
      name: 'softnet_stat.dropped', kind: 'counter', scope: 'cpu', dropReason: 'CPU_BACKLOG', existsIn: ['linux-3.13', 'linux-6.1', 'linux-6.12', 'linux-6.18'],
      aliases: { proc: '/proc/net/softnet_stat', nodeExporter: 'node_softnet_dropped_total' },
      profiles: { 'linux-3.13': { column: 2 }, 'linux-6.1': { column: 2 }, 'linux-6.12': { column: 2 }, 'linux-6.18': { column: 2 } },
    });
  });
  it('an unknown name exits 2 with a clear message and no stack trace', () => {
    const r = rxpath('spec', 'show', 'udp.drop');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('rxpath: no spec entry named "udp.drop" (did you mean "udp.drops", "dev.rx_drop"?); `rxpath spec` lists them all\n');
  });
  it('an unknown --kind is a usage error (exit 2)', () => {
    const r = rxpath('spec', '--kind', 'knob');
    expect(r.code).toBe(2);
    expect(r.err).toContain("argument 'knob' is invalid");
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
