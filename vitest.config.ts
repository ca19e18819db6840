import { defineConfig } from 'vitest/config';

/** `pnpm test`: every package's tests in one run. */
export default defineConfig({
  test: {
    projects: ['gateway', 'widgets', 'test'],
  },
});
