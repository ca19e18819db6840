import type { AddressInfo } from 'node:net';
import { createServer } from 'vite';
import { type DemoServerOptions, demoServerConfig } from './vite.config.js';

export interface DemoServer {
  /** The page's origin, such as `http://localhost:4100`: the origin a gateway must allow. */
  url: string;
  stop(): Promise<void>;
}

/** Starts the demo host site's dev server from code, as `pnpm start` does, for tests on an ephemeral port. */
export async function startDemoServer(options: Partial<DemoServerOptions> = {}): Promise<DemoServer> {
  const config = demoServerConfig({
    port: options.port ?? 0,
    gatewayUrl: options.gatewayUrl ?? 'http://localhost:4000',
    ...(options.receiverUrl ? { receiverUrl: options.receiverUrl } : {}),
    ...(options.builtWidgets ? { builtWidgets: options.builtWidgets } : {}),
  });
  // configFile: false keeps vite.config.ts's default export (port 4100) out of it; warnings still show.
  const server = await createServer({ ...config, configFile: false, logLevel: 'warn' });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null | undefined;
  if (!address) throw new Error('The demo server did not start listening');
  return { url: `http://localhost:${address.port}`, stop: () => server.close() };
}
