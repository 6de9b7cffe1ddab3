// NET_RX softirq brackets: on each CPU, irq:softirq_entry (vec 3) ... irq:softirq_exit with the
// napi:napi_poll events in between (kernel/softirq.c:__do_softirq -> net/core/dev.c:net_rx_action).
import type { NapiPollEvent, TraceEvent } from '../../src/generated/schema-types.ts';

export interface Poll extends NapiPollEvent {
  /** Index in the event list. */
  i: number;
}

export interface Bracket {
  cpu: number;
  entry: number;
  exit: number;
  /** Event index of softirq_entry. */
  i: number;
  polls: Poll[];
}

export interface Brackets {
  byCpu: Map<number, Bracket[]>;
  /** Structural problems: a poll outside a softirq, an entry inside another, an exit without entry. */
  problems: { i: number; message: string }[];
}

export function brackets(events: readonly TraceEvent[]): Brackets {
  const byCpu = new Map<number, Bracket[]>();
  const open = new Map<number, Bracket>();
  const problems: { i: number; message: string }[] = [];
  events.forEach((e, i) => {
    if (e.event === 'softirq_entry') {
      if (open.has(e.cpu)) problems.push({ i, message: `softirq_entry on CPU ${e.cpu} inside another NET_RX softirq` });
      open.set(e.cpu, { cpu: e.cpu, entry: e.t, exit: e.t, i, polls: [] });
    } else if (e.event === 'softirq_exit') {
      const b = open.get(e.cpu);
      if (!b) {
        problems.push({ i, message: `softirq_exit on CPU ${e.cpu} without softirq_entry` });
        return;
      }
      b.exit = e.t;
      open.delete(e.cpu);
      let list = byCpu.get(e.cpu);
      if (!list) byCpu.set(e.cpu, (list = []));
      list.push(b);
    } else if (e.event === 'napi_poll') {
      const b = open.get(e.cpu);
      if (!b) problems.push({ i, message: `napi_poll of ${e.napi} on CPU ${e.cpu} outside a NET_RX softirq` });
      else b.polls.push({ ...e, i });
    }
  });
  for (const [cpu, b] of open) problems.push({ i: b.i, message: `NET_RX softirq on CPU ${cpu} never exits` });
  return { byCpu, problems };
}

/** jiffies at simulated time t (ns), the model's clock starting at jiffy 0. */
export function jiffiesAt(t: number, hz: number): number {
  return Math.floor((t * hz) / 1e9);
}

/** include/linux/jiffies.h:usecs_to_jiffies (rounds up). */
export function usecsToJiffies(us: number, hz: number): number {
  return Math.ceil((us * hz) / 1e6);
}

/**
 * The earliest time each napi_poll (by event index) can have started: its NET_RX call's
 * softirq_entry, or the poll before it in that call (net/core/dev.c:net_rx_action polls one NAPI
 * after another). A napi_poll event carries the time the poll returned; an implementation may
 * apply a whole poll at once (the model runs one poll per simulation event), so a snapshot taken
 * after the poll began can already show all of its work.
 */
export function pollStarts(events: readonly TraceEvent[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const list of brackets(events).byCpu.values()) {
    for (const b of list) b.polls.forEach((p, j) => out.set(p.i, j === 0 ? b.entry : b.polls[j - 1].t));
  }
  return out;
}
