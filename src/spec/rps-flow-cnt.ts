// What a profile's net-sysfs.c:store_rps_dev_flow_table_cnt takes for /sys/class/net/DEV/queues/rx-N/rps_flow_cnt.
// Every profile rounds a count up to a power of 2 and takes 0 as "no table". 6.18 indexes the table with
// rfs_slot = hash_32(hash, log) (net/core/dev.c), and its store refuses a table of one entry, whose log would be
// 0: recorded on this host's 6.18.44, `echo 1 > rps_flow_cnt` fails with EIO and the file still reads 0
// (`echo 3` gives 4). 3.13, 6.1 and 6.12 index with `hash & mask` and take 1 as a table of one slot.
import type { ProfileName } from '../generated/schema-types.ts';

/** The smallest non-zero rps_flow_cnt the profile's kernel takes. */
export function rpsFlowCntMinimum(profile: ProfileName): number {
  return profile === 'linux-6.18' ? 2 : 1;
}

/** Why the profile's kernel refuses `count` for rps_flow_cnt, or undefined when it takes it. */
export function rpsFlowCntProblem(profile: ProfileName, count: number): string | undefined {
  const min = rpsFlowCntMinimum(profile);
  if (count === 0 || count >= min) return undefined;
  return `must be 0 or at least ${min} in ${profile}: its store_rps_dev_flow_table_cnt refuses a table of ${count} `
    + `entry (the write fails with EIO and no table is made, as recorded on 6.18.44) (got ${count})`;
}
