// get_rps_cpu picks the RPS CPU from the LOW bits of the flow hash (`hash % map->len`) instead of the
// high ones. Kernel: net/core/dev.c:get_rps_cpu, 3.13 `map->cpus[((u64) skb->rxhash * map->len) >> 32]`,
// 6.18 `map->cpus[reciprocal_scale(hash, map->len)]` (the same value, both profiles).
import { faulty } from './lib.ts';

export const description = 'get_rps_cpu indexes rps_map with hash % len (kernel: ((u64)hash * len) >> 32)';

export default faulty('rps-cpu-modulo', description, ['linux-3.13', 'linux-6.18'], {
  rpsMapIndex: (hash: number, mapLen: number) => (hash >>> 0) % mapLen,
});
