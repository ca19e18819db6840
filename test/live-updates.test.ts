import {
  nextAnnouncement,
  nextLiveMessage,
  type StartedWidgetsFixture,
  signInThroughWidget,
  startWidgetsFixture,
} from '@proximus-privacy/widgets/test-support';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('two pages signed in as the same person', () => {
  let fixture: StartedWidgetsFixture | undefined;

  beforeAll(async () => {
    fixture = await startWidgetsFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  async function signedInPage(): Promise<{ page: Page; problems: string[]; subscribed: Promise<void> }> {
    if (!fixture) throw new Error('beforeAll did not finish');
    const { page, problems } = await fixture.open('/');
    const subscribed = nextLiveMessage(page, 'myPreferencesChanged');
    await signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com');
    return { page, problems, subscribed };
  }

  it('shows a choice toggled in one page in the other within 1 s, without a reload', async () => {
    const first = await signedInPage();
    const second = await signedInPage();
    // The second page holds its subscription: the gateway answered it once already.
    await second.subscribed;
    const toggle = 'px-privacy-center px-consent-toggle[purpose="testimonials"]';
    const switchIn = (page: Page) => page.locator(`${toggle} [role="switch"]`);
    expect(await switchIn(second.page).getAttribute('aria-checked')).toBe('false');

    await nextAnnouncement(first.page, toggle, () => switchIn(first.page).click());

    await second.page.locator(`${toggle} [role="switch"][aria-checked="true"]`).waitFor({ timeout: 1_000 });
    // Still signed in: a reload would have dropped the in-memory session.
    expect(await second.page.locator('px-sign-in #sign-out').count()).toBe(1);
    expect([...first.problems, ...second.problems]).toEqual([]);
  });

  it("shows a request filed elsewhere in the other page's list of requests within 1 s", async () => {
    if (!fixture) throw new Error('beforeAll did not finish');
    const { page, problems } = await fixture.open('/');
    const subscribed = nextLiveMessage(page, 'myRequestsChanged');
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
