// Which scenarios the live kernel can run, and the message when one cannot: the recorder refuses
// rather than approximate.
import type { ProfileName, Scenario } from '../generated/schema-types.ts';
import { readSchema } from '../spec/schema-files.ts';
import { peerName } from './topology.ts';
import { profileOfRelease } from './machine-settings.ts';

interface SysctlSchema { properties: Record<string, { 'x-rxpath': { scope: string } }> }

export function sysctlScope(name: string): string | undefined {
  return readSchema<SysctlSchema>('sysctls.schema.json').properties[name]?.['x-rxpath'].scope;
}

/** Problems that keep `s` from running on the live kernel, of profile `live` ([] = it can). */
export function kernelProblems(s: Scenario, live: ProfileName = profileOfRelease()): string[] {
  const p: string[] = [];
  const c = s.config;
  if (c.profile !== live) p.push(`/config/profile: the live kernel is ${live} (got ${c.profile})`);
  const devs = new Map((c.devices ?? []).map((d) => [d.name, d]));
  (c.devices ?? []).forEach((d, i) => {
    if (d.kind === 'nic') p.push(`/config/devices/${i}: a "nic" cannot be made in a namespace (use loopback or veth)`);
    if (d.kind === 'loopback' && d.name !== 'lo') p.push(`/config/devices/${i}/name: the loopback device is "lo"`);
    if (d.kind === 'veth' && peerName(d.name).length > 15) p.push(`/config/devices/${i}/name: at most 14 characters for a veth`);
    for (const k of Object.keys(d)) if (!['name', 'kind'].includes(k)) p.push(`/config/devices/${i}/${k}: device settings other than name and kind are not applied by the recorder`);
  });
  (c.sockets ?? []).forEach((sk, i) => {
    for (const k of ['connect', 'soBusyPoll', 'multicast'] as const) if (sk[k] !== undefined) p.push(`/config/sockets/${i}/${k}: not supported by the recorder`);
  });
  for (const name of Object.keys(c.sysctls ?? {})) {
    if (sysctlScope(name) === undefined) p.push(`/config/sysctls/${name}: unknown sysctl`);
  }
  let cpu: number | undefined;
  s.workload.forEach((st, i) => {
    const at = `/workload/${i}`;
    if (st.op === 'lock_sock') p.push(`${at}: lock_sock cannot be driven from outside the kernel`);
    if (st.op === 'sysctl' && sysctlScope(st.name) !== 'netns') p.push(`${at}/name: only per-namespace sysctls may change during a recorded run`);
    if ((st.op === 'read' || st.op === 'setsockopt') && !(c.sockets ?? []).some((x) => x.name === st.socket)) {
      p.push(`${at}/socket: no socket ${st.socket}`);
    }
    if (st.op !== 'frames') return;
    const d = devs.get(st.device);
    if (!d) { p.push(`${at}/device: no device ${st.device}`); return; }
    if (st.queue !== undefined || st.hash !== undefined) p.push(`${at}: queue and hash apply to a nic only`);
    const stepCpu = st.cpu ?? 0;
    if (cpu !== undefined && stepCpu !== cpu) p.push(`${at}/cpu: every frames step must use one sending CPU (${cpu})`);
    cpu = stepCpu;
    if (stepCpu >= c.cpus) p.push(`${at}/cpu: CPU ${stepCpu} >= cpus ${c.cpus}`);
    if (st.burst === true && d.kind !== 'veth') p.push(`${at}/burst: the recorder injects bursts on a veth only (tc mirred)`);
    if (d.kind === 'loopback') {
      if ((st.flags ?? []).length > 0) p.push(`${at}/flags: crafted frames go on a veth, not loopback`);
      if ((st.flow.proto ?? 17) !== 17) p.push(`${at}/flow/proto: loopback frames are sent from a UDP socket`);
      for (const a of [st.flow.src, st.flow.dst]) if (a !== undefined && !a.startsWith('127.')) p.push(`${at}/flow: loopback addresses must be in 127.0.0.0/8 (got ${a})`);
    }
  });
  return p;
}
