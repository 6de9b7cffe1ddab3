// Every counter path the snapshot schema allows, as patterns (`softnet_stat[*].dropped`,
// `dev.*.rx_packets`, `snmp.Udp.InErrors`): what an implementation's `observes` and a golden
// trace's `observed` may name. A name that matches none of them is a typo, not a narrower claim.
import { readSchema } from './schema-files.ts';

type Schema = Record<string, unknown>;

/** Resolves a $ref relative to the file it is in (`#/$defs/X`, `counters/x.schema.json`, `x.json#/$defs/Y`). */
function resolve(ref: string, file: string): { schema: Schema; file: string } {
  const [path, frag] = ref.split('#');
  const target = path ? (file.includes('/') && !path.includes('/') ? `${file.slice(0, file.lastIndexOf('/') + 1)}${path}` : path) : file;
  let s = readSchema<Schema>(target);
  for (const seg of (frag ?? '').split('/').filter(Boolean)) s = s[seg] as Schema;
  return { schema: s, file: target };
}

interface Leaf {
  pattern: string;
  /** The x-rxpath annotation of the leaf or of its nearest annotated ancestor (an array's items). */
  annotation?: Record<string, unknown>;
}

function walk(schema: Schema, file: string, prefix: string, out: Leaf[], depth: number, note?: Record<string, unknown>): void {
  if (depth > 12) return;
  if (typeof schema.$ref === 'string') {
    const r = resolve(schema.$ref, file);
    walk(r.schema, r.file, prefix, out, depth + 1, note);
    return;
  }
  const here = (schema['x-rxpath'] as Record<string, unknown> | undefined) ?? note;
  const props = schema.properties as Record<string, Schema> | undefined;
  const extra = schema.additionalProperties;
  const items = schema.items as Schema | undefined;
  if (props) for (const [k, v] of Object.entries(props)) walk(v, file, prefix ? `${prefix}.${k}` : k, out, depth + 1);
  if (extra && typeof extra === 'object') walk(extra as Schema, file, `${prefix}.*`, out, depth + 1, here);
  if (items) walk(items, file, `${prefix}[*]`, out, depth + 1, here);
  if (!props && !(extra && typeof extra === 'object') && !items) out.push({ pattern: prefix, ...(here ? { annotation: here } : {}) });
}

let cached: readonly Leaf[] | undefined;

function leaves(): readonly Leaf[] {
  if (!cached) {
    const out: Leaf[] = [];
    walk(readSchema<Schema>('snapshot.schema.json'), 'snapshot.schema.json', '', out, 0);
    cached = out;
  }
  return cached;
}

/** Every leaf counter path of a snapshot, with `*` for device names and `[*]` for rows. */
export function snapshotPathPatterns(): readonly string[] {
  return leaves().map((l) => l.pattern);
}

/**
 * The counters the schema marks as counting how often the machinery ran (`x-rxpath.clock`:
 * interrupts, NET_RX softirq runs, RPS IPIs): they depend on the clock by nature.
 */
export function clockCounterPatterns(): readonly string[] {
  return leaves().filter((l) => l.annotation?.clock === true).map((l) => l.pattern);
}
