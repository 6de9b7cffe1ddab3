// linux-3.13 net_rx_action with a time limit of 1 jiffy. Kernel 3.13: net/core/dev.c:net_rx_action
// `unsigned long time_limit = jiffies + 2;` checked `time_after_eq(jiffies, time_limit)` before each poll.
import { faulty } from './lib.ts';

export const description = 'linux-3.13 net_rx_action stops after 1 jiffy (kernel: time_limit = jiffies + 2)';

export default faulty('time-limit-one-jiffy', description, ['linux-3.13'], {
  netRxTimeLimitJiffies: () => 1,
});
