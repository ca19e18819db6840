import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, nextAnnouncement, recordEvents, useWidgetsFixture } from '../../../test-support/index.js';

describe('px-marketing-preferences', () => {
  const fixture = useWidgetsFixture();

  async function openSignedIn(email: string): Promise<{ page: Page; problems: string[] }> {
    const token = await fixture.gateway.signIn(email);
    const opened = await fixture.open('/widgets.html');
    await opened.page.locator('px-marketing-preferences').evaluate((element, token) => {
      (element as HTMLElement & { accessToken: string }).accessToken = token;
    }, token);
    await opened.page.locator('px-marketing-preferences [role="switch"]').first().waitFor();
    return opened;
  }

  const whole =
    'px-marketing-preferences [data-choice^="direct-marketing:"]:not([data-choice^="direct-marketing:sms"]) >> nth=0';
  const channel = (key: string) => `px-marketing-preferences [data-choice^="direct-marketing:${key}:"] [role="switch"]`;

  it('shows marketing as a whole and each of the five channels, on until objected', async () => {
    const { page, problems } = await openSignedIn('mary.jones@example.com');

    const keys = await page
      .locator('px-marketing-preferences [data-choice]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-choice')?.split(':').slice(0, -1).join(':')));
    expect(keys).toEqual([
      'direct-marketing',
      'direct-marketing:phone',
      'direct-marketing:sms',
      'direct-marketing:email',
      'direct-marketing:post',
      'direct-marketing:web-popup',
    ]);
    const states = await page
      .locator('px-marketing-preferences [role="switch"]')
      .evaluateAll((switches) => switches.map((element) => element.getAttribute('aria-checked')));
    expect(states).toEqual(['true', 'true', 'true', 'true', 'true', 'true']);
    expect(await axeViolations(page, 'px-marketing-preferences')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('objects on one channel, and to marketing as a whole, which turns every channel off', async () => {
    const { page, problems } = await openSignedIn('tracy.smith@example.com');
    const changes = await recordEvents(page, 'px-change');

    const sms = await nextAnnouncement(page, 'px-marketing-preferences', () => page.locator(channel('sms')).click());
    expect(sms.text).toBe('Saved: Text message is now off.');
    expect(await page.locator(channel('sms')).getAttribute('aria-checked')).toBe('false');
    expect(await page.locator(channel('email')).getAttribute('aria-checked')).toBe('true');

    const all = page.locator(`${whole} >> [role="switch"]`);
    await nextAnnouncement(page, 'px-marketing-preferences', () => all.click());
    expect(await all.getAttribute('aria-checked')).toBe('false');
    for (const key of ['phone', 'sms', 'email', 'post', 'web-popup']) {
      expect(await page.locator(channel(key)).getAttribute('aria-checked')).toBe('false');
      expect(await page.locator(channel(key)).getAttribute('aria-disabled')).toBe('true');
    }
    expect(await changes()).toEqual([
      expect.objectContaining({ purpose: 'direct-marketing', channel: 'sms', allowed: false }),
      expect.objectContaining({ purpose: 'direct-marketing', channel: null, allowed: false }),
    ]);
    expect(await axeViolations(page, 'px-marketing-preferences')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
