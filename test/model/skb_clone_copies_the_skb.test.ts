// skb_clone (one more multicast/broadcast receiver, skb_drop.ts): the clone is the same packet, field for field,
// except skb->sk and the frag_list, which stays the original's to free.
import { expect, test } from 'vitest';
import { makeHost } from './udp-host.ts';
import { skb_clone } from '../../src/model/skb_drop.ts';
import { SKB_HAS_FRAG_LIST } from '../../src/model/skb.ts';

test('a clone carries the original\'s device, queue, length, truesize, hash, flow, flags, arrival and padding', () => {
  const h = makeHost({ profile: 'linux-6.18' });
  const p = h.skbs;
  const stale = p.alloc(); // a slot that was used before: a clone must not keep its values
  p.dev[stale] = 9; p.queue[stale] = 9;
  p.free(stale);
  const skb = p.alloc();
  p.id[skb] = 41; p.len[skb] = 128; p.payload[skb] = 100; p.truesize[skb] = 1280; p.hash[skb] = 77; p.flow[skb] = 3;
  p.flags[skb] = 5 | SKB_HAS_FRAG_LIST; p.dev[skb] = 2; p.queue[skb] = 1; p.sk[skb] = 4; p.arrival[skb] = 1000; p.pad[skb] = 6;
  const n = skb_clone(h, skb);
  expect(n).not.toBe(skb);
  const fields = (i: number) => [p.id[i], p.len[i], p.payload[i], p.truesize[i], p.hash[i], p.flow[i], p.dev[i], p.queue[i], p.arrival[i], p.pad[i]];
  expect(fields(n)).toEqual(fields(skb));
  expect([p.flags[n], p.sk[n]]).toEqual([5, -1]);
});
