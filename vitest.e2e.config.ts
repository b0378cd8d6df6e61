import { defineConfig } from 'vitest/config';

// Browser tests: `npm run test:e2e` (needs Debian's chromium: apt-get install chromium).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
