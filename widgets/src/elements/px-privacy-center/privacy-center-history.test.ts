import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { afterLiveStart, shownText, signInThroughWidget, useWidgetsFixture } from '../../../test-support/index.js';

const center = 'px-privacy-center';

describe('px-privacy-center history: who acted, seen from the person reading it', () => {
  const fixture = useWidgetsFixture();

  async function openSignedIn(email: string): Promise<{ page: Page; problems: string[] }> {
    const opened = await fixture.open('/');
    await afterLiveStart(opened.page, () => signInThroughWidget(opened.page, fixture.gateway, email));
    await opened.page.locator(`${center} [data-testid="history"]`).waitFor();
    return opened;
  }

  async function optOutOfLocation(email: string, number: string): Promise<void> {
    const answer = await fixture.gateway.graphql(
      'mutation($input: LocationReportingOptOutInput!) { setLocationReportingOptOut(input: $input) { allowed } }',
      { input: { subjectId: await fixture.gateway.idOf(number), optedOut: true } },
      { token: await fixture.gateway.signIn(email) },
    );
    expect(answer.errors).toBeUndefined();
  }

  it("tells Tracy, administrator now, that Philip's earlier choice on his line was made by that line's user, not by her", async () => {
    await optOutOfLocation('philip.smith@example.com', '+32470000001');
    const became = await fixture.gateway.graphql(
      'mutation { becomeAdministrator(customerNumber: "123456789") { role } }',
      {},
      { token: await fixture.gateway.signIn('tracy.smith@example.com') },
    );
    expect(became.errors).toBeUndefined();

    const { page, problems } = await openSignedIn('tracy.smith@example.com');
    const philipsLine = await fixture.gateway.idOf('+32470000001');
    const entry = page.locator(`${center} [data-testid="history"] li[data-subject="${philipsLine}"]`).first();
    await entry.waitFor();

    const text = await shownText(entry);
    expect(text).toContain('by the user of this line');
    expect(text).not.toContain('by you');
    expect(problems).toEqual([]);
  });

  it("tells Mary that her line was changed by the account's administrator, and Philip that he did it", async () => {
    await optOutOfLocation('philip.smith@example.com', '+32470000002');
    const marysLine = await fixture.gateway.idOf('+32470000002');

    const mary = await openSignedIn('mary.jones@example.com');
    const entry = mary.page.locator(`${center} [data-testid="history"] li[data-subject="${marysLine}"]`).first();
    await entry.waitFor();
    expect(await shownText(entry)).toContain("by the account's administrator");
    expect(mary.problems).toEqual([]);
  });

  it('says "by customer service" for an agent\'s change and "by you" for the person\'s own', async () => {
    const mary = await fixture.gateway.idOf('mary.jones@example.com');
    const agent = await fixture.gateway.graphql(
      'mutation($input: MarketingObjectionInput!) { setMarketingObjection(input: $input) { allowed } }',
      { input: { subjectId: mary, channel: 'sms', objected: true } },
      { token: await fixture.gateway.signIn('agent@example.com') },
    );
    expect(agent.errors).toBeUndefined();
    await optOutOfLocation('mary.jones@example.com', '+32470000002');

    const { page, problems } = await openSignedIn('mary.jones@example.com');
    const history = page.locator(`${center} [data-testid="history"]`);
    await expect.poll(() => history.locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await shownText(history.locator('li[data-purpose="direct-marketing"]').first())).toContain(
      'by customer service',
    );
    expect(await shownText(history.locator('li[data-purpose="location-reporting"]').first())).toContain('by you');
    expect(problems).toEqual([]);
  });
});
