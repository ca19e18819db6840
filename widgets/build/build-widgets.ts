import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { type EntrySize, measureEntry } from './bundle-sizes.js';
import { buildCookieConsent } from './cookie-build.js';
import { federationConfig } from './federation.config.js';
import { libraryConfig, personWidgets } from './library.config.js';
import { buildOffice } from './office-build.js';
import { runtimeConfig } from './runtime.config.js';

export { type Budget, budgetReport, budgets, type EntryName } from './budgets.js';
export type { EntrySize } from './bundle-sizes.js';

export interface BuiltWidgets {
  /** The plain ES module (`module/proximus-privacy-widgets.js`), files relative to `module/`. */
  module: EntrySize;
  /** What a host loads from the remote: entry, federation runtime and the widgets, files relative to `federation/`. */
  federation: EntrySize;
  /** The staff screens' plain ES module (`module/proximus-privacy-office.js`), files relative to `module/`. */
  office: EntrySize;
  /** The cookie banner's plain ES module (`module/proximus-cookie-consent.js`), files relative to `module/`. */
  cookie: EntrySize;
}

/**
 * Builds `outDir/module` (the person widgets', the staff screens' and the cookie banner's plain ES modules) and
 * `outDir/federation` (the remote and the runtime for plain hosts), and measures every entry.
 */
export async function buildWidgets(outDir: string): Promise<BuiltWidgets> {
  const moduleDir = join(outDir, 'module');
  const federationDir = join(outDir, 'federation');
  const moduleOutput = await build(libraryConfig(moduleDir));
  const federationOutput = await build(federationConfig(federationDir));
  await build(runtimeConfig(federationDir));
  const manifest = JSON.parse(await readFile(join(federationDir, 'mf-manifest.json'), 'utf8')) as {
    exposes: { assets: { js: { sync: string[]; async: string[] } } }[];
  };
  const remoteRoots = [
    'remoteEntry.js',
    ...manifest.exposes.flatMap((expose) => [...expose.assets.js.sync, ...expose.assets.js.async]),
  ];
  return {
    module: await measureEntry(moduleDir, moduleOutput, [personWidgets.fileName]),
    federation: await measureEntry(federationDir, federationOutput, remoteRoots),
    office: await buildOffice(outDir),
    cookie: await buildCookieConsent(outDir),
  };
}
