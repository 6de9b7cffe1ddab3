// Comparing a mutant's observations with the original model's: a digest to compare many scenarios
// cheaply, and the first difference (counters before events) to show where a mutant is visible.
import { createHash } from 'node:crypto';
import type { Observations } from '../../src/generated/schema-types.ts';

/**
 * Where a mutant shows, from the most to the least visible: it throws or hangs, a counter differs,
 * only the model-only `internal` section differs, only a snapshot's time differs, only events differ.
 */
export type DifferenceKind = 'throws' | 'hangs' | 'counters' | 'internal' | 'checkpoint-time' | 'events';

const RANK: Record<DifferenceKind, number> = {
  throws: 0, hangs: 0, counters: 0, internal: 1, 'checkpoint-time': 2, events: 3,
};

/** 0 for a difference in what every implementation reports (or a crash); more for what only some do. */
export function visibilityRank(kind: DifferenceKind): number {
  return RANK[kind];
}

export interface Difference {
  kind: DifferenceKind;
  /** Where: `checkpoint "end": counters.softnet[1].dropped`, `events[12].reason`, or the error. */
  where: string;
  expected?: unknown;
  actual?: unknown;
}

export function digest(obs: Observations): string {
  return createHash('sha1').update(JSON.stringify(obs)).digest('hex');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** The first path (in a stable order) where `a` and `b` differ, or null when they are deeply equal. */
export interface PathDifference { path: string; expected: unknown; actual: unknown }

export function firstPath(a: unknown, b: unknown, path = ''): PathDifference | null {
  if (Object.is(a, b)) return null;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return { path, expected: a, actual: b };
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstPath(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return a.length === b.length ? null : { path: `${path}.length`, expected: a.length, actual: b.length };
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const k of keys) {
    const d = firstPath(a[k], b[k], path ? `${path}.${k}` : k);
    if (d) return d;
  }
  return null;
}

function publicPart(counters: object): object {
  const { internal: _internal, ...rest } = counters as Record<string, unknown>;
  return rest;
}

/** How `actual` differs from `expected` (the original model's), the most visible difference first. */
export function compareObservations(expected: Observations, actual: Observations): Difference | null {
  const top = firstPath(
    { profile: expected.profile, checkpoints: expected.checkpoints.length },
    { profile: actual.profile, checkpoints: actual.checkpoints.length },
  );
  if (top) return { kind: 'counters', where: top.path, expected: top.expected, actual: top.actual };
  const pairs = expected.checkpoints.map((e, i) => [e, actual.checkpoints[i]!] as const);
  const at = (kind: DifferenceKind, label: string, d: PathDifference): Difference =>
    ({ kind, where: `checkpoint "${label}": ${d.path}`, expected: d.expected, actual: d.actual });
  for (const [e, a] of pairs) {
    const d = firstPath(publicPart(e.counters), publicPart(a.counters), 'counters')
      ?? firstPath({ label: e.label, step: e.step }, { label: a.label, step: a.step });
    if (d) return at('counters', e.label, d);
  }
  for (const [e, a] of pairs) {
    const d = firstPath(e.counters.internal, a.counters.internal, 'counters.internal');
    if (d) return at('internal', e.label, d);
  }
  for (const [e, a] of pairs) {
    if (e.at !== a.at) return at('checkpoint-time', e.label, { path: 'at', expected: e.at, actual: a.at });
  }
  const d = firstPath(expected.events, actual.events, 'events');
  return d ? { kind: 'events', where: d.path, expected: d.expected, actual: d.actual } : null;
}
