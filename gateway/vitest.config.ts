import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 has no "exports": without this alias Node loads its CJS build and Vite its ESM one.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: 'gateway',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['test-support/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
