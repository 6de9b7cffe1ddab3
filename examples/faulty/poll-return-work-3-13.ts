// linux-3.13 igb_poll returns the work done after napi_complete (the 6.x driver's `return work_done`)
// where the 3.13 driver returns 0, so net_rx_action takes a completing NIC poll's packets off the
// budget and squeezes earlier. Kernel 3.13: drivers/net/ethernet/intel/igb/igb_main.c:igb_poll
// `napi_complete(napi); igb_ring_irq_enable(q_vector); return 0;`, net/core/dev.c:net_rx_action
// `budget -= work;` with the value poll() returned.
import { LINUX_6_18 } from '../../src/model/profile.ts';
import { faulty } from './lib.ts';

export const description =
  'linux-3.13 igb_poll returns work_done after napi_complete (3.13 igb: return 0), charging it to the budget';

export default faulty('poll-return-work-3-13', description, ['linux-3.13'], {
  driverPollReturn: LINUX_6_18.driverPollReturn,
});
