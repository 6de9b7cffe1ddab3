// Tracepoint-shaped events (schemas/trace-event.schema.json) and the model's own notes. Only
// allocated when events are on.
import type { TraceEvent } from '../generated/schema-types.ts';

/**
 * Why the model accounted a frame as it did, at a decision the kernel makes with numbers a
 * tracepoint does not show (an admission test, a backlog limit, the squeeze rule). Model-only:
 * never part of an implementation's observations; src/oracle/explain.ts shows them beside a
 * counter that differs.
 */
export interface ModelNote {
  t: number;
  cpu: number;
  /** The frame (skbaddr) the decision was about, when there is one. */
  skbaddr?: number;
  /** file:function of the kernel code that decides. */
  where: string;
  /** The decision with its numbers, e.g. `rmem 212992 + truesize 832 > rcvbuf 212992`. */
  what: string;
  /** Counter paths (golden-trace `observed` syntax, `*` allowed) the decision bumps. */
  counters: readonly string[];
}

export class Trace {
  readonly events: TraceEvent[] = [];
  readonly notes: ModelNote[] = [];
  emit(e: TraceEvent): void {
    this.events.push(e);
  }
  note(n: ModelNote): void {
    this.notes.push(n);
  }
}
