// Generated files must match what their generators produce from schemas/ today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES, generateTypes } from '../../scripts/gen-types.ts';
import { REFERENCE_MD, generateReference } from '../../scripts/gen-reference.ts';
import { allSpecEntries } from '../../src/spec/registry.ts';

describe('generated files are fresh', () => {
  it('src/generated/schema-types.ts (npm run gen:types)', async () => {
    expect(readFileSync(GENERATED_TYPES, 'utf8'), 'stale: run npm run gen:types').toBe(await generateTypes());
  });
  it('docs/reference.md (npm run gen:docs)', () => {
    expect(readFileSync(REFERENCE_MD, 'utf8'), 'stale: run npm run gen:docs').toBe(generateReference());
  });
  it('docs/reference.md has a row for every spec entry', () => {
    const md = generateReference();
    for (const e of allSpecEntries()) expect(md).toContain(`| \`${e.name}\` |`);
  });
});
