import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests run against the TypeScript sources; end-to-end tests spawn the built CLI.
    alias: [
      { find: /^@govlint\/core$/, replacement: here('./packages/core/src/index.ts') },
      { find: /^@govlint\/core\/runtime$/, replacement: here('./packages/core/src/runtime.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/rules-*/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
