// linux-6.18 net_rx_action with the 3.13 squeeze rule: the budget and time are checked before the
// next poll, so nothing is counted when the last poll used the budget up and no NAPI is left.
// Kernel 6.18: net/core/dev.c:net_rx_action checks after each napi_poll, `if (unlikely(budget <= 0 ||
// time_after_eq(jiffies, time_limit))) { sd->time_squeeze++; break; }`, whether or not work remains.
import { LINUX_3_13 } from '../../src/model/profile.ts';
import { faulty } from './lib.ts';

export const description =
  'linux-6.18 net_rx_action counts time_squeeze only with NAPIs left (the 3.13 check before the poll)';

export default faulty('squeeze-before-poll-6-18', description, ['linux-6.18'], {
  netRxSqueeze: LINUX_3_13.netRxSqueeze,
});
