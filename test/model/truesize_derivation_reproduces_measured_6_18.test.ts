// Cross-check of the derivation used for linux-3.13: the same __ip_append_data/__alloc_skb formula
// with 6.18's allocator reproduces every measured 6.18 value. The 6.18 constants:
// skb_small_head_cache of SKB_SMALL_HEAD_CACHE_SIZE = 576 (net/core/skbuff.c:kmalloc_reserve),
// KMALLOC_MAX_CACHE_SIZE 8192, and paged data once fraglen + alloc_extra >= SKB_MAX_ALLOC =
// (PAGE_SIZE << 2) - SKB_DATA_ALIGN(sizeof(struct skb_shared_info)) = 16384 - 320 (ip_output.c:__ip_append_data).
import { expect, test } from 'vitest';
import { deriveTruesize, MAX_UDP_PAYLOAD, readTruesizeFile, truesizeTable, type TruesizeDerivation } from '../../src/model/truesize.ts';

test('the derivation formula with 6.18 allocator constants equals the 6.18 measurement at all 65508 sizes', () => {
  const d313 = (readTruesizeFile('linux-3.13') as { derivation: TruesizeDerivation }).derivation;
  const d618: TruesizeDerivation = { ...d313, smallHeadCache: 576, pagedFrom: 16384 - 320 };
  const measured = truesizeTable('linux-6.18');
  const bad: number[] = [];
  for (let p = 0; p <= MAX_UDP_PAYLOAD; p++) if (deriveTruesize(d618, p) !== measured[p]) bad.push(p);
  expect(bad).toEqual([]);
});
