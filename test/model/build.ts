// Small builders so that model tests read like the claims they pin. Every scenario a test builds
// goes through the same validation a user's file does (src/spec/validate.ts).
import type {
  CheckpointStep, Config, Device, FramesStep, Observations, ProfileName, ReadStep, Scenario, Snapshot, SoftnetRow, Step,
  SysctlStep, TraceEvent, NapiPollEvent,
} from '../../src/generated/schema-types.ts';
import { validateScenario } from '../../src/spec/validate.ts';
import { simulate, type KernelProfile } from '../../src/model/index.ts';
import { createHost, run, type SimHost } from '../../src/model/simulator.ts';

export type Profile = ProfileName;
export const PROFILES: readonly Profile[] = ['linux-3.13', 'linux-6.1', 'linux-6.12', 'linux-6.18'];

export interface HostSpec extends Partial<Omit<Config, 'profile'>> {
  profile: Profile;
}

/** A validated scenario. */
export function scenario(host: HostSpec, workload: Step[], name = 'test'): Scenario {
  const config: Config = { cpus: 2, ...host } as Config;
  return validateScenario({ name, config, workload }, `<${name}>`);
}

/** A NIC (igb-like) with `queues` RX queues and the given settings. */
export function nic(name = 'eth0', extra: Partial<Device> = {}): Device {
  return { name, kind: 'nic', ...extra };
}

export function loopback(name = 'lo'): Device {
  return { name, kind: 'loopback' };
}

/** A socket bound to `port` whose receive buffer never overflows in a test. */
export function bigSocket(name = 's', port = 5000, cpu?: number) {
  return { name, port, soRcvbuf: 1 << 28, soRcvbufForce: true, ...(cpu === undefined ? {} : { cpu }) };
}

export function frames(at: number, device: string, count: number, extra: Partial<FramesStep> = {}): FramesStep {
  return { at, op: 'frames', device, count, flow: { dport: 5000 }, ...extra };
}

export function read(at: number, socket = 's', count?: number): ReadStep {
  return count === undefined ? { at, op: 'read', socket } : { at, op: 'read', socket, count };
}

export function sysctl(at: number, name: string, value: number | string): SysctlStep {
  return { at, op: 'sysctl', name, value };
}

export function checkpoint(at: number, label: string, settle = false): CheckpointStep {
  return { at, op: 'checkpoint', label, settle };
}

export function sim(sc: Scenario, opts: { events?: boolean; rules?: Partial<KernelProfile> } = {}): Observations {
  return simulate(sc, opts);
}

/** Runs and also returns the host, for white-box claims. */
export function simHost(sc: Scenario, opts: { events?: boolean; rules?: Partial<KernelProfile> } = {}): { host: SimHost; obs: Observations } {
  const host = createHost(sc, opts);
  const obs = run(host);
  return { host, obs };
}

export function end(obs: Observations): Snapshot {
  return obs.checkpoints[obs.checkpoints.length - 1].counters;
}

export function at(obs: Observations, label: string): Snapshot {
  const c = obs.checkpoints.find((x) => x.label === label);
  if (!c) throw new Error(`no checkpoint ${label}`);
  return c.counters;
}

export function softnet(s: Snapshot, cpu: number): SoftnetRow {
  return s.softnet_stat[cpu];
}

export function sum(rows: SoftnetRow[], k: keyof SoftnetRow): number {
  return rows.reduce((a, r) => a + ((r[k] as number | undefined) ?? 0), 0);
}

export function polls(obs: Observations, napi?: string): NapiPollEvent[] {
  return (obs.events ?? []).filter((e): e is NapiPollEvent => e.event === 'napi_poll' && (napi === undefined || e.napi === napi));
}

/** The events of each NET_RX softirq run on `cpu` (between softirq_entry and softirq_exit). */
export function softirqRuns(obs: Observations, cpu: number): TraceEvent[][] {
  const runs: TraceEvent[][] = [];
  let cur: TraceEvent[] | null = null;
  for (const e of obs.events ?? []) {
    if (e.cpu !== cpu) continue;
    if (e.event === 'softirq_entry') cur = [];
    else if (e.event === 'softirq_exit') { if (cur) runs.push(cur); cur = null; }
    else if (cur) cur.push(e);
  }
  return runs;
}
