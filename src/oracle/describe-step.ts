// One line for a workload step, for reports: `step 3: frames x1000 on eth0 to :5000 at 1000000 ns`.
import type { Scenario, SetsockoptStep, Step } from '../generated/schema-types.ts';

/** The options a setsockopt step sets: `SO_RCVBUF 4096, SO_RXQ_OVFL 1`. */
export function setsockoptText(s: SetsockoptStep): string {
  const parts: string[] = [];
  if (s.soRcvbuf !== undefined) parts.push(`${s.soRcvbufForce ? 'SO_RCVBUFFORCE' : 'SO_RCVBUF'} ${s.soRcvbuf}`);
  if (s.rxqOvfl !== undefined) parts.push(`SO_RXQ_OVFL ${s.rxqOvfl ? 1 : 0}`);
  return parts.join(', ');
}

export function describeStepOp(s: Step): string {
  switch (s.op) {
    case 'frames': {
      const flags = s.flags?.length ? ` [${s.flags.join(',')}]` : '';
      const q = s.queue !== undefined ? ` queue ${s.queue}` : '';
      const gap = s.gapNs ? ` every ${s.gapNs} ns` : '';
      return `frames x${s.count ?? 1} on ${s.device}${q} to ${s.flow.dst ?? ''}:${s.flow.dport}${gap}${flags}`;
    }
    case 'read': return `read ${s.count ?? 'all'} from ${s.socket}`;
    case 'sysctl': return `sysctl ${s.name}=${JSON.stringify(s.value)}`;
    case 'lock_sock': return `lock_sock ${s.socket} for ${s.durationNs} ns`;
    case 'setsockopt': return `setsockopt ${s.socket} ${setsockoptText(s)}`;
    case 'close': return `close ${s.socket}`;
    case 'advance': return 'advance';
    case 'checkpoint': return `checkpoint "${s.label}"${s.settle ? ' (settled)' : ''}`;
  }
}

/** `step 3: frames x10 on lo to :5000 at 0 ns`; the index equal to the workload length is the end. */
export function describeStep(scenario: Scenario, index: number | undefined): string {
  if (index === undefined) return 'before the first step';
  const s = scenario.workload[index];
  if (!s && scenario.workload.length === 0) return 'end (no steps, once idle)';
  if (!s) return `end (after step ${scenario.workload.length - 1}, once idle)`;
  return `step ${index}: ${describeStepOp(s)} at ${s.at} ns`;
}

/** The last step before `index` that is not a checkpoint: what led to a snapshot. */
export function precedingAction(scenario: Scenario, index: number): number | undefined {
  for (let i = Math.min(index, scenario.workload.length) - 1; i >= 0; i--) {
    if (scenario.workload[i]!.op !== 'checkpoint') return i;
  }
  return undefined;
}
