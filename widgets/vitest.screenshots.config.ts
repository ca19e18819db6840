import { defineConfig } from 'vitest/config';

/** `pnpm screenshots`: not a test run, the same fixture taking the pictures of docs/screenshots/. */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: 'screenshots',
    root: import.meta.dirname,
    include: ['screenshots/*.screenshots.ts'],
    globalSetup: ['../gateway/test-support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
