import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import {
  type StartedWidgetsFixture,
  signInThroughWidget,
  startSignInThroughWidget,
  startWidgetsFixture,
} from '../test-support/index.js';

/** `pnpm screenshots`: the pictures of the demo page in docs/screenshots/, taken with the tests' Chromium. */
const folder = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

describe('screenshots of the demo host page', () => {
  let fixture: StartedWidgetsFixture;

  beforeAll(async () => {
    fixture = await startWidgetsFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  // Each picture signs in afresh: a refresh cookie of the previous one would keep its person signed in.
  beforeEach(() => fixture.browser.context.clearCookies());

  async function picture(page: Page, name: string): Promise<void> {
    // The first screen of a tall page: sign-in, marketing and the start of the ads; the full page would weigh megabytes.
    await page.setViewportSize({ width: 1100, height: 1600 });
    await page.locator('px-privacy-center [data-testid="history"], px-privacy-center .muted').first().waitFor();
    // Signing in moved the focus, and the view, down to "Sign out".
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${folder}${name}.png`, animations: 'disabled' });
  }

  it('shows the code screen of px-sign-in', async () => {
    const { page } = await fixture.open('/');
    await startSignInThroughWidget(page, 'philip.smith@example.com');
    await page.locator('px-sign-in #code').waitFor();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.locator('px-sign-in').screenshot({ path: `${folder}sign-in-code.png`, animations: 'disabled' });
  });

  it('shows Philip signed in, in English, in the default theme', async () => {
    const { page } = await fixture.open('/');
    await signInThroughWidget(page, fixture.gateway, 'philip.smith@example.com');
    await page.locator('px-privacy-center px-location-reporting [role="switch"]').first().waitFor();
    await picture(page, 'privacy-center-en-default');
  });

  it('shows Mary signed in, in Dutch, in the rebranded theme', async () => {
    const { page } = await fixture.open('/');
    await page.locator('#language-switch').selectOption('nl');
    await page.locator('#theme-toggle').click();
    await signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com');
    await page.locator('px-privacy-center px-location-reporting [role="switch"]').first().waitFor();
    await picture(page, 'privacy-center-nl-rebranded');
  });
});
