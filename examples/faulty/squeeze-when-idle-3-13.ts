// linux-3.13 net_rx_action counting time_squeeze when the budget or the time is used up although
// no NAPI is left on the poll list. Kernel 3.13: net/core/dev.c:net_rx_action makes the check inside
// `while (!list_empty(&sd->poll_list))`, before each poll, so 3.13 counts a squeeze only when work
// remains; it is 6.x that counts after the last poll.
import { faulty } from './lib.ts';

export const description =
  'linux-3.13 net_rx_action counts time_squeeze with the poll list empty (kernel: only with NAPIs left)';

export default faulty('squeeze-when-idle-3-13', description, ['linux-3.13'], {
  netRxSqueeze: (_pollListEmpty: boolean, budgetLeft: number, timeUp: boolean) => budgetLeft <= 0 || timeUp,
});
