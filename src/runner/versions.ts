// Version differences made visible (`rxpath versions`): for each pair of neighbouring kernel profiles,
// the rules of src/model/profile.ts that differ, and for each rule a scenario that shows it: a
// scenario recorded on both real kernels whose counters differ between them, where replacing that one
// rule of the older profile by the newer one's changes the model's answer, and each kernel agrees
// with its own profile. Between two recorded kernels, a rule no recording shows is shown on the model's
// own golden scenarios (marked "model only"); a rule of drop reasons alone, by traces recorded with
// skb:kfree_skb events on both kernels. Also the defaults and the truesize tables that differ.
// Deterministic: no clock.
import type { GoldenTrace, Observations, ProfileName, Scenario } from '../generated/schema-types.ts';
import { simulate } from '../model/index.ts';
import { kernelProfile, type KernelProfile } from '../model/profile.ts';
import type { UdpProfile } from '../model/profile-udp.ts';
import { truesizeTable } from '../model/truesize.ts';
import { readPath } from '../oracle/counter-paths.ts';
import { observedMismatches, type Mismatch } from '../oracle/observed-mismatches.ts';
import { allSpecEntries, PROFILES } from '../spec/index.ts';
import type { LoadedTrace } from './golden/corpus.ts';

/** One rule (a key of KernelProfile, or `udp.KEY` of its UdpProfile) that differs between two profiles. */
export interface RuleDifference {
  rule: string;
  /** Scenarios where this rule alone changes the older profile's answer. */
  shownBy: RuleShowing[];
}

export interface RuleShowing {
  scenario: string;
  /** 'kernels': recorded on both kernels, whose counters differ as the rule says; 'model': the model's golden scenario only. */
  evidence: 'kernels' | 'model';
  checkpoint: string;
  path: string;
  /** The older profile's answer, and with this one rule of the newer profile. */
  olderModel: unknown;
  withRule: unknown;
  /** What each kernel recorded ('kernels' evidence). */
  olderKernel?: unknown;
  newerKernel?: unknown;
}

export interface PairReport {
  older: ProfileName;
  newer: ProfileName;
  rules: RuleDifference[];
  defaults: { name: string; older: unknown; newer: unknown }[];
  /** Payload ranges whose truesize differs: [first, last, older, newer], the sizes at the first payload. */
  truesize: [number, number, number, number][];
  /** Scenarios recorded on both kernels, and how many of them the kernels count differently. */
  recordedOnBoth: number;
  kernelsDiffer: number;
  /** Of those, how many no single rule (or coupled group) changes: the truesize tables and defaults differ there. */
  unexplained: number;
}

export interface OwnProfileAgreement { profile: ProfileName; traces: number; matched: number; unmatched: string[] }

export interface VersionsReport { agreement: OwnProfileAgreement[]; pairs: PairReport[] }

type RuleOverride = Partial<KernelProfile>;

/**
 * Rules that stand for one change of the kernel and only make sense swapped together: the 6.3 split of
 * IPSTATS_MIB_OUTPKTS (__ip_local_out counts OutRequests, ip_output OutTransmits, ip_forward no OutOctets), and where a forward
 * allocation failure is dropped and what it counts (6.18's producer queue).
 */
const COUPLED: readonly (readonly string[])[] = [
  ['udp.ipForward', 'udp.ipLocalOut', 'udp.ipOutput'],
  ['udp.chargeMemSchedule', 'udp.memScheduleDropInEnqueue'],
];

/** The rules that differ: compared by identity (profiles share the functions they agree on); coupled ones as one. */
export function differingRules(a: KernelProfile, b: KernelProfile): { rule: string; override: RuleOverride }[] {
  const single: { rule: string; top?: keyof KernelProfile; udp?: keyof UdpProfile }[] = [];
  for (const k of Object.keys(a) as (keyof KernelProfile)[]) {
    if (k !== 'name' && k !== 'udp' && a[k] !== b[k]) single.push({ rule: k, top: k });
  }
  for (const k of Object.keys(a.udp) as (keyof UdpProfile)[]) {
    if (k !== 'name' && a.udp[k] !== b.udp[k]) single.push({ rule: `udp.${k}`, udp: k });
  }
  const groups: (typeof single)[] = [];
  for (const r of single) {
    const g = COUPLED.find((c) => c.includes(r.rule));
    const open = g ? groups.find((x) => g.includes(x[0]!.rule)) : undefined;
    if (open) open.push(r); else groups.push([r]);
  }
  return groups.map((g) => {
    const override: Record<string, unknown> = {};
    let udp: UdpProfile | undefined;
    for (const r of g) {
      if (r.top) override[r.top] = b[r.top];
      if (r.udp) udp = { ...(udp ?? a.udp), [r.udp]: b.udp[r.udp] };
    }
    if (udp) override.udp = udp;
    return { rule: g.map((r) => r.rule).sort().join(' + '), override: override as RuleOverride };
  }).sort((x, y) => x.rule.localeCompare(y.rule));
}

