// What a scenario's configuration implies about the receive path, computed from the scenario alone:
// which CPUs take which IRQs, whether any frame can reach a per-CPU backlog, which CPUs can enqueue.
import type { Device, Scenario } from '../../src/generated/schema-types.ts';
import { settingDefault } from '../../src/arbitraries/schema-ranges.ts';
import { maskBits } from './sysctl-timeline.ts';
import { framesOnWire } from '../../src/spec/ip-fragment.ts';

function lowest(mask: string): number {
  const bits = [...maskBits(mask)].sort((a, b) => a - b);
  return bits.length > 0 ? bits[0] : 0;
}

export function rxQueues(d: Device): number {
  return d.rxQueues ?? (settingDefault('device.schema.json', 'linux-6.18', 'rxQueues') as number);
}

/** CPU taking the IRQ of queue q (the lowest CPU of smp_affinity; default mask from the schema). */
export function irqCpu(scenario: Scenario, d: Device, q: number): number {
  const def = settingDefault('device.schema.json', scenario.config.profile, 'smpAffinity', 'RxQueue') as string;
  const m = d.queues?.[q]?.smpAffinity ?? def;
  return Math.min(lowest(m), scenario.config.cpus - 1);
}

/** Whether an RX queue of `d` has an RPS map with an online CPU or an RFS flow table (get_rps_cpu may steer). */
function steered(d: Device, cpus: number): boolean {
  return (d.queues ?? []).some((q) =>
    (q.rpsCpus !== undefined && [...maskBits(q.rpsCpus)].some((c) => c < cpus)) || (q.rpsFlowCnt ?? 0) > 0);
}

/** Whether any RX queue of any device has an RPS map with an online CPU or an RFS flow table. */
export function rpsConfigured(scenario: Scenario): boolean {
  return (scenario.config.devices ?? []).some((d) => steered(d, scenario.config.cpus));
}

export function netifRxDevices(scenario: Scenario): Device[] {
  return (scenario.config.devices ?? []).filter((d) => d.kind === 'loopback' || d.kind === 'veth');
}

/** Whether a frame can ever be queued on a per-CPU backlog (RPS/RFS, or a netif_rx device). */
export function backlogReachable(scenario: Scenario): boolean {
  if (rpsConfigured(scenario)) return true;
  const names = new Set(netifRxDevices(scenario).map((d) => d.name));
  return scenario.workload.some((s) => s.op === 'frames' && names.has(s.device));
}

/**
 * Upper bound of the frames each CPU enqueues to a backlog (the CPU running enqueue_to_backlog):
 * the sender CPU for netif_rx devices, the IRQ CPU of every queue a NIC frame may land on. A
 * loopback frame comes from a local address, so the ICMP error about it (at most one: port or
 * protocol unreachable, parameter problem or time exceeded) comes back over lo, through netif_rx
 * on the CPU that processed the frame: the sender's, or with RPS/RFS on lo any CPU; a veth's goes to
 * the veth's other end (veth_xmit), through netif_rx on that CPU too.
 */
export function enqueueUpperBound(scenario: Scenario): Map<number, number> {
  const out = new Map<number, number>();
  const add = (c: number, n: number) => out.set(c, (out.get(c) ?? 0) + n);
  const devs = new Map((scenario.config.devices ?? []).map((d) => [d.name, d]));
  const allCpus = [...Array(scenario.config.cpus).keys()];
  for (const s of scenario.workload) {
    if (s.op !== 'frames') continue;
    const d = devs.get(s.device);
    if (!d) continue;
    const n = s.count ?? 1;
    if (d.kind !== 'nic') {
      add(s.cpu ?? 0, framesOnWire(s, d, scenario.config.profile)); // a datagram above the veth MTU as its fragments
      // the ICMP error about a datagram comes back through netif_rx on the CPU that processed it: over lo
      // (loopback_xmit), or into a veth's other end (veth_xmit)
      for (const c of steered(d, scenario.config.cpus) ? allCpus : [s.cpu ?? 0]) add(c, n);
      continue;
    }
    const qs = s.queue !== undefined && (d.ntuple ?? []).length === 0 ? [s.queue] : [...Array(rxQueues(d)).keys()];
    for (const c of new Set(qs.map((q) => irqCpu(scenario, d, q)))) add(c, n);
  }
  return out;
}
