import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Checking all the content takes about a second on a quiet machine but over five on a busy one
    // (several builds beside it); this is how long a test may take before it fails, not a wait.
    testTimeout: 30_000,
  },
});
