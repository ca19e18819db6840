import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 has no "exports": without this alias Node loads its CJS build and Vite its ESM one.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: 'test',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    globalSetup: ['../gateway/test-support/global-setup.ts'],
    // @module-federation/vite turns itself off under vitest; the embedding test builds the real remote.
    env: { MFE_VITE_NO_TEST_ENV_CHECK: 'true' },
    // Cross-package flows start a gateway, a Vite server and Chromium: slower than unit tests, still bounded.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
