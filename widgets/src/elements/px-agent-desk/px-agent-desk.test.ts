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

const desk = 'px-agent-desk';

describe('px-agent-desk', () => {
  const fixture = useWidgetsFixture();

  async function openDesk(): Promise<{ page: Page; problems: string[] }> {
    // The agent's own browser: a tab of the person's would be signed in as the person.
    const opened = await fixture.openElsewhere('/agent.html');
    await signInThroughWidget(opened.page, fixture.gateway, 'agent@example.com');
    await opened.page.locator(`${desk} form[part="search"]`).waitFor();
    return opened;
  }

  async function findAndOpen(page: Page, caller: string): Promise<void> {
    await page.locator(`${desk} #caller`).fill(caller);
    await nextAnnouncement(page, desk, () => page.locator(`${desk} form[part="search"] button`).click());
    await page.locator(`${desk} [data-testid="matches"] button`).first().click();
    await page.locator(`${desk} [part="choices"]`).waitFor();
  }

  it("records a caller's objection by phone, and the person's own widget shows it live", async () => {
    const person = await fixture.open('/widgets.html');
    await afterLiveStart(person.page, () =>
      signInThroughWidget(person.page, fixture.gateway, 'mary.jones@example.com'),
    );
    const whole = `px-marketing-preferences [data-choice="direct-marketing:${await fixture.gateway.idOf('mary.jones@example.com')}"]`;
    const marketing = person.page.locator(`${whole} [role="switch"]`);
    expect(await marketing.getAttribute('aria-checked')).toBe('true');

    const { page, problems } = await openDesk();
    await findAndOpen(page, 'mary.jones@example.com');
    expect(await axeViolations(page, desk)).toEqual([]);
    const row = page.locator(`${desk} li[data-choice="direct-marketing"]`);
    expect(await row.getAttribute('data-allowed')).toBe('true');
    const recorded = await nextAnnouncement(page, desk, () => row.locator('button').click());
    expect(recorded).toEqual({
      text: 'Recorded by phone: Offers and news from Proximus, all channels.',
      kind: 'status',
    });
    expect(await row.getAttribute('data-allowed')).toBe('false');

    await person.page.locator(`${whole} [role="switch"][aria-checked="false"]`).waitFor({ timeout: 2_000 });
    const history = await fixture.gateway.graphql<{
      preferenceHistory: { edges: { node: { collectionChannel: string; actorKind: string } }[] };
    }>(
      '{ preferenceHistory(first: 1) { edges { node { collectionChannel actorKind } } } }',
      {},
      { token: await fixture.gateway.signIn('mary.jones@example.com') },
    );
    expect(history.data?.preferenceHistory.edges[0]?.node).toEqual({ collectionChannel: 'PHONE', actorKind: 'AGENT' });
    expect([...problems, ...person.problems]).toEqual([]);
  });

  it("records a non-customer's objection and files a request for a caller, the identity check pending", async () => {
    const { page, problems } = await openDesk();
    const objection = page.locator(`${desk} form[part="non-customer"]`);
    await objection.locator('#nc-email').fill('visitor.at.the.shop@example.org');
    await objection.locator('#nc-channel').selectOption('phone');
    expect((await nextAnnouncement(page, desk, () => objection.locator('button').click())).text).toBe(
      'Objection recorded.',
    );
    await findAndOpen(page, 'visitor.at.the.shop@example.org');
    expect(await page.locator(`${desk} li[data-choice="direct-marketing:phone"]`).getAttribute('data-allowed')).toBe(
      'false',
    );

    await findAndOpen(page, 'philip.smith@example.com');
    const file = page.locator(`${desk} form[part="file"]`);
    await file.locator('#request-type').selectOption('OBJECTION');
    await file.locator('#processing').fill('loyalty profiling');
    await file.locator('#reason').fill('I do not want a profile.');
    const filed = await nextAnnouncement(page, desk, () => file.locator('button[type="submit"]').click());
    expect(filed).toEqual({
      text: 'Motivated objection filed: the office confirms the caller’s identity first.',
      kind: 'status',
    });
    const queue = await fixture.gateway.graphql<{
      dataSubjectRequests: {
        edges: { node: { type: string; status: string; filedThrough: string; subjectName: string } }[];
      };
    }>(
      '{ dataSubjectRequests { edges { node { type status filedThrough subjectName } } } }',
      {},
      { token: await fixture.gateway.signIn('dpo@example.com') },
    );
    expect(queue.data?.dataSubjectRequests.edges.map((edge) => edge.node)).toEqual([
      { type: 'OBJECTION', status: 'AWAITING_IDENTITY', filedThrough: 'phone', subjectName: 'Philip Smith' },
    ]);
    expect(await shownText(page.locator(`${desk} [part="choices"] h3`))).toContain('channel phone');
    expect(await axeViolations(page, desk)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
