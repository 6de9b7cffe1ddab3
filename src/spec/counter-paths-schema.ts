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

function walk(schema: Schema, file: string, prefix: string, out: string[], depth: number): void {
  if (depth > 12) return;
  if (typeof schema.$ref === 'string') {
    const r = resolve(schema.$ref, file);
    walk(r.schema, r.file, prefix, out, depth + 1);
    return;
  }
  const props = schema.properties as Record<string, Schema> | undefined;
  const extra = schema.additionalProperties;
  const items = schema.items as Schema | undefined;
  if (props) for (const [k, v] of Object.entries(props)) walk(v, file, prefix ? `${prefix}.${k}` : k, out, depth + 1);
  if (extra && typeof extra === 'object') walk(extra as Schema, file, `${prefix}.*`, out, depth + 1);
  if (items) walk(items, file, `${prefix}[*]`, out, depth + 1);
  if (!props && !(extra && typeof extra === 'object') && !items) out.push(prefix);
}

let cached: readonly string[] | undefined;

/** Every leaf counter path of a snapshot, with `*` for device names and `[*]` for rows. */
export function snapshotPathPatterns(): readonly string[] {
  if (!cached) {
    const out: string[] = [];
    walk(readSchema<Schema>('snapshot.schema.json'), 'snapshot.schema.json', '', out, 0);
    cached = out;
  }
  return cached;
}
