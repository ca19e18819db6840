import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { afterLiveStart, axeViolations, signInThroughWidget, useWidgetsFixture } from '../../../test-support/index.js';

/** Every control a finger must hit, in the page and through the widgets' shadow roots, smaller than 44 x 44 px. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('button, select, textarea, input:not([type="hidden"]), [role="switch"]')) {
          controls.push(element);
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return controls.flatMap((control) => {
      // A radio button or checkbox is hit through its label as well: the label is the target a person touches.
      const throughLabel = control.matches('input[type="radio"], input[type="checkbox"]');
      const target = (throughLabel && (control as HTMLInputElement).labels?.[0]) || control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      return box.width < 44 || box.height < 44
        ? [`${control.outerHTML.slice(0, 80)}: ${Math.round(box.width)} x ${Math.round(box.height)}`]
        : [];
    });
  });
}

describe('the demo host page on a 320 px phone', () => {
  const fixture = useWidgetsFixture();

  async function openOnPhone(): Promise<{ page: Page; problems: string[] }> {
    const opened = await fixture.open('/');
    await opened.page.setViewportSize({ width: 320, height: 640 });
    return opened;
  }

  const horizontalOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('lays out without horizontal scrolling, signed out and signed in, with touch targets of at least 44 x 44 px', async () => {
    const { page, problems } = await openOnPhone();
    await page.locator('px-sign-in #email').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);

    await afterLiveStart(page, () => signInThroughWidget(page, fixture.gateway, 'philip.smith@example.com'));
    await page.locator('px-privacy-center [data-testid="history"], px-privacy-center #history-title').first().waitFor();
    await page.locator('px-privacy-center px-location-reporting [role="switch"]').first().waitFor();
    await page.locator('#language-switch').selectOption('de');
    await page.locator('px-privacy-center h2 >> text=Verlauf').first().waitFor();

    expect(await horizontalOverflow(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
    expect(await axeViolations(page, 'px-privacy-center')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
