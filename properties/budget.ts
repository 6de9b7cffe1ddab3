// Property 1: the NET_RX budget and time_squeeze.
// net/core/dev.c:net_rx_action. Both profiles: every poll gets the NAPI's full weight and may do at
// most that much work; the budget is checked between polls only, so one softirq processes at most
// netdev_budget - 1 + max weight packets (each poll starts with budget > 0).
// linux-3.13: the check (budget <= 0 or jiffies >= start + 2) comes BEFORE each poll and only
//   while the poll list is non-empty; it counts time_squeeze. A NAPI that used its whole weight
//   stays on the list (list_move_tail) and can be polled again in the same call.
// linux-6.18: the check (budget <= 0 or time_after_eq(jiffies, start + usecs_to_jiffies(
//   netdev_budget_usecs))) comes AFTER each poll and counts time_squeeze even when nothing is left;
//   a NAPI that used its whole weight goes on the repoll list and is not polled again in this call.
import { PROFILES } from '../src/spec/registry.ts';
import type { Observations, ProfileName, Scenario } from '../src/generated/schema-types.ts';
import { scenarioArbitrary } from '../src/arbitraries/scenario.ts';
import { clausal } from './lib/clausal.ts';
import { Clauses, SOFTIRQ_EVENTS } from './lib/clauses.ts';
import { endOf, isSettled, requireEvents, softnetOf } from './lib/observations.ts';
import { brackets, jiffiesAt, usecsToJiffies, type Bracket } from './lib/softirqs.ts';
import { SysctlTimeline } from './lib/sysctl-timeline.ts';
import { fail, pass, type FailedVerdict, type Property, type Verdict } from './types.ts';

/** What one bracket implies for time_squeeze, or why it breaks the rule. */
export type BracketOutcome = { squeezeMin: number; squeezeMax: number; error?: undefined } | { error: FailedVerdict };

interface Ctx {
  profile: ProfileName;
  hz: number;
  /** netdev_budget candidates at entry. */
  budgets: number[];
  /** time limit in jiffies (added to the entry jiffy) candidates. */
  limits: number[];
  /** Jiffy range in which net_rx_action read its start time. */
  startMin: number;
  startMax: number;
  /** Whether another NET_RX softirq runs later on this CPU. */
  later: boolean;
}

function judgeOne(b: Bracket, budget: number, limitJ: number, startJ: number, c: Ctx): BracketOutcome {
  // The limit is jiffies read when net_rx_action starts (after softirq_entry, before the first
  // poll ends) + limitJ. A check between two polls happens after the first ended (at its event
  // time or later); the check that ends the call happens when it returns (softirq_exit).
  const limit = startJ + limitJ;
  const where = `softirq on CPU ${b.cpu} at t=${b.entry} (events[${b.i}])`;
  let left = budget;
  const lastWork = new Map<string, { work: number; weight: number }>();
  for (let k = 0; k < b.polls.length; k++) {
    const p = b.polls[k];
    if (p.work > p.budget) {
      return { error: fail(`${p.napi} did ${p.work} work with weight ${p.budget}: a poll may do at most its weight (net_rx_action, WARN_ON_ONCE(work > weight))`, { path: `events[${p.i}].work`, expected: `<= ${p.budget}`, actual: p.work }) };
    }
    if (left <= 0) {
      return { error: fail(`${where}: ${p.napi} was polled after the budget of ${budget} was used up (${budget - left} done): the budget is per softirq, not per NAPI`, { path: `events[${p.i}]`, expected: `no poll once ${budget} packets are done`, actual: `poll #${k + 1} with ${budget - left} done` }) };
    }
    if (k > 0 && jiffiesAt(b.polls[k - 1].t, c.hz) >= limit) {
      return { error: fail(`${where}: ${p.napi} was polled after the time limit (jiffy ${jiffiesAt(b.polls[k - 1].t, c.hz)} >= ${startJ} + ${limitJ})`, { path: `events[${p.i}]` }) };
    }
    if (c.profile !== 'linux-3.13') {
      const prev = lastWork.get(p.napi);
      if (prev && prev.work >= prev.weight) {
        return { error: fail(`${where}: ${p.napi} was polled twice in one net_rx_action call after using its whole weight; in linux-6.18 it goes to the repoll list`, { path: `events[${p.i}]` }) };
      }
    }
    left -= p.work;
    lastWork.set(p.napi, { work: p.work, weight: p.budget });
  }
  if (b.polls.length === 0) return { squeezeMin: 0, squeezeMax: 0 };
  const last = b.polls[b.polls.length - 1];
  const limitHit = left <= 0 || jiffiesAt(b.exit, c.hz) >= limit;
  if (c.profile !== 'linux-3.13') {
    // 6.18: checked after each poll; counts even when no work is left.
    return limitHit ? { squeezeMin: 1, squeezeMax: 1 } : { squeezeMin: 0, squeezeMax: 0 };
  }
  // 3.13: the loop ends with the limit unreached only when the poll list is empty.
  const stillListed = [...lastWork.entries()].filter(([, w]) => w.work >= w.weight).map(([n]) => n);
  if (!limitHit) {
    if (stillListed.length > 0) {
      return { error: fail(`${where}: ended with budget ${left} left and the time limit not reached while ${stillListed.join(', ')} had used its whole weight (still on the poll list): linux-3.13 polls it again in the same call`, { path: `events[${last.i}]` }) };
    }
    return { squeezeMin: 0, squeezeMax: 0 };
  }
  if (stillListed.length > 0) return { squeezeMin: 1, squeezeMax: 1 };
  // Limit reached and no NAPI known to be listed: a squeeze needs a non-empty list, and a
  // non-empty list needs a later softirq on this CPU (the softirq is raised again).
  return c.later ? { squeezeMin: 0, squeezeMax: 1 } : { squeezeMin: 0, squeezeMax: 0 };
}

