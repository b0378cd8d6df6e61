import { defineConfig } from 'vitest/config';

// Browser tests: `npm run test:e2e` (needs Debian's chromium: apt-get install chromium).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    setupFiles: ['tests/helpers/cleanup.ts'],
    fileParallelism: false,
    // Only hangs fail on time; a loaded machine is slow, not wrong.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
