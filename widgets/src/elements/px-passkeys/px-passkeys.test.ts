import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  nextAnnouncement,
  shownText,
  signInThroughWidget,
  useWidgetsFixture,
} from '../../../test-support/index.js';
import { en } from '../../i18n/en.js';

const philip = 'philip.smith@example.com';

/** Chromium's virtual authenticator: a platform passkey store that verifies the user without a prompt. */
async function addVirtualAuthenticator(page: Page): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('WebAuthn.enable');
  await devtools.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

describe('px-passkeys and the passkey sign-in of px-sign-in', () => {
  const fixture = useWidgetsFixture();

  async function signedInWithAuthenticator(): Promise<{ page: Page; problems: string[] }> {
    const opened = await fixture.open('/widgets.html');
    await addVirtualAuthenticator(opened.page);
    await signInThroughWidget(opened.page, fixture.gateway, philip);
    await opened.page.locator('px-passkeys [data-testid="no-passkeys"]').waitFor();
    return opened;
  }

  it('adds a passkey after an SMS sign-in, signs in with it alone (no SMS), and refuses it once removed', async () => {
    const { page, problems } = await signedInWithAuthenticator();
    const passkeys = page.locator('px-passkeys');
    const signIn = page.locator('px-sign-in');
    expect(await axeViolations(page, 'px-passkeys')).toEqual([]);

    await passkeys.locator('#new-name').fill('Test laptop');
    const added = await nextAnnouncement(page, 'px-passkeys', () => passkeys.locator('#add-passkey').click());
    expect(added).toEqual({ text: en.passkeys.added('Test laptop'), kind: 'status' });
    expect(await shownText(passkeys.locator('[part="passkey"] strong'))).toBe('Test laptop');
    expect(await axeViolations(page, 'px-passkeys')).toEqual([]);

    await signIn.locator('#sign-out').click();
    await signIn.locator('#passkey-sign-in').waitFor();
    expect(await axeViolations(page, 'px-sign-in')).toEqual([]);
    const outboxBefore = await fixture.gateway.outbox();
    await signIn.locator('#passkey-sign-in').click();
    await signIn.locator('#sign-out').waitFor();
    expect(await fixture.gateway.outbox()).toEqual(outboxBefore);
    await expect.poll(() => shownText(passkeys.locator('[part="passkey"] .muted'))).toContain('last used');

    const removed = await nextAnnouncement(page, 'px-passkeys', () => passkeys.locator('[data-remove]').click());
    expect(removed.text).toBe(en.passkeys.removed('Test laptop'));
    await passkeys.locator('[data-testid="no-passkeys"]').waitFor();

    await signIn.locator('#sign-out').click();
    const refused = await nextAnnouncement(page, 'px-sign-in', () => signIn.locator('#passkey-sign-in').click());
    expect(refused).toEqual({ text: en.errors.PASSKEY_REFUSED, kind: 'error' });
    expect(await signIn.locator('#email').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('renames a passkey from the keyboard', async () => {
    const { page, problems } = await signedInWithAuthenticator();
    const passkeys = page.locator('px-passkeys');
    await nextAnnouncement(page, 'px-passkeys', () => passkeys.locator('#add-passkey').click());
    expect(await shownText(passkeys.locator('[part="passkey"] strong'))).toBe('Passkey 1');
    await passkeys.locator('[data-rename]').focus();
    await page.keyboard.press('Enter');
    const field = passkeys.locator('input[id^="rename-"]');
    await field.fill('Phone');
    expect(await axeViolations(page, 'px-passkeys')).toEqual([]);
    const renamed = await nextAnnouncement(page, 'px-passkeys', () => page.keyboard.press('Enter'));
    expect(renamed.text).toBe(en.passkeys.renamed('Phone'));
    expect(await shownText(passkeys.locator('[part="passkey"] strong'))).toBe('Phone');
    expect(problems).toEqual([]);
  });

  it('refuses a passkey made on a page of another origin than the operator allows', async () => {
    const { page } = await signedInWithAuthenticator();
    // The operator's setting names only its own site: this demo page's origin is not among them.
    fixture.gateway.config.passkeys.origins = ['https://www.proximus.be'];
    const passkeys = page.locator('px-passkeys');
    const refused = await nextAnnouncement(page, 'px-passkeys', () => passkeys.locator('#add-passkey').click());
    expect(refused).toEqual({ text: en.errors.PASSKEY_REFUSED, kind: 'error' });
    expect(await passkeys.locator('[data-testid="no-passkeys"]').count()).toBe(1);
  });
});
