import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { federationConfig } from './federation.config.js';
import { libraryConfig } from './library.config.js';
import { runtimeConfig } from './runtime.config.js';

/** Every widget together, Lit included, gzipped (issue 7). */
export const budgetBytes = 45 * 1000;

export interface BuiltWidgets {
  /** Gzipped bytes of the plain ES module (`module/proximus-privacy-widgets.js`). */
  moduleBytes: number;
  /** Gzipped bytes a host loads from the remote: entry, federation runtime and the widgets. */
  remoteBytes: number;
}

async function gzippedSize(path: string): Promise<number> {
  return gzipSync(await readFile(path), { level: 9 }).length;
}

/** Builds `outDir/module` (plain ES module) and `outDir/federation` (the remote and the runtime for plain hosts) and measures them. */
export async function buildWidgets(outDir: string): Promise<BuiltWidgets> {
  await build(libraryConfig(join(outDir, 'module')));
  await build(federationConfig(join(outDir, 'federation')));
  await build(runtimeConfig(join(outDir, 'federation')));
  const manifest = JSON.parse(await readFile(join(outDir, 'federation', 'mf-manifest.json'), 'utf8')) as {
    exposes: { assets: { js: { sync: string[]; async: string[] } } }[];
  };
  const remoteFiles = [
    'remoteEntry.js',
    ...manifest.exposes.flatMap((expose) => [...expose.assets.js.sync, ...expose.assets.js.async]),
  ];
  const remoteSizes = await Promise.all(remoteFiles.map((file) => gzippedSize(join(outDir, 'federation', file))));
  return {
    moduleBytes: await gzippedSize(join(outDir, 'module', 'proximus-privacy-widgets.js')),
    remoteBytes: remoteSizes.reduce((sum, size) => sum + size, 0),
  };
}
