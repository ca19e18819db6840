import type { InlineConfig } from 'vite';
import { singleModuleConfig } from './library.config.js';

/** `federation/runtime.js`: the federation runtime for host pages without a bundler (see federation-runtime.ts). */
export function runtimeConfig(outDir: string): InlineConfig {
  // Beside the remote's files, which the federation build just wrote: nothing of them is emptied.
  return singleModuleConfig(outDir, { entry: './federation-runtime.ts', fileName: 'runtime.js', emptyOutDir: false });
}