export function judgeBracket(b: Bracket, c: Ctx): BracketOutcome {
  let first: FailedVerdict | undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const budget of c.budgets) {
    for (const lim of c.limits) for (let startJ = c.startMin; startJ <= c.startMax; startJ++) {
      const o = judgeOne(b, budget, lim, startJ, c);
      if (o.error) {
        first ??= o.error;
        continue;
      }
      min = Math.min(min, o.squeezeMin);
      max = Math.max(max, o.squeezeMax);
    }
  }
  if (min === Infinity) return { error: first! };
  return { squeezeMin: min, squeezeMax: max };
}

export function checkBudget(scenario: Scenario, obs: Observations, c: Clauses = new Clauses()): Verdict {
  const profile = scenario.config.profile;
  const hz = scenario.config.hz ?? 250;
  if (!c.can('each poll keeps to its weight, the budget and the time limit of its softirq', { events: SOFTIRQ_EVENTS })) return pass;
  const events = requireEvents(obs);
  const { byCpu, problems } = brackets(events);
  if (problems.length > 0) return fail(problems[0].message, { path: `events[${problems[0].i}]` });
  const budget = new SysctlTimeline(scenario, 'net.core.netdev_budget');
  const usecs = profile === 'linux-3.13' ? null : new SysctlTimeline(scenario, 'net.core.netdev_budget_usecs');
  const outcomes = new Map<number, { b: Bracket; o: { squeezeMin: number; squeezeMax: number } }[]>();
  for (const [cpu, list] of byCpu) {
    const out: { b: Bracket; o: { squeezeMin: number; squeezeMax: number } }[] = [];
    list.forEach((b, k) => {
      const ctx: Ctx = {
        profile,
        hz,
        budgets: budget.valuesAt(b.entry),
        // 3.13: time_limit = jiffies + 2 (hard-coded).
        limits: usecs ? usecs.valuesAt(b.entry).map((u) => usecsToJiffies(u, hz)) : [2],
        later: k < list.length - 1,
        startMin: jiffiesAt(b.entry, hz),
        startMax: jiffiesAt(b.polls.length > 0 ? b.polls[0].t : b.exit, hz),
      };
      const o = judgeBracket(b, ctx);
      if (o.error) throw o.error;
      out.push({ b, o });
    });
    outcomes.set(cpu, out);
  }
  // time_squeeze at each checkpoint lies between what the brackets certainly before it imply and
  // what those possibly before it allow.
  // A settled checkpoint runs the host past its `at` before the snapshot, so from one on the
  // snapshots may include any later softirq.
  let settledSoFar = false;
  for (const cp of obs.checkpoints) {
    if (isSettled(scenario, cp)) settledSoFar = true;
    for (const [i, row] of cp.counters.softnet_stat.entries()) {
      if (!c.can('time_squeeze counts the softirqs that hit the budget or time limit', { events: SOFTIRQ_EVENTS, counters: [`softnet_stat[${i}].time_squeeze`] })) continue;
      let min = 0;
      let max = 0;
      for (const { b, o } of outcomes.get(row.cpu) ?? []) {
        const before = cp.label === 'end' || b.exit < cp.at;
        const maybe = before || settledSoFar || b.entry <= cp.at;
        if (before) min += o.squeezeMin;
        if (maybe) max += o.squeezeMax;
      }
      const actual = softnetOf(cp.counters, row.cpu, 'time_squeeze');
      if (actual < min || actual > max) {
        return fail(
          `time_squeeze on CPU ${row.cpu} is ${actual} but the NET_RX softirqs before this checkpoint imply ${min === max ? min : `${min}..${max}`} (${profile}: ${profile === 'linux-3.13' ? 'counted before a poll when the budget or 2 jiffies are used up and the poll list is not empty' : 'counted after a poll when the budget is used up or netdev_budget_usecs has passed'})`,
          { checkpoint: cp.label, path: `softnet_stat[cpu=${row.cpu}].time_squeeze`, expected: min === max ? min : `${min}..${max}`, actual, step: cp.step },
        );
      }
    }
  }
  void endOf(obs);
  return pass;
}

export const budgetProperty: Property = {
  name: 'budget',
  title: 'net_rx_action keeps to netdev_budget per softirq and counts time_squeeze by the profile rule',
  rule: 'net/core/dev.c:net_rx_action (3.13: budget/time checked before each poll while the list is non-empty; 6.18: after each poll, net/core/dev.c:napi_poll)',
  reads: 'events',
  profiles: PROFILES,
  arbitrary: (profile, o) =>
    scenarioArbitrary(profile, {
      name: 'budget', tags: o?.tags,
      bias: { tinyBudget: 0.7, oddWeight: 0.5, multiQueue: 0.6, twoNics: 0.5, slowCosts: 0.4, rps: 0.4, sysctlSteps: 0.3, tinyBacklog: 0.2, tinyRcvbuf: 0.2, errors: 0.2 },
    }),
  ...clausal(checkBudget),
};