function run(scenario: Scenario, profile: ProfileName, rules?: RuleOverride, events = false): Observations | null {
  try {
    return simulate(scenario, { profile, events, ...(rules ? { rules } : {}) });
  } catch {
    return null; // a rule of another profile may refuse this profile's path (3.13's sock_queue_rcv_skb rules on 6.x)
  }
}

/** The drop reasons of the kfree_skb events, one per drop, sorted. */
function dropReasons(obs: Observations | null | undefined): string[] {
  return (obs?.events ?? []).flatMap((e) => (e.event === 'kfree_skb' && e.reason !== undefined ? [e.reason] : [])).sort();
}

/** Whether every reason of `part` is in `whole` as often (a recording also holds the peer namespace's drops). */
function within(part: readonly string[], whole: readonly string[]): boolean {
  const left = [...whole];
  return part.every((r) => {
    const i = left.indexOf(r);
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  });
}

/**
 * A rule seen only in the drop reasons (skb:kfree_skb): a trace recorded with events on both kernels whose
 * reasons the older profile, and the older profile with this rule, each find in the matching recording.
 */
function reasonShowing(ta: GoldenTrace, tb: GoldenTrace, older: ProfileName, override: RuleOverride): RuleShowing | undefined {
  if (!ta.observations.events || !tb.observations.events) return undefined;
  const base = dropReasons(run(ta.scenario, older, undefined, true));
  const swapped = dropReasons(run(ta.scenario, older, override, true));
  const olderKernel = dropReasons(ta.observations);
  const newerKernel = dropReasons(tb.observations);
  if (base.join() === swapped.join() || !within(base, olderKernel) || !within(swapped, newerKernel)) return undefined;
  const distinct = (r: readonly string[]): string[] => [...new Set(r)];
  return {
    scenario: ta.scenario.name, evidence: 'kernels', checkpoint: 'events', path: 'kfree_skb reason',
    olderModel: distinct(base), withRule: distinct(swapped), olderKernel: distinct(olderKernel), newerKernel: distinct(newerKernel),
  };
}

function firstChange(observed: GoldenTrace['observed'], base: Observations, changed: Observations): Mismatch | undefined {
  return observedMismatches({ observations: base, observed }, changed)[0];
}

