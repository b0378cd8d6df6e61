import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/bench/**/*.test.ts'],
    setupFiles: ['tests/helpers/cleanup.ts'],
    // Build tests run real `astro build`s; they share the machine's two cores.
    fileParallelism: false,
    // Timeouts catch hangs, never a slow machine: a build on a loaded 2-core
    // machine can take minutes, and that is not a failure.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
