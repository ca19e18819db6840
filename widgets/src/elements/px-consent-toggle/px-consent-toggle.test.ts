import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  nextAnnouncement,
  recordEvents,
  shownText,
  useWidgetsFixture,
} from '../../../test-support/index.js';

const testimonials = 'px-consent-toggle [role="switch"]';

describe('px-consent-toggle', () => {
  const fixture = useWidgetsFixture();

  /** The widgets page with a token the host page gives this one element, as a property. */
  async function openWithHostToken(email: string): Promise<{ page: Page; problems: string[]; token: string }> {
    const token = await fixture.gateway.signIn(email);
    const opened = await fixture.open('/widgets.html');
    await opened.page.locator('px-consent-toggle').evaluate((element, token) => {
      (element as HTMLElement & { accessToken: string }).accessToken = token;
    }, token);
    await opened.page.locator(testimonials).waitFor();
    return { ...opened, token };
  }

  async function testimonialsAllowed(token: string): Promise<boolean> {
    const answer = await fixture.gateway.graphql<{
      privacyPreferences: { purposes: { allowed: boolean; purpose: { key: string } }[] };
    }>('{ privacyPreferences { purposes { allowed purpose { key } } } }', {}, { token });
    const state = answer.data?.privacyPreferences.purposes.find(
      (candidate) => candidate.purpose.key === 'testimonials',
    );
    if (!state) throw new Error(`No testimonials state: ${JSON.stringify(answer.errors)}`);
    return state.allowed;
  }

  /** Holds the next mutation to the gateway until `release` is called. */
  async function holdNextMutation(
    page: Page,
  ): Promise<{ held: Promise<Route>; release: (route: Route) => Promise<void> }> {
    let hold: (route: Route) => void = () => {};
    const held = new Promise<Route>((resolve) => {
      hold = resolve;
    });
    await page.route(`${fixture.gateway.url}/graphql`, async (route) => {
      if (route.request().method() === 'POST' && route.request().postData()?.includes('mutation')) hold(route);
      else await route.continue();
    });
    return { held, release: (route) => route.continue() };
  }

  it('works with a token the host page provides, shows the purpose from the gateway with its basis, version and reason', async () => {
    const { page, problems } = await openWithHostToken('mary.jones@example.com');
    const row = page.locator('px-consent-toggle [data-choice^="testimonials"]');

    const text = await shownText(row);
    expect(text).toContain('Legal basis');
    expect(text).toMatch(/Text version \d+/);
    expect(text).toContain('Default: nobody has chosen yet.');
    expect(await page.locator(testimonials).getAttribute('aria-checked')).toBe('false');
    // The other widgets of the page were given no token: they still ask to sign in.
    expect(await shownText(page.locator('px-location-reporting .muted'))).toContain('Sign in to see and change');
    expect(await axeViolations(page, 'px-consent-toggle')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('switches at once, saves with an idempotency key, and tells the host page by px-change', async () => {
    const { page, problems, token } = await openWithHostToken('mary.jones@example.com');
    const changes = await recordEvents(page, 'px-change');
    const { held, release } = await holdNextMutation(page);

    const saved = nextAnnouncement(page, 'px-consent-toggle', async () => {
      await page.locator(testimonials).click();
      const route = await held;
      // Optimistic: on before the gateway has answered.
      expect(await page.locator(testimonials).getAttribute('aria-checked')).toBe('true');
      expect(JSON.parse(route.request().postData() ?? '{}').variables.input.idempotencyKey).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      await release(route);
    });

    expect((await saved).text).toMatch(/^Saved: .+ is now on\.$/);
    await page.locator('px-consent-toggle [data-reason="OWN_CHOICE"]').waitFor();
    expect(await testimonialsAllowed(token)).toBe(true);
    expect(await changes()).toEqual([
      { purpose: 'testimonials', channel: null, subjectId: expect.any(String), allowed: true, language: 'en' },
    ]);
    expect(problems).toEqual([]);
  });

  it('rolls back and says why when the gateway refuses: the token stopped working between load and click', async () => {
    const { page, problems, token } = await openWithHostToken('tracy.smith@example.com');
    const changes = await recordEvents(page, 'px-change');
    await fixture.gateway.graphql('mutation { signOut }', {}, { token });

    const refused = await nextAnnouncement(page, 'px-consent-toggle', () => page.locator(testimonials).click());

    expect(refused).toEqual({
      kind: 'error',
      text: expect.stringMatching(/ was not changed: Your session has ended\. Sign in again\.$/),
    });
    expect(await page.locator(testimonials).getAttribute('aria-checked')).toBe('false');
    expect(await changes()).toEqual([]);
    expect(await testimonialsAllowed(await fixture.gateway.signIn('tracy.smith@example.com'))).toBe(false);
    expect(problems).toEqual([]);
  });
});
