// `rxpath snapshot --explain`: which counters grew, what each means and which setting to look at,
// all read from the spec: a counter is a symptom (a drop, an error, a limit reached) when its
// annotation names a kernel drop reason or its description says what to do when it "Grows:"; the
// settings to look at are the sysctls, socket options and ethtool commands its description and
// note name. The other counters that grew are traffic, listed by name.
import type { ProfileName } from '../generated/schema-types.ts';
import { listSpecEntries, type SpecEntry } from '../spec/registry.ts';
import type { Series } from './series.ts';

export interface Growth {
  series: Series;
  delta: number;
}

export interface Explained {
  /** The spec entry's name (`softnet_stat.dropped`). */
  name: string;
  entry: SpecEntry;
  total: number;
  /** Each instance that grew (per CPU, device, socket). */
  instances: Growth[];
  symptom: boolean;
  /** Sysctls and settings its description or note names. */
  settings: SpecEntry[];
}

/** A drop, an error or a limit reached: the spec names a drop reason, or says what to do when it grows. */
export function isSymptom(entry: SpecEntry): boolean {
  return entry.annotation.dropReason !== undefined || /\bGrows:/.test(entry.description);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sysctls and settings a counter's description and note name: a sysctl by its full or last
 * name (`netdev_budget` is not `netdev_budget_usecs`), a socket option by its name (`SO_RCVBUF`),
 * a device setting by its ethtool command (`ethtool -G`).
 */
export function settingsFor(entry: SpecEntry): SpecEntry[] {
  const text = `${entry.description} ${entry.annotation.note ?? ''}`;
  const named = (word: string): boolean => new RegExp(`(^|[^A-Za-z0-9_.])${escape(word)}(?![A-Za-z0-9_])`).test(text);
  const out: SpecEntry[] = [];
  for (const e of [...listSpecEntries({ kind: 'sysctl' }), ...listSpecEntries({ kind: 'setting' })]) {
    const a = e.annotation.aliases;
    const ethtoolCmd = a.ethtool?.split(' ').slice(0, 2).join(' ');
    const hit = e.annotation.kind === 'sysctl'
      ? named(e.name) || named(e.name.slice(e.name.lastIndexOf('.') + 1))
      : (a.sockopt !== undefined && named(a.sockopt))
        || (ethtoolCmd !== undefined && ethtoolCmd.startsWith('ethtool -') && text.includes(ethtoolCmd));
    if (hit) out.push(e);
  }
  return out;
}

/** The growth grouped by spec entry, symptoms first, each group in the order first seen. */
export function explainGrowth(growth: readonly Growth[]): Explained[] {
  const groups = new Map<string, Explained>();
  for (const g of growth) {
    if (g.delta <= 0) continue;
    let x = groups.get(g.series.name);
    if (!x) {
      const entry = g.series.entry;
      groups.set(g.series.name, x = { name: g.series.name, entry, total: 0, instances: [], symptom: isSymptom(entry), settings: settingsFor(entry) });
    }
    x.total += g.delta;
    x.instances.push(g);
  }
  const all = [...groups.values()];
  return [...all.filter((x) => x.symptom), ...all.filter((x) => !x.symptom)];
}

export interface ExplainTextOptions {
  /** "since boot", "over 10.0 s (...)" */
  period: string;
  profile: ProfileName;
  /** A sysctl's value on this machine, when it can be read. */
  sysctlValue?: (name: string) => string | undefined;
}

function instanceText(g: Growth): string {
  const where = Object.entries(g.series.labels).map(([k, v]) => (k === 'device' || k === 'socket' || k === 'irq' ? v : `${k} ${v}`)).join(' ');
  return `${where || g.series.path} +${g.delta}`;
}

function settingLine(e: SpecEntry, o: ExplainTextOptions): string {
  const a = e.annotation;
  const d = a.profiles[o.profile]?.default;
  const dflt = d === undefined || d === null ? '' : ` (${o.profile} default ${JSON.stringify(d)})`;
  if (a.kind === 'sysctl') {
    const v = o.sysctlValue?.(e.name);
    return `${e.name}${v === undefined ? '' : ` = ${v} here`}${dflt}`;
  }
  const how = a.aliases.sockopt ?? a.aliases.ethtool ?? a.aliases.sysfs ?? a.aliases.proc ?? '';
  return `${e.name}${how ? ` (${how})` : ''}${dflt}`;
}

/** Items joined with ", " into lines of at most about `width` characters. */
function wrap(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + item.length + 2 <= width) lines[last] += `, ${item}`;
    else lines.push(item);
  }
  return lines;
}

/** The explanation as text. */
export function explanationText(list: readonly Explained[], o: ExplainTextOptions): string {
  const symptoms = list.filter((x) => x.symptom);
  const traffic = list.filter((x) => !x.symptom);
  const out: string[] = [];
  if (symptoms.length === 0) out.push(`No drop, error or limit counter grew ${o.period}.`);
  else out.push(`Drops, errors and limits that grew ${o.period}:`);
  for (const x of symptoms) {
    const where = x.instances.some((g) => Object.keys(g.series.labels).length) ? `  (${x.instances.map(instanceText).join(', ')})` : '';
    out.push('', `  ${x.name}  +${x.total}${where}`);
    out.push(`    ${x.entry.description}`);
    if (x.entry.annotation.note) out.push(`    note: ${x.entry.annotation.note}`);
    const dr = x.entry.annotation.dropReason;
    if (dr !== undefined) out.push(`    kernel drop reason: ${[dr].flat().join(', ')}`);
    for (const s of x.settings) out.push(`    look at: ${settingLine(s, o)}`);
  }
  if (traffic.length) {
    out.push('', `Other counters that grew ${o.period} (traffic):`);
    out.push(...wrap(traffic.map((x) => `${x.name} +${x.total}`), 100).map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}
