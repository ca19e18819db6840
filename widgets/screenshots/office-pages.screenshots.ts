import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type StartedWidgetsFixture, signInThroughWidget, startWidgetsFixture } from '../test-support/index.js';

/** `pnpm screenshots`: the staff screens of /office.html and /agent.html, in docs/screenshots/. */
const folder = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

describe('screenshots of the staff pages', () => {
  let fixture: StartedWidgetsFixture;

  beforeAll(async () => {
    fixture = await startWidgetsFixture();
    const file = async (email: string, mutation: string) =>
      fixture.gateway.graphql(
        `mutation { ${mutation}(input: {}) { id } }`,
        {},
        {
          token: await fixture.gateway.signIn(email),
        },
      );
    await file('philip.smith@example.com', 'requestDataExport');
    fixture.gateway.clock.advanceMinutes(1);
    await file('mary.jones@example.com', 'requestErasure');
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  const picture = (element: Locator, name: string) =>
    element.screenshot({ path: `${folder}${name}.png`, animations: 'disabled' });

  it('shows the queue, an erasure with its preview, and the propagation health', async () => {
    const { page } = await fixture.open('/office.html');
    await page.setViewportSize({ width: 1100, height: 900 });
    await signInThroughWidget(page, fixture.gateway, 'dpo@example.com');
    await page.locator('px-office-queue table').waitFor();
    await picture(page.locator('px-office-queue'), 'office-queue');
    await page.locator('px-office-queue tbody button').first().click();
    await page.locator('px-office-request [data-testid="erasure-preview"]').waitFor();
    await page.locator('px-office-request output', { hasText: 'Erased:' }).waitFor();
    await picture(page.locator('px-office-request'), 'office-request-erasure');
    await page.locator('px-propagation-health table').waitFor();
    await picture(page.locator('px-propagation-health'), 'propagation-health');
    await page.locator('px-office-request [data-testid="open-record"]').click();
    await page.locator('px-subject-record h2').waitFor();
    await picture(page.locator('px-subject-record'), 'subject-record');
    await page.locator('px-office-report [data-testid="requests-chart"]').waitFor();
    await picture(page.locator('px-office-report'), 'office-report');
    await page.locator('px-register-imports form').first().waitFor();
    await picture(page.locator('px-register-imports'), 'register-imports');
  });

  it('shows the agent desk with a caller opened', async () => {
    // Another browser: this one is still signed in as the DPO (the refresh cookie).
    const { page } = await fixture.openElsewhere('/agent.html');
    await page.setViewportSize({ width: 1100, height: 900 });
    await signInThroughWidget(page, fixture.gateway, 'agent@example.com');
    await page.locator('px-agent-desk #caller').fill('mary.jones@example.com');
    await page.locator('px-agent-desk form[part="search"] button').click();
    await page.locator('px-agent-desk [data-testid="matches"] button').first().click();
    await page.locator('px-agent-desk [part="choices"]').waitFor();
    await picture(page.locator('px-agent-desk'), 'agent-desk');
  });
});
