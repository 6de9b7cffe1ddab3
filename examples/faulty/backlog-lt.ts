// enqueue_to_backlog admits while `qlen < netdev_max_backlog` instead of `<=`: the backlog holds one
// packet fewer (and none at all with netdev_max_backlog = 0). Kernel (both profiles):
// net/core/dev.c:enqueue_to_backlog `if (qlen <= netdev_max_backlog && !skb_flow_limit(skb, qlen))`
// (6.18: `if (qlen > max_backlog ...) goto cpu_backlog_drop;`), qlen tested before the insert.
import { faulty } from './lib.ts';

export const description = 'enqueue_to_backlog admits while qlen < netdev_max_backlog (kernel: <=)';

export default faulty('backlog-lt', description, ['linux-3.13', 'linux-6.18'], {
  backlogHasRoom: (qlen: number, max: number) => qlen >>> 0 < max >>> 0,
});
