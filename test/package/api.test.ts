// The helpers of the public API (src/api/): the scenario-tag vocabulary, the zero snapshot, truesize
// and defineImplementation, each held to what the model and the rest of rxpath do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_PROPERTIES, MAX_UDP_PAYLOAD, RxpathInputError, SCENARIO_TAGS, defineImplementation, emptySnapshot,
  scenarioArbitrary, scenarioTagProblem, scenarioTags, simulate, udpTruesize, udpTruesizeTable, validateObservations,
  type Config, type ProfileName, type Scenario, type Snapshot, type Step,
} from '../../src/index.ts';
import { loadCorpus } from '../../src/runner/golden/corpus.ts';
import { flattenSnapshot } from '../../src/oracle/counter-paths.ts';

const PROFILES: ProfileName[] = ['linux-3.13', 'linux-6.18'];

function generated(n: number): Scenario[] {
  const out: Scenario[] = [];
  for (const profile of PROFILES) {
    out.push(...fc.sample(scenarioArbitrary(profile), { numRuns: n, seed: 7 }));
    for (const p of ALL_PROPERTIES) {
      if (p.profiles.includes(profile)) out.push(...fc.sample(p.arbitrary(profile), { numRuns: 5, seed: 11 }));
    }
  }
  return out;
}

describe('SCENARIO_TAGS', () => {
  it('holds every tag scenarioTags derives from generated scenarios and the golden corpus', () => {
    const scenarios = [...generated(150), ...loadCorpus().map((t) => t.trace.scenario)];
    const seen = new Set<string>();
    for (const s of scenarios) for (const t of scenarioTags(s)) seen.add(t);
    const unknown = [...seen].filter((t) => scenarioTagProblem(t) !== undefined);
    expect(unknown).toEqual([]);
    // the vocabulary is not empty words: most of it does occur
    const plain = [...seen].filter((t) => !/^(sysctl|frame|proto):/.test(t));
    expect(plain.length).toBeGreaterThan(SCENARIO_TAGS.length / 2);
  });

  it('rejects a misspelt tag and an unknown sysctl', () => {
    expect(scenarioTagProblem('loopbak')).toMatch(/unknown tag "loopbak".*"loopback"/);
    expect(scenarioTagProblem('sysctl:net.core.netdev_budget')).toBeUndefined();
    expect(scenarioTagProblem('sysctl:net.core.no_such')).toMatch(/unknown tag/);
    expect(scenarioTagProblem('frame:udp_csum')).toBeUndefined();
    expect(scenarioTagProblem('frame:udp_sum')).toMatch(/unknown tag/);
  });
});

function leaves(s: Snapshot): Map<string, unknown> {
  return flattenSnapshot(s) as Map<string, unknown>;
}

describe('emptySnapshot', () => {
  it('has exactly the counters the model reports for the same config, all at zero', () => {
    // a socket closed mid-run (a close step) has no row at the end: the start has every socket's; and SO_RXQ_OVFL
    // set by a step gives rxq_ovfl rows that the config alone does not
    const midRun = (w: Step): boolean => w.op === 'close' || (w.op === 'setsockopt' && w.rxqOvfl !== undefined);
    for (const s of generated(15).filter((x) => !x.workload.some(midRun))) {
      const zero = emptySnapshot(s.config);
      const end = simulate(s).checkpoints.at(-1)!.counters;
      const z = leaves(zero);
      expect([...z.keys()]).toEqual([...leaves(end).keys()]);
      for (const [path, v] of z) {
        if (path === 'snmp.Ip.Forwarding') expect(v).toBe(s.config.forwarding ? 1 : 2);
        else if (path === 'snmp.Ip.DefaultTTL') expect(v).toBe(64);
        else if (/^udp\[\d+\]\.(name|local_address|rem_address)$/.test(path) || /^rxq_ovfl\[\d+\]\.name$/.test(path)) {
          expect(typeof v).toBe('string');
        }
        else if (/^softnet_stat\[\d+\]\.cpu$/.test(path)) expect(path).toBe(`softnet_stat[${v}].cpu`);
        else expect([path, v]).toEqual([path, 0]);
      }
      expect(zero.internal).toBeUndefined();
    }
  });

  it('is a valid snapshot, fresh each time, with `internal` on request', () => {
    const config: Config = { profile: 'linux-6.18', cpus: 2, sockets: [{ name: 'app', port: 9000 }] };
    const a = emptySnapshot(config);
    a.snmp.Udp.InDatagrams = 5;
    expect(emptySnapshot(config).snmp.Udp.InDatagrams).toBe(0);
    expect(emptySnapshot(config, { internal: true }).internal?.sockets).toHaveLength(1);
    const obs = { profile: 'linux-6.18' as const, checkpoints: [{ label: 'end', step: 0, at: 0, counters: a }] };
    expect(() => validateObservations(obs, 'test')).not.toThrow();
  });

  it('rejects an invalid config with the pointer', () => {
    expect(() => emptySnapshot({ profile: 'linux-6.18', cpus: 0 })).toThrow(RxpathInputError);
    expect(() => emptySnapshot({ profile: 'linux-6.18', cpus: 0 })).toThrow(/\/cpus/);
  });
});

describe('udpTruesize', () => {
  it('reads the profile tables, whose copy cannot change them', () => {
    for (const profile of PROFILES) {
      const table = udpTruesizeTable(profile);
      expect(table.length).toBe(MAX_UDP_PAYLOAD + 1);
      expect(udpTruesize(profile, 1472)).toBe(table[1472]);
      table.fill(0);
      expect(udpTruesize(profile, 1472)).toBeGreaterThan(1472);
    }
    expect(udpTruesize('linux-6.18', 1)).not.toBe(udpTruesize('linux-3.13', 1));
  });

  it('refuses payloads outside 0..65507', () => {
    for (const bad of [-1, 1.5, MAX_UDP_PAYLOAD + 1, Number.NaN]) {
      expect(() => udpTruesize('linux-6.18', bad)).toThrow(RangeError);
    }
  });
});

describe('defineImplementation', () => {
  const run = async () => ({ profile: 'linux-6.18' as const, checkpoints: [] });

  it('returns a well-formed implementation as it is', () => {
    const impl = { name: 'x', profiles: ['linux-6.18'], events: false, tags: ['loopback', 'sysctl:net.core.rmem_max'], observes: ['snmp.Udp', 'udp[*].drops'], run } as const;
    expect(defineImplementation(impl)).toBe(impl);
  });

  it('names every mistake a JavaScript caller can make', () => {
    const bad = { name: 'x', profiles: ['linux-5.4'], events: 'no', tags: ['loopbak'], observes: ['snmp.Udp', 'Udp.InErrors'] };
    let message = '';
    try { defineImplementation(bad as never); } catch (err) { message = (err as Error).message; }
    expect(message).toMatch(/^defineImplementation "x": /);
    for (const part of ['profiles/0: unknown profile "linux-5.4"', '`events` must be a boolean', '`run(scenario, opts)` must be a function',
      'tags/0: unknown tag "loopbak"', 'observes/1: "Udp.InErrors" names no counter']) {
      expect(message).toContain(part);
    }
    expect(message).not.toContain('"snmp.Udp"');
  });
});
