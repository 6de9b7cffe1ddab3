// RFS never follows the socket flow table: get_rps_cpu ignores the CPU that recvmsg recorded
// (sock_rps_record_flow) and falls back to the rps_map (or to no steering at all). Kernel: net/core/
// dev.c:get_rps_cpu reads `sock_flow_table->ents[hash & mask]` (3.13: the CPU; 6.18: hash bits | CPU,
// used when the hash bits match) and steers the flow to that CPU through the rps_dev_flow table.
import { faulty } from './lib.ts';

export const description =
  'get_rps_cpu ignores rps_sock_flow_table (kernel: the flow goes to the CPU recvmsg recorded)';

export default faulty('rfs-ignores-sock-flow-table', description, ['linux-3.13', 'linux-6.18'], {
  rfsNextCpu: () => -1,
});
