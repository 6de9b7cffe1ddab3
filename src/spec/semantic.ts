// Checks a schema cannot express, run after ajv has accepted the shape: per-profile existence and
// range of every sysctl (as the profile's kernel validates it), CPU masks against the CPU count,
// queue numbers against the device's RX queues, names that must be unique or must exist, the
// order of workload steps, and the features the model does not model.
import type { Config, Device, ProfileName, Scenario, Socket, Step, SysctlStep } from '../generated/schema-types.ts';
import type { InputProblem } from './errors.ts';
import { SCHEMA_BASE, schemaValidator } from './ajv.ts';
import { ajvProblems, escapePointer, listOf, show } from './messages.ts';
import { PROFILES, getSpecEntry, similarSpecNames } from './registry.ts';

import { DEFAULT_HZ } from './defaults.ts';
import { MAX_SCENARIO_FRAMES } from './limits.ts';

/** include/uapi/linux/icmp.h NR_ICMP_TYPES: the highest known ICMP type (ICMP_ADDRESSREPLY). */
export const NR_ICMP_TYPES = 18;
/**
 * The ICMP error types (net/ipv4/icmp.c icmp_pointers[].error, include/linux/icmp.h icmp_is_err):
 * destination unreachable, source quench, redirect, time exceeded, parameter problem.
 */
export const ICMP_ERROR_TYPES: readonly number[] = [3, 4, 5, 11, 12];

type Report = (pointer: string, message: string) => void;

/** CPUs named by a hex cpumask string ("3", "ff,ffffffff": 32-bit groups, most significant first). */
export function cpusInMask(mask: string): number[] {
  const cpus: number[] = [];
  const groups = mask.split(',').reverse();
  for (let g = 0; g < groups.length; g++) {
    const hex = groups[g];
    for (let d = 0; d < hex.length; d++) {
      const nibble = parseInt(hex[hex.length - 1 - d], 16);
      for (let b = 0; b < 4; b++) if (nibble & (1 << b)) cpus.push(g * 32 + d * 4 + b);
    }
  }
  return cpus.sort((a, b) => a - b);
}

function cpuRange(cpus: number): string {
  return cpus === 1 ? 'CPU 0' : `CPUs 0-${cpus - 1}`;
}

function checkMask(report: Report, pointer: string, mask: string, cpus: number, allowEmpty: boolean): void {
  const named = cpusInMask(mask);
  const beyond = named.filter((c) => c >= cpus);
  if (beyond.length > 0) {
    report(pointer, `must name only ${cpuRange(cpus)} (config.cpus is ${cpus}), but names ${beyond.length === 1 ? 'CPU' : 'CPUs'} ${listOf(beyond, 'and')} (got ${show(mask)})`);
  } else if (!allowEmpty && named.length === 0) {
    report(pointer, `must name at least one CPU (got ${show(mask)})`);
  }
}

const NOT_MODELLED_BUSY_POLL = 'rxpath does not model busy polling';

/**
 * Checks one sysctl value for `profile` (type via the sysctl's own schema, then the kernel's
 * per-profile range). `namePointer` is where the name is (a workload step's /name).
 */
