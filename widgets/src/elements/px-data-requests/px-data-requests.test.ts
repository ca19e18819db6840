import { readFile } from 'node:fs/promises';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  afterLiveStart,
  axeViolations,
  nextAnnouncement,
  recordEvents,
  shownText,
  signInThroughWidget,
  tabTo,
  useWidgetsFixture,
} from '../../../test-support/index.js';
import { de } from '../../i18n/de.js';
import type { Dictionary, Language } from '../../i18n/dictionary.js';
import { en } from '../../i18n/en.js';
import { fr } from '../../i18n/fr.js';
import { nl } from '../../i18n/nl.js';

const element = 'px-data-requests';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const dictionaries: Record<Language, Dictionary> = { nl, fr, de, en };

interface FiledRequest {
  type: string;
  status: string;
  details: Record<string, string>;
}

describe('px-data-requests', () => {
  const fixture = useWidgetsFixture();

  /** The single-widgets page, signed in through its px-sign-in, with the request list shown. */
  async function openSignedIn(email: string): Promise<{ page: Page; problems: string[] }> {
    const opened = await fixture.open('/widgets.html');
    await afterLiveStart(opened.page, async () => {
      await signInThroughWidget(opened.page, fixture.gateway, email);
      await opened.page.locator(`${element} form`).waitFor();
    });
    return opened;
  }

  /** The page session's token, read from the store the widgets share. */
  function pageToken(page: Page): Promise<string> {
    return page.evaluate(() => {
      const store = (globalThis as unknown as Record<symbol, { current: { accessToken: string } | null }>)[
        Symbol.for('proximus-privacy.session-store')
      ];
      return store?.current?.accessToken ?? '';
    });
  }

  async function requestsOf(token: string): Promise<FiledRequest[]> {
    const answer = await fixture.gateway.graphql<{ myDataSubjectRequests: FiledRequest[] }>(
      '{ myDataSubjectRequests { type status details } }',
      {},
      { token },
    );
    if (!answer.data) throw new Error(`myDataSubjectRequests failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.myDataSubjectRequests;
  }

  /** Each mutation the page sends to the gateway, as its variables. */
  function recordMutations(page: Page): { input: Record<string, unknown>; query: string }[] {
    const sent: { input: Record<string, unknown>; query: string }[] = [];
    page.on('request', (request: Request) => {
      const body = request.method() === 'POST' ? request.postDataJSON() : undefined;
      if (typeof body?.query === 'string' && /mutation (Request|File)\w*\(/.test(body.query))
        sent.push({ query: body.query, input: body.variables.input });
    });
    return sent;
  }

  it('files an export, shows its status, deadline and steps, follows the archive while it is built, and downloads it with the token in a header only', async () => {
    const { page, problems } = await openSignedIn('mary.jones@example.com');
    const filed = await recordEvents(page, 'px-request-filed');
    const mutations = recordMutations(page);
    const downloads: Request[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/exports/')) downloads.push(request);
    });
    // The gateway's jobs are held while the export is filed: its archive is seen while it is still being built.
    const builds = fixture.holdBackgroundJobs();
    await page.locator(`${element} label[for="type-EXPORT"]`).click();
    const announced = await nextAnnouncement(page, element, () =>
      page.locator(`${element} button[type="submit"]`).click(),
    );

    expect(announced.kind).toBe('status');
    expect(announced.text).toMatch(/^Your request "Take my data along" was received\. We answer by \w+ \d+, \d{4}\.$/);
    expect(mutations).toEqual([
      { query: expect.stringContaining('requestDataExport'), input: { idempotencyKey: expect.stringMatching(uuid) } },
    ]);
    const [detail] = (await filed()) as { requestId: string }[];
    expect(detail).toEqual({
      requestId: expect.any(String),
      type: 'EXPORT',
      status: 'IN_PROGRESS',
      dueAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      language: 'en',
    });
    const item = page.locator(`${element} [part="request"][data-request="${detail?.requestId}"]`);
    expect(await shownText(item.locator('[data-testid="status"]'))).toBe(en.requests.statuses.IN_PROGRESS);
    expect(await shownText(item.locator('[data-testid="deadline"]'))).toMatch(/^Answer by \w+ \d+, \d{4}\.$/);
    expect(await item.locator('[data-step]').evaluateAll((steps) => steps.map((step) => step.dataset.step))).toEqual([
      'filed',
      'identity-confirmed',
    ]);
    const progress = item.locator('progress[part="progress"]');
    expect(await progress.getAttribute('max')).toBe('100');
    expect(await shownText(item.locator('label'))).toMatch(/^Preparing your file: \d+%$/);
    expect(await axeViolations(page, element)).toEqual([]);

    const ready = await nextAnnouncement(page, element, () => builds.release());
    expect(ready.text).toMatch(/^Your file is ready until \w+ \d+, \d{4}\.$/);
    const download = item.locator('[part="download"]');
    const saved = page.waitForEvent('download');
    const downloaded = await nextAnnouncement(page, element, () => download.click());

    expect(downloaded).toEqual({ kind: 'status', text: en.requests.archive.downloaded });
    expect((await saved).suggestedFilename()).toBe('my-proximus-data.zip');
    const zip = await readFile(await (await saved).path());
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    const token = await pageToken(page);
    expect(downloads.map((request) => request.url())).toEqual([`${fixture.gateway.url}/exports/${detail?.requestId}`]);
    expect(await downloads[0]?.headerValue('authorization')).toBe(`Bearer ${token}`);
    expect(page.url()).not.toContain(token);
    expect(problems).toEqual([]);
  });

  it('files the other five kinds with what each needs, and the gateway keeps them as written', async () => {
    const { page, problems } = await openSignedIn('tracy.smith@example.com');
    const mutations = recordMutations(page);
    const kinds: [string, Record<string, string>][] = [
      ['ACCESS', {}],
      ['ERASURE', {}],
      ['RECTIFICATION', { correction: 'My date of birth is 1 May 1990, not 1 March.' }],
      ['OBJECTION', { processing: 'Network quality analysis of my calls', reason: 'I do not want my calls analysed.' }],
      ['AUTOMATED_DECISION_REVIEW', { decision: 'The refused upgrade of 3 May' }],
    ];

    for (const [type, fields] of kinds) {
      await page.locator(`${element} #type-${type}`).check();
      for (const [name, value] of Object.entries(fields)) await page.locator(`${element} #${name}`).fill(value);
      const announced = await nextAnnouncement(page, element, () =>
        page.locator(`${element} button[type="submit"]`).click(),
      );
      expect(announced.kind).toBe('status');
      expect(announced.text).toContain(en.requests.types[type as keyof Dictionary['requests']['types']].title);
    }

    expect(mutations.map((mutation) => mutation.input)).toEqual(
      kinds.map(([, fields]) => ({ ...fields, idempotencyKey: expect.stringMatching(uuid) })),
    );
    const kept = await requestsOf(await pageToken(page));
    // The test clock stands still: every request has the same receipt time, so their order is not asserted.
    expect(kept.map(({ type, details }) => [type, details])).toHaveLength(kinds.length);
    expect(kept.map(({ type, details }) => [type, details])).toEqual(expect.arrayContaining(kinds));
    expect(await page.locator(`${element} [part="request"]`).count()).toBe(5);
    expect(await axeViolations(page, element)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('works with the keyboard only: arrows choose the kind, Tab reaches its field and the button', async () => {
    const { page, problems } = await openSignedIn('philip.smith@example.com');

    await tabTo(page, '#type-ACCESS');
    const focusRing = await page
      .locator(`${element} #type-ACCESS`)
      .evaluate((radio) => getComputedStyle(radio).outlineStyle);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(`${element} #type-RECTIFICATION`).isChecked()).toBe(true);
    await tabTo(page, '#correction');
    await page.keyboard.type('My name is Philip, with one l.');
    await page.keyboard.press('Tab');
    const announced = await nextAnnouncement(page, element, () => page.keyboard.press('Enter'));

    expect(focusRing).toBe('solid');
    expect(announced.text).toMatch(/^Your request "Correct my data" was received\./);
    expect(await page.locator(`${element} [part="request"][data-type="RECTIFICATION"]`).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it("says why in the person's language when the gateway refuses, and files nothing", async () => {
    const { page, problems } = await openSignedIn('anna.peeters@example.com');
    const filed = await recordEvents(page, 'px-request-filed');
    await page.evaluate(() => {
      document.documentElement.lang = 'fr';
    });
    // The session ends without the live feed hearing of it (as at its idle timeout): a sign-out would
    // close the page's socket with 4401 and sign the page out before the click.
    await fixture.gateway.ownerQuery('UPDATE session SET revoked_at = now() WHERE token_hash IS NOT NULL');

    const refused = await nextAnnouncement(page, element, () =>
      page.locator(`${element} button[type="submit"]`).click(),
    );

    expect(refused).toEqual({ kind: 'error', text: fr.requests.refused(fr.errors.UNAUTHENTICATED) });
    expect(await filed()).toEqual([]);
    // The ended session is forgotten: the page asks to sign in again.
    await page.locator('px-sign-in #email').waitFor();
    expect(await shownText(page.locator(`${element} .muted`).last())).toBe(fr.requests.signIn);
    expect(await requestsOf(await fixture.gateway.signIn('anna.peeters@example.com'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('renders in the four languages with a token the host page provides, and stays accessible', async () => {
    const token = await fixture.gateway.signIn('bram.claes@example.com');
    const { page, problems } = await fixture.open('/widgets.html');
    const widget = page.locator(element);
    await widget.evaluate((node, token) => {
      (node as HTMLElement & { accessToken: string }).accessToken = token;
    }, token);
    await page.locator(`${element} form`).waitFor();

    for (const language of ['nl', 'fr', 'de', 'en'] as const) {
      await widget.evaluate((node, language) => node.setAttribute('lang', language), language);
      const texts = dictionaries[language].requests;
      await expect.poll(() => shownText(page.locator(`${element} h2`))).toBe(texts.title);
      expect(await shownText(page.locator(`${element} label[for="type-EXPORT"]`))).toBe(texts.types.EXPORT.title);
      expect(await shownText(page.locator(`${element} button[type="submit"]`))).toBe(texts.submit);
      expect(await axeViolations(page, element)).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  it('is the "your rights" section of px-privacy-center', async () => {
    const { page, problems } = await fixture.open('/');
    await signInThroughWidget(page, fixture.gateway, 'chris.maes@example.com');

    const rights = page.locator(`px-privacy-center px-data-requests[part="section"]`);
    await rights.locator('form').waitFor();

    expect(await shownText(rights.locator('h2'))).toBe(en.requests.title);
    // The list is read after the form shows: wait for its answer, not for "Loading…".
    await rights.locator('.muted', { hasText: en.requests.none }).waitFor();
    expect(await shownText(rights.locator('.muted').last())).toBe(en.requests.none);
    expect(problems).toEqual([]);
  });
});
