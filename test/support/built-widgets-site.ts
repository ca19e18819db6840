import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestGateway, type TestGateway } from '@proximus-privacy/gateway/test-support';
import { type BuiltWidgets, buildWidgets } from '@proximus-privacy/widgets/build';
import { type DemoServer, startDemoServer } from '@proximus-privacy/widgets/demo-server';
import { launchBrowser, syncClock, type TestBrowser } from '@proximus-privacy/widgets/test-support';
import type { Page } from 'playwright-core';

/**
 * The widgets built as `pnpm build` builds them and served from one origin, a host site on
 * another, a gateway that allows the host site, and Chromium: how a real operator site embeds them.
 */
export interface BuiltWidgetsSite {
  sizes: BuiltWidgets;
  widgetsServer: DemoServer;
  hostSite: DemoServer;
  gateway: TestGateway;
  browser: TestBrowser;
  /** A new page; `problems` collects its console errors, warnings and page errors. */
  newPage(): Promise<{ page: Page; problems: string[] }>;
  stop(): Promise<void>;
}

/** `otherHostOrigins`: more host pages the gateway must answer, besides the demo host site. */
export async function startBuiltWidgetsSite(otherHostOrigins: string[] = []): Promise<BuiltWidgetsSite> {
  const built = await mkdtemp(join(tmpdir(), 'privacy-widgets-build-'));
  const sizes = await buildWidgets(built);
  const [widgetsServer, hostSite] = await Promise.all([startDemoServer({ builtWidgets: built }), startDemoServer()]);
  const [gateway, browser] = await Promise.all([
    startTestGateway({ corsOrigins: [hostSite.url, ...otherHostOrigins] }),
    launchBrowser(),
  ]);
  syncClock(gateway);
  return {
    sizes,
    widgetsServer,
    hostSite,
    gateway,
    browser,
    newPage: async () => {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      return { page, problems };
    },
    stop: async () => {
      await browser.close();
      await Promise.all([widgetsServer.stop(), hostSite.stop(), gateway.stop()]);
      await rm(built, { recursive: true, force: true });
    },
  };
}
