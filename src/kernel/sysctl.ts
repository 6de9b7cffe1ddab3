// Global sysctls (net.core.netdev_max_backlog, udp_mem, rmem_max, rmem_default): changed only inside
// try/finally that writes the old values back, only under the recorder lock (lock.ts), and each
// written down in the recorder's journal (journal.ts) before it changes, so that SIGINT, SIGTERM
// or SIGHUP (exit-hooks.ts) and, after a SIGKILL, the next recorder put it back too.
import { untilUndone } from '../exit-hooks.ts';
import { forgetSysctl, journalSysctl, recoverJournal } from './journal.ts';
import { readSysctl, restoreSysctl, sysctlPath, writeSysctl } from './sysctl-file.ts';

export { readSysctl, sysctlPath };

function format(v: number | string | number[]): string {
  return Array.isArray(v) ? v.join('\t') : String(v);
}

/**
 * Sets `values`, runs `fn`, restores every value it changed (in reverse order), also when `fn` fails
 * or rxpath is interrupted. Values already set are left alone, so calls nest.
 */
export async function withGlobalSysctls<T>(values: Record<string, number | string | number[]>, fn: () => Promise<T>): Promise<T> {
  if (Object.keys(values).length === 0) return fn();
  for (const s of recoverJournal()) process.stderr.write(`rxpath: ${s}\n`);
  const saved: [string, string][] = [];
  const restore = (): string | undefined => {
    const said: string[] = [];
    for (const [name, old] of saved.reverse()) {
      const s = restoreSysctl(name, old);
      if (s) said.push(s);
      forgetSysctl(name);
    }
    saved.length = 0;
    return said.length > 0 ? said.join('; ') : undefined;
  };
  const forget = untilUndone(restore);
  try {
    for (const [name, v] of Object.entries(values)) {
      const old = readSysctl(name);
      if (old.split(/\s+/).join('\t') === format(v)) continue; // already so (an enclosing call set it)
      journalSysctl(name, old);
      saved.push([name, old]);
      writeSysctl(name, format(v));
    }
    return await fn();
  } finally {
    restore();
    forget();
  }
}