export function checkSysctl(
  report: Report, profile: ProfileName, hz: number, cpus: number,
  name: string, value: unknown, valuePointer: string, namePointer: string, file: string,
): void {
  const entry = getSpecEntry(name);
  if (!entry || entry.annotation.kind !== 'sysctl') {
    const near = similarSpecNames(name).filter((n) => n.startsWith('net.'));
    report(namePointer, `unknown sysctl ${show(name)}${near.length ? ` (did you mean ${listOf(near)}?)` : ' (see `rxpath spec --kind sysctl`)'}`);
    return;
  }
  const p = entry.annotation.profiles[profile];
  if (!p) {
    const others = PROFILES.filter((q) => entry.annotation.profiles[q]);
    report(namePointer, `does not exist in ${profile} (only in ${others.join(', ')})${namePointer === valuePointer ? '' : ` (got ${show(name)})`}`);
    return;
  }
  // Shape first, with the sysctl's own schema (a workload step's value is not typed by the schema).
  const v = schemaValidator(`${SCHEMA_BASE}sysctls.schema.json#/properties/${escapePointer(name)}`);
  if (!v(value)) {
    for (const pr of ajvProblems(file, v.errors ?? [], valuePointer)) report(pr.pointer, pr.message);
    return;
  }
  if (typeof value === 'number') {
    // A perHz annotation scales the minimum with CONFIG_HZ (netdev_budget_usecs: 2*USEC_PER_SEC/HZ).
    const min = p.perHz !== undefined ? Math.floor(p.perHz / hz) : p.minimum;
    if (min !== undefined && value < min) return report(valuePointer, `must be >= ${min} in ${profile}${p.perHz !== undefined ? ` at HZ=${hz}` : ''} (got ${value})`);
    if (p.maximum !== undefined && value > p.maximum) return report(valuePointer, `must be <= ${p.maximum} in ${profile} (got ${value})`);
    // net/core/sysctl_net_core.c:flow_limit_table_len_sysctl rejects a length that is not a power of 2.
    if (name === 'net.core.flow_limit_table_len' && (value & (value - 1)) !== 0) {
      return report(valuePointer, `must be a power of 2 (got ${value})`);
    }
    // Accepted by 3.13 (proc_dointvec), but net_rx_action then never gets anywhere: it tests the budget
    // before each poll (budget <= 0: nothing is polled), and a backlog poll with weight <= 0 returns
    // 0 == weight and is repolled forever. NET_RX spins and no packet is processed: not simulated.
    if (profile === 'linux-3.13' && (name === 'net.core.netdev_budget' || name === 'net.core.dev_weight') && value <= 0) {
      return report(valuePointer, `must be >= 1 in linux-3.13: the kernel accepts ${value}, but net_rx_action then makes no progress (${name === 'net.core.netdev_budget' ? 'the budget is tested before each poll' : 'a backlog poll returns 0 == its weight and is repolled forever'}), NET_RX spins and no packet is processed; the model does not simulate that (got ${value})`);
    }
    if ((name === 'net.core.busy_poll' || name === 'net.core.busy_read') && value !== 0) {
      return report(valuePointer, `must be 0: ${NOT_MODELLED_BUSY_POLL} (got ${value})`);
    }
  }
  if (name === 'net.core.flow_limit_cpu_bitmap' && typeof value === 'string') {
    checkMask(report, valuePointer, value, cpus, true);
  }
}

function rxQueuesOf(d: Device): number {
  return d.rxQueues ?? 1;
}

function queueRange(d: Device): string {
  const n = rxQueuesOf(d);
  return n === 1 ? `"${d.name}" has 1 RX queue: 0` : `"${d.name}" has ${n} RX queues: 0-${n - 1}`;
}

function checkDevice(report: Report, base: string, d: Device, cpus: number): void {
  const n = rxQueuesOf(d);
  if (d.rssIndirection && d.rssWeights) {
    report(`${base}/rssWeights`, 'must not be given together with rssIndirection (ethtool -X takes one or the other)');
  }
  if (d.rssIndirection) {
    if (d.rssIndirection.length === 0) report(`${base}/rssIndirection`, 'must not be empty (got [])');
    d.rssIndirection.forEach((q, i) => {
      if (q >= n) report(`${base}/rssIndirection/${i}`, `must name an RX queue (${queueRange(d)}) (got ${q})`);
    });
  }
  if (d.rssWeights) {
    if (d.rssWeights.length !== n) {
      report(`${base}/rssWeights`, `must have one weight per RX queue (${queueRange(d)}) (got ${d.rssWeights.length} weights)`);
    } else if (d.rssWeights.every((w) => w === 0)) {
      report(`${base}/rssWeights`, `must give at least one queue a weight above 0 (got ${show(d.rssWeights)})`);
    }
  }
  d.ntuple?.forEach((r, i) => {
    if (r.action >= n) report(`${base}/ntuple/${i}/action`, `must be -1 (drop) or an RX queue (${queueRange(d)}) (got ${r.action})`);
  });
  if (d.queues) {
    if (d.queues.length > n) {
      report(`${base}/queues`, `must have at most one entry per RX queue (${queueRange(d)}) (got ${d.queues.length} entries)`);
    }
    d.queues.forEach((q, i) => {
      if (q.rpsCpus !== undefined) checkMask(report, `${base}/queues/${i}/rpsCpus`, q.rpsCpus, cpus, true);
      if (q.smpAffinity !== undefined) checkMask(report, `${base}/queues/${i}/smpAffinity`, q.smpAffinity, cpus, false);
    });
  }
  if (d.coalesce?.adaptiveRx === true) {
    report(`${base}/coalesce/adaptiveRx`, 'must be false: rxpath does not model adaptive interrupt coalescing (got true)');
  }
}

