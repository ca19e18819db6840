import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, nextAnnouncement, useWidgetsFixture } from '../../../test-support/index.js';

describe('px-ads-preferences', () => {
  const fixture = useWidgetsFixture();

  async function openSignedIn(email: string): Promise<{ page: Page; problems: string[] }> {
    const token = await fixture.gateway.signIn(email);
    const opened = await fixture.open('/widgets.html');
    await opened.page.locator('px-ads-preferences').evaluate((element, token) => {
      (element as HTMLElement & { accessToken: string }).accessToken = token;
    }, token);
    await opened.page.locator('px-ads-preferences [role="switch"]').first().waitFor();
    return opened;
  }

  async function purposesShown(page: Page): Promise<string[]> {
    return page
      .locator('px-ads-preferences [data-choice]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-choice')?.split(':')[0] ?? ''));
  }

  it("shows Philip the web profile, the ad partner's three purposes, and TV ads and recommendations of the family's TV", async () => {
    const { page, problems } = await openSignedIn('philip.smith@example.com');

    expect(await purposesShown(page)).toEqual([
      'web-personalized-ads',
      'ads-partner-profiling',
      'ads-partner-selection',
      'ads-partner-measurement',
      'tv-personalized-ads',
      'tv-recommendations',
    ]);
    expect(await page.locator('px-ads-preferences h3').allInnerTexts()).toEqual([
      "Our ad partner's purposes",
      'TV subscription',
    ]);
    expect(await axeViolations(page, 'px-ads-preferences')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('gives consent to the web profile (off by default) and shows it as her own choice; Mary has no TV line', async () => {
    const { page, problems } = await openSignedIn('mary.jones@example.com');
    expect(await purposesShown(page)).not.toContain('tv-personalized-ads');
    const web = page.locator('px-ads-preferences [data-choice^="web-personalized-ads"]');
    expect(await web.locator('[role="switch"]').getAttribute('aria-checked')).toBe('false');

    const saved = await nextAnnouncement(page, 'px-ads-preferences', () => web.locator('[role="switch"]').click());

    expect(saved.kind).toBe('status');
    expect(await web.locator('[role="switch"]').getAttribute('aria-checked')).toBe('true');
    expect(await web.locator('[data-reason]').getAttribute('data-reason')).toBe('OWN_CHOICE');
    expect(problems).toEqual([]);
  });
});
