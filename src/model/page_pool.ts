// A page pool's fragment allocator (net/core/page_pool.c, include/net/page_pool/helpers.h), as far as the truesize of
// what it hands out goes: a veth queue's pool (veth_create_page_pool: order 0) gives skb_pp_cow_data the memory of
// the copy an XDP program runs on (src/model/veth.ts).

/** include/linux/mm.h PAGE_SIZE (x86-64): an order-0 pool's pages. */
export const PAGE_SIZE = 4096;

/** struct page_pool's fragment state. The pool is made with its queue's NAPI, so it starts without a page. */
export class PagePool {
  /** pool->frag_offset in the current fragment page, -1 before it has one */
  private fragOffset = -1;

  /**
   * page_pool_alloc_netmem for `size` bytes: the size it hands out (the truesize the fragment is charged). More than
   * half a page takes a page of its own and leaves the fragment state alone; otherwise page_pool_alloc_frag_netmem
   * cuts it from the current page at frag_offset (a fresh page, offset 0, when it does not fit), and a fragment after
   * which no other of its size fits gets the rest of the page ("to avoid truesize underestimate").
   * dma_get_cache_alignment() is 1 on x86-64, so sizes are not rounded.
   */
  allocSize(size: number): number {
    if (size * 2 > PAGE_SIZE) return PAGE_SIZE;
    let offset = this.fragOffset;
    if (offset < 0 || offset + size > PAGE_SIZE) {
      offset = 0; // frag_reset: a new page, or the drained one
      this.fragOffset = size;
    } else {
      this.fragOffset = offset + size;
    }
    if (this.fragOffset + size > PAGE_SIZE) {
      this.fragOffset = PAGE_SIZE;
      return PAGE_SIZE - offset;
    }
    return size;
  }
}
