// Parses the text of a tracefs `trace` file into TraceEvent-shaped events (schemas/trace-event.schema.json).
// Times become ns since the first event; skb addresses (hashed %p values) become stable sequence
// numbers in order of first appearance.
import type { TraceEvent } from '../generated/schema-types.ts';

const LINE = /^\s*(.*?)-(\d+)\s+\[(\d+)\]\s+\S+\s+(\d+)\.(\d+):\s+(\w+):\s+(.*)$/;

/**
 * skipped: lines of events this parser does not read; unparsed: lines of the events it reads whose
 * text it did not understand (a format it does not know: the trace would be incomplete).
 */
export interface TraceParse { events: TraceEvent[]; skipped: number; unparsed: string[] }

/** The events parseTrace reads. */
const READ_EVENTS = new Set(['napi_poll', 'softirq_entry', 'softirq_exit', 'netif_rx', 'netif_receive_skb', 'kfree_skb', 'sock_rcvqueue_full']);

/**
 * skb:kfree_skb: 6.12+ `skbaddr=%p rx_sk=%p protocol=%u location=%pS reason: %s`; 6.1 `skbaddr=%p
 * protocol=%u location=%p reason: %s` (include/trace/events/skb.h), whose location is a hashed address. %pS of a
 * module's function names the module after it: `location=veth_xmit+0x30d/0x350 [veth]`.
 */
const KFREE_SKB = /skbaddr=(\S+)(?: rx_sk=\S+)? protocol=(\d+) location=(\S+)(?: \[[\w-]+\])? reason: (\S+)/;

/** A location printed as a symbol (`udp_queue_rcv_one_skb+0x1f/0x60`), or '(pointer)' for a hashed %p. */
function kfreeLocation(printed: string): string {
  if (/^(0x)?[0-9a-f]+$/.test(printed)) return '(pointer)';
  return printed.replace(/\+0x[0-9a-f]+\/0x[0-9a-f]+$/, '');
}

/** `backlogDev`: the dev_name napi:napi_poll prints for process_backlog (no device). */
export function parseTrace(text: string, opts: { backlogDev?: string } = {}): TraceParse {
  const events: TraceEvent[] = [];
  const skb = new Map<string, number>();
  const skbId = (a: string): number => { let v = skb.get(a); if (v === undefined) { v = skb.size; skb.set(a, v); } return v; };
  let t0: bigint | null = null;
  let skipped = 0;
  const unparsed: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const m = LINE.exec(line);
    if (!m) { skipped++; continue; }
    const cpu = Number(m[3]);
    const ns = BigInt(m[4]) * 1_000_000_000n + BigInt(m[5].padEnd(9, '0').slice(0, 9));
    if (t0 === null) t0 = ns;
    const t = Number(ns - t0);
    const name = m[6];
    const body = m[7];
    let f: RegExpExecArray | null;
    if (name === 'napi_poll' && (f = /for device (\S+) work (-?\d+) budget (-?\d+)/.exec(body))) {
      const dev = f[1];
      const backlog = dev === (opts.backlogDev ?? '(no_device)');
      events.push({ t, cpu, event: 'napi_poll', napi: backlog ? `backlog:${cpu}` : `${dev}:rx-0`, dev_name: backlog ? 'backlog' : dev, work: Number(f[2]), budget: Number(f[3]) });
    } else if ((name === 'softirq_entry' || name === 'softirq_exit') && (f = /vec=(\d+)/.exec(body))) {
      if (Number(f[1]) === 3) events.push({ t, cpu, event: name, vec: 3 });
    } else if ((name === 'netif_rx' || name === 'netif_receive_skb') && (f = /dev=(\S+) skbaddr=(\S+) len=(\d+)/.exec(body))) {
      events.push({ t, cpu, event: name, skbaddr: skbId(f[2]), len: Number(f[3]), name: f[1] });
    } else if (name === 'kfree_skb' && (f = KFREE_SKB.exec(body))) {
      events.push({ t, cpu, event: 'kfree_skb', skbaddr: skbId(f[1]), protocol: Number(f[2]), location: kfreeLocation(f[3]), reason: f[4] });
    } else if (name === 'sock_rcvqueue_full' && (f = /rmem_alloc=(-?\d+) truesize=(\d+) sk_rcvbuf=(-?\d+)/.exec(body))) {
      events.push({ t, cpu, event: 'sock_rcvqueue_full', rmem_alloc: Number(f[1]), truesize: Number(f[2]), sk_rcvbuf: Number(f[3]) });
    } else if (READ_EVENTS.has(name)) {
      unparsed.push(line);
    } else {
      skipped++;
    }
  }
  return { events, skipped, unparsed };
}

/**
 * The events without their times and skb addresses: what must repeat exactly between two runs. An
 * skbaddr is numbered by first appearance, and whether a freed skb's address comes back for the next one
 * is the slab allocator's choice (a reassembled datagram holding its fragments makes it vary run to run).
 */
export function eventShape(events: readonly TraceEvent[]): string {
  return JSON.stringify(events.map((e) => {
    const { t, ...rest } = e;
    void t;
    if ('skbaddr' in rest) delete (rest as { skbaddr?: number }).skbaddr;
    return rest;
  }));
}
