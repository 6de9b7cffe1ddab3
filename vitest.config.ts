import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `import ... from 'rxpath'` in this repository's own tests and examples means the sources: the
// package's exports point at the compiled dist/, which may be absent or stale here.
const source = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^rxpath$/, replacement: source('./src/index.ts') },
      { find: /^rxpath\/vitest$/, replacement: source('./src/vitest.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'properties/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
