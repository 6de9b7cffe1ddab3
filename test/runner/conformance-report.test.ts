// The conformance survey and report that docs/conformance/gvisor.md is generated with
// (src/runner/survey.ts, src/runner/reports/conformance.ts, `rxpath conformance`), on an
// implementation that needs no gVisor (it lives in test/runner): the reference model with one kernel rule broken
// (examples/faulty). The survey finds that deviation (in Udp, then in Udp6), leaves its counters out, finds nothing more,
// and the same seed gives the same report byte for byte.
import { describe, expect, test } from 'vitest';
import faultyInDatagrams from '../../examples/faulty/in-datagrams-on-enqueue.ts';
import { DEFAULT_SEED, checkProperty } from '../../properties/check.ts';
import { differentialProperty } from '../../properties/differential.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { commandLine, jsonBeside } from '../../src/cli/commands/conformance.ts';
import { conformanceJson, conformanceMarkdown } from '../../src/runner/reports/conformance.ts';
import { leftOutPattern, runSurvey } from '../../src/runner/survey.ts';
import { specName } from '../../src/runner/survey-rules.ts';

const impl = faultyInDatagrams as Implementation;

async function survey(seed: number) {
  const result = await runSurvey({
    impl, property: differentialProperty, profile: 'linux-6.18', runs: 40, seed, maxRounds: 4,
    checkProperty: (i, p, o) => checkProperty(i, p, { ...o, runs: o.runs ?? 40 }),
  });
  return { command: 'npx rxpath conformance --impl x.ts --seed 4 --out r.md', rxpath: 'test', ...result };
}

describe('rxpath conformance: the survey and its report', () => {
  test('finds the broken rule with a minimal scenario, leaves its counter out, then finds nothing more', async () => {
    const r = await survey(DEFAULT_SEED);
    expect(r.end).toBe('no-further-deviation');
    // the broken rule shows in each family's MIB: Udp InDatagrams, then (left out) Udp6's, read by udpv6_recvmsg
    expect(r.deviations).toHaveLength(2);
    const [d, d6] = r.deviations;
    expect(d!.counters.map((c) => c.path)).toEqual(['snmp.Udp.InDatagrams']);
    expect(d!.counters[0]!.rule).toMatchObject({ where: 'net/ipv4/udp.c:udp_recvmsg', source: 'spec' });
    expect(Number(d!.counters[0]!.actual)).toBeGreaterThan(Number(d!.counters[0]!.expected));
    expect(d!.scenario.workload.filter((s) => s.op === 'frames')).toHaveLength(1);
    expect(d6!.counters.map((c) => c.path)).toEqual(['snmp6.Udp6.InDatagrams']);
    expect(d6!.counters[0]!.rule).toMatchObject({ where: 'net/ipv6/udp.c:udpv6_recvmsg', source: 'spec' });
    expect(r.rounds.map((x) => [x.status, x.leftOut])).toEqual([
      ['failed', []], ['failed', ['snmp.Udp.InDatagrams']], ['passed', ['snmp.Udp.InDatagrams', 'snmp6.Udp6.InDatagrams']],
    ]);
    const md = conformanceMarkdown(r);
    expect(md.split('\n').slice(0, 7).join('\n')).toContain('npx rxpath conformance --impl x.ts');
    expect(md).toContain('### `net/ipv4/udp.c:udp_recvmsg`');
    expect(md).toContain(JSON.stringify(d!.scenario));
    expect(JSON.parse(conformanceJson(r))).toEqual(JSON.parse(JSON.stringify(r)));
  }, 60_000);

  test('the same seed gives the same report, byte for byte', async () => {
    const [a, b] = [await survey(7), await survey(7)];
    expect(conformanceMarkdown(b)).toBe(conformanceMarkdown(a));
    expect(conformanceJson(b)).toBe(conformanceJson(a));
  }, 60_000);

  test('lists the counters Linux changes that the implementation does not observe, as not checked', async () => {
    const narrow: Implementation = { ...impl, observes: ['snmp.Udp'] };
    const r = { command: 'x', rxpath: 'test', ...(await runSurvey({
      impl: narrow, property: differentialProperty, profile: 'linux-6.18', runs: 30, seed: 3, maxRounds: 2,
      checkProperty: (i, p, o) => checkProperty(i, p, { ...o, runs: o.runs ?? 30 }),
    })) };
    const paths = r.unobserved.map((u) => u.path);
    expect(paths).toContain('snmp.Ip.InReceives');
    expect(paths.some((p) => p.startsWith('snmp.Udp.'))).toBe(false);
    expect(paths.some((p) => p.startsWith('internal'))).toBe(false);
    expect(r.unobserved.every((u) => u.scenarios > 0 && u.scenarios <= 100)).toBe(true);
    expect(conformanceMarkdown(r)).toContain('## Counters not checked');
  }, 60_000);

  test('names: the JSON beside the report, the command line, counter patterns and spec names', () => {
    expect(jsonBeside('docs/conformance/gvisor.md')).toBe('docs/conformance/gvisor.json');
    expect(jsonBeside('report')).toBe('report.json');
    expect(commandLine({ implCmd: "python3 it's.py", out: 'r.md' }, 4))
      .toBe(`npx rxpath conformance --impl-cmd 'python3 it'\\''s.py' --seed 4 --out r.md`);
    expect(leftOutPattern('softnet_stat[1].dropped')).toBe('softnet_stat[*].dropped');
    expect(specName('dev.lo.rx_bytes')).toBe('dev.rx_bytes');
    expect(specName('udp[0].drops')).toBe('udp.drops');
  });
});
