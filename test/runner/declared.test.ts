// What an implementation declares is checked before anything runs: a typo is bad input with the
// closest known name, never a silently narrower (and so silently passing) check.
import { describe, expect, test } from 'vitest';
import type { Implementation } from '../../src/impl/types.ts';
import { declarationProblems, knownTags, observesProblem } from '../../src/runner/declared.ts';
import { snapshotPathPatterns } from '../../src/spec/counter-paths-schema.ts';
import { scenarioTags } from '../../src/spec/scenario-tags.ts';
import fc from 'fast-check';
import { scenarioArbitrary } from '../../src/arbitraries/scenario.ts';
import { simulate } from '../../src/model/index.ts';
import { flattenSnapshot } from '../../src/oracle/counter-paths.ts';

const base: Implementation = { name: 'x', profiles: ['linux-6.18'], events: false, run: async () => { throw new Error('not run'); } };

describe('declarations', () => {
  test.each([
    [{ tags: ['loopbak'] }, '/tags/0', 'did you mean "loopback"'],
    [{ tags: ['crafted', 'frame:udp_csun'] }, '/tags/1', 'frame:udp_csum'],
    [{ tags: ['sysctl:net.core.netdev_budgett'] }, '/tags/0', 'sysctl:net.core.netdev_budget'],
    [{ observes: ['udp[*].drop'] }, '/observes/0', 'udp[*].drops'],
    [{ observes: ['snmp.Udp.RcvBufErrors'] }, '/observes/0', 'snmp.Udp.RcvbufErrors'],
    [{ observes: ['softnet_stats'] }, '/observes/0', 'names no counter'],
    [{ profiles: ['linux-6.81'] }, '/profiles/0', 'linux-6.18'],
    [{ events: true, eventTypes: ['napi_pol'] }, '/events/0', 'napi_poll'],
    [{ timing: 'clockless' }, '/timing', '"model" or "settled"'],
  ])('%j is refused at %s', (decl, pointer, hint) => {
    const problems = declarationProblems({ ...base, ...decl } as unknown as Implementation, 'impl.ts');
    expect(problems.map((p) => p.pointer)).toEqual([pointer]);
    expect(problems[0]!.message).toContain(hint);
  });

  test.each(['snmp', 'snmp.Udp', 'udp[*].drops', 'udp[0].rx_queue', 'softnet_stat[1].dropped', 'dev.lo.rx_packets',
    'dev.eth0', 'softirqs.NET_RX[0]', 'interrupts.eth0-rx-0', 'ethtool.eth0.queues[*].packets', 'internal', '*.Udp'])('%s names counters', (o) => {
    expect(observesProblem(o)).toBeUndefined();
  });

  test('every tag a generated scenario needs is a known tag, and every counter it reports a known path', () => {
    const known = new Set(knownTags());
    fc.assert(fc.property(scenarioArbitrary('linux-6.18'), (s) => {
      for (const t of scenarioTags(s)) expect(known.has(t), t).toBe(true);
      for (const p of flattenSnapshot(simulate(s).checkpoints.at(-1)!.counters).keys()) expect(observesProblem(p), p).toBeUndefined();
    }), { numRuns: 60, seed: 3 });
    expect(snapshotPathPatterns().length).toBeGreaterThan(90);
  });
});
