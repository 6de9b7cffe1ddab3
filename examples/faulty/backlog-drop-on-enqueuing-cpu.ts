// A backlog drop is counted in softnet_stat `dropped` of the ENQUEUING CPU (where netif_rx or the
// RPS decision ran) instead of the target CPU whose backlog was full. Kernel (both profiles):
// net/core/dev.c:enqueue_to_backlog takes `sd = &per_cpu(softnet_data, cpu)` for the target, then
// 3.13 `sd->dropped++`, 6.18 `numa_drop_add(&sd->drop_counters, 1)`: column 2 of the TARGET's row.
import { faulty } from './lib.ts';

export const description = 'enqueue_to_backlog counts a drop on the enqueuing CPU (kernel: the target CPU)';

export default faulty('backlog-drop-on-enqueuing-cpu', description, ['linux-3.13', 'linux-6.18'], {
  backlogDropCpu: (_targetCpu: number, localCpu: number) => localCpu,
});
