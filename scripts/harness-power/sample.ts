// Which mutants a run takes: those of the chosen files (or mutants named by file:line), without
// the ignored ones unless named, then a deterministic sample: the same seed and population give
// the same mutants on every machine.
import type { ModelMutant } from './mutants.ts';

export interface Selection {
  /** Only mutants of these files (paths from the repository root). */
  files?: readonly string[];
  /** Only mutants starting at these places: `src/model/x.ts:LINE` or `src/model/x.ts:LINE:COLUMN`. */
  at?: readonly string[];
  /** How many to take; undefined or 0: all of the population. */
  sample?: number;
  seed: number;
}

/** mulberry32: a small seeded generator, enough to shuffle deterministically. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matchesAt(m: ModelMutant, at: string): boolean {
  const [file, line, column] = at.split(':');
  return m.file === file && m.line === Number(line) && (column === undefined || m.column === Number(column));
}

/** The population a selection draws from, in generation order. */
export function population(all: readonly ModelMutant[], s: Omit<Selection, 'sample' | 'seed'>): ModelMutant[] {
  if (s.at?.length) return all.filter((m) => s.at!.some((a) => matchesAt(m, a)));
  return all.filter((m) => m.ignored === undefined && (!s.files?.length || s.files.includes(m.file)));
}

/** `n` mutants drawn without replacement (a partial Fisher-Yates shuffle), in generation order. */
export function sampleOf<T>(items: readonly T[], n: number | undefined, seed: number): T[] {
  if (!n || n >= items.length) return [...items];
  const random = seededRandom(seed);
  const idx = items.map((_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, n).sort((a, b) => a - b).map((i) => items[i]!);
}

export function selectMutants(all: readonly ModelMutant[], s: Selection): ModelMutant[] {
  return sampleOf(population(all, s), s.sample, s.seed);
}
