// The tests Stryker (`npm run mutate`) runs against each mutant of src/model: the model's own tests
// (test/model), the mutation tests that pin kernel rules (test/mutation) and the property suite on
// the model (test/properties/model-conforms.test.ts). The property suite runs with the default seed
// and RXPATH_RUNS scenarios per property (set by stryker.config.json's vitest runner through the
// environment; default here 30) so that one mutant costs seconds, not minutes.
import { defineConfig } from 'vitest/config';

process.env.RXPATH_RUNS ??= '30';

export default defineConfig({
  test: {
    include: [
      'test/model/**/*.test.ts',
      'test/mutation/**/*.test.ts',
      'test/properties/model-conforms.test.ts',
    ],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
