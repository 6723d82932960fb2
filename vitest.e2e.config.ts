import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in real browsers (`npm run test:e2e`, which builds first). One file at a time:
 * each scenario file starts its own browser and sample server.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
