import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

/** The plain ES module: every widget and Lit in one file, for `<script type="module" src="…">` from any origin. */
export function libraryConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('..', import.meta.url)),
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL('../src/index.ts', import.meta.url)),
        formats: ['es'],
        fileName: () => 'proximus-privacy-widgets.js',
      },
    },
  };
}
