// The tests Stryker (npm run mutate) runs against each mutant of src/model: the property suite on
// the model and the model's own tests. RXPATH_RUNS lowers the property run count for speed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/properties/model-conforms.test.ts', 'test/model/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
