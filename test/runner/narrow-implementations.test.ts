// An implementation that declares a subset (tags: the scenario features it supports; observes: the
// counters it models; no events) is checked on what it declares: the property scenarios are
// generated with its features only, only the clauses whose reads it models run (the result says
// which), a property with no such clause is skipped with the reason, and a broken rule it does
// model still fails.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkProperty, DEFAULT_SEED } from '../../properties/check.ts';
import { ALL_PROPERTIES, propertyByName } from '../../properties/index.ts';
import type { Property } from '../../properties/types.ts';
import type { Observations, Scenario } from '../../src/generated/schema-types.ts';
import { guard } from '../../src/impl/guard.ts';
import { ProcessImplementation } from '../../src/impl/process.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import { runCheck, type CheckPropertyFn } from '../../src/runner/run-check.ts';
import { formatSummary } from '../../src/runner/reports/summary.ts';
import { missingTags, scenarioTags } from '../../src/spec/scenario-tags.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const realCheck: CheckPropertyFn = (impl, property, o) => checkProperty(impl, property, { ...o, runs: o.runs ?? 40 });
const prop = (name: string) => propertyByName(name)!;

/** The reference model declaring a subset, recording every scenario it is given; `mangle` breaks its output. */
function narrowModel(decl: { tags?: string[]; observes?: string[]; events?: boolean }, mangle?: (o: Observations) => void) {
  const model = modelImplementation();
  const seen: Scenario[] = [];
  const impl: Implementation = {
    name: 'narrow-model', profiles: ['linux-6.18'], events: decl.events ?? false,
    ...(decl.tags ? { tags: decl.tags } : {}), ...(decl.observes ? { observes: decl.observes } : {}),
    async run(s, o) {
      seen.push(s);
      const obs = await model.run(s, o);
      mangle?.(obs);
      return obs;
    },
  };
  return { impl, seen };
}

async function check(impl: Implementation, properties: Property[], runs = 40) {
  return runCheck({
    impl: guard(impl), properties, checkProperty: realCheck, profiles: ['linux-6.18'],
    includeGolden: false, seed: DEFAULT_SEED, runs, rxpathVersion: 'test',
  });
}

