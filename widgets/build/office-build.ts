import { join } from 'node:path';
import { build } from 'vite';
import { type EntrySize, measureEntry } from './bundle-sizes.js';
import { libraryConfig } from './library.config.js';

export const officeModuleFile = 'proximus-privacy-office.js';

/**
 * Builds the staff entry point as one plain ES module beside the person widgets' (`module/`), for
 * the operator's intranet, and measures it. The person widgets' dictionary chunks it shares are
 * the same files (same contents, same hashed names).
 */
export async function buildOffice(outDir: string): Promise<EntrySize> {
  const moduleDir = join(outDir, 'module');
  const output = await build(
    libraryConfig(moduleDir, { source: 'office.ts', fileName: officeModuleFile, emptyOutDir: false }),
  );
  return measureEntry(moduleDir, output, [officeModuleFile]);
}
