import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 has no "exports": without this alias Node loads its CJS build and Vite its ESM one.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts', 'test-support/**/*.test.ts'],
    globalSetup: ['../gateway/test-support/global-setup.ts'],
    // Each file starts a gateway, a Vite server and Chromium: slower than unit tests, still bounded.
    testTimeout: 30_000,
    // Every test builds its own gateway and pages (useWidgetsFixture): shuffled on every run, an order dependence shows.
    sequence: { shuffle: true },
    hookTimeout: 60_000,
  },
});
