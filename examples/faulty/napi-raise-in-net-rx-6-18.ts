// linux-6.18 ____napi_schedule raises NET_RX_SOFTIRQ even while the CPU is inside net_rx_action
// (the 3.13 rule), so a NAPI scheduled by the running softirq (an RPS enqueue to the local backlog)
// makes __do_softirq restart once more: /proc/softirqs NET_RX counts one pass too many. Kernel 6.18:
// net/core/dev.c:____napi_schedule `if (!sd->in_net_rx_action) raise_softirq_irqoff(NET_RX_SOFTIRQ)`
// (and napi_schedule_rps likewise): net_rx_action's `goto start` picks the NAPI up in the same call.
import { faulty } from './lib.ts';

export const description =
  'linux-6.18 ____napi_schedule raises NET_RX inside net_rx_action (6.18 checks sd->in_net_rx_action)';

export default faulty('napi-raise-in-net-rx-6-18', description, ['linux-6.18'], {
  raiseSoftirqInsideNetRxAction: true,
});
