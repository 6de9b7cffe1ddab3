// --explain on the captured readings (fixtures/snapshot-6.18): which counters are symptoms and
// which settings the spec names for them; and the scenario it prints, which must validate and, run
// through the model, make the same counters grow, for this machine's settings and others.
import { describe, expect, it } from 'vitest';
import { explainGrowth, isSymptom, settingsFor } from '../../src/kernel/explain.ts';
import { explainReport, growthBetween, growthSinceBoot } from '../../src/kernel/explain-report.ts';
import { machineSettings, profileOfRelease } from '../../src/kernel/machine-settings.ts';
import { allFragments, type MachineSettings } from '../../src/kernel/reproduce-fragments.ts';
import { fragmentEffects, grownInRun, reproduce } from '../../src/kernel/reproduce.ts';
import { simulate } from '../../src/model/index.ts';
import { getSpecEntry, listSpecEntries } from '../../src/spec/registry.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { reading } from './snapshot-fixtures.ts';

const run = (s: Parameters<typeof simulate>[0]) => simulate(s);
const DEFAULTS: MachineSettings = machineSettings('linux-6.18', () => undefined);

describe('what the spec says about a counter', () => {
  it('a symptom names a kernel drop reason or says what to do when it grows; traffic does neither', () => {
    for (const e of listSpecEntries({ kind: 'counter' })) {
      expect(isSymptom(e), e.name).toBe(e.annotation.dropReason !== undefined || e.description.includes('Grows:'));
    }
    expect(isSymptom(getSpecEntry('softnet_stat.time_squeeze')!)).toBe(true);
    expect(isSymptom(getSpecEntry('snmp.Ip.InReceives')!)).toBe(false);
  });
  it('the settings to look at are those its description or note names, and no others', () => {
    for (const e of listSpecEntries({ kind: 'counter' })) {
      const text = `${e.description} ${e.annotation.note ?? ''}`;
      for (const s of settingsFor(e)) {
        const a = s.annotation.aliases;
        const names = [s.name, s.name.split('.').pop()!, a.sockopt, a.ethtool?.split(' ').slice(0, 2).join(' ')].filter(Boolean) as string[];
        expect(names.some((n) => text.includes(n)), `${e.name} -> ${s.name}`).toBe(true);
      }
    }
    const squeeze = settingsFor(getSpecEntry('softnet_stat.time_squeeze')!).map((s) => s.name);
    expect(squeeze).toContain('net.core.netdev_budget');
    expect(squeeze).toContain('net.core.netdev_budget_usecs');
    expect(squeeze).not.toContain('net.core.netdev_max_backlog');
  });
});

describe('the growth between the captured readings', () => {
  const growth = growthBetween(reading('a'), reading('b'));
  const list = explainGrowth(growth);
  it('symptoms first: the NoPorts and RcvbufErrors the capture caused; traffic after', () => {
    const names = list.filter((x) => x.symptom).map((x) => x.name);
    expect(names).toContain('snmp.Udp.NoPorts');
    expect(names).toContain('snmp.Udp.RcvbufErrors');
    const firstTraffic = list.findIndex((x) => !x.symptom);
    expect(list.slice(firstTraffic).every((x) => !x.symptom)).toBe(true);
    expect(list.find((x) => x.name === 'snmp.Ip.InReceives')?.symptom).toBe(false);
  });
  it('each total is the sum of its instances\' deltas', () => {
    for (const x of list) expect(x.total).toBe(x.instances.reduce((n, g) => n + g.delta, 0));
  });
  it('the report names each symptom with its description, and its scenario makes them grow in the model', () => {
    const r = explainReport(growth, { period: 'over the capture', machine: DEFAULTS, simulate: run });
    for (const x of list.filter((y) => y.symptom)) {
      expect(r.text).toContain(`  ${x.name}  +${x.total}`);
      expect(r.text).toContain(x.entry.description);
    }
    expect(r.scenario).not.toBeNull();
    const grew = grownInRun(run(validateScenario(r.scenario, 'explain')));
    for (const x of list.filter((y) => y.symptom)) expect(grew.has(x.name), x.name).toBe(true);
  });
});

