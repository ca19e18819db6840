import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type StartedWidgetsFixture, signInThroughWidget, startWidgetsFixture } from '../test-support/index.js';

/** `pnpm screenshots`: px-passkeys with one passkey, added through Chromium's virtual authenticator. */
const folder = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

describe('screenshot of px-passkeys', () => {
  let fixture: StartedWidgetsFixture;

  beforeAll(async () => {
    fixture = await startWidgetsFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  it('shows a named passkey in the list', async () => {
    const { page } = await fixture.open('/widgets.html');
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
    await signInThroughWidget(page, fixture.gateway, 'philip.smith@example.com');
    const passkeys = page.locator('px-passkeys');
    await passkeys.locator('[data-testid="no-passkeys"]').waitFor();
    await passkeys.locator('#new-name').fill('Work laptop');
    await passkeys.locator('#add-passkey').click();
    await passkeys.locator('[part="passkey"]').waitFor();
    await page.setViewportSize({ width: 1100, height: 900 });
    await passkeys.screenshot({ path: `${folder}passkeys.png`, animations: 'disabled' });
  });
});
