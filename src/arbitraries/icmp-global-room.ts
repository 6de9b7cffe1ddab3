// Generated scenarios stay where the model predicts 6.x's global ICMP bucket: the validator refuses rate-limited
// errors that could run it dry (src/spec/semantic.ts: icmp.c:icmp_global_consume draws 0 to 2 credits per error).
// Where a drawn workload would (port unreachables and, net.ipv4.ipfrag_time later, the time exceeded of lone first
// fragments, all from one source), frames steps are dropped, the last first, until it fits: the same with any
// declared tags, so tags never change what is generated beyond leaving features out.
import type { Scenario } from '../generated/schema-types.ts';
import { icmpGlobalBucketMayRunDry } from '../spec/semantic.ts';

export function withIcmpGlobalRoom(s: Scenario): Scenario {
  if (!icmpGlobalBucketMayRunDry(s)) return s;
  const workload = [...s.workload];
  for (let i = workload.length - 1; i >= 0 && icmpGlobalBucketMayRunDry({ ...s, workload }); i--) {
    if (workload[i]!.op === 'frames') workload.splice(i, 1);
  }
  return { ...s, workload };
}
