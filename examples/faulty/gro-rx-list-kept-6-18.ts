// linux-6.18 napi_complete_done flushes the held GRO skbs but not the GRO_NORMAL rx_list: skbs fewer
// than gro_normal_batch wait there until the NAPI's next poll (for good at the end of a burst).
// Kernel 6.18: net/core/dev.c:napi_complete_done -> gro_flush_normal(&n->gro, ...) =
// __gro_flush + gro_normal_list (net/core/gro.c), which passes rx_list up before the NAPI completes.
import { faulty } from './lib.ts';

export const description =
  'linux-6.18 napi_complete_done leaves the GRO_NORMAL rx_list unflushed (kernel: gro_flush_normal)';

export default faulty('gro-rx-list-kept-6-18', description, ['linux-6.18'], {
  napiCompleteFlushesRxList: false,
});
