// Generates src/generated/validators.cjs: ajv's standalone code (CommonJS, loaded lazily by
// src/spec/ajv.ts with createRequire) for the validators rxpath uses on
// every run (each schema file, each sysctl's value schema, each adapter-protocol message), so that
// a process or a test file does not compile the schemas again (~0.3 s each time). The code comes
// from the same ajv instance and options as src/spec/ajv.ts, so errors are the same objects.
// `--check` exits 1 when the committed file is stale (test/spec/generated-fresh.test.ts runs it too).
import standaloneCode from 'ajv/dist/standalone/index.js';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledRefs, createAjv, schemaFiles, SCHEMA_BASE } from '../src/spec/ajv.ts';
import { readSchema } from '../src/spec/schema-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_VALIDATORS = join(root, 'src/generated/validators.cjs');

type Standalone = (ajv: ReturnType<typeof createAjv>, refs: Record<string, string>) => string;
// ajv's standalone module is CommonJS; its function arrives as `default` of the module object.
const standalone = ((standaloneCode as unknown as { default?: unknown }).default ?? standaloneCode) as Standalone;

export function generateValidators(): string {
  const ajv = createAjv({ code: { source: true, lines: true } });
  for (const f of schemaFiles()) {
    if (f === 'profile.schema.json' || f === 'annotation.schema.json') continue;
    ajv.addSchema(readSchema(f) as object);
  }
  const refs = precompiledRefs();
  const names: Record<string, string> = {};
  refs.forEach((ref, i) => { names[`v${i}`] = ref; });
  const code = standalone(ajv, names);
  const table = refs.map((ref, i) => `  ${JSON.stringify(ref.slice(SCHEMA_BASE.length))}: exports.v${i},`).join('\n');
  return [
    '// Generated from schemas/ by scripts/gen-validators.ts (npm run gen:validators). Do not edit by hand.',
    '/* eslint-disable */',
    code,
    '/** Precompiled validators by reference relative to the schema base URI. */',
    `exports.precompiled = {\n${table}\n};`,
    '',
  ].join('\n');
}

function main(): void {
  const text = generateValidators();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(GENERATED_VALIDATORS, 'utf8'); } catch { /* missing */ }
    if (current !== text) {
      console.error(`${GENERATED_VALIDATORS} is stale: run npm run gen:validators`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(dirname(GENERATED_VALIDATORS), { recursive: true });
  const tmp = `${GENERATED_VALIDATORS}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, GENERATED_VALIDATORS);
  console.log(`wrote ${GENERATED_VALIDATORS}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
