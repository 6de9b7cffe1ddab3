// "Did you mean": the names closest to a misspelt one, by Levenshtein distance (leven).
import leven from 'leven';

/** Up to `max` of `candidates` close enough to `name` to be what was meant, closest first. */
export function closestNames(name: string, candidates: readonly string[], max = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  return [...new Set(candidates)]
    .map((c) => ({ c, d: leven(name.toLowerCase(), c.toLowerCase()) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, max)
    .map(({ c }) => c);
}

/** ` (did you mean "a" or "b"?)`, or '' when nothing is close. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const near = closestNames(name, candidates).map((n) => `"${n}"`);
  if (near.length === 0) return '';
  return ` (did you mean ${near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near[near.length - 1]}`}?)`;
}
