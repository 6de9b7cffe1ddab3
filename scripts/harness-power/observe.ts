// Comparing a mutant's observations with the original model's: a digest to compare many scenarios
// cheaply, and the first difference (counters before events) to show where a mutant is visible.
import { createHash } from 'node:crypto';
import type { Observations } from '../../src/generated/schema-types.ts';

export type DifferenceKind = 'counters' | 'checkpoint-time' | 'events' | 'throws' | 'hangs';

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
export function firstPath(a: unknown, b: unknown, path = ''): { path: string; expected: unknown; actual: unknown } | null {
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

/** How `actual` differs from `expected` (the original model's): counters first, then times, then events. */
export function compareObservations(expected: Observations, actual: Observations): Difference | null {
  if (expected.profile !== actual.profile) return { kind: 'counters', where: 'profile', expected: expected.profile, actual: actual.profile };
  const n = Math.max(expected.checkpoints.length, actual.checkpoints.length);
  for (let i = 0; i < n; i++) {
    const e = expected.checkpoints[i];
    const a = actual.checkpoints[i];
    if (!e || !a) return { kind: 'counters', where: `checkpoints.length`, expected: expected.checkpoints.length, actual: actual.checkpoints.length };
    const d = firstPath(e.counters, a.counters, 'counters') ?? firstPath({ label: e.label, step: e.step }, { label: a.label, step: a.step });
    if (d) return { kind: 'counters', where: `checkpoint "${e.label}": ${d.path}`, expected: d.expected, actual: d.actual };
  }
  for (let i = 0; i < n; i++) {
    const e = expected.checkpoints[i]!;
    const a = actual.checkpoints[i]!;
    if (e.at !== a.at) return { kind: 'checkpoint-time', where: `checkpoint "${e.label}": at`, expected: e.at, actual: a.at };
  }
  const d = firstPath(expected.events, actual.events, 'events');
  return d ? { kind: 'events', where: d.path, expected: d.expected, actual: d.actual } : null;
}
