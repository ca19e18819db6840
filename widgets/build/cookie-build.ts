import { join } from 'node:path';
import { build } from 'vite';
import { type EntrySize, measureEntry } from './bundle-sizes.js';
import { libraryConfig } from './library.config.js';

export const cookieModuleFile = 'proximus-cookie-consent.js';

/**
 * Builds `px-cookie-consent` as its own plain ES module beside the others (`module/`), and
 * measures it: what every visitor of every page downloads, its four languages included.
 */
export async function buildCookieConsent(outDir: string): Promise<EntrySize> {
  const moduleDir = join(outDir, 'module');
  const output = await build(
    libraryConfig(moduleDir, { source: 'cookie-consent.ts', fileName: cookieModuleFile, emptyOutDir: false }),
  );
  return measureEntry(moduleDir, output, [cookieModuleFile]);
}
