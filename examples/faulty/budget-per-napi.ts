// net_rx_action with the budget checked per NAPI instead of per softirq: every poll starts from a
// fresh netdev_budget (the work a poll does is never taken off the softirq's budget), so a softirq
// runs on until its time limit or until no NAPI is left. Kernel (both profiles):
// net/core/dev.c:net_rx_action `budget -= work;` (3.13) / `budget -= napi_poll(n, &repoll);` (6.18),
// one budget per call.
import { faulty } from './lib.ts';

export const description =
  'net_rx_action gives each NAPI poll a fresh netdev_budget (kernel: budget -= work, one budget per softirq)';

export default faulty('budget-per-napi', description, ['linux-3.13', 'linux-6.18'], {
  netRxBudgetLeft: (budget: number) => budget,
});
