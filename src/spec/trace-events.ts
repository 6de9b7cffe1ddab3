// The trace event types (schemas/trace-event.schema.json), as a list for code that reasons about
// which events an implementation emits (Implementation.eventTypes, properties/lib/clauses.ts).
import type { TraceEvent } from '../generated/schema-types.ts';

export type TraceEventType = TraceEvent['event'];

export const TRACE_EVENT_TYPES = [
  'napi_poll', 'softirq_entry', 'softirq_exit', 'netif_rx', 'netif_receive_skb', 'kfree_skb', 'sock_rcvqueue_full',
] as const satisfies readonly TraceEventType[];

// Every type of the schema is in the list (a type added to the schema without it fails to compile).
type Missing = Exclude<TraceEventType, (typeof TRACE_EVENT_TYPES)[number]>;
const complete: Missing extends never ? true : never = true;
void complete;
