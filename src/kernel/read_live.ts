// Reads the live machine's counter files: global ones directly, per-namespace ones (snmp, netstat,
// dev, udp, snmp6) inside NAME with `ip netns exec NAME cat FILE` when a namespace is given.
// /proc/net/snmp6 (IPv6's MIBs) is read too; it is absent where IPv6 is not (null: no snmp6 section).
import { catInNetns } from './exec.ts';
import { COUNTER_FILE_PATHS, IPV6_COUNTER_FILE_PATHS, type CounterFiles } from './snapshot.ts';

const PER_NETNS = new Set<keyof CounterFiles>(['snmp', 'netstat', 'dev', 'udp', 'snmp6']);

/** The files a reading of the machine reads, by part: the counter files and /proc/net/snmp6. */
export const MACHINE_FILE_PATHS: ReadonlyArray<[keyof CounterFiles, string]> = [
  ...Object.entries(COUNTER_FILE_PATHS) as [keyof CounterFiles, string][],
  ['snmp6', IPV6_COUNTER_FILE_PATHS.snmp6],
];

export function readLiveCounterFiles(netns: string | null): CounterFiles {
  const out = {} as CounterFiles;
  for (const [k, path] of MACHINE_FILE_PATHS) out[k] = catInNetns(PER_NETNS.has(k) ? netns : null, path);
  return out;
}
