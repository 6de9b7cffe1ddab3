// The simulator's pending events: a binary min-heap over (time, class, sequence) in typed arrays.
// Class 0 (frame arrivals) sorts before class 1 (everything else) at equal times, so every event
// sees all arrivals up to its own time already in the rings; ties within a class go by sequence
// number (the order they were scheduled). Nothing is allocated per event.

export const EV_STEP = 0; // arg = workload step index
export const EV_ARRIVAL = 1; // arg = frame stream index
export const EV_IRQ = 2; // arg = RX ring (global index): the hard IRQ reaches its CPU
export const EV_COALESCE = 3; // arg = RX ring, arg2 = timer generation: rx-usecs timer expiry
export const EV_IPI = 4; // arg = target CPU: RPS IPI (rps_trigger_softirq)
export const EV_CPU = 5; // arg = CPU: the CPU continues (softirq state machine, or becomes idle)
export const EV_RELEASE = 6; // arg = socket index: release_sock at the end of lock_sock
export const EV_FRAG = 7; // IP fragment queue expiry (ip_expire)
export const EV_KINDS = 8;

export const CLASS_ARRIVAL = 0;
export const CLASS_OTHER = 1;

const CLASS_SHIFT = 2 ** 46;

export class EventQueue {
  private time: Float64Array;
  private ord: Float64Array;
  private kind: Int32Array;
  private arg: Int32Array;
  private arg2: Int32Array;
  size = 0;
  private seq = 0;
  /** Pending events per kind. */
  readonly pending = new Int32Array(EV_KINDS);
  /** Fields of the last popped event. */
  topKind = 0;
  topArg = 0;
  topArg2 = 0;
  topTime = 0;

  constructor(capacity = 64) {
    this.time = new Float64Array(capacity);
    this.ord = new Float64Array(capacity);
    this.kind = new Int32Array(capacity);
    this.arg = new Int32Array(capacity);
    this.arg2 = new Int32Array(capacity);
  }

  push(time: number, cls: number, kind: number, arg: number, arg2 = 0): void {
    if (this.size === this.time.length) this.grow();
    const ord = cls * CLASS_SHIFT + this.seq++;
    this.pending[kind]++;
    let i = this.size++;
    const t = this.time, o = this.ord;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (t[p] < time || (t[p] === time && o[p] < ord)) break;
      this.move(p, i);
      i = p;
    }
    t[i] = time; o[i] = ord; this.kind[i] = kind; this.arg[i] = arg; this.arg2[i] = arg2;
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.time[0];
  }

  /** Kind of the earliest event (-1 when empty). */
  peekKind(): number {
    return this.size === 0 ? -1 : this.kind[0];
  }

  /** True if an event scheduled now at `time` in class `cls` would sort before the current head. */
  wouldPrecede(time: number, cls: number): boolean {
    if (this.size === 0) return true;
    const t0 = this.time[0];
    if (time !== t0) return time < t0;
    return cls * CLASS_SHIFT + this.seq < this.ord[0];
  }

  /** Removes the earliest event into topTime/topKind/topArg/topArg2. */
  pop(): void {
    this.topTime = this.time[0]; this.topKind = this.kind[0]; this.topArg = this.arg[0]; this.topArg2 = this.arg2[0];
    this.pending[this.topKind]--;
    const n = --this.size;
    if (n === 0) return;
    const time = this.time[n], ord = this.ord[n], kind = this.kind[n], arg = this.arg[n], arg2 = this.arg2[n];
    const t = this.time, o = this.ord;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (t[c + 1] < t[c] || (t[c + 1] === t[c] && o[c + 1] < o[c]))) c++;
      if (time < t[c] || (time === t[c] && ord < o[c])) break;
      this.move(c, i);
      i = c;
    }
    t[i] = time; o[i] = ord; this.kind[i] = kind; this.arg[i] = arg; this.arg2[i] = arg2;
  }

  private move(from: number, to: number): void {
    this.time[to] = this.time[from]; this.ord[to] = this.ord[from]; this.kind[to] = this.kind[from];
    this.arg[to] = this.arg[from]; this.arg2[to] = this.arg2[from];
  }

  private grow(): void {
    const n = this.time.length * 2;
    const g = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as { new (n: number): T })(n);
      b.set(a);
      return b;
    };
    this.time = g(this.time); this.ord = g(this.ord); this.kind = g(this.kind); this.arg = g(this.arg); this.arg2 = g(this.arg2);
  }
}
