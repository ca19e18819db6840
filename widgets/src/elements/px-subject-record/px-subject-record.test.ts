import type { WebhookReceiver } from '@proximus-privacy/gateway/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  nextAnnouncement,
  registerCampaignTool,
  shownText,
  signInThroughWidget,
  useWidgetsFixture,
} from '../../../test-support/index.js';

const request = 'px-office-request';
const record = 'px-subject-record';

describe('px-subject-record', () => {
  const fixture = useWidgetsFixture();
  let receiver: WebhookReceiver | undefined;
  afterEach(() => receiver?.stop());

  it('opens from a request with the person’s choices, history, proof of delivery, ledger check and staff reads, all logged', async () => {
    const { gateway } = fixture;
    receiver = await registerCampaignTool(gateway);
    const mary = await gateway.signIn('mary.jones@example.com');
    const objected = await gateway.graphql<{ setMarketingObjection: { lastEventId: string } }>(
      'mutation { setMarketingObjection(input: { objected: true }) { lastEventId } }',
      {},
      { token: mary },
    );
    const eventId = objected.data?.setMarketingObjection.lastEventId as string;
    await gateway.relay.runOnce();
    await gateway.graphql('mutation { requestDataAccess(input: {}) { id } }', {}, { token: mary });
    const { page, problems } = await fixture.open('/office.html');
    await signInThroughWidget(page, gateway, 'dpo@example.com');
    await page.locator('px-office-queue tbody button').first().click();
    await page.locator(`${request} [data-testid="open-record"]`).click();

    await page.locator(`${record} h2`).waitFor();
    expect(await shownText(page.locator(`${record} h2`))).toBe('Record: Mary Jones <mary.jones@example.com>');
    const marketing = page.locator(`${record} table[data-subject=""] tr[data-purpose="direct-marketing"]`);
    expect(await marketing.getAttribute('data-allowed')).toBe('false');
    expect(await shownText(marketing)).toContain('The person’s own choice');
    const change = page.locator(`${record} [data-testid="changes"] > li[data-event="${eventId}"]`);
    expect(await shownText(change)).toContain('direct-marketing');
    expect(await shownText(page.locator(`${record} [data-testid="ledger"]`))).toMatch(
      /^The hash chain of \d+ events verifies\./,
    );
    expect(await page.locator(`${record} [data-testid="ledger"]`).getAttribute('data-valid')).toBe('true');

    // By keyboard: the proof of a change opens with Enter on its button.
    await change.locator('[data-testid="open-delivery"]').focus();
    await page.keyboard.press('Enter');
    const deliveries = change.locator('[data-testid="deliveries"] > li');
    await deliveries.first().waitFor();
    expect(await deliveries.first().getAttribute('data-system')).toBe('campaign-tool');
    expect(await shownText(deliveries.first())).toMatch(/^Campaign tool: 1 attempt · delivered .* · acknowledged /);
    expect(await deliveries.first().locator('li').getAttribute('data-outcome')).toBe('ACKNOWLEDGED');
    expect(await change.locator('[data-testid="open-delivery"]').getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page, record)).toEqual([]);

    const saved = page.waitForEvent('download');
    expect((await nextAnnouncement(page, record, () => change.locator('[data-testid="receipt"]').click())).text).toBe(
      'The receipt was downloaded.',
    );
    expect((await saved).suggestedFilename()).toBe(`receipt-${eventId}.json`);

    // The record lists the reads its own opening caused; the log holds every one, the proof and receipt included.
    const reads = await page
      .locator(`${record} [data-testid="reads"] li`)
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-what')));
    expect(reads).toEqual(expect.arrayContaining(['privacySubject', 'preferenceHistory', 'verifyLedger']));
    const log = await gateway.graphql<{ staffReadLog: { edges: { node: { what: string } }[] } }>(
      '{ staffReadLog { edges { node { what } } } }',
      {},
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(new Set(log.data?.staffReadLog.edges.map((edge) => edge.node.what))).toEqual(
      new Set([
        'dataSubjectRequests',
        'dataSubjectRequest',
        'privacySubject',
        'preferenceHistory',
        'propagationStatus',
        'verifyLedger',
        'privacyPreferences',
        'staffReadLog',
        'propagationProof',
        'preferenceReceipt',
      ]),
    );
    expect(problems).toEqual([]);
  });

  it('follows its lang attribute: the record in Dutch, the purposes in the gateway’s Dutch', async () => {
    const { gateway } = fixture;
    const mary = await gateway.idOf('mary.jones@example.com');
    const { page, problems } = await fixture.open('/office.html');
    await signInThroughWidget(page, gateway, 'dpo@example.com');
    await page.locator(record).evaluate((element, id) => {
      element.setAttribute('lang', 'nl');
      element.setAttribute('subject-id', id);
    }, mary);
    await expect
      .poll(() => shownText(page.locator(`${record} h2`)))
      .toBe('Dossier: Mary Jones <mary.jones@example.com>');
    const purposes = await gateway.graphql<{ purposes: { key: string; title: string }[] }>(
      '{ purposes(lang: nl) { key title } }',
    );
    const title = purposes.data?.purposes.find((purpose) => purpose.key === 'direct-marketing')?.title ?? '';
    expect(await shownText(page.locator(`${record} tr[data-purpose="direct-marketing"] th`))).toContain(title);
    expect(await shownText(page.locator(`${record} [data-testid="ledger"]`))).toMatch(
      /^De hashketen van 0 gebeurtenissen klopt\.\s+Nog geen ondertekend controlepunt dekt dit subject\.$/,
    );
    expect(await axeViolations(page, record)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
