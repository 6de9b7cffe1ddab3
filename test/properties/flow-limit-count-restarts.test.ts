// softnet_stat's flow_limit_count is kept in the CPU's flow-limit table
// (net/core/net-procfs.c:softnet_seq_show: `fl ? fl->count : 0`), and writing
// flow_limit_cpu_bitmap without the CPU frees the table (net/core/sysctl_net_core.c:
// flow_limit_cpu_sysctl): the column falls back to 0. `npm run soak` (seed 7, linux-3.13) found the
// monotonic property calling that a counter that fell; it now allows it exactly there.
import { describe, expect, test } from 'vitest';
import type { Observations, Scenario } from '../../src/generated/schema-types.ts';
import { simulate } from '../../src/model/index.ts';
import { flowLimitTablesFreed, monotonicProperty } from '../../properties/monotonic.ts';

/** 129 loopback frames of one flow, each into an empty backlog of 1 with the flow limit on CPU 0, then `mask` is written. */
function scenario(mask: string): Scenario {
  return {
    name: `flow-limit-bitmap-${mask}`,
    config: {
      profile: 'linux-3.13', cpus: 1,
      sysctls: { 'net.core.netdev_max_backlog': 0, 'net.core.flow_limit_table_len': 8, 'net.core.flow_limit_cpu_bitmap': '1' },
      devices: [{ name: 'lo', kind: 'loopback' }],
      sockets: [{ name: 's0', port: 5000 }],
    },
    workload: [
      { at: 0, op: 'frames', device: 'lo', count: 129, flow: { dport: 5000 } },
      { at: 50000, op: 'checkpoint', label: 'c0', settle: true },
      { at: 100000, op: 'sysctl', name: 'net.core.flow_limit_cpu_bitmap', value: mask },
      { at: 150000, op: 'frames', device: 'lo', count: 1, flow: { dport: 5000 } },
    ],
  };
}

const flowLimitCount = (o: Observations, label: string) => o.checkpoints.find((c) => c.label === label)!.counters.softnet_stat[0].flow_limit_count;

describe('flow_limit_count', () => {
  test('restarts from 0 when the bitmap frees the table, and the monotonic property allows it', () => {
    const s = scenario('0');
    const o = simulate(s);
    expect(flowLimitCount(o, 'c0')).toBeGreaterThan(0);
    expect(flowLimitCount(o, 'end')).toBe(0);
    expect(flowLimitTablesFreed(s, 1, s.workload.length)).toEqual(new Set([0]));
    expect(monotonicProperty.check(s, o)).toEqual({ ok: true });
  });

  test('does not fall when the bitmap keeps the CPU, and a fall there is caught', () => {
    const s = scenario('1');
    const o = simulate(s);
    expect(flowLimitCount(o, 'end')).toBeGreaterThanOrEqual(flowLimitCount(o, 'c0'));
    expect(flowLimitTablesFreed(s, 1, s.workload.length)).toEqual(new Set());
    const fell = structuredClone(o);
    fell.checkpoints.at(-1)!.counters.softnet_stat[0].flow_limit_count = 0;
    const v = monotonicProperty.check(s, fell);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.path).toBe('softnet_stat[0].flow_limit_count');
  });
});
