// A frame that finds the RX ring of a single-queue NIC full is counted in rx_fifo_errors. Kernel
// (both profiles): igb_main.c:igb_setup_srrctl sets SRRCTL.DROP_EN only with several queues; with
// one the frame waits in the packet buffer and is missed (MPC), which igb_update_stats adds to
// rx_missed_errors; only the per-queue drop (RQDPC) goes to rx_fifo_errors.
import { faulty } from './lib.ts';

export const description =
  'a full RX ring of a single-queue NIC counts rx_fifo_errors (igb: rx_missed_errors without DROP_EN)';

export default faulty('ring-fifo-single-queue', description, ['linux-3.13', 'linux-6.18'], {
  ringFullCounter: () => 'fifo',
});
