import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { libraryConfig } from './library.config.js';

/** The cookie banner's plain ES module, Lit included, gzipped: what every visitor of every page downloads. */
export const cookieBudgetBytes = 15 * 1000;

export const cookieModuleFile = 'proximus-cookie-consent.js';

/** Builds `px-cookie-consent` as its own plain ES module beside the others (`module/`) and returns its gzipped size. */
export async function buildCookieConsent(outDir: string): Promise<number> {
  const moduleDir = join(outDir, 'module');
  await build(
    libraryConfig(moduleDir, { source: 'cookie-consent.ts', fileName: cookieModuleFile, emptyOutDir: false }),
  );
  return gzipSync(await readFile(join(moduleDir, cookieModuleFile)), { level: 9 }).length;
}
