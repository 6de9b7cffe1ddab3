// include/linux/ptr_ring.h: the fixed-size ring of pointers a veth in NAPI mode queues skbs on
// (drivers/net/veth.c: rq->xdp_ring, VETH_RING_SIZE). A slot is free when it holds NULL; the
// consumer does not clear a slot as it takes it but a batch at a time (__ptr_ring_discard_one), so
// up to batch - 1 taken slots still look full to the producer: after 5 frames went through a fresh
// 256-slot ring, a burst finds room for 251 (recorded: golden/kernel/linux-*/veth-napi-*).

/** include/linux/cache.h SMP_CACHE_BYTES on x86_64 (CONFIG_X86_L1_CACHE_SHIFT 6). */
export const SMP_CACHE_BYTES = 64;
/** sizeof(void *) */
const POINTER_BYTES = 8;

/** An empty slot (NULL): skb indices are >= 0. */
const NULL_SLOT = -1;

export class PtrRing {
  readonly size: number;
  /** r->batch: slots the consumer clears at once */
  readonly batch: number;
  private readonly queue: Int32Array;
  private producer = 0;
  private consumerHead = 0;
  private consumerTail = 0;
  /** Entries produced and not yet consumed (the model's count, for the snapshot's internal rings). */
  len = 0;

  /** ptr_ring_init -> __ptr_ring_set_size: `batch = SMP_CACHE_BYTES * 2 / sizeof(*queue)`, 1 when above size / 2. */
  constructor(size: number) {
    this.size = size;
    const batch = (SMP_CACHE_BYTES * 2) / POINTER_BYTES;
    this.batch = batch > size / 2 || batch === 0 ? 1 : batch;
    this.queue = new Int32Array(size).fill(NULL_SLOT);
  }

  /** __ptr_ring_produce: false (-ENOSPC) when the producer's slot is not NULL. */
  produce(skb: number): boolean {
    if (this.queue[this.producer] !== NULL_SLOT) return false;
    this.queue[this.producer++] = skb;
    if (this.producer >= this.size) this.producer = 0;
    this.len++;
    return true;
  }

  /** __ptr_ring_empty: the consumer's slot is NULL. */
  empty(): boolean {
    return this.queue[this.consumerHead] === NULL_SLOT;
  }

  /** __ptr_ring_consume: the entry at consumer_head (-1 when empty), then __ptr_ring_discard_one. */
  consume(): number {
    const skb = this.queue[this.consumerHead];
    if (skb === NULL_SLOT) return NULL_SLOT;
    this.discardOne();
    this.len--;
    return skb;
  }

  /** __ptr_ring_discard_one: clear the taken slots once a batch of them (or the ring's end) is reached. */
  private discardOne(): void {
    let consumerHead = this.consumerHead;
    let head = consumerHead++;
    if (consumerHead - this.consumerTail >= this.batch || consumerHead >= this.size) {
      while (head >= this.consumerTail) this.queue[head--] = NULL_SLOT;
      this.consumerTail = consumerHead;
    }
    if (consumerHead >= this.size) {
      consumerHead = 0;
      this.consumerTail = 0;
    }
    this.consumerHead = consumerHead;
  }
}
