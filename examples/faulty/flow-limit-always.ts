// skb_flow_limit is consulted for every enqueue, not only once the backlog is half full. Kernel
// (both profiles): net/core/dev.c:skb_flow_limit `if (qlen < (netdev_max_backlog >> 1)) return false;`
// before it touches the flow history.
import { faulty } from './lib.ts';

export const description = 'skb_flow_limit runs even when the backlog is less than half full';

export default faulty('flow-limit-always', description, ['linux-3.13', 'linux-6.18'], {
  flowLimitConsulted: () => true,
});
