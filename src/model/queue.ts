// A FIFO of skb indices (struct sk_buff_head), as a growable ring of Int32.
export class SkbQueue {
  private buf: Int32Array;
  private head = 0;
  private tail = 0;
  /** skb_queue_len */
  length = 0;

  constructor(initialCapacity = 64) {
    let c = 1;
    while (c < initialCapacity) c <<= 1;
    this.buf = new Int32Array(c);
  }

  /** __skb_queue_tail */
  push(skb: number): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[this.tail] = skb;
    this.tail = (this.tail + 1) & (this.buf.length - 1);
    this.length++;
  }

  /** __skb_dequeue; -1 when empty. */
  shift(): number {
    if (this.length === 0) return -1;
    const v = this.buf[this.head];
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return v;
  }

  /** skb_peek; -1 when empty. */
  peek(): number {
    return this.length === 0 ? -1 : this.buf[this.head];
  }

  /** skb_queue_splice_tail_init(this, into) */
  spliceInto(into: SkbQueue): void {
    const n = this.length;
    // Stryker disable next-line ConditionalExpression: equivalent: splicing nothing only resets this empty queue's head and tail
    if (n === 0) return;
    // Stryker disable next-line EqualityOperator: equivalent: `>=` grows one step early, which changes no order
    while (into.length + n > into.buf.length) into.grow();
    const src = this.buf, dst = into.buf;
    const sm = src.length - 1, dm = dst.length - 1;
    let h = this.head, t = into.tail;
    for (let i = 0; i < n; i++) {
      dst[t] = src[h];
      h = (h + 1) & sm;
      t = (t + 1) & dm;
    }
    into.tail = t;
    into.length += n;
    this.head = this.tail = 0;
    this.length = 0;
  }

  at(i: number): number {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }

  private grow(): void {
    const n = new Int32Array(this.buf.length * 2);
    for (let i = 0; i < this.length; i++) n[i] = this.buf[(this.head + i) & (this.buf.length - 1)];
    this.buf = n;
    this.head = 0;
    this.tail = this.length;
  }
}
