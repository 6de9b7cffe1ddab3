// Generated files must match what their generators produce from schemas/ today.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES, generateTypes } from '../../scripts/gen-types.ts';
import { REFERENCE_MD, generateReference } from '../../scripts/gen-reference.ts';
import { GENERATED_VALIDATORS, generateValidators } from '../../scripts/gen-validators.ts';
import { precompiledRefs, SCHEMA_BASE, schemaValidator } from '../../src/spec/ajv.ts';
import { allSpecEntries } from '../../src/spec/registry.ts';

describe('generated files are fresh', () => {
  it('src/generated/schema-types.ts (npm run gen:types)', async () => {
    expect(readFileSync(GENERATED_TYPES, 'utf8'), 'stale: run npm run gen:types').toBe(await generateTypes());
  });
  it('src/generated/validators.cjs (npm run gen:validators)', () => {
    expect(readFileSync(GENERATED_VALIDATORS, 'utf8') === generateValidators(), 'stale: run npm run gen:validators').toBe(true);
  });
  it('every precompiled reference is served by the generated code, not compiled at run time', () => {
    const require = createRequire(import.meta.url);
    const { precompiled } = require(GENERATED_VALIDATORS) as { precompiled: Record<string, unknown> };
    const refs = precompiledRefs();
    expect(Object.keys(precompiled).sort()).toEqual(refs.map((r) => r.slice(SCHEMA_BASE.length)).sort());
    for (const ref of refs) expect(schemaValidator(ref)).toBe(precompiled[ref.slice(SCHEMA_BASE.length)]);
  });
  it('docs/reference.md (npm run gen:docs)', () => {
    expect(readFileSync(REFERENCE_MD, 'utf8'), 'stale: run npm run gen:docs').toBe(generateReference());
  });
  it('docs/reference.md has a row for every spec entry', () => {
    const md = generateReference();
    for (const e of allSpecEntries()) expect(md).toContain(`| \`${e.name}\` |`);
  });
});
