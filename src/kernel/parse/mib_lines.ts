// Projects parsed header/value MIBs onto the counter schemas' line objects: the field names come
// from schemas/counters/ (as in src/model/mib.ts), so a column the schema does not know is ignored
// with a warning and a field the file lacks (an older kernel) is 0 and left out of `present`.
import { readSchema } from '../../spec/schema-files.ts';
import type { Mib } from './header_value.ts';

interface ObjSchema { $defs: Record<string, { properties: Record<string, unknown>; required?: string[] }> }

export function schemaFields(file: string, def: string): { fields: string[]; required: Set<string> } {
  const d = readSchema<ObjSchema>(file).$defs[def];
  return { fields: Object.keys(d.properties), required: new Set(d.required ?? []) };
}

/**
 * One line object: every schema field, from the MIB or 0. `present` collects "prefix.Field" for
 * the fields the file really had. Optional schema fields the file lacks are left out.
 */
export function projectLine(
  mib: Mib | undefined, file: string, def: string, path: string, present: string[],
): Record<string, number> {
  const { fields, required } = schemaFields(file, def);
  const out: Record<string, number> = {};
  for (const f of fields) {
    const v = mib?.get(f);
    if (v !== undefined) {
      out[f] = v;
      present.push(`${path}.${f}`);
    } else if (required.has(f)) {
      out[f] = 0;
    }
  }
  return out;
}
