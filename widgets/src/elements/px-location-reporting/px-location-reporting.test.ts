import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  nextAnnouncement,
  shownText,
  signInThroughWidget,
  useWidgetsFixture,
} from '../../../test-support/index.js';

const mobileLines = ['+32470000001', '+32470000002', '+32470000003'];

describe('px-location-reporting', () => {
  const fixture = useWidgetsFixture();

  async function lineIds(numbers: string[]): Promise<string[]> {
    return Promise.all(numbers.map((number) => fixture.gateway.idOf(number)));
  }

  it('shows Mary, a user, only her own line', async () => {
    const { page, problems } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com');
    await page.locator('px-location-reporting [role="switch"]').first().waitFor();

    const shown = await page
      .locator('px-location-reporting [data-choice]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-choice')));
    expect(shown).toEqual([`location-reporting:${await fixture.gateway.idOf('+32470000002')}`]);
    expect(await shownText(page.locator('px-location-reporting [data-choice]'))).toContain('+32470000002');
    expect(await axeViolations(page, 'px-location-reporting')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows Philip, the administrator, every mobile line of the account, and switches one of them', async () => {
    const { page, problems } = await fixture.open('/widgets.html');
    const token = await fixture.gateway.signIn('philip.smith@example.com');
    await page.locator('px-location-reporting').evaluate((element, token) => {
      (element as HTMLElement & { accessToken: string }).accessToken = token;
    }, token);
    await page.locator('px-location-reporting [role="switch"]').first().waitFor();

    const shown = await page
      .locator('px-location-reporting [data-choice]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-choice')));
    expect(shown.sort()).toEqual((await lineIds(mobileLines)).map((id) => `location-reporting:${id}`).sort());

    const tracysLine = page.locator(
      `px-location-reporting [data-choice="location-reporting:${await fixture.gateway.idOf('+32470000003')}"] [role="switch"]`,
    );
    expect(await tracysLine.getAttribute('aria-checked')).toBe('true');
    const saved = await nextAnnouncement(page, 'px-location-reporting', () => tracysLine.click());
    expect(saved.text).toMatch(/^Saved: .+ is now off\.$/);
    expect(await tracysLine.getAttribute('aria-checked')).toBe('false');
    const why = page.locator(
      `px-location-reporting [data-choice$="${await fixture.gateway.idOf('+32470000003')}"] [data-reason]`,
    );
    expect(await why.getAttribute('data-reason')).toBe('ADMINISTRATOR_CHOICE');
    expect(await axeViolations(page, 'px-location-reporting')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
