// An `rxpath simulate` scenario that makes the counters a machine showed growing grow in the
// model too. Each fragment (reproduce-fragments.ts) is run alone through the model to learn which
// counters it makes grow; the fewest fragments that cover the symptoms are laid one after the
// other into one scenario, which is validated and run again: only what that run shows grow is
// claimed as reproduced. The model is passed in (src/kernel does not import the model).
import type { Config, Device, Observations, Scenario, Socket, Step } from '../generated/schema-types.ts';
import { validateScenario } from '../spec/validate.ts';
import { allFragments, type Fragment, type MachineSettings } from './reproduce-fragments.ts';
import { snapshotSeries } from './series.ts';

export type Simulate = (scenario: Scenario) => Observations;

export interface Reproduction {
  /** null when no fragment makes any of the symptoms grow. */
  scenario: Scenario | null;
  /** The fragments used, in workload order. */
  fragments: Fragment[];
  /** Symptom names (spec entries) that grow when the scenario runs through the model. */
  reproduced: string[];
  /** Symptom names it does not make grow. */
  missing: string[];
}

/** Laid this far apart, one fragment's traffic is settled before the next one's starts. */
const GAP_NS = 1_000_000;

/** The spec names of the counters that are above zero at the end of a run (counters start at zero). */
export function grownInRun(obs: Observations): Set<string> {
  const end = obs.checkpoints[obs.checkpoints.length - 1];
  const out = new Set<string>();
  if (!end) return out;
  for (const s of snapshotSeries(end.counters)) if (s.entry.annotation.kind === 'counter' && s.value > 0) out.add(s.name);
  return out;
}

function addUnique<T extends { name: string }>(into: T[], items: readonly T[], what: string): void {
  for (const x of items) {
    const had = into.find((y) => y.name === x.name);
    if (!had) into.push(x);
    else if (JSON.stringify(had) !== JSON.stringify(x)) throw new Error(`reproduce: two fragments define ${what} ${x.name} differently`);
  }
}

/** The fragments laid one after the other into one scenario (not yet validated). */
export function mergeFragments(fragments: readonly Fragment[], m: MachineSettings, name: string): Scenario {
  const devices: Device[] = [];
  const sockets: Socket[] = [];
  const sysctls: Record<string, number | string> = {};
  const workload: Step[] = [];
  let start = 0;
  for (const f of fragments) {
    addUnique(devices, f.devices, 'device');
    addUnique(sockets, f.sockets, 'socket');
    for (const [k, v] of Object.entries(f.sysctls)) {
      if (k in sysctls && sysctls[k] !== v) throw new Error(`reproduce: two fragments set ${k} differently`);
      sysctls[k] = v;
    }
    for (const st of f.workload) workload.push({ ...st, at: st.at + start });
    start += f.durationNs + GAP_NS;
  }
  const config: Config = {
    profile: m.profile,
    cpus: Math.max(1, ...fragments.map((f) => f.cpus)),
    ...(Object.keys(sysctls).length ? { sysctls: sysctls as Config['sysctls'] } : {}),
    devices, sockets,
  };
  return {
    name,
    description: `${fragments.map((f) => f.does).join('; then ')}.`,
    config, workload,
  };
}

/** What each fragment alone makes grow, by fragment id. */
export function fragmentEffects(fragments: readonly Fragment[], m: MachineSettings, simulate: Simulate): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of fragments) {
    const scenario = validateScenario(mergeFragments([f], m, `fragment-${f.id}`), `fragment ${f.id}`);
    out.set(f.id, grownInRun(simulate(scenario)));
  }
  return out;
}

/** Greedy cover: the fragment that makes the most uncovered symptoms grow, until none is left that helps. */
export function chooseFragments(symptoms: readonly string[], fragments: readonly Fragment[], effects: Map<string, Set<string>>): Fragment[] {
  const left = new Set(symptoms);
  const chosen: Fragment[] = [];
  for (;;) {
    let best: Fragment | undefined;
    let bestCount = 0;
    for (const f of fragments) {
      const n = [...(effects.get(f.id) ?? [])].filter((s) => left.has(s)).length;
      if (n > bestCount) { best = f; bestCount = n; }
    }
    if (!best) return chosen;
    chosen.push(best);
    for (const s of effects.get(best.id)!) left.delete(s);
  }
}

/** The scenario for these symptoms (spec names such as `softnet_stat.dropped`, `snmp.Udp.RcvbufErrors`). */
export function reproduce(symptoms: readonly string[], m: MachineSettings, simulate: Simulate): Reproduction {
  const fragments = allFragments(m);
  const effects = fragmentEffects(fragments, m, simulate);
  const chosen = chooseFragments(symptoms, fragments, effects);
  if (chosen.length === 0) return { scenario: null, fragments: [], reproduced: [], missing: [...symptoms] };
  const name = `reproduce-${chosen.map((f) => f.id.replace(/[^a-z0-9-]+/g, '-')).join('-')}`;
  const scenario = validateScenario(mergeFragments(chosen, m, name), 'the reproducing scenario');
  const grew = grownInRun(simulate(scenario));
  return {
    scenario, fragments: chosen,
    reproduced: symptoms.filter((s) => grew.has(s)),
    missing: symptoms.filter((s) => !grew.has(s)),
  };
}
