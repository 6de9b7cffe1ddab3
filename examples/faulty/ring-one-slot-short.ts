// The NIC RX ring holds one frame fewer than it has descriptors: a frame is missed (rx_missed_errors,
// or rx_fifo_errors with several queues) as soon as ringSize - 1 are waiting. Kernel (both
// profiles, as the model has it): drivers/net/ethernet/intel/igb/igb_main.c:igb_clean_rx_irq
// harvests what the NIC wrote into the ring's `ringSize` descriptors, and igb_update_stats counts
// a frame that found every one of them full (KernelProfile.rxRingCapacity = ringSize).
import { faulty } from './lib.ts';

export const description = 'the NIC RX ring holds ringSize - 1 frames before it drops (model and igb ring: ringSize)';

export default faulty('ring-one-slot-short', description, ['linux-3.13', 'linux-6.18'], {
  rxRingCapacity: (ringSize: number) => ringSize - 1,
});
