// The one ajv instance: every schema in schemas/ added once, the `x-rxpath` keyword declared with
// schemas/annotation.schema.json as its metaSchema (strict mode: an unknown keyword or a wrong
// annotation fails compilation).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { SCHEMAS_DIR, readSchema } from './schema-files.ts';

// ajv-formats is CommonJS; its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => Ajv2020;

export const SCHEMA_BASE = 'https://rxpath.dev/schemas/';
export const ANNOTATION_KEYWORD = 'x-rxpath';

/** Every schema file under schemas/, as paths relative to it ("counters/snmp.schema.json"). */
export function schemaFiles(dir = SCHEMAS_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.schema.json')) out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * A fresh ajv with the annotation keyword declared. `annotationSchema` replaces
 * schemas/annotation.schema.json (tests use it); `schemas` are added after it.
 */
export function createAjv(opts: { annotationSchema?: object } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true });
  addFormats(ajv);
  // The annotation's profile keys $ref the profile enum: it must be known before the keyword.
  ajv.addSchema(readSchema('profile.schema.json') as object);
  ajv.addKeyword({
    keyword: ANNOTATION_KEYWORD,
    metaSchema: opts.annotationSchema ?? readSchema('annotation.schema.json'),
  });
  return ajv;
}

let shared: Ajv2020 | undefined;

/** The shared instance with every schema file added (compiled on first use of each). */
export function getAjv(): Ajv2020 {
  if (!shared) {
    const ajv = createAjv();
    for (const f of schemaFiles()) {
      if (f === 'profile.schema.json' || f === 'annotation.schema.json') continue;
      ajv.addSchema(readSchema(f) as object);
    }
    shared = ajv;
  }
  return shared;
}

const validators = new Map<string, ValidateFunction>();

/** The compiled validator of schemas/<file> (e.g. "scenario.schema.json"), compiled once. */
export function validatorFor(file: string): ValidateFunction {
  let v = validators.get(file);
  if (!v) {
    const ajv = getAjv();
    v = ajv.getSchema(SCHEMA_BASE + file);
    if (!v) throw new Error(`schema ${file} is not loaded`);
    validators.set(file, v);
  }
  return v;
}

/** Compiles every schema file: throws on the first that fails (a wrong annotation, a bad $ref). */
export function compileAll(): string[] {
  const files = schemaFiles().filter((f) => f !== 'annotation.schema.json');
  for (const f of files) validatorFor(f);
  return files;
}
