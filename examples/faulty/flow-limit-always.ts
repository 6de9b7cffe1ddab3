// skb_flow_limit is consulted for every enqueue, not only once the backlog is half full
// (`qlen < netdev_max_backlog >> 1` returns early in the kernel).
import { faulty } from './lib.ts';

export const description = 'skb_flow_limit runs even when the backlog is less than half full';

export default faulty('flow-limit-always', description, ['linux-3.13', 'linux-6.18'], {
  flowLimitConsulted: () => true,
});
