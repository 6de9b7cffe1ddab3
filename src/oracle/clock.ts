// Which observed counters of a scenario depend on the model's clock, and which on order alone.
// The reference model has a clock (config.costs, HZ, interrupt coalescing, netdev_budget_usecs);
// an implementation with timing `settled` has none. A counter depends on the clock when the model
// gives it another value under another clock: the scenario is run again under each clock of
// CLOCKS below, and each counter that moves at any checkpoint is clock-dependent. So is, always, a
// counter the schema marks as counting how often the machinery ran (`x-rxpath.clock`: interrupts,
// NET_RX softirq runs, RPS IPIs). The rest is fixed by order: a burst queued before the softirq
// runs fixes its budget and squeeze, a receive buffer fixes its admissions, whatever the clock.
import type { Costs, Observations, Scenario } from '../generated/schema-types.ts';
import { DEFAULT_COSTS } from '../model/softnet.ts';
import { clockCounterPatterns } from '../spec/counter-paths-schema.ts';
import { flattenSnapshot, pathFilter, type CounterValue } from './counter-paths.ts';
import { referenceObservations } from './reference.ts';
import { SLOWEST_CLOCK_FACTOR } from './settled-form.ts';

type CostName = keyof Costs;
type Clock = (base: Readonly<Required<Costs>>) => Required<Costs>;
const COST_NAMES = Object.keys(DEFAULT_COSTS) as CostName[];
const F = SLOWEST_CLOCK_FACTOR;

/**
 * The clocks tried, each a set of costs made from the scenario's own (`base`, defaults filled in).
 * What the clock decides in the model are comparisons of elapsed times, of two kinds:
 * - a sum of costs against a fixed time (jiffies against net_rx_action's time limit or
 *   MAX_SOFTIRQ_TIME, HZ timers, a step's `at`): tried with no cost at all (an implementation
 *   without a clock), every cost F times smaller and F times larger. Scaling every cost alike only
 *   stretches time (the frames of a step come back to back in order form), so these three move
 *   nothing else.
 * - a sum of costs against another (which CPU gets where first: the CPU feeding a backlog or a veth
 *   NAPI against the CPU draining it, a hard IRQ against a poll). Σ a·c against Σ b·c goes both ways
 *   under some clock exactly when one cost weighs more on one side (a_k > b_k) and another on the
 *   other (a_j < b_j); the clock where c_k alone dominates and the one where c_j alone does then
 *   give opposite outcomes (a dominance of F·F = 64, enough for the few terms such sums have; a
 *   counter several comparisons decide together is sampled at these extremes, not proven fixed).
 *   So each cost is tried alone dominant: F times the scenario's largest
 *   cost (a cost the scenario sets to 0 too: an implementation's driver still takes time), every
 *   other cost F times smaller. Scaling cannot show these: with netdev_budget 1, say, every
 *   net_rx_action that polls ends squeezed, so time_squeeze counts the softirq runs the packets a
 *   CPU drains are batched into, which the feeding CPU's cost per packet against the draining
 *   CPU's cost per run decides, at any scale. Also tried, the stack and backlog slowed against
 *   the rest together.
 * Under each, a frame costs at most F times what it costs under the scenario's own clock
 * (F·max + rest/F <= F·sum): the bound the order form spaces its steps by (settled-form.ts).
 */
const CLOCKS: readonly Clock[] = [
  () => costsOf(() => 0),
  (base) => costsOf((n) => base[n] / F),
  (base) => costsOf((n) => base[n] * F),
  (base) => costsOf((n) => (n === 'stackPacketNs' || n === 'backlogPacketNs' ? base[n] * F : base[n] / F)),
  ...COST_NAMES.map((k): Clock => (base) => {
    const largest = Math.max(...COST_NAMES.map((n) => base[n]));
    return costsOf((n) => (n === k ? largest * F : base[n] / F));
  }),
];

function costsOf(cost: (name: CostName) => number): Required<Costs> {
  const costs = {} as Required<Costs>;
  for (const n of COST_NAMES) costs[n] = Math.floor(cost(n));
  return costs;
}

/** The scenario under each clock of CLOCKS, each distinct set of costs once, the scenario's own left out. */
function underOtherClocks(s: Scenario): Scenario[] {
  const base: Required<Costs> = { ...DEFAULT_COSTS, ...s.config.costs };
  const seen = new Set([JSON.stringify(costsOf((n) => base[n]))]);
  const out: Scenario[] = [];
  for (const clock of CLOCKS) {
    const costs = clock(base);
    const key = JSON.stringify(costs);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...s, config: { ...s.config, costs } });
  }
  return out;
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
  const looked = new Set<string>();
  // counters of how often the machinery ran depend on the clock by nature, whatever the clocks tried show
  for (const snap of base) {
    for (const path of snap.keys()) {
      if (out.has(path) || !include(path)) continue;
      looked.add(path);
      if (!isClockCounter(path)) continue;
      out.add(path);
      if (firstOnly) return out;
    }
  }
  for (const clocked of underOtherClocks(scenario)) {
    if (out.size === looked.size) break; // every path looked at is already known to move
    const other = flatten(referenceObservations(clocked));
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
