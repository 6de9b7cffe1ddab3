// The simulator's event queue: events come out ordered by (time, class, scheduling order) whatever
// the capacity and the mix of pushes and pops; pending counts per kind; wouldPrecede answers whether
// an event scheduled now would be the next one out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLASS_ARRIVAL, CLASS_OTHER, EV_KINDS, EventQueue } from '../../src/model/event_queue.ts';

interface Ev { time: number; cls: number; kind: number; arg: number; arg2: number; seq: number }
const before = (a: Ev, b: Ev) => a.time - b.time || a.cls - b.cls || a.seq - b.seq;

describe('EventQueue', () => {
  it('an empty queue: size 0, peekTime Infinity, peekKind -1, and any event would come first', () => {
    const q = new EventQueue(1);
    expect([q.size, q.peekTime(), q.peekKind(), q.wouldPrecede(5, CLASS_OTHER)]).toEqual([0, Infinity, -1, true]);
  });

  it('pops in (time, class, scheduling order) with its fields, counts pending per kind, answers wouldPrecede like a push would, at any capacity', () => {
    const op = fc.oneof(
      { arbitrary: fc.record({ push: fc.constant(true), time: fc.integer({ min: 0, max: 6 }), cls: fc.constantFrom(CLASS_ARRIVAL, CLASS_OTHER), kind: fc.integer({ min: 0, max: EV_KINDS - 1 }), arg: fc.nat(99), arg2: fc.nat(9) }), weight: 3 },
      { arbitrary: fc.record({ push: fc.constant(false) }), weight: 2 },
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 60 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(CLASS_ARRIVAL, CLASS_OTHER), (cap, ops, wt, wc) => {
      const q = new EventQueue(cap);
      const model: Ev[] = [];
      let seq = 0;
      for (const o of ops) {
        if (o.push) {
          q.push(o.time, o.cls, o.kind, o.arg, o.arg2);
          model.push({ time: o.time, cls: o.cls, kind: o.kind, arg: o.arg, arg2: o.arg2, seq: seq++ });
        } else if (model.length > 0) {
          model.sort(before);
          const e = model.shift()!;
          q.pop();
          expect([q.topTime, q.topKind, q.topArg, q.topArg2]).toEqual([e.time, e.kind, e.arg, e.arg2]);
        }
        model.sort(before);
        expect(q.size).toBe(model.length);
        expect(q.peekTime()).toBe(model.length ? model[0].time : Infinity);
        expect(q.peekKind()).toBe(model.length ? model[0].kind : -1);
        for (let k = 0; k < EV_KINDS; k++) expect(q.pending[k]).toBe(model.filter((e) => e.kind === k).length);
        const probe: Ev = { time: wt, cls: wc, kind: 0, arg: 0, arg2: 0, seq };
        expect(q.wouldPrecede(wt, wc)).toBe(model.length === 0 || before(probe, model[0]) < 0);
      }
    }), { seed: 11, numRuns: 100 });
  });
});
