import {
  nextAnnouncement,
  nextLiveMessage,
  type StartedWidgetsFixture,
  signInThroughWidget,
  startWidgetsFixture,
} from '@proximus-privacy/widgets/test-support';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

describe('two pages signed in as the same person', () => {
  let fixture: StartedWidgetsFixture | undefined;

  beforeAll(async () => {
    fixture = await startWidgetsFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  // Each test starts signed out: the refresh cookie of an earlier test would sign its pages in.
  beforeEach(async () => {
    await fixture?.browser.context.clearCookies();
  });

  /** Opens a page, listening from its first moment for the first message of the subscription to `field`. */
  async function openTab(field: string): Promise<{ page: Page; problems: string[]; subscribed: Promise<void> }> {
    if (!fixture) throw new Error('beforeAll did not finish');
    const context = fixture.browser.context;
    const subscribed = new Promise<void>((listening) =>
      context.once('page', (page) => listening(nextLiveMessage(page, field))),
    );
    const { page, problems } = await fixture.open('/');
    return { page, problems, subscribed };
  }

  it('shows a choice toggled in one page in the other within 1 s, without a reload', async () => {
    if (!fixture) throw new Error('beforeAll did not finish');
    const first = await openTab('myPreferencesChanged');
    await signInThroughWidget(first.page, fixture.gateway, 'mary.jones@example.com');
    // A second tab of the same browser, signed in by the refresh cookie alone.
    const second = await openTab('myPreferencesChanged');
    await second.page.locator('px-sign-in #sign-out').waitFor();
    // The second page holds its subscription: the gateway answered it once already.
    await second.subscribed;
    const toggle = 'px-privacy-center px-consent-toggle[purpose="testimonials"]';
    const switchIn = (page: Page) => page.locator(`${toggle} [role="switch"]`);
    expect(await switchIn(second.page).getAttribute('aria-checked')).toBe('false');
    await second.page.evaluate(() => Object.assign(window, { pxSamePage: true }));

    await nextAnnouncement(first.page, toggle, () => switchIn(first.page).click());

    await second.page.locator(`${toggle} [role="switch"][aria-checked="true"]`).waitFor({ timeout: 1_000 });
    // Updated in place: the same page, not a reload, and still signed in.
    expect(await second.page.evaluate(() => 'pxSamePage' in window)).toBe(true);
    expect(await second.page.locator('px-sign-in #sign-out').count()).toBe(1);
    expect([...first.problems, ...second.problems]).toEqual([]);
  });

  it("shows a request filed elsewhere in the other page's list of requests within 1 s", async () => {
    if (!fixture) throw new Error('beforeAll did not finish');
    const { page, problems, subscribed } = await openTab('myRequestsChanged');
    await signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com');
    await subscribed;
    const token = await fixture.gateway.signIn('mary.jones@example.com');

    const filed = await fixture.gateway.graphql<{ requestDataAccess: { id: string } }>(
      'mutation($input: FileRequestInput!) { requestDataAccess(input: $input) { id } }',
      { input: {} },
      { token },
    );
    const requestId = filed.data?.requestDataAccess.id;
    expect(requestId).toBeDefined();

    await page.locator(`px-data-requests [data-request="${requestId}"]`).waitFor({ timeout: 1_000 });
    expect(problems).toEqual([]);
  });
});
