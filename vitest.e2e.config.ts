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
    // expect.poll() gives up after 1 s by default: on a loaded machine Pagefind's index or a preview can take longer to
    // arrive, and that is slowness, not a fault. A poll still fails when what it waits for never comes.
    expect: { poll: { timeout: 60_000 } },
  },
});
