// Global sysctls (net.core.netdev_max_backlog, udp_mem, rmem_max, rmem_default): changed only inside
// try/finally that writes the old values back, and only under the recorder lock (lock.ts).
import { readFileSync, writeFileSync } from 'node:fs';

export function sysctlPath(name: string): string {
  return `/proc/sys/${name.replaceAll('.', '/')}`;
}

export function readSysctl(name: string): string {
  return readFileSync(sysctlPath(name), 'utf8').trim();
}

function format(v: number | string | number[]): string {
  return Array.isArray(v) ? v.join('\t') : String(v);
}

/** Sets `values`, runs `fn`, restores every old value (in reverse order), also when `fn` fails. */
export async function withGlobalSysctls<T>(values: Record<string, number | string | number[]>, fn: () => Promise<T>): Promise<T> {
  const saved: [string, string][] = [];
  try {
    for (const [name, v] of Object.entries(values)) {
      const old = readSysctl(name);
      saved.push([name, old]);
      if (old.split(/\s+/).join('\t') !== format(v)) writeFileSync(sysctlPath(name), `${format(v)}\n`);
    }
    return await fn();
  } finally {
    for (const [name, old] of saved.reverse()) {
      if (readSysctl(name) !== old) writeFileSync(sysctlPath(name), `${old}\n`);
    }
  }
}
