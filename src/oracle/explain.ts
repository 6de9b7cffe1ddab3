// Where an expected counter value comes from: the reference model's own account of the frames
// behind it. For a counter that differs between an implementation and the model, the model is run
// again with its notes (src/model/trace.ts: each drop and squeeze decision with the numbers the
// kernel function decided on) and its kfree_skb events, and the decisions that bumped that counter
// up to the checkpoint are shown: "frame 257 at 52000 ns on CPU 0: net/ipv4/udp.c:
// __udp_enqueue_schedule_skb: not admitted: rmem 212992 + truesize 832 > rcvbuf 212992 ...".
import type { KfreeSkbEvent, Scenario } from '../generated/schema-types.ts';
import { simulateExplained, type ModelNote } from '../model/index.ts';
import { pathFilter } from './counter-paths.ts';

/** At most this many decisions are shown (the first ones, then the last). */
const SHOWN = 3;

function noteLine(n: ModelNote): string {
  const frame = n.skbaddr !== undefined ? `frame ${n.skbaddr} ` : '';
  return `${frame}at ${n.t} ns on CPU ${n.cpu}: ${n.where}: ${n.what}`;
}

function firstAndLast<T>(xs: readonly T[]): T[] {
  return xs.length <= SHOWN + 1 ? [...xs] : [...xs.slice(0, SHOWN), xs[xs.length - 1]!];
}

/** kfree_skb events grouped by where and why, "3 at net/ipv4/udp.c:__udp4_lib_rcv (NO_SOCKET)". */
function dropSummary(events: readonly KfreeSkbEvent[]): string {
  const groups = new Map<string, number>();
  for (const e of events) {
    const key = `${e.location}${e.reason ? ` (${e.reason})` : ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([k, n]) => `${n} at ${k}`).join(', ');
}

/**
 * Lines explaining the model's values at checkpoint `index` of `scenario`, for counters that
 * differ (`paths`, in order): the model's decisions that bumped the first of them the model has
 * notes for, or, when none has, the model's drops up to then (nothing when it dropped none).
 */
export function explainCounters(scenario: Scenario, index: number, paths: readonly string[]): string[] {
  let run;
  try {
    run = simulateExplained(scenario);
  } catch {
    return [];
  }
  const cp = run.obs.checkpoints[index];
  if (!cp) return [];
  const until = cp.label === 'end' ? Infinity : cp.at;
  const upToCheckpoint = run.notes.filter((n) => n.t <= until);
  for (const path of paths) {
    const notes = upToCheckpoint.filter((n) => pathFilter(n.counters)(path));
    if (notes.length === 0) continue;
    const head = `${path}: the model counts ${notes.length} decision${notes.length > 1 ? 's' : ''} by "${cp.label}":`;
    const shown = firstAndLast(notes);
    const lines = shown.map(noteLine);
    if (shown.length < notes.length) lines.splice(SHOWN, 0, `... ${notes.length - shown.length} more ...`);
    return [`${head} ${lines[0]}`, ...lines.slice(1)];
  }
  const drops = (run.obs.events ?? []).filter((e): e is KfreeSkbEvent => e.event === 'kfree_skb' && e.t <= until);
  return drops.length === 0 ? [] : [`the model's drops by "${cp.label}": ${dropSummary(drops)}`];
}
