// The reassembly queues' timers of both families, in expiry order: each queue's timer_list (inet_frag_alloc:
// timer_setup(&q->timer, f->frag_expire, 0)) runs ip_fragment.c:ip_expire or reassembly.c:ip6_frag_expire.
import type { Host } from './host.ts';
import { inet_frag_next_due, inet_frag_pending } from './inet_fragment.ts';
import { ip_expire } from './ip_fragment.ts';
import { ip6_frag_expire } from './reassembly.ts';

export { inet_frag_next_timer, inet_frag_pending } from './inet_fragment.ts';

/**
 * Fires every fragment queue timer due at host.now, earliest first. The event loop calls this when host.now reaches
 * inet_frag_next_timer(host); ip_rcv and ipv6_rcv also call it, so a timer due before a frame runs before it.
 */
export function inet_frag_run_timers(host: Host): void {
  const st = host.inet;
  if (st === undefined || !inet_frag_pending(st)) return;
  for (let q = inet_frag_next_due(host, st); q !== null; q = inet_frag_next_due(host, st)) {
    if (q.v6) ip6_frag_expire(host, st, q);
    else ip_expire(host, st, q);
  }
}
