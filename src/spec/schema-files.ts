// Where the schemas live and how to read one. Everything that loads a schema goes through here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.ts';

export { PACKAGE_ROOT };
export const SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');

const cache = new Map<string, unknown>();

/** Reads schemas/<relPath> (e.g. "sysctls.schema.json", "counters/snmp.schema.json") once. */
export function readSchema<T = Record<string, unknown>>(relPath: string): T {
  let s = cache.get(relPath);
  if (s === undefined) {
    s = JSON.parse(readFileSync(join(SCHEMAS_DIR, relPath), 'utf8'));
    cache.set(relPath, s);
  }
  return s as T;
}
