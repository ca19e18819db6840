import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestGateway, type TestGateway } from '@proximus-privacy/gateway/test-support';
import { budgetBytes, buildWidgets } from '@proximus-privacy/widgets/build';
import { type DemoServer, startDemoServer } from '@proximus-privacy/widgets/demo-server';
import {
  launchBrowser,
  nextAnnouncement,
  signInThroughWidget,
  syncClock,
  type TestBrowser,
} from '@proximus-privacy/widgets/test-support';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The two ways a host site embeds the widgets, each from another origin than the one serving
 * them: the module federation remote, and the plain ES module with a token the page provides.
 */
describe('embedding the built widgets in a host page of another origin', () => {
  let built: string;
  let sizes: Awaited<ReturnType<typeof buildWidgets>>;
  let widgetsServer: DemoServer;
  let hostSite: DemoServer;
  let gateway: TestGateway;
  let browser: TestBrowser;

  beforeAll(async () => {
    built = await mkdtemp(join(tmpdir(), 'privacy-widgets-build-'));
    sizes = await buildWidgets(built);
    [widgetsServer, hostSite] = await Promise.all([startDemoServer({ builtWidgets: built }), startDemoServer()]);
    [gateway, browser] = await Promise.all([startTestGateway({ corsOrigins: [hostSite.url] }), launchBrowser()]);
    syncClock(gateway);
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([widgetsServer?.stop(), hostSite?.stop(), gateway?.stop()]);
    if (built) await rm(built, { recursive: true, force: true });
  });

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    const query = `widgets=${encodeURIComponent(widgetsServer.url)}&gateway=${encodeURIComponent(gateway.url)}`;
    await page.goto(`${hostSite.url}${path}?${query}`);
    return { page, problems };
  }

  it('serves the built files with CORS headers, within the bundle-size budget', async () => {
    for (const file of [
      'module/proximus-privacy-widgets.js',
      'federation/mf-manifest.json',
      'federation/remoteEntry.js',
    ]) {
      const response = await fetch(`${widgetsServer.url}/${file}`, { headers: { origin: hostSite.url } });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), file).toMatch(/^(\*|http:\/\/localhost:\d+)$/);
    }
    expect(sizes.moduleBytes).toBeLessThanOrEqual(budgetBytes);
  });

  it('loads the federation remote at run time, signs in and shows the privacy center', async () => {
    const { page, problems } = await open('/federation.html');
    await page.locator('[data-testid="remote-status"][data-state="loaded"]').waitFor();

    await signInThroughWidget(page, gateway, 'mary.jones@example.com');
    const mine = page.locator(
      `px-privacy-center px-location-reporting [data-choice="location-reporting:${await gateway.idOf('+32470000002')}"] [role="switch"]`,
    );
    await mine.waitFor();
    const saved = await nextAnnouncement(page, 'px-privacy-center px-location-reporting', () => mine.click());

    expect(saved.text).toMatch(/is now off\.$/);
    expect(await page.locator('px-privacy-center px-location-reporting [data-choice]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('loads the plain ES module with <script type="module"> and uses the token the page provides', async () => {
    const { page, problems } = await open('/module.html');
    await page.locator('[data-testid="module-status"][data-state="loaded"]').waitFor();

    await page.locator('#token').fill(await gateway.signIn('philip.smith@example.com'));
    await page.locator('#token-form button').click();

    await page.locator('px-location-reporting [role="switch"]').first().waitFor();
    expect(await page.locator('px-location-reporting [data-choice]').count()).toBe(3);
    await page.locator('px-consent-toggle [role="switch"]').waitFor();
    expect(problems).toEqual([]);
  });
});
