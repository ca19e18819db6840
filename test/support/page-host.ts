import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { type BuiltWidgetsSite, startBuiltWidgetsSite } from './built-widgets-site.js';

/**
 * A plain host site of its own origin that serves, at any path, the page a test gives it: a page
 * made up by the browser (a routed response) is no loopback page to Chromium, which then refuses
 * its calls to localhost.
 */
export interface PageHost {
  url: string;
  /** The HTML every request is answered with from now on. */
  serve(html: string): void;
  stop(): Promise<void>;
}

export async function startPageHost(): Promise<PageHost> {
  let served = '';
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(served);
  });
  await new Promise<void>((listening) => server.listen(0, 'localhost', listening));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    serve: (html) => {
      served = html;
    },
    stop: () => new Promise((closed) => server.close(() => closed())),
  };
}

/** Registers a test file's hooks: a page host, and the built widgets' site whose gateway answers it. */
export function useHostedBuiltWidgets(): { readonly site: BuiltWidgetsSite; readonly host: PageHost } {
  let site: BuiltWidgetsSite | undefined;
  let host: PageHost | undefined;
  beforeAll(async () => {
    host = await startPageHost();
    site = await startBuiltWidgetsSite([host.url]);
  });
  afterAll(async () => {
    await site?.stop();
    await host?.stop();
  });
  const started = <Value>(value: Value | undefined): Value => {
    if (value === undefined) throw new Error('The built widgets are started in beforeAll');
    return value;
  };
  return {
    get site() {
      return started(site);
    },
    get host() {
      return started(host);
    },
  };
}
