import { defineConfig } from 'vitest/config';

/** Real-browser tests: `npm start` in a child process driven by Chromium (playwright-core). */
export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    hookTimeout: 180_000,
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
