// Tracepoint-shaped events (schemas/trace-event.schema.json). Only allocated when events are on.
import type { TraceEvent } from '../generated/schema-types.ts';

export class Trace {
  readonly events: TraceEvent[] = [];
  emit(e: TraceEvent): void {
    this.events.push(e);
  }
}
