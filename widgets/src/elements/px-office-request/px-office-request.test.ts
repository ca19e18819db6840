import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  nextAnnouncement,
  nextLiveMessage,
  shownText,
  signInThroughWidget,
  tabTo,
  useWidgetsFixture,
} from '../../../test-support/index.js';

const queue = 'px-office-queue';
const request = 'px-office-request';
const record = 'px-subject-record';

describe('the office screens: px-office-queue and px-office-request', () => {
  const fixture = useWidgetsFixture();

  async function file(email: string, mutation: string): Promise<string> {
    const token = await fixture.gateway.signIn(email);
    const filed = await fixture.gateway.graphql<Record<string, { id: string }>>(
      `mutation { ${mutation}(input: {}) { id } }`,
      {},
      { token },
    );
    const id = filed.data?.[mutation]?.id;
    if (!id) throw new Error(`${mutation} failed: ${JSON.stringify(filed.errors)}`);
    return id;
  }

  async function openOffice(): Promise<{ page: Page; problems: string[] }> {
    const opened = await fixture.open('/office.html');
    await signInThroughWidget(opened.page, fixture.gateway, 'dpo@example.com');
    await opened.page.locator(`${queue} table`).waitFor();
    return opened;
  }

  /** Writes the note of `step` and takes it, returning what the request screen announced. */
  async function take(page: Page, step: string, note?: string) {
    const form = page.locator(`${request} form[data-step="${step}"]`);
    if (note !== undefined) await form.locator('textarea').fill(note);
    return nextAnnouncement(page, request, () => form.locator('button[type="submit"]').click());
  }

  async function staffReads(): Promise<string[]> {
    const log = await fixture.gateway.graphql<{ staffReadLog: { edges: { node: { what: string } }[] } }>(
      '{ staffReadLog { edges { node { what } } } }',
      {},
      { token: await fixture.gateway.signIn('dpo@example.com') },
    );
    return [...new Set(log.data?.staffReadLog.edges.map((edge) => edge.node.what))].sort();
  }

  it('shows a request filed anywhere in the open queue within 1 s, without a reload', async () => {
    await file('philip.smith@example.com', 'requestDataExport');
    const { page, problems } = await afterQueueFollows();
    await page.evaluate(() => Object.assign(window, { pxSamePage: true }));

    const filed = await file('mary.jones@example.com', 'requestErasure');

    await page.locator(`${queue} tbody tr[data-request="${filed}"]`).waitFor({ timeout: 1_000 });
    expect(await page.evaluate(() => 'pxSamePage' in window)).toBe(true);
    expect(problems).toEqual([]);
  });

  /** The office page, signed in, once its queue holds the subscription (the gateway answered it once). */
  async function afterQueueFollows(): Promise<{ page: Page; problems: string[] }> {
    const opened = await fixture.open('/office.html');
    const following = nextLiveMessage(opened.page, 'officeQueueChanged');
    await signInThroughWidget(opened.page, fixture.gateway, 'dpo@example.com');
    await opened.page.locator(`${queue} table`).waitFor();
    await following;
    return opened;
  }

  it('lets the DPO work a request from filing to completion through the screens alone, by keyboard, logged', async () => {
    await file('philip.smith@example.com', 'requestDataExport');
    fixture.gateway.clock.advanceMinutes(1);
    const maryRequest = await file('mary.jones@example.com', 'requestDataAccess');
    const { page, problems } = await openOffice();

    const rows = page.locator(`${queue} tbody tr`);
    expect(await rows.count()).toBe(2);
    expect(await shownText(rows.first())).toContain('Mary Jones');
    // Search by e-mail address: the queue of that person only.
    await page.locator(`${queue} #search`).fill('philip.smith@example.com');
    await nextAnnouncement(page, queue, () => page.locator(`${queue} button[type="submit"]`).click());
    expect(await rows.count()).toBe(1);
    expect(await shownText(rows.first())).toContain('Philip Smith');
    await page.locator(`${queue} #search`).fill('');
    await page.locator(`${queue} #status`).selectOption('IN_PROGRESS');
    await nextAnnouncement(page, queue, () => page.locator(`${queue} button[type="submit"]`).click());
    expect(await rows.count()).toBe(2);
    expect(await axeViolations(page, queue)).toEqual([]);

    await tabTo(page, 'button[aria-label="Open the request of Mary Jones"]');
    await page.keyboard.press('Enter');
    await page.locator(`${request} h2`).waitFor();
    expect(await shownText(page.locator(`${request} h2`))).toBe('Access: Mary Jones');
    expect(await axeViolations(page, request)).toEqual([]);

    expect((await take(page, 'ASSIGN')).text).toBe('Done: Assign to me.');
    expect(await shownText(page.locator(`${request} [data-testid="assignee"]`))).toBe('Dana Data');
    await take(page, 'ASK_INFORMATION', 'Which of your lines do you mean?');
    expect(await shownText(page.locator(`${request} [data-testid="status"]`))).toBe('Awaiting information');
    await take(page, 'RECORD_INFORMATION', 'The mobile line.');
    await take(page, 'EXTEND', 'Many systems to search.');
    expect(await shownText(page.locator(`${request} dl`))).toContain('(Extended)');

    const complete = page.locator(`${request} form[data-step="COMPLETE"]`);
    await complete.locator('textarea').fill('Your overview is attached.');
    await expect.poll(() => shownText(complete.locator('[data-testid="preview"]'))).toBe('Your overview is attached.');
    const done = await take(page, 'COMPLETE');
    expect(done).toEqual({ text: 'Done: Complete.', kind: 'status' });
    expect(await shownText(page.locator(`${request} [data-testid="outcome"]`))).toBe('Your overview is attached.');
    expect(await page.locator(`${request} form[part="step"]`).count()).toBe(0);
    const steps = await page
      .locator(`${request} [data-testid="history"] li`)
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-step')));
    expect(steps).toEqual([
      'filed',
      'identity-confirmed',
      'assigned',
      'information-requested',
      'information-received',
      'extended',
      'completed',
    ]);
    // The queue, filtered to requests in progress, heard of the step: the completed one left it.
    await page.locator(`${queue} tr[data-request="${maryRequest}"]`).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
    expect(await staffReads()).toEqual(['dataSubjectRequest', 'dataSubjectRequests', 'findPrivacySubjects']);
    expect(problems).toEqual([]);
  });

  it('previews an erasure, carries it out, and still opens the erased person’s record and proof through the pseudonymous id', async () => {
    const mary = await fixture.gateway.signIn('mary.jones@example.com');
    await fixture.gateway.graphql(
      'mutation { setMarketingObjection(input: { objected: true }) { allowed } }',
      {},
      { token: mary },
    );
    await file('mary.jones@example.com', 'requestErasure');
    const { page, problems } = await openOffice();
    await page.locator(`${queue} tbody button`).first().click();

    const erasure = page.locator(`${request} form[data-step="CARRY_OUT_ERASURE"]`);
    const preview = erasure.locator('[data-testid="erasure-preview"]');
    await preview.waitFor();
    expect(await shownText(preview)).toContain('your bills: tax and accounting law makes us keep bills for 10 years');
    await expect.poll(() => shownText(erasure.locator('[data-testid="preview"]'))).toMatch(/^Erased: .* Kept: /);
    expect(await axeViolations(page, request)).toEqual([]);

    expect((await take(page, 'CARRY_OUT_ERASURE')).text).toBe('Done: Carry out the erasure.');
    expect(await shownText(page.locator(`${request} h2`))).toBe('Erasure: Erased');
    expect(await shownText(page.locator(`${request} [data-testid="outcome"]`))).toMatch(/^Erased: /);

    // Her record opens through the pseudonymous id alone: no name is left, the ledger and its proof are.
    const pseudonym = await shownText(page.locator(`${request} [data-testid="subject-id"]`));
    await page.locator(`${request} [data-testid="open-record"]`).click();
    await page.locator(`${record} h2[data-erased]`).waitFor();
    expect(await page.locator(`${record} h2`).getAttribute('data-subject')).toBe(pseudonym);
    expect(await shownText(page.locator(`${record} h2`))).toBe('Record: erased person');
    expect(await page.locator(`${record} [data-testid="choices"]`).count()).toBe(0);
    const change = page.locator(`${record} [data-testid="changes"] > li`).first();
    expect(await shownText(change)).toContain('direct-marketing');
    await change.locator('[data-testid="open-delivery"]').click();
    await change.locator('[part="proof"]').waitFor();
    expect(await page.locator(`${record} [data-testid="ledger"]`).getAttribute('data-valid')).toBe('true');
    const saved = page.waitForEvent('download');
    await change.locator('[data-testid="receipt"]').click();
    expect((await saved).suggestedFilename()).toMatch(/^receipt-.+\.json$/);
    expect(await axeViolations(page, record)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
