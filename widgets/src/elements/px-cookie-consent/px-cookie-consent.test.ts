import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, signInThroughWidget, useWidgetsFixture } from '../../../test-support/index.js';
import type { PxConsentApi } from '../../cookie-consent/consent-api.js';
import type { ConsentState } from '../../cookie-consent/consent-state.js';

/** The page's window as the banner's entry leaves it. */
type ConsentWindow = { pxConsent: PxConsentApi; changes: ConsentState[] };

const dialog = 'px-cookie-consent dialog';
const button = (name: string) => `px-cookie-consent dialog button:text-is("${name}")`;
const switchOf = (category: string) => `px-cookie-consent [data-category="${category}"] [role="switch"]`;

interface LedgerRow {
  purpose: string;
  decision: string;
  actor_kind: string;
  site: string;
  language: string | null;
}

describe('px-cookie-consent', () => {
  const fixture = useWidgetsFixture();

  async function openAsNewVisitor(setup?: (page: Page) => Promise<void>) {
    const opened = await fixture.open('/', { visitor: 'new' });
    if (setup) {
      await setup(opened.page);
      await opened.page.reload();
    }
    await opened.page.locator(button('Accept all')).waitFor();
    return opened;
  }

  async function visitorIdOf(page: Page): Promise<string> {
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'px_visitor');
    if (!cookie) throw new Error('No px_visitor cookie');
    return cookie.value;
  }

  /** The visitor's ledger events, once the banner has saved the answer (its live region says so). */
  async function ledgerOf(page: Page): Promise<LedgerRow[]> {
    await page.locator('px-cookie-consent [part="status"]:not(:empty)').waitFor({ state: 'attached' });
    const visitorId = await visitorIdOf(page);
    const read = await fixture.gateway.graphql<{ cookieConsent: { subjectId: string } }>(
      'query($visitorId: String!) { cookieConsent(visitorId: $visitorId, lang: en) { subjectId } }',
      { visitorId },
    );
    return fixture.gateway.dataSource.query(
      'SELECT purpose, decision, actor_kind, site, language FROM preference_event WHERE subject_id = $1 ORDER BY sequence',
      [read.data?.cookieConsent.subjectId],
    );
  }

  const statisticsRuns = (page: Page) =>
    page.evaluate(() => (window as unknown as { pxDemoStatisticsRuns?: number }).pxDemoStatisticsRuns ?? 0);

  it('shows the banner to a new visitor of the demo host page, as a labelled modal dialog, axe clean', async () => {
    const { page, problems } = await openAsNewVisitor();
    const shown = page.locator(dialog);
    expect(await shown.evaluate((element) => (element as HTMLDialogElement).open && element.matches(':modal'))).toBe(
      true,
    );
    expect(await page.getByRole('dialog', { name: 'Cookies on this website' }).count()).toBe(1);
    expect(await axeViolations(page, 'px-cookie-consent')).toEqual([]);
    await page.locator(button('Choose')).click();
    await page.locator(switchOf('statistics')).waitFor();
    expect(await axeViolations(page, 'px-cookie-consent')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('refuses everything on the first layer in one click: in the ledger, no script run, not asked again after a reload', async () => {
    const { page, problems } = await openAsNewVisitor();
    await page.locator(button('Refuse all')).click();
    expect(await page.locator(dialog).count()).toBe(0);
    const events = await ledgerOf(page);
    expect(events.map((event) => `${event.purpose} ${event.decision} ${event.actor_kind}`)).toEqual([
      'cookie-preferences withdrawn subject',
      'cookie-statistics withdrawn subject',
      'cookie-marketing withdrawn subject',
    ]);
    expect(events.every((event) => event.site === 'localhost' && event.language === 'en')).toBe(true);
    expect(await statisticsRuns(page)).toBe(0);
    await page.reload();
    await page.locator('px-cookie-consent [part="reopen"]').waitFor();
    expect(await page.locator(dialog).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as ConsentWindow).pxConsent.get().statistics)).toBe(false);
    expect(problems).toEqual([]);
  });

  it('chooses per category: the statistics script runs only after consent, the receipt is there, and a reload keeps it', async () => {
    const { page, problems } = await openAsNewVisitor();
    await page.evaluate(() => {
      const page = window as unknown as ConsentWindow;
      page.changes = [];
      page.pxConsent.on((state) => page.changes.push(state));
    });
    await page.locator(button('Choose')).click();
    await page.locator(switchOf('statistics')).click();
    expect(await page.locator(switchOf('statistics')).getAttribute('aria-checked')).toBe('true');
    expect(await page.locator(switchOf('necessary')).getAttribute('aria-disabled')).toBe('true');
    expect(await statisticsRuns(page)).toBe(0);
    await page.locator(button('Save my choices')).click();
    expect(await statisticsRuns(page)).toBe(1);
    expect(await page.getByTestId('statistics-state').textContent()).toBe('Statistics script: ran.');
    expect(await page.evaluate(() => (window as unknown as ConsentWindow).changes)).toEqual([
      expect.objectContaining({ statistics: true, preferences: false, marketing: false }),
    ]);
    const events = await ledgerOf(page);
    expect(events.map((event) => `${event.purpose} ${event.decision}`)).toEqual([
      'cookie-preferences withdrawn',
      'cookie-statistics granted',
      'cookie-marketing withdrawn',
    ]);
    const visitorId = await visitorIdOf(page);
    const state = await fixture.gateway.graphql<{
      cookieConsent: { categories: { purpose: { key: string }; lastEventId: string }[] };
    }>(
      'query($visitorId: String!) { cookieConsent(visitorId: $visitorId, lang: en) { categories { purpose { key } lastEventId } } }',
      {
        visitorId,
      },
    );
    const eventId = state.data?.cookieConsent.categories.find(
      (c) => c.purpose.key === 'cookie-statistics',
    )?.lastEventId;
    const receipt = await fixture.gateway.graphql<{ cookieConsentReceipt: { decision: string; site: string } }>(
      'query($visitorId: String!, $eventId: ID!) { cookieConsentReceipt(visitorId: $visitorId, eventId: $eventId) }',
      { visitorId, eventId },
    );
    expect(receipt.data?.cookieConsentReceipt).toMatchObject({ decision: 'granted', site: 'localhost' });

    await page.reload();
    await page.getByTestId('statistics-state').filter({ hasText: 'ran' }).waitFor();
    expect(await page.locator(dialog).count()).toBe(0);

    // Withdrawing is as easy: the floating entry, then Refuse all; the script is not run on the next page.
    await page.locator('px-cookie-consent [part="reopen"]').click();
    await page.locator(button('Refuse all')).click();
    expect((await ledgerOf(page)).at(-1)).toMatchObject({ purpose: 'cookie-statistics', decision: 'withdrawn' });
    await page.reload();
    await page.locator('px-cookie-consent [part="reopen"]').waitFor();
    expect(await statisticsRuns(page)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows Global Privacy Control on the banner and keeps marketing off when all is accepted', async () => {
    const { page, problems } = await openAsNewVisitor(async (page) => {
      await page.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
      );
    });
    expect(await page.locator('px-cookie-consent [data-testid="gpc"]').textContent()).toContain(
      'Global Privacy Control',
    );
    await page.locator(button('Choose')).click();
    expect(await page.locator(switchOf('marketing')).getAttribute('aria-checked')).toBe('false');
    expect(await page.locator(switchOf('marketing')).getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Escape');
    await page.locator(button('Accept all')).click();
    expect(await page.evaluate(() => (window as unknown as ConsentWindow).pxConsent.get())).toMatchObject({
      statistics: true,
      marketing: false,
      globalPrivacyControl: true,
    });
    const marketing = (await ledgerOf(page)).find((event) => event.purpose === 'cookie-marketing');
    expect(marketing).toMatchObject({ decision: 'withdrawn', actor_kind: 'gpc' });
    expect(problems).toEqual([]);
  });

  it('tells Google Consent Mode what was chosen', async () => {
    const { page, problems } = await openAsNewVisitor(async (page) => {
      await page.addInitScript(() => {
        const calls: unknown[] = [];
        (window as unknown as { gtagCalls: unknown[] }).gtagCalls = calls;
        (window as unknown as { gtag: unknown }).gtag = (...args: unknown[]) => calls.push(args);
      });
    });
    await page.locator(button('Accept all')).click();
    expect(await page.evaluate(() => (window as unknown as { gtagCalls: unknown[] }).gtagCalls)).toEqual([
      [
        'consent',
        'update',
        { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' },
      ],
    ]);
    expect(problems).toEqual([]);
  });

  it('works with the keyboard alone: focus in the dialog, Escape leaves the second layer, focus comes back', async () => {
    const { page, problems } = await openAsNewVisitor();
    const focused = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent?.trim() ?? '';
      });
    await expect.poll(focused).toBe('Accept all');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('Refuse all');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('Choose');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Choose which cookies we may use');
    await page.keyboard.press('Escape');
    await page.locator(button('Refuse all')).waitFor();
    await expect.poll(focused).toBe('Accept all');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator(dialog).waitFor({ state: 'detached' });
    expect(await ledgerOf(page)).toHaveLength(3);
    // The floating entry by keyboard: the settings open, Escape twice closes them and focus returns to it.
    await page.locator('px-cookie-consent [part="reopen"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Choose which cookies we may use');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await page.locator('px-cookie-consent h2#title').waitFor();
    await page.keyboard.press('Escape');
    await page.locator(dialog).waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('Cookie settings');
    expect(problems).toEqual([]);
  });

  it('is usable at 320 px and speaks the language of the page', async () => {
    const { page, problems } = await openAsNewVisitor();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.locator('#language-switch').selectOption('fr');
    await page.locator(button('Tout refuser')).waitFor();
    const fits = await page.locator(dialog).evaluate((element) => element.scrollWidth <= element.clientWidth);
    expect(fits).toBe(true);
    expect(await page.locator(button('Tout accepter')).isVisible()).toBe(true);
    await page.locator(button('Choisir')).click();
    await page.locator('px-cookie-consent h3:text-is("Cookies statistiques")').waitFor();
    expect(await axeViolations(page, 'px-cookie-consent')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('asks again once a category text has a newer version than the one answered', async () => {
    const { page, problems } = await openAsNewVisitor();
    await page.locator(button('Refuse all')).click();
    await ledgerOf(page);
    const visitorId = await visitorIdOf(page);
    await page.reload();
    await page.locator('px-cookie-consent [part="reopen"]').waitFor();
    expect(await page.locator(dialog).count()).toBe(0);
    // Stands in for a newly published version: the answer in force was given on an earlier text.
    const read = await fixture.gateway.graphql<{ cookieConsent: { subjectId: string } }>(
      'query($visitorId: String!) { cookieConsent(visitorId: $visitorId, lang: en) { subjectId } }',
      { visitorId },
    );
    await fixture.gateway.ownerQuery(
      "UPDATE preference_state SET text_version = 0 WHERE subject_id = $1 AND purpose = 'cookie-statistics'",
      [read.data?.cookieConsent.subjectId],
    );
    await page.reload();
    await page.locator(button('Accept all')).waitFor();
    expect(problems).toEqual([]);
  });

  it('links the answer to the person who signs in, and the privacy centre shows it and every later answer live', async () => {
    const { page, problems } = await openAsNewVisitor();
    await page.locator(button('Choose')).click();
    await page.locator(switchOf('statistics')).click();
    await page.locator(button('Save my choices')).click();
    await ledgerOf(page);
    await signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com');
    const mary = await fixture.gateway.idOf('mary.jones@example.com');
    await expect
      .poll(async () => (await fixture.gateway.dataSource.query('SELECT person_id FROM visitor'))[0]?.person_id)
      .toBe(mary);
    // No reload: linking tells the privacy centre to read again.
    const section = page.locator('px-privacy-center [data-testid="cookie-consent"]');
    const category = (key: string) => section.locator(`li[data-category="${key}"]`);
    await category('cookie-statistics').waitFor();
    expect(await category('cookie-statistics').textContent()).toContain('allowed');
    expect(await category('cookie-marketing').textContent()).toContain('refused');

    // The linked browser answers again: the person's privacy centre follows (a visitor's own live change).
    await page.locator('px-cookie-consent [part="reopen"]').click();
    await page.locator(button('Accept all')).click();
    await expect.poll(async () => await category('cookie-marketing').textContent()).toContain('allowed');
    expect(problems).toEqual([]);
  });
});