describe('since boot', () => {
  it('every counter above zero is growth; the scenario reproduces every symptom of the captured machine', () => {
    const b = reading('b');
    const growth = growthSinceBoot(b);
    expect(growth.every((g) => g.delta === g.series.value && g.delta > 0)).toBe(true);
    const symptoms = explainGrowth(growth).filter((x) => x.symptom).map((x) => x.name);
    const r = reproduce(symptoms, DEFAULTS, run);
    expect(r.missing).toEqual([]);
    expect(r.reproduced).toEqual(symptoms);
  });
});

describe('the reproducing scenario', () => {
  it('the symptoms the seed article asks about are reproduced: backlog drops, time squeeze, receive-buffer errors', () => {
    for (const profile of ['linux-6.18', 'linux-3.13'] as const) {
      const m = { ...DEFAULTS, profile };
      const r = reproduce(['softnet_stat.dropped', 'softnet_stat.time_squeeze', 'snmp.Udp.RcvbufErrors'], m, run);
      expect(r.missing, profile).toEqual([]);
      expect(r.scenario!.config.profile).toBe(profile);
    }
  });
  it('it is sized by this machine\'s settings and still reproduces them', () => {
    for (const m of [{ ...DEFAULTS, netdevMaxBacklog: 300, netdevBudget: 600 }, { ...DEFAULTS, netdevMaxBacklog: 3000, netdevBudget: 100 }]) {
      const r = reproduce(['softnet_stat.dropped', 'softnet_stat.time_squeeze'], m, run);
      expect(r.missing).toEqual([]);
      expect(r.scenario!.config.sysctls).toMatchObject({ 'net.core.netdev_max_backlog': m.netdevMaxBacklog, 'net.core.netdev_budget': m.netdevBudget });
    }
  });
  it('every symptom some fragment makes grow alone is reproduced when asked for with all the others', () => {
    const effects = fragmentEffects(allFragments(DEFAULTS), DEFAULTS, run);
    const symptoms = listSpecEntries({ kind: 'counter' }).filter(isSymptom).map((e) => e.name);
    const reachable = symptoms.filter((s) => [...effects.values()].some((g) => g.has(s)));
    expect(reachable.length).toBeGreaterThan(15);
    const r = reproduce(reachable, DEFAULTS, run);
    expect(r.missing).toEqual([]);
    expect(() => validateScenario(r.scenario, 'all')).not.toThrow();
  });
  it('nothing to reproduce: no scenario', () => {
    expect(reproduce([], DEFAULTS, run).scenario).toBeNull();
    expect(explainReport([], { period: 'p', machine: DEFAULTS, simulate: run })).toMatchObject({ scenario: null });
  });
  it('the machine\'s profile: linux-3.13 for a 3.x kernel, linux-6.18 from 4.0', () => {
    expect(profileOfRelease('3.13.0-170-generic')).toBe('linux-3.13');
    expect(profileOfRelease('6.18.44-fc-v1272')).toBe('linux-6.18');
    expect(profileOfRelease('6.1.0-57-amd64')).toBe('linux-6.1');
    expect(profileOfRelease('6.12.118+deb12-amd64')).toBe('linux-6.12');
    // between two profiles: the older one's rules (a recording states its real release beside it)
    expect(profileOfRelease('5.10.0-30-amd64')).toBe('linux-6.1');
    expect(profileOfRelease('6.6.30')).toBe('linux-6.1');
    expect(profileOfRelease('6.15.2')).toBe('linux-6.12');
    expect(profileOfRelease('7.0.1')).toBe('linux-6.18');
    expect(machineSettings('linux-6.18', (n) => (n === 'net.core.netdev_budget' ? '600' : 'x'))).toMatchObject({ netdevBudget: 600, netdevMaxBacklog: DEFAULTS.netdevMaxBacklog });
  });
});
