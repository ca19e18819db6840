import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  newestCode,
  nextAnnouncement,
  recordEvents,
  shownText,
  startSignInThroughWidget,
  syncClock,
  useWidgetsFixture,
} from '../../../test-support/index.js';
import { de } from '../../i18n/de.js';
import type { Dictionary, Language } from '../../i18n/dictionary.js';
import { en } from '../../i18n/en.js';
import { fr } from '../../i18n/fr.js';
import { nl } from '../../i18n/nl.js';

const dictionaries: Record<Language, Dictionary> = { nl, fr, de, en };

describe('px-sign-in', () => {
  const fixture = useWidgetsFixture();

  async function openWithLanguage(language: Language): Promise<{ page: Page; problems: string[] }> {
    const opened = await fixture.open('/widgets.html');
    await opened.page
      .locator('px-sign-in')
      .evaluate((element, language) => element.setAttribute('lang', language), language);
    return opened;
  }

  it('signs in with the SMS code, showing the masked number and the time left, and signs out', async () => {
    const { page, problems } = await fixture.open('/widgets.html');
    const events = { in: await recordEvents(page, 'px-signed-in'), out: await recordEvents(page, 'px-signed-out') };
    const signIn = page.locator('px-sign-in');

    await startSignInThroughWidget(page, 'mary.jones@example.com');

    await expect.poll(() => shownText(signIn.getByTestId('masked-phone'))).toContain('+32 470 ** ** 02');
    expect(await shownText(signIn.getByTestId('time-left'))).toMatch(/^Time left: 1[45]:\d\d$/);
    expect(await axeViolations(page, 'px-sign-in')).toEqual([]);
    await signIn.locator('#code').fill(await newestCode(fixture.gateway));
    await signIn.locator('button[type="submit"]').click();
    await expect.poll(() => shownText(signIn.getByTestId('signed-in-as'))).toBe('Signed in as Mary Jones');
    expect(await events.in()).toEqual([{ expiresAt: expect.any(String) }]);
    expect(await axeViolations(page, 'px-sign-in')).toEqual([]);

    await signIn.locator('#sign-out').click();
    await signIn.locator('#email').waitFor();
    expect(await events.out()).toEqual([{ reason: 'signed-out' }]);
    expect(problems).toEqual([]);
  });

  it('sends a new code on request, and only the new one is needed', async () => {
    const { page, problems } = await fixture.open('/widgets.html');
    const signIn = page.locator('px-sign-in');
    await startSignInThroughWidget(page, 'tracy.smith@example.com');
    await signIn.locator('#code').waitFor();
    const first = await newestCode(fixture.gateway);

    await signIn.getByRole('button', { name: 'Send a new code' }).click();
    await expect.poll(() => newestCode(fixture.gateway)).not.toBe(first);
    await expect
      .poll(() => shownText(signIn.locator('[role="status"]')))
      .toBe('A new code was sent to +32 470 ** ** 03.');
    await signIn.locator('#code').fill(await newestCode(fixture.gateway));
    await signIn.locator('button[type="submit"]').click();

    await signIn.locator('#sign-out').waitFor();
    expect(problems).toEqual([]);
  });

  const enterCode = async (page: Page, code: string) => {
    await page.locator('px-sign-in #code').fill(code);
    await page.locator('px-sign-in button[type="submit"]').click();
  };

  /** [case, language, what leads up to the refusal, the step refused, the message expected]. */
  it.each<
    [string, Language, (page: Page) => Promise<void>, (page: Page) => Promise<void>, (texts: Dictionary) => string]
  >([
    [
      'a wrong password as INVALID_CREDENTIALS',
      'en',
      async () => {},
      (page) => startSignInThroughWidget(page, 'anna.peeters@example.com', 'not-the-password'),
      (texts) => texts.errors.INVALID_CREDENTIALS,
    ],
    [
      'a wrong code as CODE_INVALID with the attempts left',
      'nl',
      async (page) => {
        await startSignInThroughWidget(page, 'bram.claes@example.com');
        await page.locator('px-sign-in #code').waitFor();
      },
      (page) => enterCode(page, '000000'),
      (texts) => `${texts.errors.CODE_INVALID} ${texts.attemptsLeft(4)}`,
    ],
    [
      'a fifth wrong code as CODE_LOCKED',
      'de',
      async (page) => {
        await startSignInThroughWidget(page, 'chris.maes@example.com');
        await page.locator('px-sign-in #code').waitFor();
        for (let attempt = 0; attempt < 4; attempt += 1) {
          const refused = await nextAnnouncement(page, 'px-sign-in', () => enterCode(page, '000000'));
          expect(refused.text).toBe(`${de.errors.CODE_INVALID} ${de.attemptsLeft(4 - attempt)}`);
        }
      },
      (page) => enterCode(page, '000000'),
      (texts) => texts.errors.CODE_LOCKED,
    ],
    [
      'a code entered too late as CODE_EXPIRED',
      'fr',
      async (page) => {
        await startSignInThroughWidget(page, 'agent@example.com');
        await page.locator('px-sign-in #code').waitFor();
        fixture.gateway.clock.advanceMinutes(16);
      },
      async (page) => enterCode(page, await newestCode(fixture.gateway)),
      (texts) => texts.errors.CODE_EXPIRED,
    ],
  ])('explains %s in the language of the element (%s)', async (_case, language, prepare, refusedStep, expected) => {
    const { page, problems } = await openWithLanguage(language);
    try {
      await prepare(page);
      const refused = await nextAnnouncement(page, 'px-sign-in', () => refusedStep(page));

      expect(refused).toEqual({ kind: 'error', text: expected(dictionaries[language]) });
      expect(await page.locator('px-sign-in #sign-out').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      syncClock(fixture.gateway);
    }
  });

  it('explains too many codes as RATE_LIMITED with the wait', async () => {
    const { page, problems } = await openWithLanguage('en');
    await startSignInThroughWidget(page, 'philip.smith@example.com');
    const resend = page.locator('px-sign-in').getByRole('button', { name: 'Send a new code' });
    await resend.waitFor();
    // Five SMS per number per hour: the first and four more go out, the sixth is refused.
    for (let sent = 1; sent < 5; sent += 1) {
      const announced = await nextAnnouncement(page, 'px-sign-in', () => resend.click());
      expect(announced.text).toBe('A new code was sent to +32 470 ** ** 01.');
    }
    const refused = await nextAnnouncement(page, 'px-sign-in', () => resend.click());

    expect(refused.kind).toBe('error');
    expect(refused.text).toMatch(/^Too many attempts\. Try again in \d+ (seconds|minutes)\.$/);
    expect(problems).toEqual([]);
  });

  it('signs in with the keyboard only', async () => {
    const { page, problems } = await fixture.open('/widgets.html');
    // As a person would: once the form shows (an element renders when its language's texts are there).
    await page.locator('px-sign-in #email').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('dpo@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Privacy2026');
    await page.keyboard.press('Enter');
    await page.locator('px-sign-in #code').waitFor();
    // The code field has the focus as soon as the code screen shows.
    await page.keyboard.type(await newestCode(fixture.gateway));
    await page.keyboard.press('Enter');
    await page.locator('px-sign-in #sign-out').waitFor();
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe('sign-out');
    expect(problems).toEqual([]);
  });
});
