import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/bench/**/*.test.ts'],
    // Build tests run real `astro build`s; they share the machine's two cores.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