/** Paths the model produces, for a model golden trace that has no `observed` list of its own. */
function allPaths(obs: Observations): string[] {
  const out: string[] = [];
  const walk = (o: unknown, path: string): void => {
    if (typeof o === 'number') { out.push(path); return; }
    if (Array.isArray(o)) { o.forEach((v, i) => walk(v, `${path}[${i}]`)); return; }
    if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(obs.checkpoints.at(-1)?.counters, '');
  return out;
}

function defaultsDiffer(older: ProfileName, newer: ProfileName): PairReport['defaults'] {
  const out: PairReport['defaults'] = [];
  for (const e of allSpecEntries()) {
    if (e.annotation.kind !== 'sysctl') continue;
    const a = e.annotation.profiles[older];
    const b = e.annotation.profiles[newer];
    if (!a || !b) {
      if (a || b) out.push({ name: e.name, older: a ? a.default : '(absent)', newer: b ? b.default : '(absent)' });
      continue;
    }
    if (JSON.stringify(a.default) !== JSON.stringify(b.default)) out.push({ name: e.name, older: a.default, newer: b.default });
  }
  return out;
}

function truesizeDiffer(older: ProfileName, newer: ProfileName): PairReport['truesize'] {
  const a = truesizeTable(older);
  const b = truesizeTable(newer);
  const out: PairReport['truesize'] = [];
  for (let p = 0; p < a.length; p++) {
    if (a[p] === b[p]) continue;
    const last = out.at(-1);
    if (last && last[1] === p - 1) { last[1] = p; continue; }
    out.push([p, p, a[p]!, b[p]!]);
  }
  return out;
}

/** How each kernel's recordings compare with its own profile. */
function ownAgreement(profile: ProfileName, traces: readonly LoadedTrace[]): OwnProfileAgreement {
  const unmatched: string[] = [];
  for (const t of traces) {
    const obs = run(t.trace.scenario, profile);
    if (!obs || observedMismatches(t.trace, obs).length > 0) unmatched.push(t.id);
  }
  return { profile, traces: traces.length, matched: traces.length - unmatched.length, unmatched };
}

export interface VersionsCorpus {
  kernel: Map<ProfileName, LoadedTrace[]>;
  model: Map<ProfileName, LoadedTrace[]>;
}

/** The golden corpus split by source and profile (ids kernel/linux-X/NAME, model/linux-X/NAME). */
export function versionsCorpus(traces: readonly LoadedTrace[]): VersionsCorpus {
  const out: VersionsCorpus = { kernel: new Map(), model: new Map() };
  for (const t of traces) {
    const m = /^(kernel|model)\/(linux-[\d.]+)\//.exec(t.id);
    if (!m || !(PROFILES as readonly string[]).includes(m[2]!)) continue;
    const to = out[m[1] as 'kernel' | 'model'];
    const p = m[2] as ProfileName;
    to.set(p, [...(to.get(p) ?? []), t]);
  }
  return out;
}

/** The command that writes docs/versions.md; the page names it. */
export const VERSIONS_PAGE_COMMAND = 'rxpath versions --out docs/versions.md';

/**
 * The report over `kernelTraces` (golden/kernel/linux-X/, by profile) and `modelTraces` (golden/model/,
 * for rules no recording shows). At most `examples` scenarios per rule.
 */
export function versionsReport(
  kernelTraces: ReadonlyMap<ProfileName, readonly LoadedTrace[]>, modelTraces: ReadonlyMap<ProfileName, readonly LoadedTrace[]>,
  examples = 2,
): VersionsReport {
  const agreement = PROFILES.filter((p) => (kernelTraces.get(p) ?? []).length > 0)
    .map((p) => ownAgreement(p, kernelTraces.get(p)!));
  const pairs: PairReport[] = [];
  for (let i = 0; i + 1 < PROFILES.length; i++) {
    const older = PROFILES[i]!;
    const newer = PROFILES[i + 1]!;
    const a = kernelProfile(older);
    const b = kernelProfile(newer);
    const byName = new Map((kernelTraces.get(newer) ?? []).map((t) => [t.trace.scenario.name, t.trace]));
    const both = (kernelTraces.get(older) ?? []).flatMap((t) => {
      const n = byName.get(t.trace.scenario.name);
      return n ? [{ a: t.trace, b: n }] : [];
    });
    const differ = both.filter(({ a: ta, b: tb }) => observedMismatches(ta, tb.observations).length > 0);
    const explained = new Set<string>();
    const rules: RuleDifference[] = [];
    for (const { rule, override } of differingRules(a, b)) {
      const shownBy: RuleShowing[] = [];
      for (const { a: ta, b: tb } of differ) {
        const base = run(ta.scenario, older);
        const swapped = run(ta.scenario, older, override);
        if (!base || !swapped) continue;
        const m = firstChange(ta.observed, base, swapped);
        if (!m) continue;
        explained.add(ta.scenario.name);
        const recorded = (t: GoldenTrace): unknown => {
          const cp = t.observations.checkpoints.find((c) => c.label === m.checkpoint);
          return cp ? readPath(cp.counters, m.path) : undefined;
        };
        if (shownBy.length >= examples) continue;
        shownBy.push({
          scenario: ta.scenario.name, evidence: 'kernels', checkpoint: m.checkpoint, path: m.path, olderModel: m.kernel,
          withRule: m.model, olderKernel: recorded(ta), newerKernel: recorded(tb),
        });
      }
      // A rule of drop reasons only: recordings with events on both kernels
      for (const { a: ta, b: tb } of shownBy.length === 0 ? both : []) {
        const r = reasonShowing(ta, tb, older, override);
        if (r) shownBy.push(r);
        if (shownBy.length >= examples) break;
      }
      // Without a recording that shows it, a model golden scenario of the older profile may: only between
      // two recorded kernels (a rule swapped between structurally different profiles, 3.13 and 6.x, is no kernel)
      if (shownBy.length === 0 && both.length > 0) {
        for (const t of modelTraces.get(older) ?? []) {
          const base = run(t.trace.scenario, older);
          const swapped = run(t.trace.scenario, older, override);
          if (!base || !swapped) continue;
          const m = firstChange(allPaths(base), base, swapped);
          if (!m) continue;
          shownBy.push({
            scenario: t.trace.scenario.name, evidence: 'model', checkpoint: m.checkpoint, path: m.path,
            olderModel: m.kernel, withRule: m.model,
          });
          break;
        }
      }
      rules.push({ rule, shownBy });
    }
    pairs.push({
      older, newer, rules, defaults: defaultsDiffer(older, newer), truesize: truesizeDiffer(older, newer),
      recordedOnBoth: both.length, kernelsDiffer: differ.length, unexplained: differ.length - explained.size,
    });
  }
  return { agreement, pairs };
}
