// The spec registry: every sysctl, setting and counter the schemas annotate with `x-rxpath`,
// under a qualified name (net.core.netdev_budget, device.coalesce.rxUsecs, snmp.Udp.RcvbufErrors).
import type { ProfileName, RxpathAnnotation } from '../generated/schema-types.ts';
import { readSchema } from './schema-files.ts';
import { ANNOTATION_KEYWORD } from './ajv.ts';

export type SpecKind = RxpathAnnotation['kind'];
export type SpecScope = RxpathAnnotation['scope'];
export type ProfileAnnotation = RxpathAnnotation['profiles'][string];

export const PROFILES: readonly ProfileName[] = readSchema<{ enum: ProfileName[] }>('profile.schema.json').enum;

export interface SpecEntry {
  /** Qualified name: the sysctl name, `device.ringSize`, `device.queues[].rpsCpus`, `snmp.Udp.RcvbufErrors`. */
  name: string;
  /** What it is for a reader (the schema property's description). */
  description: string;
  /** The schema file and the JSON pointer of the annotated property inside it. */
  schemaFile: string;
  schemaPointer: string;
  /** The JSON type of the value ("integer", "string", "boolean", "array of integer"). */
  valueType: string;
  annotation: RxpathAnnotation;
}

/** Where the annotated items live, and the name prefix of each file. */
export const SPEC_SOURCES: readonly { file: string; prefix: string }[] = [
  { file: 'sysctls.schema.json', prefix: '' },
  { file: 'device.schema.json', prefix: 'device' },
  { file: 'socket.schema.json', prefix: 'socket' },
  { file: 'counters/softnet_stat.schema.json', prefix: 'softnet_stat' },
  { file: 'counters/snmp.schema.json', prefix: 'snmp' },
  { file: 'counters/snmp6.schema.json', prefix: 'snmp6' },
  { file: 'counters/netstat.schema.json', prefix: 'netstat' },
  { file: 'counters/dev.schema.json', prefix: 'dev' },
  { file: 'counters/ethtool.schema.json', prefix: 'ethtool' },
  { file: 'counters/veth.schema.json', prefix: 'veth' },
  { file: 'counters/udp.schema.json', prefix: 'udp' },
  { file: 'counters/rxq_ovfl.schema.json', prefix: 'rxq_ovfl' },
  { file: 'counters/softirqs.schema.json', prefix: 'softirqs' },
  { file: 'counters/interrupts.schema.json', prefix: 'interrupts' },
];

type Json = Record<string, unknown>;

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Resolves a same-file `#/$defs/X` reference; other references are left alone. */
function deref(root: Json, node: Json): { node: Json; pointer?: string } {
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    let cur: unknown = root;
    for (const part of ref.slice(2).split('/')) cur = (cur as Json)[part];
    return { node: cur as Json, pointer: ref.slice(1) };
  }
  return { node };
}

function valueTypeOf(root: Json, node: Json): string {
  const n = deref(root, node).node;
  if (n.type === 'array') {
    const items = n.items ? deref(root, n.items as Json).node : {};
    return `array of ${String(items.type ?? items.title ?? 'any')}`;
  }
  if (Array.isArray(n.type)) return n.type.join(' | ');
  return String(n.type ?? n.title ?? 'any');
}

/**
 * Walks one schema. Object properties append `.key`; array items append `[]` (except at the top of
 * a counter file, whose rows are implied); maps (additionalProperties schemas, keyed by device or
 * IRQ name) append nothing.
 */
function walk(root: Json, file: string, node: Json, pointer: string, name: string, out: SpecEntry[], seen: Set<Json>): void {
  const ann = node[ANNOTATION_KEYWORD] as RxpathAnnotation | undefined;
  if (ann) {
    out.push({
      name,
      description: String(node.description ?? deref(root, node).node.description ?? ''),
      schemaFile: file,
      schemaPointer: pointer,
      valueType: valueTypeOf(root, node),
      annotation: ann,
    });
  }
  const { node: target, pointer: targetPtr } = deref(root, node);
  if (seen.has(target)) return;
  seen.add(target);
  const base = targetPtr ?? pointer;
  const join = (k: string): string => (name === '' ? k : `${name}.${k}`);
  if (target.properties) {
    for (const [k, v] of Object.entries(target.properties as Record<string, Json>)) {
      walk(root, file, v, `${base}/properties/${escapePointer(k)}`, join(k), out, seen);
    }
  }
  if (target.items && typeof target.items === 'object') {
    const topRows = pointer === '';
    walk(root, file, target.items as Json, `${base}/items`, topRows ? name : `${name}[]`, out, seen);
  }
  if (target.additionalProperties && typeof target.additionalProperties === 'object') {
    walk(root, file, target.additionalProperties as Json, `${base}/additionalProperties`, name, out, seen);
  }
  seen.delete(target);
}

let entries: SpecEntry[] | undefined;
let byName: Map<string, SpecEntry> | undefined;

/** Every annotated item, in schema order (sysctls, device, socket, then the counter files). */
export function allSpecEntries(): readonly SpecEntry[] {
  if (!entries) {
    const out: SpecEntry[] = [];
    for (const { file, prefix } of SPEC_SOURCES) {
      const root = readSchema<Json>(file);
      walk(root, file, root, '', prefix, out, new Set());
    }
    entries = out;
    byName = new Map(out.map((e) => [e.name, e]));
  }
  return entries;
}

export interface SpecFilter {
  kind?: SpecKind;
  scope?: SpecScope;
  /** Only items that exist in this profile. */
  profile?: ProfileName;
}

export function listSpecEntries(filter: SpecFilter = {}): SpecEntry[] {
  return allSpecEntries().filter((e) =>
    (!filter.kind || e.annotation.kind === filter.kind) &&
    (!filter.scope || e.annotation.scope === filter.scope) &&
    (!filter.profile || e.annotation.profiles[filter.profile] !== undefined));
}

/** The entry named `name`, or undefined. */
export function getSpecEntry(name: string): SpecEntry | undefined {
  allSpecEntries();
  return byName!.get(name);
}

/** Names close to `name` (same last segment, or a shared prefix), for "did you mean". */
export function similarSpecNames(name: string, max = 3): string[] {
  const last = name.split(/[.[\]]+/).filter(Boolean).pop()?.toLowerCase() ?? '';
  const all = allSpecEntries().map((e) => e.name);
  const scored = all
    .map((n) => ({ n, d: editDistance(n.toLowerCase(), name.toLowerCase()) }))
    .filter(({ n, d }) => d <= Math.max(2, Math.floor(name.length / 4)) || (last.length > 3 && n.toLowerCase().endsWith(last)))
    .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1));
  return scored.slice(0, max).map((s) => s.n);
}

function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** A profile's value of every sysctl and setting that exists in it (null: derived at run time). */
export function profileDefaults(profile: ProfileName): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const e of allSpecEntries()) {
    if (e.annotation.kind !== 'sysctl' && e.annotation.kind !== 'setting') continue;
    const p = e.annotation.profiles[profile];
    if (p) out.set(e.name, structuredClone(p.default));
  }
  return out;
}
