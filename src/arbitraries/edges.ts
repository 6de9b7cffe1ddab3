// Integers biased toward the edges where receive-path bugs live (a backlog of 0, 1 or 2, a budget
// of 1, a receive buffer smaller than one truesize), clipped to what the schema allows.
import fc from 'fast-check';
import type { IntRange } from './schema-ranges.ts';

/** Intersects a schema range with the range a generator wants to explore. */
export function clip(r: IntRange, want: IntRange): IntRange {
  const min = Math.max(r.min, want.min);
  const max = Math.min(r.max, want.max);
  if (min > max) throw new Error(`empty range: schema [${r.min}, ${r.max}] and wanted [${want.min}, ${want.max}]`);
  return { min, max };
}

/**
 * One of the `edges` (those inside `r`) most of the time, else any integer of `r`.
 * Shrinks toward the first edge, so list the simplest edge first.
 */
export function edgeInt(r: IntRange, edges: readonly number[], edgeWeight = 3): fc.Arbitrary<number> {
  const inside = edges.filter((e) => e >= r.min && e <= r.max);
  const any = fc.integer({ min: r.min, max: r.max });
  if (inside.length === 0) return any;
  return fc.oneof({ arbitrary: fc.constantFrom(...inside), weight: edgeWeight }, { arbitrary: any, weight: 1 });
}

/** A hex CPU mask (as sysfs prints it) over the CPUs whose bits are set in `bits`. */
export function hexMask(bits: number): string {
  return (bits >>> 0).toString(16);
}

/** A non-empty CPU mask over `cpus` CPUs. */
export function cpuMask(cpus: number): fc.Arbitrary<string> {
  const all = cpus >= 31 ? 0x7fffffff : (1 << cpus) - 1;
  return fc.integer({ min: 1, max: all }).map(hexMask);
}