function socketsConflict(a: Socket, b: Socket): boolean {
  if (a.port !== b.port) return false;
  const aa = a.address ?? '0.0.0.0', ba = b.address ?? '0.0.0.0';
  return aa === ba || aa === '0.0.0.0' || ba === '0.0.0.0';
}

/** Semantic problems of a config that ajv accepted; `base` is its pointer in the file ("" or "/config"). */
export function configProblems(config: Config, file: string, base = ''): InputProblem[] {
  const out: InputProblem[] = [];
  const report: Report = (pointer, message) => { out.push({ file, pointer, message }); };
  const hz = config.hz ?? DEFAULT_HZ;
  for (const [name, value] of Object.entries(config.sysctls ?? {})) {
    const ptr = `${base}/sysctls/${escapePointer(name)}`;
    checkSysctl(report, config.profile, hz, config.cpus, name, value, ptr, ptr, file);
  }
  const devices = config.devices ?? [];
  const firstDevice = new Map<string, number>();
  devices.forEach((d, i) => {
    const prev = firstDevice.get(d.name);
    if (prev !== undefined) report(`${base}/devices/${i}/name`, `must be unique: ${show(d.name)} is already the name of ${base}/devices/${prev}`);
    else firstDevice.set(d.name, i);
    checkDevice(report, `${base}/devices/${i}`, d, config.cpus);
  });
  const sockets = config.sockets ?? [];
  const firstSocket = new Map<string, number>();
  sockets.forEach((s, i) => {
    const prev = firstSocket.get(s.name);
    if (prev !== undefined) report(`${base}/sockets/${i}/name`, `must be unique: ${show(s.name)} is already the name of ${base}/sockets/${prev}`);
    else firstSocket.set(s.name, i);
    const clash = sockets.findIndex((o, j) => j < i && socketsConflict(o, s));
    if (clash >= 0) {
      report(`${base}/sockets/${i}/port`, `must not be bound twice: socket ${show(sockets[clash].name)} (${base}/sockets/${clash}) already binds ${sockets[clash].address ?? '0.0.0.0'}:${s.port} (got ${s.port})`);
    }
    if (s.cpu !== undefined && s.cpu >= config.cpus) {
      report(`${base}/sockets/${i}/cpu`, `must be < ${config.cpus}, the number of CPUs (got ${s.cpu})`);
    }
    if (s.soBusyPoll !== undefined && s.soBusyPoll !== 0) {
      report(`${base}/sockets/${i}/soBusyPoll`, `must be 0: ${NOT_MODELLED_BUSY_POLL} (got ${s.soBusyPoll})`);
    }
  });
  return out;
}

function names(list: readonly { name: string }[], what: string): string {
  return list.length === 0 ? `config.${what} is empty` : `${what}: ${listOf(list.map((x) => x.name), 'and')}`;
}

