// Which observed counters of a scenario depend on the model's clock, and which on order alone.
// The reference model has a clock (config.costs, HZ, interrupt coalescing, netdev_budget_usecs);
// an implementation with timing `settled` has none. A counter depends on the clock when the model
// gives it another value under another clock: the scenario is run again with no cost at all (the
// clock of an implementation without one), with every cost eight times smaller, eight times
// larger, and with the stack slowed against the driver (so that CPUs and arrivals interleave
// differently), and each counter that moves at any checkpoint is
// clock-dependent. So is, always, a counter the schema marks as counting how often the machinery
// ran (`x-rxpath.clock`: interrupts, NET_RX softirq runs, RPS IPIs). The rest is fixed by order:
// a burst queued before the softirq runs fixes its budget and squeeze, a receive buffer fixes its
// admissions, whatever the clock.
import type { Costs, Observations, Scenario } from '../generated/schema-types.ts';
import { DEFAULT_COSTS } from '../model/softnet.ts';
import { clockCounterPatterns } from '../spec/counter-paths-schema.ts';
import { flattenSnapshot, pathFilter, type CounterValue } from './counter-paths.ts';
import { referenceObservations } from './reference.ts';
import { SLOWEST_CLOCK_FACTOR } from './settled-form.ts';

type CostName = keyof Costs;
const COST_NAMES = Object.keys(DEFAULT_COSTS) as CostName[];

/** The clocks tried: each scales the scenario's costs (at least the default ones) per cost name. */
const CLOCKS: readonly ((name: CostName) => number)[] = [
  () => 0, // no clock at all: every stage takes no time, as an implementation with timing settled
  () => 1 / SLOWEST_CLOCK_FACTOR,
  () => SLOWEST_CLOCK_FACTOR,
  (name) => (name === 'stackPacketNs' || name === 'backlogPacketNs' ? SLOWEST_CLOCK_FACTOR : 1 / SLOWEST_CLOCK_FACTOR),
];

function withClock(s: Scenario, scale: (name: CostName) => number): Scenario {
  const base = { ...DEFAULT_COSTS, ...s.config.costs };
  const costs: Costs = {};
  for (const n of COST_NAMES) costs[n] = Math.floor(base[n] * scale(n));
  return { ...s, config: { ...s.config, costs } };
}

function flatten(obs: Observations): Map<string, CounterValue>[] {
  return obs.checkpoints.map((c) => flattenSnapshot(c.counters, { internal: true }));
}

/**
 * The counter paths of `scenario` whose value at some checkpoint changes with the clock (empty:
 * the whole outcome is fixed by order). `include` limits the paths looked at (an implementation's
 * `observes`). Deterministic: the model is.
 */
export function clockDependentPaths(scenario: Scenario, include: (path: string) => boolean = () => true): Set<string> {
  return dependentPaths(scenario, include, false);
}

/** Whether nothing `include` selects in the scenario's outcome depends on the clock. */
export function fixedByOrder(scenario: Scenario, include: (path: string) => boolean = () => true): boolean {
  return dependentPaths(scenario, include, true).size === 0;
}

let clockCounter: ((path: string) => boolean) | undefined;

/** Whether the schema marks the counter as counting how often the machinery ran (x-rxpath.clock). */
export function isClockCounter(path: string): boolean {
  clockCounter ??= pathFilter(clockCounterPatterns());
  return clockCounter(path);
}

/** The clock-dependent paths; with `firstOnly`, stops at the first one found. */
function dependentPaths(scenario: Scenario, include: (path: string) => boolean, firstOnly: boolean): Set<string> {
  const base = flatten(referenceObservations(scenario));
  const out = new Set<string>();
  // counters of how often the machinery ran depend on the clock by nature, whatever the clocks tried show
  for (const snap of base) {
    for (const path of snap.keys()) {
      if (out.has(path) || !include(path) || !isClockCounter(path)) continue;
      out.add(path);
      if (firstOnly) return out;
    }
  }
  for (const clock of CLOCKS) {
    const other = flatten(referenceObservations(withClock(scenario, clock)));
    for (let i = 0; i < base.length; i++) {
      const o = other[i]!;
      for (const [path, v] of base[i]!) {
        if (out.has(path) || o.get(path) === v || !include(path)) continue;
        out.add(path);
        if (firstOnly) return out;
      }
    }
  }
  return out;
}
