// Reads the live machine's counter files: global ones directly, per-namespace ones (snmp, netstat,
// dev, udp) inside NAME with `ip netns exec NAME cat FILE` when a namespace is given.
import { catInNetns } from './exec.ts';
import { COUNTER_FILE_PATHS, type CounterFiles } from './snapshot.ts';

const PER_NETNS = new Set<keyof CounterFiles>(['snmp', 'netstat', 'dev', 'udp']);

export function readLiveCounterFiles(netns: string | null): CounterFiles {
  const out = {} as CounterFiles;
  for (const [k, path] of Object.entries(COUNTER_FILE_PATHS) as [keyof CounterFiles, string][]) {
    out[k] = catInNetns(PER_NETNS.has(k) ? netns : null, path);
  }
  return out;
}
