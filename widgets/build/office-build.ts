import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { libraryConfig } from './library.config.js';

/** The staff screens' plain ES module, Lit and the sign-in included, gzipped: its own budget, apart from the person widgets'. */
export const officeBudgetBytes = 40 * 1000;

export const officeModuleFile = 'proximus-privacy-office.js';

/**
 * Builds the staff entry point as one plain ES module beside the person widgets' (`module/`), for
 * the operator's intranet, and returns its gzipped size.
 */
export async function buildOffice(outDir: string): Promise<number> {
  const moduleDir = join(outDir, 'module');
  await build(libraryConfig(moduleDir, { source: 'office.ts', fileName: officeModuleFile, emptyOutDir: false }));
  return gzipSync(await readFile(join(moduleDir, officeModuleFile)), { level: 9 }).length;
}
