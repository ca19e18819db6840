import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

/** Which entry point a plain ES module is built from, and its file name. */
export interface LibraryEntry {
  /** Under `src/`, such as `index.ts` (the person widgets) or `office.ts` (the staff screens). */
  source: string;
  fileName: string;
  /** False when another module was built into the same folder first. */
  emptyOutDir: boolean;
}

const personWidgets: LibraryEntry = { source: 'index.ts', fileName: 'proximus-privacy-widgets.js', emptyOutDir: true };

/** The plain ES module: every widget and Lit in one file, for `<script type="module" src="…">` from any origin. */
export function libraryConfig(outDir: string, entry: LibraryEntry = personWidgets): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('..', import.meta.url)),
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir,
      emptyOutDir: entry.emptyOutDir,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL(`../src/${entry.source}`, import.meta.url)),
        formats: ['es'],
        fileName: () => entry.fileName,
      },
    },
  };
}
