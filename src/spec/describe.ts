// Plain-text renderings of spec entries, shared by `rxpath spec` and docs/reference.md.
import type { ProfileName } from '../generated/schema-types.ts';
import { PROFILES, type ProfileAnnotation, type SpecEntry } from './registry.ts';

export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return 'derived';
  if (typeof v === 'string') return `"${v}"`;
  return JSON.stringify(v);
}

/** "1..2147483647", ">= 1", "<= 255", "any" (counters: "0..2^32-1"). */
export function formatRange(p: ProfileAnnotation): string {
  if (p.bits !== undefined) return `${p.minimum ?? 0}..2^${p.bits}-1 (wraps)`;
  if (p.minimum !== undefined && p.maximum !== undefined) return `${p.minimum}..${p.maximum}`;
  if (p.minimum !== undefined) return `>= ${p.minimum}`;
  if (p.maximum !== undefined) return `<= ${p.maximum}`;
  return 'see check';
}

export function formatAliases(e: SpecEntry): string[] {
  const a = e.annotation.aliases as Record<string, string | undefined>;
  return Object.entries(a).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`);
}

export function formatDropReason(e: SpecEntry): string {
  const d = e.annotation.dropReason;
  if (d === undefined) return '';
  return Array.isArray(d) ? d.join(', ') : d;
}

/** Profiles the entry exists in. */
export function profilesOf(e: SpecEntry): ProfileName[] {
  return PROFILES.filter((p) => e.annotation.profiles[p] !== undefined);
}

/** Every annotation of one entry, as lines of text. */
export function describeEntry(e: SpecEntry): string[] {
  const a = e.annotation;
  const lines = [`${e.name}  (${a.kind}, scope ${a.scope}, unit ${a.unit}, ${e.valueType})`];
  if (e.description) lines.push(`  ${e.description}`);
  for (const p of PROFILES) {
    const pa = a.profiles[p];
    if (!pa) { lines.push(`  ${p}: does not exist`); continue; }
    const parts = [`default ${formatValue(pa.default)}`, `range ${formatRange(pa)}`];
    if (pa.column !== undefined) parts.push(`column ${pa.column}`);
    lines.push(`  ${p}: ${parts.join('; ')}`);
    lines.push(`    check: ${pa.check}`);
    if (pa.kernel) lines.push(`    kernel: ${pa.kernel.join(', ')}`);
  }
  lines.push(`  kernel: ${a.kernel.join(', ')}`);
  for (const al of formatAliases(e)) lines.push(`  ${al}`);
  const dr = formatDropReason(e);
  if (dr) lines.push(`  drop reason: ${dr}`);
  if (a.note) lines.push(`  note: ${a.note}`);
  lines.push(`  schema: ${e.schemaFile}#${e.schemaPointer}`);
  return lines;
}
