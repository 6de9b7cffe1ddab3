// The host whose kernel runs scenarios (kernel-form.ts): its CPUs, its HZ and the sysctls its build
// has. Read once, read-only.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Config } from '../generated/schema-types.ts';
import type { KernelHost } from './kernel-form.ts';
import { sysctlPath } from './sysctl-file.ts';

const HZ_VALUES = [100, 250, 300, 1000] as const;

/** CONFIG_HZ from the kernel's own config (/proc/config.gz), or undefined when it does not say. */
export function hostHz(configText?: string): NonNullable<Config['hz']> | undefined {
  let text = configText;
  if (text === undefined) {
    try { text = gunzipSync(readFileSync('/proc/config.gz')).toString('utf8'); } catch { return undefined; }
  }
  const hz = Number(/^CONFIG_HZ=(\d+)$/m.exec(text)?.[1]);
  return HZ_VALUES.find((v) => v === hz);
}

/** Online CPUs: one /proc/net/softnet_stat row each (net/core/net-procfs.c:softnet_seq_show). */
function hostCpus(): number {
  return readFileSync('/proc/net/softnet_stat', 'utf8').split('\n').filter((l) => l.trim() !== '').length;
}

let cached: KernelHost | undefined;

export function kernelHost(): KernelHost {
  if (cached) return cached;
  const hz = hostHz();
  cached = { cpus: hostCpus(), ...(hz !== undefined ? { hz } : {}), hasSysctl: (n) => existsSync(sysctlPath(n)) };
  return cached;
}
