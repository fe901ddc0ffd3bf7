import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure code, no services) and `integration` (*.int.test.ts,
// against the real Postgres and Meilisearch that scripts/test.mts starts).
const shared = {
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests are server code.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty-module.ts'),
    },
  },
};

// next-auth imports `next/server` without an extension, which Node's ESM
// resolver refuses; letting Vite bundle it resolves the import as Next does.
const server = { deps: { inline: ['next-auth'] } };

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          environment: 'node',
          server,
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          environment: 'node',
          server,
          include: ['lib/**/*.int.test.ts', 'app/**/*.int.test.ts', 'scripts/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Tests share one database; each makes its own uniquely named data.
          fileParallelism: false,
        },
      },
    ],
  },
});
