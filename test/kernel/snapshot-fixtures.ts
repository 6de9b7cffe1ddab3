// The files test/kernel/fixtures/snapshot-6.18/capture.sh captured from a Linux 6.18 machine: two
// readings a/ and b/ with loopback traffic between them (20 datagrams into an unread socket with
// the smallest SO_RCVBUF, 5 to a closed port), `ethtool -S` of each interface, the counter files
// around one `nstat -a` and around one node_exporter scrape.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildReading, type Reading } from '../../src/kernel/reading.ts';
import type { COUNTER_FILE_PATHS, CounterFiles } from '../../src/kernel/snapshot.ts';

export const FX = join(import.meta.dirname, 'fixtures', 'snapshot-6.18');
export const fx = (...p: string[]): string => readFileSync(join(FX, ...p), 'utf8');

/** The CPUs of the machine the fixtures come from (its softnet_stat rows). */
export const FX_CPUS = fx('a', 'net_softnet_stat.txt').trim().split('\n').length;

const FILES: Record<keyof typeof COUNTER_FILE_PATHS, string> = {
  softnet_stat: 'net_softnet_stat.txt', snmp: 'net_snmp.txt', netstat: 'net_netstat.txt', dev: 'net_dev.txt',
  udp: 'net_udp.txt', softirqs: 'softirqs.txt', interrupts: 'interrupts.txt',
};

/** The counter files of one captured directory (a file it lacks is null, as an unreadable one is). */
export function counterFiles(dir: string): CounterFiles {
  const out = {} as CounterFiles;
  for (const [k, f] of Object.entries(FILES) as [keyof CounterFiles, string][]) {
    out[k] = existsSync(join(FX, dir, f)) ? fx(dir, f) : null;
  }
  return out;
}

/** `ethtool -S DEV` of every interface whose command succeeded (exit 0), by name. */
export function ethtoolTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(join(FX, 'ethtool')).filter((n) => n.endsWith('.rc'))) {
    const dev = f.slice(0, -3);
    if (fx('ethtool', f).trim() === '0') out[dev] = fx('ethtool', `${dev}.txt`);
  }
  return out;
}

export function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Reading a/ or b/, with every interface's ethtool statistics, at its captured time. */
export function reading(dir: 'a' | 'b'): Reading {
  return ok(buildReading(counterFiles(dir), ethtoolTexts(), FX_CPUS, Number(fx(dir, 'at'))));
}
