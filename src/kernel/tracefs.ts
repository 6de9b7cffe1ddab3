// Tracepoint capture through a dedicated tracefs instance (instances/rxpath-NNN), so the global
// buffer and other users are undisturbed; the instance is removed afterwards. When tracefs is not
// mounted the recorder mounts it (written down in its journal first) and unmounts it when it is
// done (releaseTracefs), when it is interrupted, or, after a SIGKILL, at the next recorder's start.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { untilUndone } from '../exit-hooks.ts';
import { run } from './exec.ts';
import { forgetMount, journalMount } from './journal.ts';
import { unmount } from './mounts.ts';

export const TRACEFS = '/sys/kernel/tracing';

export interface EventSpec { group: string; name: string; filter?: string }

/** Drop-reason names by number, from the print fmt of skb:kfree_skb's format file. */
export function parseDropReasons(format: string): Map<number, string> {
  const out = new Map<number, string>();
  const re = /\{\s*(\d+),\s*"([A-Z0-9_]+)"\s*\}/g;
  const fmt = format.slice(format.indexOf('print fmt:'));
  for (let m = re.exec(fmt); m; m = re.exec(fmt)) out.set(Number(m[1]), m[2]);
  return out;
}

/** Set while this recorder has tracefs mounted: undoes the mount. */
let mounted: { forget: () => void } | undefined;

function unmountOurs(): string | undefined {
  const said = unmount(TRACEFS);
  forgetMount();
  mounted = undefined;
  return said;
}

export function ensureTracefs(): void {
  if (existsSync(`${TRACEFS}/instances`)) return;
  journalMount(TRACEFS);
  run('mount', ['-t', 'tracefs', 'nodev', TRACEFS]);
  mounted = { forget: untilUndone(unmountOurs) };
}

/** Unmounts tracefs if this recorder mounted it; what it did. */
export function releaseTracefs(): string | undefined {
  if (!mounted) return undefined;
  const { forget } = mounted;
  const said = unmountOurs();
  forget();
  return said;
}

let seq = 0;

export class TraceInstance {
  readonly dir: string;
  private forget: () => void = () => undefined;
  private constructor(readonly name: string) { this.dir = `${TRACEFS}/instances/${name}`; }

  /** Makes the instance, limits it to `cpus` and enables `events` (each with its filter). */
  static create(events: readonly EventSpec[], cpus: readonly number[]): TraceInstance {
    ensureTracefs();
    seq += 1;
    const t = new TraceInstance(`rxpath-${process.pid}-${seq}`);
    mkdirSync(t.dir);
    t.forget = untilUndone(() => { t.remove(); return undefined; });
    try {
      writeFileSync(`${t.dir}/tracing_on`, '0');
      writeFileSync(`${t.dir}/buffer_size_kb`, '8192');
      const mask = cpus.reduce((m, c) => m | (1 << c), 0);
      writeFileSync(`${t.dir}/tracing_cpumask`, mask.toString(16));
      for (const e of events) {
        const ev = `${t.dir}/events/${e.group}/${e.name}`;
        if (e.filter) writeFileSync(`${ev}/filter`, e.filter);
        writeFileSync(`${ev}/enable`, '1');
      }
    } catch (err) {
      t.remove();
      throw err;
    }
    return t;
  }

  on(): void { writeFileSync(`${this.dir}/tracing_on`, '1'); }
  off(): void { writeFileSync(`${this.dir}/tracing_on`, '0'); }
  read(): string { return readFileSync(`${this.dir}/trace`, 'utf8'); }

  /** Disables the events and removes the instance directory. */
  remove(): void {
    this.forget();
    if (!existsSync(this.dir)) return;
    try { writeFileSync(`${this.dir}/tracing_on`, '0'); } catch { /* going anyway */ }
    try { writeFileSync(`${this.dir}/events/enable`, '0'); } catch { /* going anyway */ }
    rmdirSync(this.dir);
  }
}

/** Removes rxpath-* tracefs instances left by a recorder whose pid is gone. */
export function removeStaleInstances(): string[] {
  const dir = `${TRACEFS}/instances`;
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of run('ls', [dir]).split('\n')) {
    const m = /^rxpath-(\d+)-\d+$/.exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    try { process.kill(Number(m[1]), 0); continue; } catch { /* dead */ }
    try { writeFileSync(`${dir}/${name}/events/enable`, '0'); rmdirSync(`${dir}/${name}`); removed.push(name); } catch { /* busy */ }
  }
  return removed;
}
