import { fileURLToPath } from 'node:url';
import { federation } from '@module-federation/vite';
import type { InlineConfig } from 'vite';

/** The name a host gives the remote, and what it exposes: `loadRemote('proximus_privacy/widgets')`. */
export const remoteName = 'proximus_privacy';

/**
 * The module federation remote: a host loads `./widgets` from its manifest (`mf-manifest.json`)
 * or `remoteEntry.js`. Lit is bundled, not shared: the host need not have it.
 */
export function federationConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('..', import.meta.url)),
    base: './',
    resolve: { conditions: ['module', 'browser', 'production'] },
    plugins: [
      federation({
        name: remoteName,
        filename: 'remoteEntry.js',
        manifest: true,
        exposes: { './widgets': './src/index.ts' },
        dts: false,
      }),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // A remote without an index.html: no HTML entry (TOOLCHAIN.md).
      rolldownOptions: { input: {} },
    },
  };
}
