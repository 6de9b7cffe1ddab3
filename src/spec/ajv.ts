// The one ajv instance: every schema in schemas/ added once, the `x-rxpath` keyword declared with
// schemas/annotation.schema.json as its metaSchema (strict mode: an unknown keyword or a wrong
// annotation fails compilation).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { CodeOptions, ValidateFunction } from 'ajv';
import { SCHEMAS_DIR, readSchema } from './schema-files.ts';
import { createRequire } from 'node:module';

// ajv and ajv-formats are CommonJS, loaded on first use: a run whose validators are all precompiled
// (src/generated/validators.cjs) never loads them.
const require = createRequire(import.meta.url);
type AjvClass = new (opts: object) => Ajv2020;
function ajvClass(): AjvClass {
  return (require('ajv/dist/2020.js') as { Ajv2020: AjvClass }).Ajv2020;
}
function addFormats(ajv: Ajv2020): void {
  const m = require('ajv-formats') as { default?: (a: Ajv2020) => Ajv2020 } & ((a: Ajv2020) => Ajv2020);
  (m.default ?? m)(ajv);
}

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
export function createAjv(opts: { annotationSchema?: object; code?: CodeOptions } = {}): Ajv2020 {
  const Ajv2020 = ajvClass();
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, ...(opts.code ? { code: opts.code } : {}) });
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

/**
 * The references whose validators are precompiled: every schema file, each sysctl's value schema
 * (src/spec/semantic.ts) and each adapter-protocol message (src/impl/protocol-schema.ts).
 */
export function precompiledRefs(): string[] {
  const refs = schemaFiles().filter((f) => f !== 'annotation.schema.json').map((f) => SCHEMA_BASE + f);
  const sysctls = readSchema('sysctls.schema.json') as { properties: Record<string, unknown> };
  for (const name of Object.keys(sysctls.properties).sort()) refs.push(`${SCHEMA_BASE}sysctls.schema.json#/properties/${escapeRef(name)}`);
  const protocol = readSchema('protocol.schema.json') as { $defs: Record<string, unknown> };
  for (const def of Object.keys(protocol.$defs).sort()) refs.push(`${SCHEMA_BASE}protocol.schema.json#/$defs/${escapeRef(def)}`);
  return refs;
}

/** A JSON pointer token (RFC 6901), as ajv expects it in a reference's fragment. */
function escapeRef(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

const validators = new Map<string, ValidateFunction>();

let precompiled: Record<string, ValidateFunction | undefined> | undefined;
/** ajv's standalone code of the validators in precompiledRefs (scripts/gen-validators.ts), loaded once. */
function precompiledValidators(): Record<string, ValidateFunction | undefined> {
  if (precompiled === undefined) {
    try {
      precompiled = (require('../generated/validators.cjs') as { precompiled: typeof precompiled }).precompiled ?? {};
    } catch (e) {
      // not generated yet (npm run gen:validators): every validator is compiled on use
      if ((e as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw e;
      precompiled = {};
    }
  }
  return precompiled;
}

/**
 * The validator of a schema reference (`${SCHEMA_BASE}file[#fragment]`): the precompiled one when
 * there is one, else compiled by the shared instance on first use.
 */
export function schemaValidator(ref: string): ValidateFunction {
  let v = validators.get(ref);
  if (!v) {
    v = precompiledValidators()[ref.slice(SCHEMA_BASE.length)] ?? getAjv().getSchema(ref);
    if (!v) throw new Error(`schema ${ref} is not loaded`);
    validators.set(ref, v);
  }
  return v;
}

/** The validator of schemas/<file> (e.g. "scenario.schema.json"). */
export function validatorFor(file: string): ValidateFunction {
  return schemaValidator(SCHEMA_BASE + file);
}

/** Compiles every schema file: throws on the first that fails (a wrong annotation, a bad $ref). */
export function compileAll(): string[] {
  const files = schemaFiles().filter((f) => f !== 'annotation.schema.json');
  const ajv = getAjv();
  for (const f of files) if (!ajv.getSchema(SCHEMA_BASE + f)) throw new Error(`schema ${f} is not loaded`);
  return files;
}
