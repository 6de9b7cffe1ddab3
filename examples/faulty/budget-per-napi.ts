// net_rx_action with the budget checked per NAPI instead of per softirq: every poll starts from a
// fresh netdev_budget (the work a poll does is never taken off the softirq's budget), so a
// softirq runs on until its time limit or until no NAPI is left (kernel: `budget -= work`).
import { faulty } from './lib.ts';

export const description = 'net_rx_action checks netdev_budget per NAPI, each poll starting from a fresh budget (kernel: budget -= work per softirq)';

export default faulty('budget-per-napi', description, ['linux-3.13', 'linux-6.18'], {
  netRxBudgetLeft: (budget: number) => budget,
});