/** Semantic problems of a scenario's workload against its config (both accepted by ajv). */
export function workloadProblems(scenario: Scenario, file: string): InputProblem[] {
  const out: InputProblem[] = [];
  const report: Report = (pointer, message) => { out.push({ file, pointer, message }); };
  const { config } = scenario;
  const devices = config.devices ?? [];
  const sockets = config.sockets ?? [];
  const hz = config.hz ?? DEFAULT_HZ;
  const labels = new Map<string, number>();
  let prevAt = 0;
  let frames = 0;
  scenario.workload.forEach((step: Step, i) => {
    const base = `/workload/${i}`;
    if (step.at < prevAt) report(`${base}/at`, `must be >= ${prevAt}, the previous step's at: steps run in non-decreasing order of at (got ${step.at})`);
    prevAt = Math.max(prevAt, step.at);
    switch (step.op) {
      case 'frames': {
        // The simulation work limit: refused here, before the model runs (src/spec/limits.ts).
        const before = frames;
        frames += step.count ?? 1;
        if (before <= MAX_SCENARIO_FRAMES && frames > MAX_SCENARIO_FRAMES) {
          report(`${base}/count`, `must keep the scenario within ${MAX_SCENARIO_FRAMES} frames, rxpath's simulation work limit: the frames steps up to here add up to ${frames}; split the workload into several scenarios (got ${step.count})`);
        }
        const d = devices.find((x) => x.name === step.device);
        if (!d) { report(`${base}/device`, `must name a device of the config (${names(devices, 'devices')}) (got ${show(step.device)})`); break; }
        if (step.queue !== undefined && step.queue >= rxQueuesOf(d)) {
          report(`${base}/queue`, `must name an RX queue (${queueRange(d)}) (got ${step.queue})`);
        }
        if (step.cpu !== undefined && step.cpu >= config.cpus) {
          report(`${base}/cpu`, `must be < ${config.cpus}, the number of CPUs (got ${step.cpu})`);
        }
        if (step.flow.proto === 1) {
          // An ICMP frame's type travels in sport. The model answers no ICMP query (echo, timestamp,
          // ...); it receives ICMP errors and unknown types (see ICMP_ERROR_TYPES).
          const type = step.flow.sport;
          if (type === undefined || (type <= NR_ICMP_TYPES && !ICMP_ERROR_TYPES.includes(type))) {
            report(`${base}/flow/sport`, `must be the ICMP type of an ICMP frame (proto 1): an error type (3, 4, 5, 11, 12) or an unknown type (> 18); the model sends no replies to ICMP queries (got ${type === undefined ? 'none' : type})`);
          }
        }
        if (step.burst === true) {
          // a burst is netif_rx called back to back in one BH-disabled section: a software device's path
          if (d.kind === 'nic') report(`${base}/burst`, `must be false or absent on a NIC: only loopback and veth frames enter netif_rx in one BH-disabled section (${show(d.name)} is a nic) (got true)`);
          if (step.gapNs !== undefined && step.gapNs !== 0) report(`${base}/gapNs`, `must be 0 or absent when burst is true: a burst's frames enter netif_rx at the same instant (got ${step.gapNs})`);
        }
        break;
      }
      case 'read':
      case 'lock_sock':
        if (!sockets.some((s) => s.name === step.socket)) {
          report(`${base}/socket`, `must name a socket of the config (${names(sockets, 'sockets')}) (got ${show(step.socket)})`);
        }
        break;
      case 'sysctl': {
        const s = step as SysctlStep;
        checkSysctl(report, config.profile, hz, config.cpus, s.name, s.value, `${base}/value`, `${base}/name`, file);
        break;
      }
      case 'checkpoint': {
        const prev = labels.get(step.label);
        if (step.label === 'end') report(`${base}/label`, 'must not be "end": it names the final snapshot (got "end")');
        else if (prev !== undefined) report(`${base}/label`, `must be unique: ${show(step.label)} already labels /workload/${prev}`);
        else labels.set(step.label, i);
        break;
      }
      default:
        break;
    }
  });
  return out;
}
