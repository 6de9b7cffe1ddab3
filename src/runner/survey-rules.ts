// The kernel rule behind a counter that differs from the reference model, for the conformance
// survey (survey.ts): the model's own account when it has one (src/model/trace.ts notes: the kernel
// function that decided, with its numbers), else the function the spec names as the one that
// counts it (schemas/, x-rxpath `kernel`), and what Linux counts there (the spec's description).
import type { ProfileName, Scenario } from '../generated/schema-types.ts';
import { simulateExplained } from '../model/index.ts';
import { pathFilter } from '../oracle/counter-paths.ts';
import { getSpecEntry } from '../spec/registry.ts';

export interface CounterRule {
  /** `file:function` of the kernel code that decides or counts (the report groups by it). */
  where: string;
  /** Where `where` comes from: a decision the model made in this scenario, or the spec's citation. */
  source: 'model' | 'spec';
  /** What Linux counts in this counter (the spec's description), when the spec has the counter. */
  linux?: string;
  /** The model's decisions behind its value up to the checkpoint, first ones first (model only). */
  decisions?: string[];
  /** How many decisions there were in all. */
  decisionCount?: number;
}

/** The spec's name of a counter path: indexes and device names dropped (`dev.lo.rx_bytes` -> `dev.rx_bytes`). */
export function specName(path: string): string {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  if ((parts[0] === 'dev' || parts[0] === 'ethtool') && parts.length > 2) parts.splice(1, 1);
  return parts.join('.');
}

/** The kernel functions the spec cites for a counter in `profile` (its per-profile list first). */
function specCitation(path: string, profile: ProfileName): { where?: string; linux?: string } {
  const e = getSpecEntry(specName(path));
  if (!e) return {};
  const kernel = e.annotation.profiles[profile]?.kernel ?? e.annotation.kernel ?? [];
  return { ...(kernel.length ? { where: kernel.join(', ') } : {}), ...(e.description ? { linux: e.description } : {}) };
}

const SHOWN = 3;

/**
 * The rule for each of `paths` at checkpoint `index` of `scenario` (deterministic: the model is).
 * A counter the model bumped by a noted decision gets that decision's function; any other, the
 * spec's citation; one neither knows, `(not in the spec)`.
 */
export function counterRules(scenario: Scenario, index: number, paths: readonly string[]): Map<string, CounterRule> {
  const profile = scenario.config.profile;
  let run: ReturnType<typeof simulateExplained> | undefined;
  try { run = simulateExplained(scenario); } catch { run = undefined; }
  const cp = run?.obs.checkpoints[index];
  const until = !cp || cp.label === 'end' ? Infinity : cp.at;
  const notes = (run?.notes ?? []).filter((n) => n.t <= until);
  const out = new Map<string, CounterRule>();
  for (const path of paths) {
    const spec = specCitation(path, profile);
    const linux = spec.linux !== undefined ? { linux: spec.linux } : {};
    const mine = notes.filter((n) => pathFilter(n.counters)(path));
    if (mine.length > 0) {
      const decisions = mine.slice(0, SHOWN).map((n) =>
        `${n.skbaddr !== undefined ? `frame ${n.skbaddr} ` : ''}at ${n.t} ns on CPU ${n.cpu}: ${n.where}: ${n.what}`);
      out.set(path, { where: mine[0]!.where, source: 'model', ...linux, decisions, decisionCount: mine.length });
    } else {
      out.set(path, { where: spec.where ?? '(not in the spec)', source: 'spec', ...linux });
    }
  }
  return out;
}
