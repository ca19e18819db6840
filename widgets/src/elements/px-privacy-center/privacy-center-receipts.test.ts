import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  afterLiveStart,
  axeViolations,
  nextAnnouncement,
  shownText,
  signInThroughWidget,
  useWidgetsFixture,
} from '../../../test-support/index.js';
import { de } from '../../i18n/de.js';
import type { Dictionary, Language } from '../../i18n/dictionary.js';
import { en } from '../../i18n/en.js';
import { fr } from '../../i18n/fr.js';
import { nl } from '../../i18n/nl.js';

const center = 'px-privacy-center';
const dictionaries: Record<Language, Dictionary> = { nl, fr, de, en };

describe('px-privacy-center: receipts, staff reads and the right to complain', () => {
  const fixture = useWidgetsFixture();

  async function openSignedIn(
    email: string,
    where: 'here' | 'elsewhere' = 'here',
  ): Promise<{ page: Page; problems: string[] }> {
    const opened = await (where === 'here' ? fixture.open('/') : fixture.openElsewhere('/'));
    await afterLiveStart(opened.page, () => signInThroughWidget(opened.page, fixture.gateway, email));
    await opened.page.locator(`${center} #history-title`).waitFor();
    return opened;
  }

  async function marysLineOptedOut(): Promise<string> {
    const lineId = await fixture.gateway.idOf('+32470000002');
    const answer = await fixture.gateway.graphql(
      'mutation($input: LocationReportingOptOutInput!) { setLocationReportingOptOut(input: $input) { allowed } }',
      { input: { subjectId: lineId, optedOut: true, language: 'en' } },
      { token: await fixture.gateway.signIn('mary.jones@example.com') },
    );
    expect(answer.errors).toBeUndefined();
    return lineId;
  }

  it("downloads a decision's receipt as the ISO/IEC TS 27560 JSON record the gateway keeps", async () => {
    const lineId = await marysLineOptedOut();
    const { page, problems } = await openSignedIn('mary.jones@example.com');
    const entry = page.locator(`${center} [data-testid="history"] li[data-subject="${lineId}"]`).first();
    await entry.waitFor();
    const eventId = await entry.getAttribute('data-event');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      nextAnnouncement(page, center, () => entry.locator('[data-receipt="json"]').click()),
    ]);

    expect(download.suggestedFilename()).toBe(`receipt-${eventId}.json`);
    const receipt = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(receipt).toMatchObject({
      schema: expect.stringContaining('ISO/IEC TS 27560'),
      recordId: eventId,
      subject: { id: lineId, kind: 'subscription' },
      purpose: { key: 'location-reporting', legalBasis: 'legitimate-interest', textVersion: 1, language: 'en' },
      decision: 'objected',
      processingAllowed: false,
      collectionMethod: 'web',
      actor: { kind: 'subject', id: await fixture.gateway.idOf('mary.jones@example.com') },
      retention: expect.any(String),
      howToWithdraw: expect.any(String),
      proof: { hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(receipt.controllers[0].name).toContain('Proximus');
    expect(await shownText(page.locator(`${center} > * [part="status"]`).first())).toBe(en.receipt.downloaded);
    expect(problems).toEqual([]);
  });

  it('opens a readable receipt page that prints without its button, accessible, and re-says its status in a new language', async () => {
    const lineId = await marysLineOptedOut();
    const { page, problems } = await openSignedIn('mary.jones@example.com');
    const entry = page.locator(`${center} [data-testid="history"] li[data-subject="${lineId}"]`).first();
    await entry.waitFor();

    const [printable] = await Promise.all([
      page.context().waitForEvent('page'),
      nextAnnouncement(page, center, () => entry.locator('[data-receipt="page"]').click()),
    ]);
    await printable.locator('[data-testid="receipt"]').waitFor();

    const shown = await shownText(printable.locator('[data-testid="receipt"]'));
    expect(shown).toContain('Network location data for anonymous reports — Mobile line +32470000002');
    expect(shown).toContain(en.history.decisions.OBJECTED);
    expect(shown).toContain(en.history.actedBy.YOU);
    expect(shown).toContain(en.receipt.legalBases['legitimate-interest']);
    expect(await shownText(printable.locator('h1'))).toBe(en.receipt.title);
    expect(await axeViolations(printable, 'body')).toEqual([]);
    const printButton = printable.locator('button');
    expect(await printButton.isVisible()).toBe(true);
    await printable.emulateMedia({ media: 'print' });
    expect(await printButton.isVisible()).toBe(false);
    await printable.close();

    const status = page.locator(`${center} [part="status"] [data-sequence]`).first();
    expect(await shownText(status)).toBe(en.receipt.opened);
    await page.locator('#language-switch').selectOption('fr');
    await expect.poll(() => shownText(status)).toBe(fr.receipt.opened);
    expect(problems).toEqual([]);
  });

  it('shows the person which team of the staff read their data, when and why, never a name, and nothing of others', async () => {
    const mary = await fixture.gateway.idOf('mary.jones@example.com');
    const line = await fixture.gateway.idOf('+32470000002');
    await fixture.gateway.graphql(
      'query($id: ID) { privacyPreferences(subjectId: $id) { subjectId } }',
      { id: mary },
      { token: await fixture.gateway.signIn('dpo@example.com') },
    );
    await fixture.gateway.graphql(
      'query($id: ID) { preferenceHistory(subjectId: $id) { edges { cursor } } }',
      { id: line },
      { token: await fixture.gateway.signIn('agent@example.com') },
    );

    const { page, problems } = await openSignedIn('mary.jones@example.com');
    const reads = page.locator(`${center} [data-testid="staff-reads"] li`);
    await expect.poll(() => reads.count()).toBe(2);
    const [newest, older] = [await shownText(reads.nth(0)), await shownText(reads.nth(1))];
    expect(newest).toContain(`${en.staffReads.teams.CUSTOMER_SERVICE}, ${en.staffReads.reasons.HELPING_ON_CALL}`);
    expect(newest).toContain('(Mobile line +32470000002)');
    expect(older).toContain(
      `${en.staffReads.teams.DATA_PROTECTION_OFFICE}, ${en.staffReads.reasons.PRIVACY_SUPERVISION}`,
    );
    const section = await shownText(page.locator(`${center} [aria-labelledby="staff-reads-title"]`));
    expect(section).not.toMatch(/Dana|Alex|Agent|Data\b/);
    expect(await axeViolations(page, center)).toEqual([]);
    expect(problems).toEqual([]);

    const tracy = await openSignedIn('tracy.smith@example.com', 'elsewhere');
    await tracy.page.locator(`${center} [data-testid="staff-reads-none"]`).waitFor();
    expect(await shownText(tracy.page.locator(`${center} [data-testid="staff-reads-none"]`))).toBe(en.staffReads.none);
  });

  it.each<Language>(['nl', 'fr', 'de', 'en'])(
    'tells the right to complain to the Data Protection Authority with its contacts, in %s, signed in or not',
    async (language) => {
      const { page, problems } = await fixture.open('/');
      await page.locator('#language-switch').selectOption(language);
      const complaint = page.locator(`${center} [data-testid="complaint"]`);
      const texts = dictionaries[language].complaint;
      await expect.poll(() => shownText(complaint.locator('h2'))).toBe(texts.title);

      const shown = await shownText(complaint);
      for (const part of [texts.text, texts.authority, texts.address, '+32 2 274 48 00', 'contact@apd-gba.be']) {
        expect(shown).toContain(part);
      }
      expect(await complaint.locator('a[href^="mailto:"]').getAttribute('href')).toBe('mailto:contact@apd-gba.be');
      expect(await complaint.locator('a[target="_blank"]').getAttribute('href')).toBe(texts.websiteUrl);
      expect(await axeViolations(page, center)).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
