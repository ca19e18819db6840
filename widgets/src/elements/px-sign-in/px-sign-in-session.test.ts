import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, shownText, signInThroughWidget, useWidgetsFixture } from '../../../test-support/index.js';

/** What the page itself can read of its storage: the access token must be in none of them. */
/**
 * The cookie banner's own cookies (the visitor's pseudonymous id and answer) are the host site's and
 * readable by design; they hold nothing of a session. Cookies ignore ports, so on localhost the
 * gateway's routes see them too.
 */
const bannerCookies = ['px_visitor', 'px_consent'];
const sessionCookies = <Cookie extends { name: string }>(cookies: Cookie[]) =>
  cookies.filter((cookie) => !bannerCookies.includes(cookie.name));

function pageStorage(page: Page) {
  return page.evaluate(
    (banner) => ({
      cookie: document.cookie
        .split('; ')
        .filter((cookie) => cookie && !banner.includes(cookie.split('=')[0] ?? ''))
        .join('; '),
      local: Object.keys(localStorage).length,
      session: Object.keys(sessionStorage).length,
    }),
    bannerCookies,
  );
}

function signedInAs(page: Page): Promise<string> {
  return shownText(page.locator('px-sign-in').getByTestId('signed-in-as'));
}

describe('px-sign-in across reloads and tabs', () => {
  const fixture = useWidgetsFixture();

  it('stays signed in across a reload, with one refresh for every element of the page', async () => {
    const { page, problems } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com');
    await expect.poll(() => signedInAs(page)).toBe('Signed in as Mary Jones');

    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/session/refresh')) refreshes.push(request.method());
    });
    await page.reload();
    await expect.poll(() => signedInAs(page)).toBe('Signed in as Mary Jones');
    expect(await shownText(page.locator('px-sign-in').getByTestId('role'))).toBe(
      'Your role: user. You manage your own choices and your own mobile line.',
    );
    // The other widgets read with the renewed token too.
    await page.locator('px-marketing-preferences [role="switch"]').first().waitFor();
    // One preflight and one POST, shared by the seven elements of the page.
    expect(refreshes.filter((method) => method === 'POST')).toEqual(['POST']);
    expect(await axeViolations(page, 'px-sign-in')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('keeps the refresh credential in an HttpOnly SameSite=Lax cookie the page cannot read, and nothing in storage', async () => {
    const { page, problems } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com');

    const cookies = sessionCookies(await fixture.browser.context.cookies(`${fixture.gateway.url}/session/refresh`));
    expect(cookies.map(({ name, httpOnly, sameSite, path }) => ({ name, httpOnly, sameSite, path }))).toEqual([
      { name: 'px_refresh', httpOnly: true, sameSite: 'Lax', path: '/session/refresh' },
    ]);
    expect(await pageStorage(page)).toEqual({ cookie: '', local: 0, session: 0 });
    await page.reload();
    await expect.poll(() => signedInAs(page)).toBe('Signed in as Mary Jones');
    expect(await pageStorage(page)).toEqual({ cookie: '', local: 0, session: 0 });
    expect(problems).toEqual([]);
  });

  it('signs out everywhere: the other page ends signed out, also after its next reload', async () => {
    const first = await fixture.open('/widgets.html');
    await signInThroughWidget(first.page, fixture.gateway, 'tracy.smith@example.com');
    // A second tab of the same browser: signed in by the refresh cookie alone.
    const second = await fixture.open('/widgets.html');
    await expect.poll(() => signedInAs(second.page)).toBe('Signed in as Tracy Smith');

    await first.page.locator('px-sign-in #sign-out').click();
    await first.page.locator('px-sign-in #email').waitFor();
    // The second tab's socket closes with 4401 (its session ended with the sign-in), and the page forgets it.
    await second.page.locator('px-sign-in #email').waitFor();
    await second.page.reload();
    await second.page.locator('px-sign-in #email').waitFor();
    expect(sessionCookies(await fixture.browser.context.cookies(`${fixture.gateway.url}/session/refresh`))).toEqual([]);
    expect([...first.problems, ...second.problems]).toEqual([]);
  });

  it('takes a copied refresh credential presented again for theft, and ends the sign-in everywhere', async () => {
    const { page } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, 'philip.smith@example.com');
    const [stolen] = await fixture.browser.context.cookies(`${fixture.gateway.url}/session/refresh`);
    await page.reload();
    await expect.poll(() => signedInAs(page)).toBe('Signed in as Philip Smith');
    // Past the grace period for two tabs racing, the thief replays the credential of before the reload.
    fixture.gateway.clock.advance(11_000);
    const replayed = await fetch(`${fixture.gateway.url}/session/refresh`, {
      method: 'POST',
      headers: { origin: fixture.demo.url, 'px-refresh': '1', cookie: `px_refresh=${stolen?.value}` },
    });
    expect(replayed.status).toBe(401);
    // The person's own tab is signed out too (the whole family ended), and a reload does not bring it back.
    await page.locator('px-sign-in #email').waitFor();
    await page.reload();
    await page.locator('px-sign-in #email').waitFor();
  });

  it.each<[string, Record<string, string>]>([
    ['without the px-refresh header', {}],
    ['from a foreign origin', { origin: 'https://evil.example', 'px-refresh': '1' }],
  ])('refuses a refresh %s, even with the cookie', async (_case, headers) => {
    const { page } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com');
    const answer = await fixture.browser.context.request.post(`${fixture.gateway.url}/session/refresh`, {
      headers: { origin: fixture.demo.url, ...headers },
    });
    expect(answer.status()).toBe(403);
    // From the page itself, a form post (a simple request, no custom header) cannot renew either.
    const fromForm = await page.evaluate(
      (url) =>
        fetch(url, { method: 'POST', credentials: 'include', mode: 'no-cors' }).then((response) => response.type),
      `${fixture.gateway.url}/session/refresh`,
    );
    expect(fromForm).toBe('opaque');
    await page.reload();
    await expect.poll(() => signedInAs(page)).toBe('Signed in as Mary Jones');
  });
});
