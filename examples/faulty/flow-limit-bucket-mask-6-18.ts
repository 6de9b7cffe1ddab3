// linux-6.18 skb_flow_limit with the 3.13 bucket (`hash & (num_buckets - 1)`, the low bits of the
// hash) where 6.x hashes again: flows that share a bucket in one kernel do not in the other, so a
// heavy flow's history lands on different flows. Kernel 6.18: net/core/dev.c:skb_flow_limit
// `new_flow = hash_32(skb_get_hash(skb), fl->log_buckets);`.
import { LINUX_3_13 } from '../../src/model/profile.ts';
import { faulty } from './lib.ts';

export const description =
  'linux-6.18 skb_flow_limit buckets by hash & (n - 1) (the 3.13 rule; 6.18: hash_32(hash, log n))';

export default faulty('flow-limit-bucket-mask-6-18', description, ['linux-6.18'], {
  flowLimitBucket: LINUX_3_13.flowLimitBucket,
});
