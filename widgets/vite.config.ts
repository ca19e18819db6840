import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

export interface DemoServerOptions {
  /** 4100 for `pnpm start`; 0 lets the system pick a free port (tests). */
  port: number;
  /** The gateway the page calls when its address has no `?gateway=` parameter. */
  gatewayUrl: string;
}

/** The demo host site: `demo/` served on its own origin, so every call to the gateway is cross-origin. */
export function demoServerConfig({ port, gatewayUrl }: DemoServerOptions): UserConfig {
  return {
    root: fileURLToPath(new URL('./demo', import.meta.url)),
    define: { __PX_DEFAULT_GATEWAY_URL__: JSON.stringify(gatewayUrl) },
    clearScreen: false,
    // CORS on so that later the gateway's origin, or another host page, can load the widgets' modules from here.
    server: { port, strictPort: true, host: 'localhost', cors: true },
  };
}

// The same environment reaches both servers under `pnpm start`, so the gateway's PORT override is followed here.
export default defineConfig(
  demoServerConfig({ port: 4100, gatewayUrl: `http://localhost:${process.env.PORT || 4000}` }),
);