describe('a narrow implementation', () => {
  test('is given only scenarios whose every tag it declares', async () => {
    const tags = ['loopback', 'socket', 'rcvbuf', 'multi_cpu', 'sysctl_step', 'sysctl:net.core.netdev_max_backlog'];
    const { impl, seen } = narrowModel({ tags, events: true });
    const r = await check(impl, [prop('monotonic'), prop('rcvbuf'), prop('backlog'), prop('conservation')]);
    expect(r.exitCode, JSON.stringify(r.checks.map((c) => [c.name, c.status, c.message]))).toBe(0);
    expect(r.checks.map((c) => c.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
    expect(seen.length).toBeGreaterThanOrEqual(4 * 40);
    for (const s of seen) expect(missingTags(scenarioTags(s), tags), JSON.stringify(s)).toEqual([]);
    // Not trivially small: the declared features occur.
    expect(seen.some((s) => s.config.cpus > 1)).toBe(true);
    expect(seen.some((s) => s.workload.some((w) => w.op === 'sysctl'))).toBe(true);
    expect(seen.some((s) => s.config.sockets?.some((k) => k.soRcvbuf !== undefined))).toBe(true);
  });

  test('a property whose scenarios cannot avoid an undeclared tag is skipped, naming it', async () => {
    const { impl, seen } = narrowModel({ tags: ['nic', 'socket'], events: true });
    const r = await check(impl, [prop('metamorphic-budget')]);
    expect(r.checks[0]).toMatchObject({ status: 'skipped' });
    expect(r.checks[0]!.message).toContain('sysctl:net.core.netdev_budget');
    expect(seen).toEqual([]);
  });

  test('runs only the clauses whose counters it observes, and says which ran', async () => {
    const { impl } = narrowModel({ observes: ['snmp.Udp'] });
    const r = await check(impl, [prop('rcvbuf'), prop('identities'), prop('budget')]);
    const [rcvbuf, identities, budget] = r.checks;
    expect(r.exitCode).toBe(0);
    expect(rcvbuf!.status).toBe('passed');
    expect(rcvbuf!.clauses?.applied.sort()).toEqual(['InDatagrams counts reads, not arrivals', 'RcvbufErrors <= InErrors']);
    expect(rcvbuf!.clauses?.skipped.find((s) => s.clause === "sockets' drops >= RcvbufErrors")?.missing).toContain('udp[0].drops');
    expect(identities!.status).toBe('passed');
    expect(identities!.clauses?.applied).toContain('Udp InErrors >= RcvbufErrors + InCsumErrors + MemErrors');
    expect(identities!.clauses?.applied).not.toContain('softnet dropped <= /proc/net/dev rx_drop + ICMP errors out a veth');
    // budget is one clause on trace events: nothing to run.
    expect(budget!.status).toBe('skipped');
    expect(budget!.message).toMatch(/^no clause of budget reads only what narrow-model models: .*reads events/);
    expect(formatSummary(r)).toContain('properties:    2 passed, 0 failed, 0 broken, 1 skipped');
  });

  test('a rule it models, broken, fails; the same break in a counter it does not model is not held against it', async () => {
    // RcvbufErrors without InErrors (__udp_queue_rcv_skb charges both).
    const noInErrors = (o: Observations) => { for (const c of o.checkpoints) c.counters.snmp.Udp.InErrors = 0; };
    const udpOnly = narrowModel({ tags: ['loopback', 'socket', 'rcvbuf'], observes: ['snmp.Udp'] }, noInErrors);
    const failed = await check(udpOnly.impl, [prop('rcvbuf')], 100);
    expect(failed.checks[0]!.status).toBe('failed');
    expect(failed.checks[0]!.counterexample?.verdict.path).toBe('snmp.Udp.InErrors');
    expect(failed.checks[0]!.clauses?.applied).toContain('RcvbufErrors <= InErrors');
    // softnet dropped beyond /proc/net/dev rx_drop breaks an identity on counters it does not model.
    const moreDropped = (o: Observations) => { for (const c of o.checkpoints) c.counters.softnet_stat[0]!.dropped += 1; };
    const passed = await check(narrowModel({ tags: ['loopback', 'socket'], observes: ['snmp.Udp'] }, moreDropped).impl, [prop('identities')]);
    expect(passed.checks[0]!.status).toBe('passed');
    const everything = await check(narrowModel({ tags: ['loopback', 'socket'], events: true }, moreDropped).impl, [prop('identities')]);
    expect(everything.checks[0]!.status).toBe('failed');
    expect(everything.checks[0]!.clauses).toBeUndefined();
  });
});

let hasPython = true;
try { execFileSync('python3', ['--version']); } catch { hasPython = false; }

describe.skipIf(!hasPython)('the Python example (examples/python/rxpath_udp.py)', () => {
  test('passes the properties that apply to what it declares, with their clauses really run', async () => {
    const proc = await ProcessImplementation.open({ command: `python3 ${join(ROOT, 'examples/python/rxpath_udp.py')}`, timeoutMs: 10_000 });
    const seen: Scenario[] = [];
    const recording: Implementation = { ...proc, name: proc.name, profiles: proc.profiles, events: proc.events, tags: proc.tags, observes: proc.observes,
      run: (s, o) => { seen.push(s); return proc.run(s, o); } };
    try {
      const r = await check(recording, ALL_PROPERTIES as Property[], 100);
      const byName = new Map(r.checks.map((c) => [c.name, c]));
      expect(r.exitCode, JSON.stringify(r.checks.filter((c) => c.status !== 'passed' && c.status !== 'skipped'))).toBe(0);
      for (const name of ['rcvbuf', 'monotonic', 'identities', 'conservation']) {
        expect(byName.get(name)?.status, name).toBe('passed');
        expect(byName.get(name)?.runs, name).toBe(100);
        expect(byName.get(name)?.clauses?.applied.length, name).toBeGreaterThan(0);
      }
      expect(byName.get('rcvbuf')!.clauses!.applied).toEqual(expect.arrayContaining(['RcvbufErrors <= InErrors', "sockets' drops >= RcvbufErrors", 'InDatagrams counts reads, not arrivals']));
      expect(byName.get('identities')!.clauses!.applied).toContain('Udp InErrors >= RcvbufErrors + InCsumErrors + MemErrors');
      expect(byName.get('conservation')!.clauses!.applied).toEqual(['L4 UDP: NoPorts + InErrors + IgnoredMulti + InDatagrams <= datagrams sent']);
      for (const name of ['budget', 'napi-contract', 'flow-limit', 'backlog', 'metamorphic-budget']) {
        expect(byName.get(name)?.status, name).toBe('skipped');
        expect(byName.get(name)?.message, name).toBeTruthy();
      }
      // It was given what it declares, and the receive-buffer edges it declares occurred.
      for (const s of seen) expect(missingTags(scenarioTags(s), proc.tags)).toEqual([]);
      expect(seen.some((s) => s.config.sockets?.some((k) => k.soRcvbuf !== undefined && k.soRcvbuf <= 1152))).toBe(true);
      expect(seen.some((s) => s.config.cpus > 1)).toBe(true);
    } finally {
      await proc.close();
    }
  }, 60_000);
});
