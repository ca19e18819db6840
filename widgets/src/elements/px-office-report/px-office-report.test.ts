import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  registerCampaignTool,
  shownText,
  signInThroughWidget,
  syncClock,
  useWidgetsFixture,
} from '../../../test-support/index.js';

const report = 'px-office-report';

describe('px-office-report', () => {
  const fixture = useWidgetsFixture();

  it('charts the requests by type and status, the median time to answer and the propagation lag, with the figures', async () => {
    const { gateway } = fixture;
    const receiver = await registerCampaignTool(gateway);
    try {
      // Filed two days ago, answered now: the browser's clock and the gateway's agree again for the sign-in.
      gateway.clock.advanceMinutes(-48 * 60);
      const mary = await gateway.signIn('mary.jones@example.com');
      const access = await gateway.graphql<{ requestDataAccess: { id: string } }>(
        'mutation { requestDataAccess(input: {}) { id } }',
        {},
        { token: mary },
      );
      await gateway.graphql('mutation { requestDataExport(input: {}) { id } }', {}, { token: mary });
      await gateway.graphql(
        'mutation { requestDataExport(input: {}) { id } }',
        {},
        { token: await gateway.signIn('tracy.smith@example.com') },
      );
      syncClock(gateway);
      await gateway.graphql(
        'mutation { setMarketingObjection(input: { objected: true }) { allowed } }',
        {},
        { token: await gateway.signIn('mary.jones@example.com') },
      );
      await gateway.relay.runOnce();
      await gateway.graphql(
        'mutation($id: ID!) { completeRequest(input: { requestId: $id, note: "Overview sent." }) { id } }',
        { id: access.data?.requestDataAccess.id },
        { token: await gateway.signIn('dpo@example.com') },
      );

      const { page, problems } = await fixture.open('/office.html');
      await signInThroughWidget(page, gateway, 'dpo@example.com');
      const requests = page.locator(`${report} [data-testid="requests-chart"]`);
      await requests.waitFor();
      // One bar a type, its parts the statuses, each as long as its count.
      const parts = await requests
        .locator('rect')
        .evaluateAll((rects) =>
          rects.map((rect) => [
            rect.closest('g')?.getAttribute('data-bar'),
            rect.getAttribute('data-part'),
            rect.getAttribute('data-value'),
          ]),
        );
      expect(parts).toEqual([
        ['access', 'completed', '1'],
        ['export', 'in-progress', '2'],
      ]);
      const exportBar = requests.locator('g[data-bar="export"] rect');
      const accessBar = requests.locator('g[data-bar="access"] rect');
      expect(Number(await exportBar.getAttribute('width'))).toBeCloseTo(
        2 * Number(await accessBar.getAttribute('width')),
      );
      expect(await shownText(page.locator(`${report} tr[data-type="access"][data-status="completed"]`))).toBe(
        'Access\tCompleted\t1\t0\t48 h',
      );
      expect(await page.locator(`${report} [data-testid="answer-chart"] text.value`).textContent()).toBe('48 h');
      const lag = page.locator(`${report} [data-testid="lag-figures"] tr[data-system="campaign-tool"]`);
      expect(await shownText(lag)).toMatch(/^Campaign tool\t\d+ ms\t0\t0$/);
      expect(await axeViolations(page, report)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await receiver.stop();
    }
  });

  it('counts how visitors answered the cookie banner, per site and per day', async () => {
    const { gateway } = fixture;
    syncClock(gateway);
    const site = 'shop.proximus.be';
    const choices = (preferences: boolean, statistics: boolean, marketing: boolean) => [
      { purpose: 'cookie-preferences', allowed: preferences, textVersion: 1 },
      { purpose: 'cookie-statistics', allowed: statistics, textVersion: 1 },
      { purpose: 'cookie-marketing', allowed: marketing, textVersion: 1 },
    ];
    const answers = [
      { method: 'ACCEPT_ALL', choices: choices(true, true, true) },
      { method: 'ACCEPT_ALL', choices: choices(true, true, true) },
      { method: 'REFUSE_ALL', choices: choices(false, false, false) },
      { method: 'CUSTOM', choices: choices(false, true, false) },
    ];
    for (const answer of answers) {
      const answered = await gateway.graphql(
        'mutation($input: CookieConsentInput!) { setCookieConsent(input: $input) { needsAnswer } }',
        { input: { visitorId: randomUUID(), site, language: 'nl', ...answer } },
      );
      expect(answered.errors).toBeUndefined();
    }

    const { page, problems } = await fixture.open('/office.html');
    await signInThroughWidget(page, gateway, 'dpo@example.com');
    const chart = page.locator(`${report} [data-testid="cookie-chart"]`);
    await chart.waitFor();
    const parts = await chart
      .locator(`g[data-bar="${site}"] rect`)
      .evaluateAll((rects) => rects.map((rect) => [rect.getAttribute('data-part'), rect.getAttribute('data-value')]));
    expect(parts).toEqual([
      ['acceptedAll', '2'],
      ['custom', '1'],
      ['refusedAll', '1'],
    ]);
    // Accept all, chosen, refuse all, with GPC, then preferences, statistics and marketing allowed.
    expect(await shownText(page.locator(`${report} [data-testid="cookie-figures"] tr[data-site="${site}"]`))).toBe(
      `${site}\t2\t1\t1\t0\t2\t3\t2`,
    );
    const today = new Date().toISOString().slice(0, 10);
    await page.locator(`${report} details summary`).click();
    expect(
      await shownText(
        page.locator(`${report} [data-testid="cookie-days"] tr[data-site="${site}"][data-day="${today}"]`),
      ),
    ).toBe(`${today}, ${site}\t2\t1\t1\t0\t2\t3\t2`);
    expect(await axeViolations(page, report)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
