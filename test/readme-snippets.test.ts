import { readFile } from 'node:fs/promises';
import { nextAnnouncement, signInThroughWidget } from '@proximus-privacy/widgets/test-support';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHostedBuiltWidgets } from './support/page-host.js';

/** The snippet names the READMEs mark, and the placeholders their snippets use. */
const snippetNames = ['embed-module', 'embed-federation'] as const;
type SnippetName = (typeof snippetNames)[number];
const widgetsPlaceholder = 'https://widgets.example';
const gatewayPlaceholder = 'https://privacy.example';

interface Snippet {
  file: string;
  name: SnippetName;
  html: string;
}

/** The fenced code between `<!-- snippet:NAME -->` and `<!-- /snippet:NAME -->`, as written (indentation removed). */
async function snippetsOf(file: string): Promise<Snippet[]> {
  const text = await readFile(new URL(`../${file}`, import.meta.url), 'utf8');
  return snippetNames.flatMap((name) => {
    const marked = text.match(new RegExp(`<!-- snippet:${name} -->([\\s\\S]*?)<!-- /snippet:${name} -->`));
    if (!marked?.[1]) return [];
    const fenced = marked[1].match(/```html\n([\s\S]*?)\n\s*```/);
    if (!fenced?.[1]) throw new Error(`${file}: the snippet ${name} holds no \`\`\`html block`);
    const lines = fenced[1].split('\n');
    const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^ */)?.[0].length ?? 0));
    return [{ file, name, html: lines.map((line) => line.slice(indent)).join('\n') }];
  });
}

/**
 * Every embed snippet of README.md and widgets/README.md, pasted into an empty page of another
 * origin with only the two addresses replaced, and run in Chromium: a snippet that drifts from
 * what the build serves fails here.
 */
describe('the README embed snippets, run as written', async () => {
  const snippets = [...(await snippetsOf('README.md')), ...(await snippetsOf('widgets/README.md'))];
  const hosted = useHostedBuiltWidgets();

  /** A page of another origin holding nothing but the snippet, with only the two addresses replaced. */
  async function pageWith(snippet: Snippet): Promise<{ page: Page; problems: string[] }> {
    const opened = await hosted.site.newPage();
    const html = snippet.html
      .replaceAll(widgetsPlaceholder, hosted.site.widgetsServer.url)
      .replaceAll(gatewayPlaceholder, hosted.site.gateway.url);
    hosted.host.serve(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${snippet.name}</title></head><body>${html}</body></html>`,
    );
    await opened.page.goto(`${hosted.host.url}/readme-snippet.html`);
    return opened;
  }

  it('finds both snippets in widgets/README.md (README.md: those it marks)', () => {
    expect(snippets.filter((snippet) => snippet.file === 'widgets/README.md').map((snippet) => snippet.name)).toEqual([
      ...snippetNames,
    ]);
  });

  it.each(snippets.filter((snippet) => snippet.name === 'embed-module'))(
    '$file: the plain ES module snippet defines the elements, which work with the token the host gives',
    async (snippet) => {
      const { page, problems } = await pageWith(snippet);
      await page.locator('px-consent-toggle >> text=Sign in to see').waitFor();

      const token = await hosted.site.gateway.signIn('mary.jones@example.com');
      await page.evaluate((token) => {
        (document.querySelector('px-consent-toggle') as HTMLElement & { accessToken: string }).accessToken = token;
      }, token);

      await page.locator('px-consent-toggle [role="switch"]').waitFor();
      expect(problems).toEqual([]);
    },
  );

  it.each(snippets.filter((snippet) => snippet.name === 'embed-federation'))(
    '$file: the module federation snippet loads the remote in a plain page; sign-in and the privacy center work',
    async (snippet) => {
      const { page, problems } = await pageWith(snippet);
      await page.locator('px-sign-in #email').waitFor();

      await signInThroughWidget(page, hosted.site.gateway, 'tracy.smith@example.com');
      const line = page.locator('px-privacy-center px-location-reporting [role="switch"]');
      await line.waitFor();
      const saved = await nextAnnouncement(page, 'px-privacy-center px-location-reporting', () => line.click());
      expect(saved.text).toMatch(/is now off\.$/);
      expect(problems).toEqual([]);
    },
  );
});
