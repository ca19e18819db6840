import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

/**
 * One ES module file built from `entry` (a path from this folder), everything it imports bundled
 * except what it imports dynamically: each language's dictionary is a chunk beside it, imported
 * relative to the module's own URL (so from the widgets' origin, with CORS, wherever the host is).
 */
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
      // Vite's library mode leaves minifying to the consumer's bundler; hosts load these files as they are (3 kB gzip less).
      rolldownOptions: { output: { minify: true } },
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['es'], fileName: () => fileName },
    },
  };
}

/** Which entry point a plain ES module is built from, and its file name. */
export interface LibraryEntry {
  /** Under `src/`, such as `index.ts` (the person widgets) or `office.ts` (the staff screens). */
  source: string;
  fileName: string;
  /** False when another module was built into the same folder first. */
  emptyOutDir: boolean;
}

export const personWidgets: LibraryEntry = {
  source: 'index.ts',
  fileName: 'proximus-privacy-widgets.js',
  emptyOutDir: true,
};

/** A plain ES module: the entry's widgets and Lit in one file, for `<script type="module" src="…">` from any origin. */
export function libraryConfig(outDir: string, entry: LibraryEntry = personWidgets): InlineConfig {
  return singleModuleConfig(outDir, {
    entry: `../src/${entry.source}`,
    fileName: entry.fileName,
    emptyOutDir: entry.emptyOutDir,
  });
}
