import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@server': fileURLToPath(new URL('./server', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    // The first PGlite of a process takes several seconds to start.
    hookTimeout: 60_000,
    // Vitest's default of one worker less than the CPUs is a single worker on a 2-CPU CI machine;
    // the files wait on PGlite, PostgreSQL and jsdom in turn, so two workers share two CPUs well.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          environment: 'node',
          include: [
            'tests/api/**/*.test.ts',
            'tests/sample/**/*.test.ts',
            'tests/server/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          // A test may wait for several screens, each up to the 30 s of ui-setup.ts.
          testTimeout: 120_000,
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/ui-setup.ts'],
        },
      },
    ],
  },
});
