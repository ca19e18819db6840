import { describe, expect, it } from 'vitest';
import {
  afterLiveStart,
  nextAnnouncement,
  shownText,
  signInThroughWidget,
  useWidgetsFixture,
} from '../../../test-support/index.js';
import { de } from '../../i18n/de.js';
import { en } from '../../i18n/en.js';
import { nl } from '../../i18n/nl.js';

const center = 'px-privacy-center';

describe('status messages after a language switch', () => {
  const fixture = useWidgetsFixture();

  async function titleIn(language: string, key: string): Promise<string> {
    const catalogue = await fixture.gateway.graphql<{ purposes: { key: string; title: string }[] }>(
      'query($lang: Language!) { purposes(lang: $lang) { key title } }',
      { lang: language },
    );
    return catalogue.data?.purposes.find((purpose) => purpose.key === key)?.title ?? key;
  }

  it('says a saved change again in the new language, purpose title included, once the page switches language', async () => {
    const { page, problems } = await fixture.open('/');
    await afterLiveStart(page, () => signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com'));
    const location = `${center} px-location-reporting`;
    const mine = `${location} [data-choice="location-reporting:${await fixture.gateway.idOf('+32470000002')}"] [role="switch"]`;
    await page.locator(mine).waitFor();

    const saved = await nextAnnouncement(page, location, () => page.locator(mine).click());
    expect(saved.text).toBe(en.choice.saved(await titleIn('en', 'location-reporting'), false));

    const status = page.locator(`${location} [part="status"] [data-sequence]`);
    await page.locator('#language-switch').selectOption('nl');
    const dutch = nl.choice.saved(await titleIn('nl', 'location-reporting'), false);
    await expect.poll(() => shownText(status)).toBe(dutch);
    await page.locator('#language-switch').selectOption('de');
    const german = de.choice.saved(await titleIn('de', 'location-reporting'), false);
    await expect.poll(() => shownText(status)).toBe(german);
    expect(problems).toEqual([]);
  });

  it('uses one spelling of "Personalised" on the English page', async () => {
    const { page, problems } = await fixture.open('/');
    await afterLiveStart(page, () => signInThroughWidget(page, fixture.gateway, 'philip.smith@example.com'));
    await page.locator(`${center} px-ads-preferences [data-choice]`).first().waitFor();

    // Every text node of the page, through the widgets' shadow roots.
    const shown = await page.evaluate(() => {
      const texts: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        const nodes = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (nodes.nextNode()) texts.push(nodes.currentNode.textContent ?? '');
        for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
      };
      walk(document);
      return texts.join(' ');
    });
    expect(await shownText(page.locator(`${center} px-ads-preferences h2`).first())).toBe('Personalised ads');
    expect(shown).toContain('Personalised');
    expect(shown).not.toMatch(/Personalized/i);
    expect(problems).toEqual([]);
  });
});
