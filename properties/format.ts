// A counterexample as a person wants to read it: the rule, the configuration, the workload steps,
// and the first counter or event where the implementation and the rule disagree.
import type { Config, Scenario, Step } from '../src/generated/schema-types.ts';
import type { FailedVerdict, PropertyResult } from './types.ts';
import { setsockoptText } from '../src/oracle/describe-step.ts';

function kv(o: Record<string, unknown>): string {
  return Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

export function formatConfig(c: Config): string[] {
  const out = [`profile ${c.profile}, ${c.cpus} CPU${c.cpus === 1 ? '' : 's'}${c.hz ? `, HZ=${c.hz}` : ''}${c.forwarding ? ', forwarding on' : ''}`];
  for (const [k, v] of Object.entries(c.sysctls ?? {})) out.push(`sysctl ${k} = ${JSON.stringify(v)}`);
  for (const d of c.devices ?? []) {
    const { name, kind, queues, ...rest } = d;
    const qs = (queues ?? [])
      .map((q, i) => (Object.keys(q).length > 0 ? `rx-${i}{${kv(q as Record<string, unknown>)}}` : ''))
      .filter(Boolean)
      .join(' ');
    out.push(`device ${name} (${kind}) ${kv(rest as Record<string, unknown>)}${qs ? ` ${qs}` : ''}`.trimEnd());
  }
  for (const s of c.sockets ?? []) {
    const { name, ...rest } = s;
    out.push(`socket ${name} ${kv(rest as Record<string, unknown>)}`);
  }
  if (c.costs) out.push(`costs ${kv(c.costs as Record<string, unknown>)}`);
  return out;
}

export function formatStep(s: Step): string {
  const t = `@${s.at}ns`;
  switch (s.op) {
    case 'frames': {
      const f = s.flow;
      const flow = `${f.src ?? ''}${f.sport !== undefined ? `:${f.sport}` : ''} -> ${f.dst ?? ''}:${f.dport}${f.proto !== undefined ? ` proto ${f.proto}` : ''}`;
      const parts = [
        `${t} frames ${s.count ?? 1} x on ${s.device}`,
        s.queue !== undefined ? `queue ${s.queue}` : '',
        s.cpu !== undefined ? `from CPU ${s.cpu}` : '',
        s.gapNs ? `every ${s.gapNs}ns` : 'back to back',
        `flow ${flow.trim()}`,
        s.hash !== undefined ? `hash 0x${s.hash.toString(16)}` : '',
        `payload ${s.payload ?? 64}`,
        s.flags?.length ? `flags [${s.flags.join(', ')}]` : '',
      ];
      return parts.filter(Boolean).join(', ');
    }
    case 'read':
      return `${t} read ${s.count ?? 'all'} from ${s.socket}`;
    case 'sysctl':
      return `${t} sysctl ${s.name} = ${JSON.stringify(s.value)}`;
    case 'lock_sock':
      return `${t} lock_sock ${s.socket} for ${s.durationNs}ns`;
    case 'setsockopt':
      return `${t} setsockopt ${s.socket} ${setsockoptText(s)}`;
    case 'close':
      return `${t} close ${s.socket}`;
    case 'advance':
      return `${t} advance`;
    case 'checkpoint':
      return `${t} checkpoint ${s.label}${s.settle ? ' (settled)' : ''}`;
  }
}

export function formatScenario(s: Scenario): string {
  const lines = ['configuration:', ...formatConfig(s.config).map((l) => `  ${l}`), `workload (${s.workload.length} step${s.workload.length === 1 ? '' : 's'}):`];
  s.workload.forEach((st, i) => lines.push(`  [${i}] ${formatStep(st)}`));
  if (s.workload.length === 0) lines.push('  (none: the host just runs until idle)');
  return lines.join('\n');
}

export function formatVerdict(v: FailedVerdict): string {
  const lines = [`disagreement: ${v.message}`];
  if (v.checkpoint !== undefined) lines.push(`  at checkpoint: ${v.checkpoint}${v.step !== undefined ? ` (workload step ${v.step})` : ''}`);
  if (v.path !== undefined) lines.push(`  where: ${v.path}`);
  if (v.expected !== undefined) lines.push(`  rule says: ${typeof v.expected === 'string' ? v.expected : JSON.stringify(v.expected)}`);
  if (v.actual !== undefined) lines.push(`  implementation: ${typeof v.actual === 'string' ? v.actual : JSON.stringify(v.actual)}`);
  return lines.join('\n');
}

/** The whole report of a failed (or broken) property check. */
export function formatResult(r: PropertyResult, rule?: string): string {
  const head = `${r.property} [${r.profile}]: ${r.status} after ${r.runs} run${r.runs === 1 ? '' : 's'} (seed ${r.seed}${r.path ? `, path "${r.path}"` : ''})`;
  const lines = [head];
  if (rule) lines.push(`rule: ${rule}`);
  if (r.error) lines.push(`implementation error (${r.error.fault}${r.error.step !== undefined ? `, step ${r.error.step}` : ''}): ${r.error.message}${r.error.detail ? `\n${r.error.detail}` : ''}`);
  if (r.counterexample) {
    lines.push(formatScenario(r.counterexample.scenario));
    if (r.counterexample.followUp) lines.push(`follow-up run: ${r.counterexample.followUp.name}`);
    lines.push(formatVerdict(r.counterexample.verdict));
  }
  if (r.status === 'failed') {
    lines.push(`replay: rxpath check --profile ${r.profile} --properties ${r.property} --seed ${r.seed}${r.path ? ` --replay ${r.seed}:${r.path}` : ''}`);
  }
  return lines.join('\n');
}
