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
    // Built: the request no longer says "We are working on it".
    expect(await shownText(item.locator('[data-testid="status"]'))).toBe(en.rightsAnswers.exportReady);
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
      ['OBJECTION', { processing: 'location-reporting', reason: 'I do not want my calls analysed.' }],
      ['AUTOMATED_DECISION_REVIEW', { decision: 'The refused upgrade of 3 May' }],
    ];

    for (const [type, fields] of kinds) {
      await page.locator(`${element} #type-${type}`).check();
      for (const [name, value] of Object.entries(fields)) {
        const field = page.locator(`${element} #${name}`);
        // The objection's processing is picked from the list of purposes one may object to.
        if (name === 'processing') await field.selectOption(value);
        else await field.fill(value);
      }
      const announced = await nextAnnouncement(page, element, async () => {
        await page.locator(`${element} [part="form"] button[type="submit"]`).click();
        // An erasure is sent from its confirmation step only.
        if (type === 'ERASURE') await page.locator(`${element} [data-testid="confirm-erasure"]`).click();
      });
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
    // The French texts arrive as a chunk of their own; the list is then read again in French. Both
    // before the session ends, or that read, not the request, would be the one refused.
    await expect.poll(() => shownText(page.locator(`${element} h2`))).toBe(fr.requests.title);
    await page
      .locator(element)
      .evaluate((node) => (node as HTMLElement & { requests: { settled(): Promise<void> } }).requests.settled());
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

  /** Steps the office takes through GraphQL, as the data protection officer. */
  async function office(query: string, variables: Record<string, unknown>) {
    const answer = await fixture.gateway.graphql(query, variables, {
      token: await fixture.gateway.signIn('dpo@example.com'),
    });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  }
  const officeStep = (mutation: string) =>
    `mutation($input: RequestActionInput!) { ${mutation}(input: $input) { id status } }`;

  /** Files a request of `type` through the widget's form and answers the id the widget was told. */
  async function fileInWidget(page: Page, type: string, fields: Record<string, string> = {}): Promise<string> {
    const filed = await recordEvents(page, 'px-request-filed');
    await page.locator(`${element} #type-${type}`).check();
    for (const [name, value] of Object.entries(fields)) {
      const field = page.locator(`${element} #${name}`);
      if (name === 'processing') await field.selectOption(value);
      else await field.fill(value);
    }
    await nextAnnouncement(page, element, async () => {
      await page.locator(`${element} [part="form"] button[type="submit"]`).click();
      if (type === 'ERASURE') await page.locator(`${element} [data-testid="confirm-erasure"]`).click();
    });
    const [detail] = (await filed()) as { requestId: string }[];
    return detail?.requestId as string;
  }

  it("shows the office's answer to each kind of request: the access overview by category, the reasons, the decision", async () => {
    const { page, problems } = await openSignedIn('tracy.smith@example.com');
    const access = await fileInWidget(page, 'ACCESS');
    const rectification = await fileInWidget(page, 'RECTIFICATION', { correction: 'My birth date is 1 May 1990.' });
    const objection = await fileInWidget(page, 'OBJECTION', {
      processing: 'location-reporting',
      reason: 'I do not want my whereabouts counted.',
    });
    const review = await fileInWidget(page, 'AUTOMATED_DECISION_REVIEW', { decision: 'The refused upgrade of 3 May' });

    await office(officeStep('completeRequest'), { input: { requestId: access, note: 'Your overview is below.' } });
    await office(officeStep('rejectRequest'), {
      input: { requestId: rectification, note: 'We hold no birth date about you.' },
    });
    await office(
      'mutation($id: ID!, $note: String!) { decideObjection(requestId: $id, upheld: true, note: $note, purpose: "location-reporting") { id } }',
      { id: objection, note: 'Your line is taken out of the location reports.' },
    );
    await office(officeStep('extendRequestDeadline'), {
      input: { requestId: review, note: 'A person of the network team must look at it.' },
    });

    const item = (id: string) => page.locator(`${element} [part="request"][data-request="${id}"]`);
    await item(access).locator('[data-testid="answer"]').waitFor();
    expect(await shownText(item(access).locator('[data-testid="answer"]'))).toBe('Our answer: Your overview is below.');
    await item(rectification).locator('[data-testid="answer"]').waitFor();
    expect(await shownText(item(rectification).locator('[data-testid="answer"]'))).toBe(
      'Why we refused: We hold no birth date about you.',
    );
    await item(objection).locator('[data-testid="answer"]').waitFor();
    expect(await shownText(item(objection).locator('[data-testid="answer"]'))).toContain(
      'Your line is taken out of the location reports.',
    );
    await item(review).locator('[data-testid="note"]').waitFor();
    expect(await shownText(item(review).locator('[data-testid="note"]'))).toBe(
      '(Why we need more time: A person of the network team must look at it.)',
    );
    expect(await item(review).locator('[data-testid="extended"]').count()).toBe(1);

    await item(access).locator('[data-testid="show-overview"]').click();
    const overview = item(access).locator('[data-testid="overview"]');
    await overview.waitFor();
    const identity = overview.locator('[data-category="identity"]');
    const held = await shownText(identity.locator('dd').first());
    expect(held).toContain(`${en.rightsAnswers.overview.fields.email}: tracy.smith@example.com`);
    // Labelled in plain words, never with the gateway's field names.
    expect(held).not.toMatch(/firstName|mobileNumber/);
    expect(
      await overview.locator('dt').evaluateAll((terms) => [...new Set(terms.map((term) => term.textContent))]),
    ).toEqual([
      en.rightsAnswers.overview.held,
      en.rightsAnswers.overview.why,
      en.rightsAnswers.overview.origin,
      en.rightsAnswers.overview.retention,
      en.rightsAnswers.overview.recipients,
    ]);
    expect(await axeViolations(page, element)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("shows the office's question and sends the answer with an identity card copy, which the office reads", async () => {
    const { page, problems } = await openSignedIn('mary.jones@example.com');
    const requestId = await fileInWidget(page, 'ACCESS');
    await office(officeStep('askForInformation'), {
      input: { requestId, note: 'Please send the front of your identity card.' },
    });
    const item = page.locator(`${element} [part="request"][data-request="${requestId}"]`);
    const form = item.locator('[data-testid="reply-form"]');
    await form.waitFor();
    expect(await shownText(item.locator('[data-testid="question"]'))).toBe(
      'Our question: Please send the front of your identity card.',
    );
    expect(await shownText(form.locator('.muted'))).toBe(en.rightsAnswers.reply.hint);
    expect(await axeViolations(page, element)).toEqual([]);

    // Too large or of another type: said at once, nothing sent.
    await form.locator('textarea').fill('Here is my card; the photo is masked.');
    await form.locator('input[type="file"]').setInputFiles({
      name: 'card.gif',
      mimeType: 'image/gif',
      buffer: Buffer.from('GIF89a'),
    });
    const wrongType = await nextAnnouncement(page, element, () => form.locator('button[type="submit"]').click());
    expect(wrongType).toEqual({ kind: 'error', text: en.rightsAnswers.reply.wrongType });
    await form.locator('input[type="file"]').setInputFiles({
      name: 'card.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.alloc(700_001, 0xff),
    });
    const tooLarge = await nextAnnouncement(page, element, () => form.locator('button[type="submit"]').click());
    expect(tooLarge).toEqual({ kind: 'error', text: en.rightsAnswers.reply.tooLarge });

    const card = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('the front of a card')]);
    await form.locator('input[type="file"]').setInputFiles({ name: 'card.jpg', mimeType: 'image/jpeg', buffer: card });
    const sent = await nextAnnouncement(page, element, () => form.locator('button[type="submit"]').click());
    expect(sent).toEqual({ kind: 'status', text: en.rightsAnswers.reply.sent });
    await item.locator('[data-testid="replied"]').waitFor();

    const read = (await office(
      'query($id: ID!) { informationReplies(requestId: $id) { text file { name mediaType contentBase64 } } }',
      { id: requestId },
    )) as { informationReplies: unknown[] };
    expect(read.informationReplies).toEqual([
      {
        text: 'Here is my card; the photo is masked.',
        file: { name: 'card.jpg', mediaType: 'image/jpeg', contentBase64: card.toString('base64') },
      },
    ]);
    expect(problems).toEqual([]);
  });

  it('asks for confirmation before an erasure, saying what is erased and what is kept and why', async () => {
    const { page, problems } = await openSignedIn('philip.smith@example.com');
    const mutations = recordMutations(page);
    await page.locator(`${element} #type-ERASURE`).check();
    await page.locator(`${element} [part="form"] button[type="submit"]`).click();
    const confirmation = page.locator(`${element} [data-testid="erasure-confirmation"]`);
    await confirmation.waitFor();
    expect(await shownText(confirmation)).toContain(en.rightsAnswers.erasure.keptItems[0]);
    expect(await shownText(confirmation)).toContain(en.rightsAnswers.erasure.account);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe('erasure-title');
    expect(await axeViolations(page, element)).toEqual([]);

    const cancelled = await nextAnnouncement(page, element, () =>
      confirmation.locator('[data-testid="cancel-erasure"]').click(),
    );
    expect(cancelled.text).toBe(en.rightsAnswers.erasure.cancelled);
    expect(mutations).toEqual([]);

    const requestId = await fileInWidget(page, 'ERASURE');
    expect(mutations.map((mutation) => mutation.query)).toEqual([expect.stringContaining('requestErasure')]);
    await office('mutation($id: ID!) { carryOutErasure(requestId: $id) { id } }', { id: requestId });
    // Afterwards sign-in answers as for any address it does not know: nothing tells a stranger the account existed.
    const start = 'mutation($email: String!) { startSignIn(email: $email, password: "Privacy2026") { challengeId } }';
    const erased = await fixture.gateway.graphql(start, { email: 'philip.smith@example.com' });
    const unknown = await fixture.gateway.graphql(start, { email: 'nobody.here@example.com' });
    expect(erased.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(erased.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(problems).toEqual([]);
  });

  it('says the last message again in the new language after a switch, and corrects name and language directly', async () => {
    const { page, problems } = await openSignedIn('mary.jones@example.com');
    await page.locator(`${element} #type-RECTIFICATION`).check();
    const form = page.locator(`${element} [data-testid="contact-form"]`);
    await form.waitFor();
    expect(await axeViolations(page, element)).toEqual([]);
    await form.locator('#firstName').fill('Marie');
    await form.locator('#language').selectOption('fr');
    const saved = await nextAnnouncement(page, element, () => form.locator('button[type="submit"]').click());
    expect(saved).toEqual({ kind: 'status', text: en.rightsAnswers.contact.saved });
    const me = await fixture.gateway.graphql<{ me: { firstName: string; language: string } }>(
      '{ me { firstName language } }',
      {},
      { token: await pageToken(page) },
    );
    expect(me.data?.me).toEqual({ firstName: 'Marie', language: 'fr' });

    for (const language of ['nl', 'de', 'fr'] as const) {
      await page.evaluate((language) => {
        document.documentElement.lang = language;
      }, language);
      await expect
        .poll(() => shownText(page.locator(`${element} [part="status"]`)))
        .toBe(dictionaries[language].rightsAnswers.contact.saved);
    }
    expect(problems).toEqual([]);
  });
});
