// linux-6.18 process_backlog uses dev_weight as its weight, ignoring dev_weight_rx_bias. Kernel 6.18:
// net/core/sysctl_net_core.c:proc_do_dev_weight sets dev_rx_weight = dev_weight * dev_weight_rx_bias,
// and net/core/dev.c:process_backlog `napi->weight = READ_ONCE(net_hotdata.dev_rx_weight);`.
import { faulty } from './lib.ts';

export const description = 'linux-6.18 backlog NAPI weight ignores dev_weight_rx_bias';

export default faulty('backlog-weight-no-bias', description, ['linux-6.18'], {
  devRxWeight: (devWeight: number) => devWeight,
});
