// Small builders for the golden scenarios: a host with a NIC or loopback, UDP sockets, bursts.
import type {
  Config, Device, FramesStep, ProfileName, Scenario, Socket, Step, Sysctls,
} from '../../src/generated/schema-types.ts';

export const MS = 1_000_000;
export const US = 1_000;

export function host(profile: ProfileName, cpus: number, parts: Partial<Omit<Config, 'profile' | 'cpus'>> = {}): Config {
  return { profile, cpus, ...parts };
}

export const loopback: Device = { name: 'lo', kind: 'loopback' };

export function nic(parts: Partial<Device> = {}): Device {
  return { name: 'eth0', kind: 'nic', ...parts };
}

export function udp(name: string, port: number, parts: Partial<Socket> = {}): Socket {
  return { name, port, ...parts };
}

/** `count` UDP datagrams of `payload` bytes to `dport`, `gapNs` apart, arriving on `device`. */
export function burst(at: number, device: string, dport: number, count: number, parts: Partial<FramesStep> & { sport?: number; src?: string; dst?: string } = {}): FramesStep {
  const { sport, src, dst, ...rest } = parts;
  const flow = { dport, ...(sport !== undefined ? { sport } : {}), ...(src ? { src } : {}), ...(dst ? { dst } : {}) };
  return { at, op: 'frames', device, flow, count, ...rest };
}

/**
 * `n` flows of `each` frames, interleaved in time, from sources 10.0.1.0, 10.0.1.1, ... (NICs hash
 * udp4 on the IP addresses by default, so flows must differ in address to spread).
 */
export function flows(at: number, device: string, dport: number, n: number, each: number, gapNs = 0): FramesStep[] {
  return Array.from({ length: n }, (_, i) => burst(at, device, dport, each, { src: `10.0.${1 + (i >> 8)}.${i & 255}`, sport: 40000 + i, gapNs }));
}

export const checkpoint = (at: number, label: string, settle = false): Step => ({ at, op: 'checkpoint', label, ...(settle ? { settle } : {}) });
export const read = (at: number, socket: string, count?: number): Step => ({ at, op: 'read', socket, ...(count !== undefined ? { count } : {}) });
export const sysctl = (at: number, name: string, value: number | string): Step => ({ at, op: 'sysctl', name, value });

export function scenario(name: string, description: string, config: Config, workload: Step[]): Scenario {
  return { name, description, config, workload };
}

export function withSysctls(c: Config, s: Sysctls): Config {
  return { ...c, sysctls: { ...(c.sysctls ?? {}), ...s } };
}
