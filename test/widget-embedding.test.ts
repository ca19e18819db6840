import { budgetReport } from '@proximus-privacy/widgets/build';
import { nextAnnouncement, signInThroughWidget } from '@proximus-privacy/widgets/test-support';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltWidgetsSite, startBuiltWidgetsSite } from './support/built-widgets-site.js';

/**
 * The two ways a host site embeds the widgets, each from another origin than the one serving
 * them: the module federation remote, and the plain ES module with a token the page provides.
 */
describe('embedding the built widgets in a host page of another origin', () => {
  let site: BuiltWidgetsSite;

  beforeAll(async () => {
    site = await startBuiltWidgetsSite();
  });

  afterAll(() => site?.stop());

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const opened = await site.newPage();
    const query = `widgets=${encodeURIComponent(site.widgetsServer.url)}&gateway=${encodeURIComponent(site.gateway.url)}`;
    await opened.page.goto(`${site.hostSite.url}${path}?${query}`);
    return opened;
  }

  it('serves the built files, language chunks included, with CORS headers, within the bundle-size budgets', async () => {
    const built = (entry: 'module' | 'federation' | 'office', folder = entry) => {
      const { files, languageFiles } = site.sizes[entry];
      return [...files, ...Object.values(languageFiles).flat()].map((file) => `${folder}/${file}`);
    };
    for (const file of [
      ...built('module'),
      ...built('federation'),
      ...built('office', 'module'),
      'federation/mf-manifest.json',
      'federation/runtime.js',
    ]) {
      const response = await fetch(`${site.widgetsServer.url}/${file}`, { headers: { origin: site.hostSite.url } });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), file).toMatch(/^(\*|http:\/\/localhost:\d+)$/);
    }
    expect(Object.values(site.sizes.module.languageFiles).flat()).toHaveLength(4);
    expect(budgetReport(site.sizes).over).toEqual([]);
  });

  it('loads the federation remote at run time, signs in and shows the privacy center', async () => {
    const { page, problems } = await open('/federation.html');
    await page.locator('[data-testid="remote-status"][data-state="loaded"]').waitFor();

    await signInThroughWidget(page, site.gateway, 'mary.jones@example.com');
    const mine = page.locator(
      `px-privacy-center px-location-reporting [data-choice="location-reporting:${await site.gateway.idOf('+32470000002')}"] [role="switch"]`,
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

    await page.locator('#token').fill(await site.gateway.signIn('philip.smith@example.com'));
    await page.locator('#token-form button').click();

    await page.locator('px-location-reporting [role="switch"]').first().waitFor();
    expect(await page.locator('px-location-reporting [data-choice]').count()).toBe(3);
    await page.locator('px-consent-toggle [role="switch"]').waitFor();
    expect(problems).toEqual([]);
  });
});
