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
});
