import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  afterLiveStart,
  axeViolations,
  newestCode,
  nextAnnouncement,
  recordEvents,
  shownText,
  signInThroughWidget,
  syncClock,
  tabTo,
  useWidgetsFixture,
} from '../../../test-support/index.js';
import { de } from '../../i18n/de.js';
import type { Dictionary, Language } from '../../i18n/dictionary.js';
import { en } from '../../i18n/en.js';
import { fr } from '../../i18n/fr.js';
import { nl } from '../../i18n/nl.js';

const center = 'px-privacy-center';
const dictionaries: Record<Language, Dictionary> = { nl, fr, de, en };

describe('px-privacy-center on the demo host page', () => {
  const fixture = useWidgetsFixture();

  async function openSignedIn(email: string): Promise<{ page: Page; problems: string[] }> {
    const opened = await fixture.open('/');
    await afterLiveStart(opened.page, async () => {
      await signInThroughWidget(opened.page, fixture.gateway, email);
      await opened.page
        .locator(`${center} [data-testid="history"], ${center} h2 >> text=${en.history.title}`)
        .first()
        .waitFor();
    });
    return opened;
  }

  const locationSwitch = async (number: string) =>
    `${center} px-location-reporting [data-choice="location-reporting:${await fixture.gateway.idOf(number)}"] [role="switch"]`;

  it('shows Philip, the administrator, every line: location per mobile line, directory listing per number', async () => {
    const { page, problems } = await openSignedIn('philip.smith@example.com');

    const location = await page.locator(`${center} px-location-reporting [data-choice]`).count();
    expect(location).toBe(3);
    const directory = await page
      .locator(`${center} [data-choice^="directory-listing:"]`)
      .evaluateAll((rows) => rows.map((row) => row.textContent?.match(/\+\d+/)?.[0]));
    expect(directory.sort()).toEqual(['+3221234567', '+32470000001', '+32470000002', '+32470000003']);
    expect(await axeViolations(page, center)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('keeps a location opt-out after a reload, and lists it in the history of changes', async () => {
    const { page, problems } = await openSignedIn('mary.jones@example.com');
    const mine = await locationSwitch('+32470000002');
    expect(await page.locator(`${center} px-location-reporting [data-choice]`).count()).toBe(1);

    const saved = await nextAnnouncement(page, `${center} px-location-reporting`, () => page.locator(mine).click());
    expect(saved.text).toMatch(/^Saved: .+ is now off\.$/);
    const lineId = await fixture.gateway.idOf('+32470000002');
    const entry = page.locator(
      `${center} [data-testid="history"] li[data-purpose="location-reporting"][data-subject="${lineId}"]`,
    );
    await entry.waitFor();
    expect(await shownText(entry)).toContain(
      `Mobile line +32470000002: ${en.history.decisions.OBJECTED} ${en.history.actedBy.YOU}`,
    );

    // After a reload the person is still signed in (the refresh cookie), and the choice is still off.
    await page.reload();
    await page.locator(mine).waitFor();
    expect(await page.locator(mine).getAttribute('aria-checked')).toBe('false');
    await page.locator(`${center} [data-testid="history"] li[data-subject="${lineId}"]`).waitFor();
    expect(problems).toEqual([]);
  });

  it('rolls a switch back and says why when the session ended between load and click, then asks to sign in again', async () => {
    const { page, problems } = await openSignedIn('tracy.smith@example.com');
    const signedOut = await recordEvents(page, 'px-signed-out');
    const tracysLine = await locationSwitch('+32470000003');
    try {
      // Half an hour without a request ends a session (SESSION_IDLE_MINUTES).
      fixture.gateway.clock.advanceMinutes(31);

      const refused = await nextAnnouncement(page, `${center} px-location-reporting`, () =>
        page.locator(tracysLine).click(),
      );

      expect(refused).toEqual({
        kind: 'error',
        text: expect.stringMatching(/ was not changed: Your session has ended\. Sign in again\.$/),
      });
      await page.locator('px-sign-in #email').waitFor();
      expect(await signedOut()).toEqual([{ reason: 'session-ended' }]);
      expect(await shownText(page.locator(`${center} px-location-reporting .muted`))).toBe(en.signInToSee);
      syncClock(fixture.gateway);
      const state = await fixture.gateway.graphql<{
        privacyPreferences: { subscriptions: { purposes: { allowed: boolean; purpose: { key: string } }[] }[] };
      }>(
        '{ privacyPreferences { subscriptions { purposes { allowed purpose { key } } } } }',
        {},
        { token: await fixture.gateway.signIn('tracy.smith@example.com') },
      );
      const location = state.data?.privacyPreferences.subscriptions[0]?.purposes.find(
        (purpose) => purpose.purpose.key === 'location-reporting',
      );
      expect(location?.allowed).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      syncClock(fixture.gateway);
    }
  });

  it('works with the keyboard only, with a visible focus', async () => {
    const { page, problems } = await fixture.open('/');
    await tabTo(page, '#email');
    await page.keyboard.type('tracy.smith@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Privacy2026');
    await page.keyboard.press('Enter');
    await page.locator('px-sign-in #code').waitFor();
    await page.keyboard.type(await newestCode(fixture.gateway));
    await page.keyboard.press('Enter');
    const tracysLine = await locationSwitch('+32470000003');
    await page.locator(tracysLine).waitFor();

    await tabTo(page, '[role="switch"][aria-labelledby^="location-reporting"]');
    const focusRing = await page.locator(tracysLine).evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(focusRing).toBe('solid');
    const saved = await nextAnnouncement(page, `${center} px-location-reporting`, () => page.keyboard.press('Space'));

    expect(saved.text).toMatch(/is now off\.$/);
    expect(await page.locator(tracysLine).getAttribute('aria-checked')).toBe('false');
    expect(problems).toEqual([]);
  });

  // One person each: the gateway sends at most five sign-in SMS per number and hour.
  it.each<[Language, string]>([
    ['nl', 'anna.peeters@example.com'],
    ['fr', 'bram.claes@example.com'],
    ['de', 'chris.maes@example.com'],
    ['en', 'philip.smith@example.com'],
  ])('renders in %s, with the purposes in that language from the gateway', async (language, email) => {
    const { page, problems } = await openSignedIn(email);
    const catalogue = await fixture.gateway.graphql<{ purposes: { key: string; title: string }[] }>(
      'query($lang: Language!) { purposes(lang: $lang) { key title } }',
      { lang: language },
    );
    const title = (key: string) => catalogue.data?.purposes.find((purpose) => purpose.key === key)?.title;

    await page.locator('#language-switch').selectOption(language);

    const texts = dictionaries[language];
    await expect.poll(() => shownText(page.locator(`${center} h2`).first())).toBe(texts.center.title);
    const marketing = page
      .locator(`${center} px-marketing-preferences [data-choice^="direct-marketing:"] .choice__title`)
      .first();
    await expect.poll(() => shownText(marketing)).toBe(title('direct-marketing'));
    expect(await shownText(page.locator('px-sign-in #sign-out'))).toBe(texts.signIn.signOut);
    expect(await axeViolations(page, center)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('takes the rebranded theme through --px- tokens only, and stays accessible in it', async () => {
    const { page, problems } = await openSignedIn('philip.smith@example.com');
    const heading = page.locator(`${center} h2`).first();
    const before = await heading.evaluate((element) => getComputedStyle(element).color);

    await page.locator('#theme-toggle').click();

    await expect.poll(() => heading.evaluate((element) => getComputedStyle(element).color)).not.toBe(before);
    expect(await axeViolations(page, center)).toEqual([]);
    expect(await axeViolations(page, 'px-sign-in')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
