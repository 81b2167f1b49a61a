import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['vitest.setup.ts'],
    // Property tests run hundreds of cases; a machine shared with a build must not time them out.
    testTimeout: 30_000,
  },
});
