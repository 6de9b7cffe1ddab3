// --shard I/N: splits the checks of a run deterministically into N disjoint parts whose union is
// all of them, the way vitest's --shard does (sort by a hash of the id, then cut into
// ceil(total / N) sized slices); each part keeps the run's order.
import { createHash } from 'node:crypto';
import { RxpathInputError } from '../spec/errors.ts';

export interface Shard { index: number; count: number }

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const bad = (): never => { throw new RxpathInputError([{ file: '--shard', pointer: '', message: `expected I/N with 1 <= I <= N (got "${text}")` }]); };
  if (!m) return bad();
  const index = Number(m[1]); const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return bad();
  return { index, count };
}

function hash(id: string): string {
  return createHash('sha1').update(id).digest('hex');
}

export function selectShard<T>(items: readonly T[], idOf: (t: T) => string, shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  const sorted = items.map((t, i) => ({ i, h: hash(idOf(t)) })).sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : a.i - b.i));
  const size = Math.ceil(items.length / shard.count);
  const chosen = new Set(sorted.slice(size * (shard.index - 1), size * shard.index).map((x) => x.i));
  return items.filter((_, i) => chosen.has(i));
}
