import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

/** One ES module file built from `entry` (a path from this folder), everything it imports bundled. */
export function singleModuleConfig(
  outDir: string,
  { entry, fileName, emptyOutDir }: { entry: string; fileName: string; emptyOutDir: boolean },
): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('..', import.meta.url)),
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['es'], fileName: () => fileName },
    },
  };
}

/** The plain ES module: every widget and Lit in one file, for `<script type="module" src="…">` from any origin. */
export function libraryConfig(outDir: string): InlineConfig {
  return singleModuleConfig(outDir, {
    entry: '../src/index.ts',
    fileName: 'proximus-privacy-widgets.js',
    emptyOutDir: true,
  });
}
