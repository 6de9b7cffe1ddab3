// The clauses of a property and what each one reads. A property is a conjunction of clauses; each
// clause names what it reads: counter paths (golden-trace `observed` syntax: `snmp.Udp.InErrors`,
// `softnet_stat[1].dropped`, `udp[0].drops`, `dev.lo.rx_drop`), trace events, or the `internal`
// section. On a partially observed recording (a kernel golden trace) a clause runs only when all
// it reads was observed; on an implementation's own output everything counts as observed, so every
// clause runs exactly as before.
import { TRACE_EVENT_TYPES } from '../../src/spec/trace-events.ts';

/** What a source observed. Counter paths are in golden-trace `observed` syntax. */
export interface Observed {
  counter(path: string): boolean;
  events: boolean;
  /** With `events`: the event types observed; absent: every type. */
  eventTypes?: ReadonlySet<string>;
  internal: boolean;
  /**
   * Whether the source keeps the model's clock (timing `model`); false for an implementation
   * with timing `settled`, which is held only to what order fixes (src/oracle/clock.ts). Absent: true.
   */
  clock?: boolean;
}

/** An implementation's full output: every clause applies. */
export const EVERYTHING: Observed = { counter: () => true, events: true, internal: true };

export interface Reads {
  counters?: readonly string[];
  /** true: trace events of every type; a list: events of these types (TraceEvent `event`). */
  events?: boolean | readonly string[];
  internal?: boolean;
}

/** The events that bracket NET_RX softirqs and their polls (properties/lib/softirqs.ts:brackets). */
export const SOFTIRQ_EVENTS: readonly string[] = ['softirq_entry', 'softirq_exit', 'napi_poll'];

export interface ClauseReport {
  /** Clauses that ran at least once (at some checkpoint, CPU or socket). */
  applied: string[];
  /** Clauses that were left out at least once, with what was not observed. */
  skipped: { clause: string; missing: string[] }[];
}

export class Clauses {
  private readonly ran = new Set<string>();
  private readonly missing = new Map<string, Set<string>>();

  constructor(readonly observed: Observed = EVERYTHING) {}

  /** Whether `clause`, reading `reads`, can be evaluated; records the outcome. */
  can(clause: string, reads: Reads): boolean {
    const miss = this.unobserved(reads);
    if (miss.length === 0) {
      this.ran.add(clause);
      return true;
    }
    let m = this.missing.get(clause);
    if (!m) this.missing.set(clause, (m = new Set()));
    for (const x of miss) m.add(x);
    return false;
  }

  /**
   * A clause `sum(part) <= something` (or `>=`, with `part` on the small side) stays sound on the
   * observed subset of `part` when the counters summed are non-negative: the observed part of a
   * sum is at most the whole. Returns the observed paths of `part` (null when `reads` is not fully
   * observed or nothing of `part` is).
   */
  canOnPart(clause: string, reads: Reads, part: readonly string[]): string[] | null {
    const seen = part.filter((p) => this.observed.counter(p));
    if (seen.length === 0) {
      this.can(clause, { ...reads, counters: [...(reads.counters ?? []), ...part] });
      return null;
    }
    return this.can(clause, reads) ? seen : null;
  }

  /** Whether every path is observed (no recording). */
  all(paths: readonly string[]): boolean {
    return paths.every((p) => this.observed.counter(p));
  }

  report(): ClauseReport {
    return {
      applied: [...this.ran],
      skipped: [...this.missing].map(([clause, m]) => ({ clause, missing: [...m].sort() })),
    };
  }

  private unobserved(reads: Reads): string[] {
    const miss: string[] = [];
    if (reads.events && !this.observed.events) miss.push('events');
    else if (reads.events && this.observed.eventTypes) {
      const types = this.observed.eventTypes;
      if (reads.events === true) { if (TRACE_EVENT_TYPES.some((t) => !types.has(t))) miss.push('events of every type'); }
      else for (const t of reads.events) if (!types.has(t)) miss.push(`events:${t}`);
    }
    if (reads.internal && !this.observed.internal) miss.push('internal');
    for (const p of reads.counters ?? []) if (!this.observed.counter(p)) miss.push(p);
    return miss;
  }
}

/** Reads a counter by its observed-syntax path (`softnet_stat[1].dropped`); throws when absent. */
export function counterAt(snap: unknown, path: string): number {
  let v: unknown = snap;
  for (const tok of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (v === null || typeof v !== 'object') break;
    v = (v as Record<string, unknown>)[tok.startsWith('[') ? tok.slice(1, -1) : tok];
  }
  if (typeof v !== 'number') throw new Error(`counter ${path} is missing or not a number`);
  return v;
}

/** Sum of the counters at `paths`. */
export function sumAt(snap: unknown, paths: readonly string[]): number {
  let s = 0;
  for (const p of paths) s += counterAt(snap, p);
  return s;
}

/** Paths of one column of every softnet_stat row (`softnet_stat[i].col`, by row position). */
export function softnetPaths(snap: { softnet_stat: unknown[] }, col: string): string[] {
  return snap.softnet_stat.map((_, i) => `softnet_stat[${i}].${col}`);
}

/** Paths of one /proc/net/dev column for every device (`dev.NAME.col`). */
export function devPaths(snap: { dev: Record<string, unknown> }, col: string): string[] {
  return Object.keys(snap.dev).map((d) => `dev.${d}.${col}`);
}

/** Paths of one /proc/net/udp column for every row (`udp[i].col`, by row position). */
export function udpPaths(snap: { udp: unknown[] }, col: string): string[] {
  return snap.udp.map((_, i) => `udp[${i}].${col}`);
}
