// One reading of the machine's counters: the counter files and `ethtool -S` of each NIC and veth, parsed
// into a Snapshot, with the paths the machine really has and the time it was read.
// buildReading is pure (the tests give it files captured from a machine); readMachine reads live.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Snapshot } from '../generated/schema-types.ts';
import { nicNames, parseEthtoolStats, readEthtool } from './ethtool.ts';
import type { ParseResult } from './parse/result.ts';
import { isVethEthtool, parseVethEthtool } from './veth-ethtool.ts';
import { MACHINE_FILE_PATHS, readLiveCounterFiles } from './read_live.ts';
import { buildSnapshot, type CounterFiles } from './snapshot.ts';

export interface Reading {
  /** When it was read (ms since the epoch). */
  at: number;
  snapshot: Snapshot;
  /** The counter paths the files really had. */
  present: ReadonlySet<string>;
  warnings: string[];
}

/**
 * Parses the counter files and each device's `ethtool -S` text into one reading. A counter file
 * that does not parse is an error; ethtool text that does not parse is a warning (its device is
 * left out), as is a device none of whose statistics the schema has a field for.
 */
export function buildReading(files: CounterFiles, ethtool: Readonly<Record<string, string>>, cpuCount: number, at: number): ParseResult<Reading> {
  const r = buildSnapshot(files, cpuCount);
  if (!r.ok) return r;
  const { snapshot, warnings } = r.value;
  const present = new Set(r.value.present);
  for (const [dev, text] of Object.entries(ethtool)) {
    if (isVethEthtool(text)) {
      const v = parseVethEthtool(text, dev);
      if (!v.ok) { warnings.push(`${v.error}; ${dev} left out of the veth section`); continue; }
      warnings.push(...v.warnings);
      (snapshot.veth ??= {})[dev] = v.value.stats;
      for (const p of v.value.present) present.add(p);
      continue;
    }
    const e = parseEthtoolStats(text, dev);
    if (!e.ok) { warnings.push(`${e.error}; ${dev} left out of the ethtool section`); continue; }
    warnings.push(...e.warnings);
    if (e.value.stats === null) {
      warnings.push(`ethtool -S ${dev}: none of its ${e.value.unmapped} statistics has a field in the ethtool schema `
        + `(its driver names them otherwise); ${dev} left out`);
      continue;
    }
    snapshot.ethtool[dev] = e.value.stats;
    for (const p of e.value.present) present.add(p);
  }
  return { ok: true, value: { at, snapshot, present, warnings }, warnings };
}

/** Files that could not be read, by part, for a warning (snmp6 with why it may be absent). */
export function unreadable(files: CounterFiles): string[] {
  return Object.entries(files).filter(([, v]) => v === null).map(([k]) => (k === 'snmp6' ? 'snmp6 (no IPv6 here?)' : k));
}

function readOrNull(path: string): string | null {
  try { return readFileSync(path, 'utf8'); } catch { return null; }
}

/** The counter files: read directly in this process's namespace, through `ip netns exec` in another. */
function readFiles(netns: string | null): CounterFiles {
  if (netns !== null) return readLiveCounterFiles(netns);
  const out = {} as CounterFiles;
  for (const [k, path] of MACHINE_FILE_PATHS) out[k] = readOrNull(path);
  return out;
}

/** Reads the live machine (the per-namespace files inside `netns` when given). Read-only. */
export function readMachine(netns: string | null): ParseResult<Reading> {
  const t0 = Date.now();
  const files = readFiles(netns);
  const at = Math.round((t0 + Date.now()) / 2);
  const devices = files.dev === null ? [] : devicesOf(files.dev);
  const eth = readEthtool(nicNames(devices, netns), netns);
  const r = buildReading(files, eth.texts, cpus().length, at);
  if (!r.ok) return r;
  r.value.warnings.push(...unreadable(files).map((f) => `${f}: could not be read`));
  if (!eth.available) r.value.warnings.push('ethtool: not found, so the ethtool section is empty (apt-get install ethtool)');
  return r;
}

/** Interface names of /proc/net/dev text (the lines after the two headers). */
export function devicesOf(devText: string): string[] {
  return devText.split('\n').slice(2).map((l) => l.slice(0, l.indexOf(':')).trim()).filter((n) => n !== '' && !/\s/.test(n));
}
