import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { probeFetch, shownText, useWidgetsFixture } from '../../test-support/index.js';
import { en } from '../i18n/en.js';

const toggle = 'px-consent-toggle';
const requests = 'px-data-requests';

/** What these tests read of an element's query: its state, and the moment every run has landed or been dropped. */
interface QueryHost extends HTMLElement {
  accessToken: string;
  preferences?: { query: QueryView };
  requests?: QueryView;
}
interface QueryView {
  state: { status: string };
  settled(): Promise<void>;
}

describe('the query controller of every widget read', () => {
  const fixture = useWidgetsFixture();

  async function titleOf(purpose: string, lang: string): Promise<string> {
    const answer = await fixture.gateway.graphql<{ purposes: { key: string; title: string }[] }>(
      'query($lang: Language!) { purposes(lang: $lang) { key title } }',
      { lang },
    );
    const title = answer.data?.purposes.find((candidate) => candidate.key === purpose)?.title;
    if (!title) throw new Error(`No ${purpose} in ${lang}: ${JSON.stringify(answer.errors)}`);
    return title;
  }

  function giveToken(element: Locator, token: string): Promise<void> {
    return element.evaluate((node, token) => {
      (node as QueryHost).accessToken = token;
    }, token);
  }

  /** Waits until every run of the element's query has landed or been dropped. */
  function settled(element: Locator): Promise<void> {
    return element.evaluate(async (node) => {
      const host = node as QueryHost;
      await (host.preferences?.query ?? host.requests)?.settled();
    });
  }

  async function marysRequestFiled(): Promise<string> {
    const token = await fixture.gateway.signIn('mary.jones@example.com');
    const filed = await fixture.gateway.graphql<{ requestDataAccess: { id: string } }>(
      'mutation { requestDataAccess(input: {}) { id } }',
      {},
      { token },
    );
    if (!filed.data) throw new Error(`requestDataAccess failed: ${JSON.stringify(filed.errors)}`);
    return token;
  }

  async function openWidgets(): Promise<{ page: Page; problems: string[] }> {
    const opened = await fixture.open('/widgets.html');
    await opened.page.locator(`${requests} .muted`).first().waitFor();
    return opened;
  }

  it('drops the answer for a previous session when it comes back last, even from a transport that ignores the abort', async () => {
    const [marysToken, tracysToken] = [
      await marysRequestFiled(),
      await fixture.gateway.signIn('tracy.smith@example.com'),
    ];
    const { page, problems } = await openWidgets();
    const probe = await probeFetch(page, { hold: ['MyDataRequests'], ignoreAbort: true });
    const element = page.locator(requests);

    await giveToken(element, marysToken);
    await probe.held('MyDataRequests');
    await giveToken(element, tracysToken);
    await probe.held('MyDataRequests', 2);
    await probe.release('MyDataRequests');
    await settled(element);

    // Both answers reached the page, Mary's (with her request) last: only Tracy's, the newer, is shown.
    const calls = await probe.calls();
    expect(calls.filter((call) => call.operation === 'MyDataRequests').map((call) => call.status)).toEqual([200, 200]);
    expect(await shownText(element.locator('.muted').last())).toBe(en.requests.none);
    expect(await element.locator('[part="request"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('drops the answer in a previous language: switched to French while the English answer is held, it stays French when that answer comes last', async () => {
    const token = await fixture.gateway.signIn('mary.jones@example.com');
    const { page, problems } = await openWidgets();
    const probe = await probeFetch(page, { hold: ['PrivacyPreferences'], ignoreAbort: true });
    const element = page.locator(toggle);

    await giveToken(element, token);
    await probe.held('PrivacyPreferences');
    await element.evaluate((node) => node.setAttribute('lang', 'fr'));
    await probe.held('PrivacyPreferences', 2);
    await probe.release('PrivacyPreferences');
    await settled(element);

    const languages = (await probe.calls()).filter((call) => call.operation === 'PrivacyPreferences');
    expect(languages.map((call) => [call.variables.lang, call.status])).toEqual([
      ['en', 200],
      ['fr', 200],
    ]);
    const shown = await shownText(element.locator('[data-choice^="testimonials"]'));
    expect(shown).toContain(await titleOf('testimonials', 'fr'));
    expect(shown).not.toContain(await titleOf('testimonials', 'en'));
    expect(problems).toEqual([]);
  });

  it('aborts the read in flight when a newer one starts', async () => {
    const token = await fixture.gateway.signIn('mary.jones@example.com');
    const { page, problems } = await openWidgets();
    const probe = await probeFetch(page, { hold: ['PrivacyPreferences'] });
    const element = page.locator(toggle);

    await giveToken(element, token);
    await probe.held('PrivacyPreferences');
    await element.evaluate((node) => node.setAttribute('lang', 'fr'));
    await probe.held('PrivacyPreferences', 2);

    expect((await probe.calls()).map((call) => [call.variables.lang, call.aborted])).toEqual([
      ['en', true],
      ['fr', false],
    ]);
    await probe.release('PrivacyPreferences');
    await element.locator('[role="switch"]').waitFor();
    expect(problems).toEqual([]);
  });

  it('aborts its read when the element leaves the page, and reads anew when it comes back', async () => {
    const token = await fixture.gateway.signIn('mary.jones@example.com');
    const { page, problems } = await openWidgets();
    const probe = await probeFetch(page, { hold: ['MyDataRequests'] });
    const element = page.locator(requests);

    await giveToken(element, token);
    await probe.held('MyDataRequests');
    const parked = await element.evaluateHandle((node) => {
      node.remove();
      return node;
    });
    const [left] = await probe.calls();
    await parked.evaluate((node) => document.body.append(node));
    await probe.held('MyDataRequests', 2);
    await probe.release('MyDataRequests');

    expect(left).toMatchObject({ operation: 'MyDataRequests', aborted: true });
    // The element reads other things too (the purposes one may object to, one's contact details).
    const reads = (await probe.calls()).filter((call) => call.operation === 'MyDataRequests');
    expect(reads.map((call) => call.aborted)).toEqual([true, false]);
    await page.locator(`${requests} .muted >> text=${en.requests.none}`).waitFor();
    expect(problems).toEqual([]);
  });
});
