// Generates src/generated/schema-types.ts from schemas/ with json-schema-to-typescript.
// `--check` exits 1 when the committed file is stale (test/generated-fresh.test.ts runs it too).
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_TYPES = join(root, 'src/generated/schema-types.ts');

/** Top-level schemas whose types the code uses; nested $refs come along. */
export const TYPED_SCHEMAS = [
  'scenario', 'config', 'workload', 'observations', 'snapshot', 'trace-event', 'profile', 'sysctls',
  'golden-trace', 'protocol', 'annotation',
];

export async function generateTypes(): Promise<string> {
  const rootSchema = {
    title: 'RxpathSchemas',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(TYPED_SCHEMAS.map((n) => [n, { $ref: `${n}.schema.json` }])),
  };
  const body = await compile(rootSchema as never, 'RxpathSchemas', {
    cwd: join(root, 'schemas'),
    additionalProperties: false,
    bannerComment:
      '/* Generated from schemas/ by scripts/gen-types.ts (npm run gen:types). Do not edit by hand. */',
    declareExternallyReferenced: true,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  return body;
}

async function main(): Promise<void> {
  const text = await generateTypes();
  const check = process.argv.includes('--check');
  let current = '';
  try { current = readFileSync(GENERATED_TYPES, 'utf8'); } catch { /* absent */ }
  if (check) {
    if (current !== text) {
      console.error(`${GENERATED_TYPES} is stale: run npm run gen:types`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(dirname(GENERATED_TYPES), { recursive: true });
  const tmp = `${GENERATED_TYPES}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, GENERATED_TYPES);
  console.log(`wrote ${GENERATED_TYPES}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
