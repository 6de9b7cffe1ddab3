// SkbQueue (struct sk_buff_head as a growable ring): FIFO order across growth and wrap-around,
// skb_queue_splice_tail_init, and the empty-queue answers of __skb_dequeue and skb_peek.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SkbQueue } from '../../src/model/queue.ts';

describe('SkbQueue', () => {
  it('__skb_dequeue and skb_peek give -1 (NULL) on an empty queue', () => {
    const q = new SkbQueue(1);
    expect([q.shift(), q.peek(), q.length]).toEqual([-1, -1, 0]);
    q.push(7);
    expect([q.peek(), q.shift(), q.shift(), q.peek()]).toEqual([7, 7, -1, -1]);
  });

  it('behaves as a FIFO array under any mix of push, shift and splice, whatever the initial capacity', () => {
    const op = fc.oneof(
      fc.record({ op: fc.constant('push' as const), v: fc.nat(1000) }),
      fc.record({ op: fc.constant('shift' as const) }),
      fc.record({ op: fc.constant('splice' as const), n: fc.nat(9) }),
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.array(op, { maxLength: 80 }), (cap, ops) => {
      const q = new SkbQueue(cap);
      const model: number[] = [];
      for (const o of ops) {
        if (o.op === 'push') { q.push(o.v); model.push(o.v); }
        else if (o.op === 'shift') expect(q.shift()).toBe(model.length ? model.shift() : -1);
        else {
          const other = new SkbQueue(cap);
          const extra = Array.from({ length: o.n }, (_, i) => 2000 + i);
          other.push(1); other.push(2); other.shift(); other.shift(); // its head has moved
          for (const v of extra) other.push(v);
          other.spliceInto(q); // the other queue's skbs go to q's tail
          model.push(...extra);
          expect(other.length).toBe(0);
          expect(other.shift()).toBe(-1);
        }
        expect(q.length).toBe(model.length);
        expect(q.peek()).toBe(model.length ? model[0] : -1);
        for (let i = 0; i < model.length; i++) expect(q.at(i)).toBe(model[i]);
      }
    }), { seed: 7, numRuns: 200 });
  });
});
