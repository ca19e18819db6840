import { demoPassword, nextAnnouncement, shownText } from '@proximus-privacy/widgets/test-support';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../widgets/src/i18n/de.js';
import { en } from '../widgets/src/i18n/en.js';
import { nl } from '../widgets/src/i18n/nl.js';
import { officeDe } from '../widgets/src/office/i18n/de.js';
import { officeEn } from '../widgets/src/office/i18n/en.js';
import { officeNl } from '../widgets/src/office/i18n/nl.js';
import { useHostedBuiltWidgets } from './support/page-host.js';

type Language = 'nl' | 'fr' | 'de' | 'en';
/** The person widgets as a plain module or the federation remote, or the staff screens' module. */
type Embedding = 'module' | 'federation' | 'office';
const embeddings: Embedding[] = ['module', 'federation', 'office'];

/** What every shadow root showed, one entry per batch of changes, recorded from before the page's first script. */
interface ShownText {
  element: string;
  text: string;
}

/** Runs in the page before its scripts: each shadow root's text after every change (a render) goes to `window.shownTexts`. */
function recordShownTexts(): void {
  const shown: ShownText[] = [];
  Object.assign(window, { shownTexts: shown });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    const element = this.localName;
    new MutationObserver(() => shown.push({ element, text: root.textContent ?? '' })).observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    return root;
  };
}

/** Texts of the sign-in's first screens that read differently in English: none may show on a Dutch page. */
const englishOnly = [en.loading, en.signIn.checking, en.signIn.title, en.signIn.email, en.signIn.password];

/**
 * The built widgets and staff screens on a host page of another origin whose `<html lang>` is
 * Dutch: the page's language is the only one whose dictionaries are fetched, shown from the first
 * render, and another language is fetched as its own chunks when the page switches to it.
 */
describe('the built widgets fetch and show only the page’s language', () => {
  const hosted = useHostedBuiltWidgets();

  /** How a host page loads the widgets, each way as the README shows it. */
  function loader(embedding: Embedding): string {
    const widgets = hosted.site.widgetsServer.url;
    if (embedding === 'module')
      return `<script type="module" src="${widgets}/module/proximus-privacy-widgets.js"></script>`;
    if (embedding === 'office')
      return `<script type="module" src="${widgets}/module/proximus-privacy-office.js"></script>`;
    return `<script type="importmap">{ "imports": { "@module-federation/enhanced/runtime": "${widgets}/federation/runtime.js" } }</script>
      <script type="module">
        import { createInstance } from '@module-federation/enhanced/runtime';
        await createInstance({ name: 'host', remotes: [{ name: 'proximus_privacy', entry: '${widgets}/federation/mf-manifest.json' }] })
          .loadRemote('proximus_privacy/widgets');
      </script>`;
  }

  /** A Dutch host page with a sign-in (and the agent desk of the staff screens); `languagesFetched()` names the dictionaries' chunks it requested so far. */
  async function openDutchPage(embedding: Embedding): Promise<{
    page: Page;
    problems: string[];
    languagesFetched(): Language[];
  }> {
    const { page, problems } = await hosted.site.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.addInitScript(recordShownTexts);
    hosted.host.serve(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Privacy</title>${loader(embedding)}</head>
      <body><px-sign-in gateway-url="${hosted.site.gateway.url}"></px-sign-in>${embedding === 'office' ? '<px-agent-desk></px-agent-desk>' : ''}</body></html>`);
    await page.goto(`${hosted.host.url}/privacy.html`);
    const chunks = Object.entries(hosted.site.sizes[embedding].languageFiles) as [Language, string[]][];
    const folder = embedding === 'federation' ? 'federation' : 'module';
    const fetched = (files: string[]) =>
      files.some((file) => requested.includes(`${hosted.site.widgetsServer.url}/${folder}/${file}`));
    return {
      page,
      problems,
      languagesFetched: () => chunks.filter(([, files]) => fetched(files)).map(([language]) => language),
    };
  }

  const shownTexts = (page: Page) =>
    page.evaluate(() => (window as unknown as { shownTexts: ShownText[] }).shownTexts.map((shown) => ({ ...shown })));

  it.each(embeddings)(
    'shows a Dutch page in Dutch from the first render, fetching the Dutch texts only (%s)',
    async (embedding) => {
      const { page, problems, languagesFetched } = await openDutchPage(embedding);
      await expect.poll(() => shownText(page.locator('px-sign-in h2'))).toBe(nl.signIn.title);

      const signIn = (await shownTexts(page)).filter((shown) => shown.element === 'px-sign-in');
      const first = signIn[0]?.text ?? '';
      expect(
        [nl.signIn.checking, nl.signIn.title].some((dutch) => first.includes(dutch)),
        first,
      ).toBe(true);
      for (const shown of signIn) for (const english of englishOnly) expect(shown.text).not.toContain(english);
      if (embedding === 'office') {
        await expect.poll(() => shownText(page.locator('px-agent-desk .muted'))).toBe(officeNl.signInAsStaff);
        const desk = (await shownTexts(page)).filter((shown) => shown.element === 'px-agent-desk');
        expect(desk[0]?.text).toContain(officeNl.signInAsStaff);
        for (const shown of desk) expect(shown.text).not.toContain(officeEn.signInAsStaff);
      }
      expect(languagesFetched()).toEqual(['nl']);
      expect(problems).toEqual([]);
    },
  );

  it.each(embeddings)(
    'fetches German when the page switches to it, then says the sign-in and its refusal again in German (%s)',
    async (embedding) => {
      const { page, problems, languagesFetched } = await openDutchPage(embedding);
      await page.locator('px-sign-in #email').fill('mary.jones@example.com');
      await page.locator('px-sign-in #password').fill(`${demoPassword}-wrong`);
      const refused = await nextAnnouncement(page, 'px-sign-in', () =>
        page.locator('px-sign-in button[type="submit"]').click(),
      );
      expect(refused.text).toBe(nl.errors.INVALID_CREDENTIALS);

      await page.evaluate(() => {
        document.documentElement.lang = 'de';
      });
      await expect.poll(() => shownText(page.locator('px-sign-in h2'))).toBe(de.signIn.title);
      expect(await shownText(page.locator('px-sign-in [part="status"] [data-sequence]'))).toBe(
        de.errors.INVALID_CREDENTIALS,
      );
      if (embedding === 'office')
        await expect.poll(() => shownText(page.locator('px-agent-desk .muted'))).toBe(officeDe.signInAsStaff);
      // Never half switched: no render shows the German form beside the Dutch refusal.
      const shown = (await shownTexts(page)).filter((each) => each.element === 'px-sign-in');
      expect(
        shown.some((each) => each.text.includes(de.signIn.title) && each.text.includes(nl.errors.INVALID_CREDENTIALS)),
      ).toBe(false);
      expect(languagesFetched()).toEqual(['nl', 'de']);
      expect(problems).toEqual([]);
    },
  );
});
