import { latestCode, type TestGateway } from '@proximus-privacy/gateway/test-support';
import type { Locator, Page } from 'playwright-core';

export const demoPassword = 'Privacy2026';

/** The code of the newest SMS, once the gateway has sent it. */
export async function newestCode(gateway: TestGateway): Promise<string> {
  return latestCode(await gateway.outbox());
}

/** Signs `email` in through the page's px-sign-in, typing like a person; resolves once the page has the session. */
export async function signInThroughWidget(page: Page, gateway: TestGateway, email: string): Promise<void> {
  const signIn = page.locator('px-sign-in');
  await startSignInThroughWidget(page, email);
  await signIn.locator('#code, [data-kind="error"]').first().waitFor();
  const refused = signIn.locator('[data-kind="error"]');
  if ((await refused.count()) > 0) {
    throw new Error(`Sign-in of ${email} refused: ${await shownText(refused)}`);
  }
  await signIn.locator('#code').fill(await newestCode(gateway));
  await signIn.locator('button[type="submit"]').click();
  await signIn.locator('#sign-out').waitFor();
}

/** The gateway's clock set back to the browser's: code lifetimes shown and enforced agree again. */
export function syncClock(gateway: TestGateway): void {
  gateway.clock.advance(Date.now() - gateway.clock.now().getTime());
}

/** Fills e-mail and password of the page's px-sign-in and waits for the code screen. */
export async function startSignInThroughWidget(page: Page, email: string, password = demoPassword): Promise<void> {
  const signIn = page.locator('px-sign-in');
  await signIn.locator('#email').fill(email);
  await signIn.locator('#password').fill(password);
  await signIn.locator('button[type="submit"]').click();
}

/** Collects the detail of every `name` event that reaches the document, in order. */
export async function recordEvents(page: Page, name: string): Promise<() => Promise<unknown[]>> {
  const key = `__events_${name.replace(/-/g, '_')}`;
  await page.evaluate(
    ({ name, key }) => {
      const store = window as unknown as Record<string, unknown[]>;
      store[key] = [];
      document.addEventListener(name, (event) => store[key]?.push((event as CustomEvent).detail));
    },
    { name, key },
  );
  return () => page.evaluate((key) => (window as unknown as Record<string, unknown[]>)[key] ?? [], key);
}

/** Presses Tab until the focused element, looked up through shadow roots, matches `selector`. */
export async function tabTo(page: Page, selector: string, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const matches = await page.evaluate((selector) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.matches(selector) ?? false;
    }, selector);
    if (matches) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Runs `act` and returns the next announcement of the live region of `element` (a locator's
 * selector), waiting for it by its sequence number rather than by time.
 */
export async function nextAnnouncement(
  page: Page,
  element: string,
  act: () => unknown,
): Promise<{ text: string; kind: string }> {
  const current = page.locator(`${element} [part="status"] [data-sequence]`);
  const before = (await current.count()) > 0 ? Number(await current.getAttribute('data-sequence')) : 0;
  await act();
  const next = page.locator(`${element} [part="status"] [data-sequence="${before + 1}"]`);
  await next.waitFor();
  return { text: (await shownText(next)).trim(), kind: (await next.getAttribute('data-kind')) ?? '' };
}

/** The text a person sees in `locator`, shadow roots included, whitespace as rendered. */
export function shownText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, which these tests assert.
  return locator.innerText();
}

/** Resolves once the page received a `next` message over its WebSocket (of the subscription `field`, if given). */
export function nextLiveMessage(page: Page, field = ''): Promise<void> {
  return new Promise((received) =>
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        if (String(payload).includes('"type":"next"') && String(payload).includes(field)) received();
      }),
    ),
  );
}

/**
 * Waits, once `action` (a sign-in) has opened the page's live subscriptions, for their first
 * message and the reads it causes. A test that then ends the session or moves the gateway's clock
 * would otherwise race those reads.
 */
export async function afterLiveStart(page: Page, action: () => Promise<void>): Promise<void> {
  const firstMessage = nextLiveMessage(page);
  await action();
  await firstMessage;
  await page.waitForLoadState('networkidle');
}
