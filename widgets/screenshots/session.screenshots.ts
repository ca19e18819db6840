import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { type StartedWidgetsFixture, signInThroughWidget, startWidgetsFixture } from '../test-support/index.js';

/** `pnpm screenshots`: the screens of issue 15 (account access, the password reset), beside this file. */
const folder = fileURLToPath(new URL('./', import.meta.url));

describe('screenshots of the account-access and recovery screens', () => {
  let fixture: StartedWidgetsFixture;

  beforeAll(async () => {
    fixture = await startWidgetsFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  beforeEach(() => fixture.browser.context.clearCookies());

  it('shows px-account-access to an access owner with a delegate asking', async () => {
    await fixture.gateway.graphql(
      'mutation { requestAccountAccess(customerNumber: "987654321") { id } }',
      {},
      { token: await fixture.gateway.signIn('tracy.smith@example.com') },
    );
    const { page } = await fixture.open('/widgets.html');
    await page.setViewportSize({ width: 900, height: 1200 });
    await signInThroughWidget(page, fixture.gateway, 'anna.peeters@example.com');
    const widget = page.locator('px-account-access');
    await widget.getByRole('button', { name: 'Approve access for Tracy Smith' }).waitFor();
    await widget.screenshot({ path: `${folder}px-account-access.png`, animations: 'disabled' });
  });

  it('shows the new-password step of px-sign-in opened from the e-mailed link', async () => {
    await fixture.gateway.graphql('mutation { requestPasswordReset(email: "mary.jones@example.com") }');
    const token = /token=([\w-]+)/.exec((await fixture.gateway.outbox())[0]?.body ?? '')?.[1];
    const { page } = await fixture.open(`/widgets.html?token=${token}`);
    await page.setViewportSize({ width: 900, height: 900 });
    const widget = page.locator('px-sign-in');
    await widget.locator('#new-password').waitFor();
    await widget.screenshot({ path: `${folder}px-sign-in-new-password.png`, animations: 'disabled' });
  });
});
