import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

export interface DemoServerOptions {
  /** 4100 for `pnpm start`; 0 lets the system pick a free port (tests). */
  port: number;
  /** The gateway the page calls when its address has no `?gateway=` parameter. */
  gatewayUrl: string;
  /** The demo receiver of the downstream systems' webhooks, linked from the host page; default http://localhost:4200. */
  receiverUrl?: string;
  /** Built widgets (`module/`, `federation/`) served at the root with CORS; default: dist/, made by `pnpm build`. */
  builtWidgets?: string;
}

/** The demo host site: `demo/` served on its own origin, so every call to the gateway is cross-origin. */
export function demoServerConfig({ port, gatewayUrl, receiverUrl, builtWidgets }: DemoServerOptions): UserConfig {
  return {
    root: fileURLToPath(new URL('./demo', import.meta.url)),
    publicDir: builtWidgets ?? fileURLToPath(new URL('./dist', import.meta.url)),
    define: {
      __PX_DEFAULT_GATEWAY_URL__: JSON.stringify(gatewayUrl),
      __PX_DEMO_RECEIVER_URL__: JSON.stringify(receiverUrl ?? 'http://localhost:4200'),
    },
    clearScreen: false,
    // Lit's production build: its development build warns in the console on every page.
    resolve: { conditions: ['module', 'browser', 'production'] },
    // Lit is plain ES modules: served as they are, nothing to pre-bundle, no cache folder for parallel servers to share.
    optimizeDeps: { noDiscovery: true, include: [] },
    // CORS on: host pages of other origins load the built widgets (the module and the federation remote) from here.
    server: { port, strictPort: true, host: 'localhost', cors: true },
  };
}

// The same environment reaches both servers under `pnpm start`, so the gateway's PORT override is followed here.
export default defineConfig(
  demoServerConfig({
    port: 4100,
    gatewayUrl: `http://localhost:${process.env.PORT || 4000}`,
    receiverUrl: `http://localhost:${process.env.DEMO_RECEIVER_PORT || 4200}`,
  }),
);
