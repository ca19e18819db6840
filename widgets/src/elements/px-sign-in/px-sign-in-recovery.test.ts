import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  newestCode,
  shownText,
  signInThroughWidget,
  startSignInThroughWidget,
  useWidgetsFixture,
} from '../../../test-support/index.js';

const tracy = 'tracy.smith@example.com';

describe('px-sign-in: forgot password and a new mobile number', () => {
  const fixture = useWidgetsFixture();

  it('resets the password from the e-mailed link, then proves and saves the new number by SMS, in the person’s language', async () => {
    const first = await fixture.open('/widgets.html');
    const signIn = first.page.locator('px-sign-in');
    await signIn.locator('#forgot').click();
    await signIn.locator('#reset-email').fill(tracy);
    expect(await axeViolations(first.page, 'px-sign-in')).toEqual([]);
    await signIn.getByRole('button', { name: 'Send the link' }).click();
    await signIn.getByTestId('link-sent').waitFor();

    // Tracy reads Dutch: the e-mail is in Dutch whatever the page's language.
    const mail = (await fixture.gateway.outbox()).find(
      (message) => message.channel === 'email' && message.to === tracy,
    );
    expect(mail?.subject).toBe('Je MyProximus-wachtwoord opnieuw instellen');
    const link = new URL(/https?:\/\/\S+/.exec(mail?.body ?? '')?.[0] ?? '');
    expect(`${link.origin}${link.pathname}`).toBe(`${fixture.gateway.config.publicSiteUrl}/reset-password`);

    // The host page at the link's path, on this test's demo origin.
    const { page, problems } = await fixture.open(`/reset-password?token=${link.searchParams.get('token')}`);
    const widget = page.locator('px-sign-in').first();
    await widget.locator('#new-password').waitFor();
    expect(page.url()).not.toContain('token=');
    expect(await axeViolations(page, 'px-sign-in')).toEqual([]);
    await widget.locator('#new-password').fill('NewSecret7');
    await widget.getByRole('button', { name: 'Save the password' }).click();

    await widget.locator('#mobile-number').waitFor();
    expect(await shownText(widget.locator('[role="status"]'))).toContain('Your password was changed.');
    expect(await axeViolations(page, 'px-sign-in')).toEqual([]);
    await widget.locator('#mobile-number').fill('0470 99 88 77');
    await widget.getByRole('button', { name: 'Send a code to this number' }).click();

    await expect.poll(() => shownText(widget.getByTestId('masked-phone'))).toContain('+32 470 ** ** 77');
    const [sms] = await fixture.gateway.outbox();
    expect(sms).toMatchObject({ channel: 'sms', to: '+32470998877' });
    expect(sms?.body).toMatch(/^Je code om dit nummer voor MyProximus te bevestigen is \d{6}\./);
    expect(await axeViolations(page, 'px-sign-in')).toEqual([]);
    await widget.locator('#mobile-code').fill(await newestCode(fixture.gateway));
    await widget.getByRole('button', { name: 'Confirm the number' }).click();

    await widget.locator('#email').waitFor();
    expect(await shownText(widget.locator('[role="status"]'))).toContain('Your mobile number was changed.');
    // Signing in again: the new password, and the code goes to the new number.
    await startSignInThroughWidget(page, tracy, 'NewSecret7');
    await expect.poll(() => shownText(widget.getByTestId('masked-phone'))).toContain('+32 470 ** ** 77');
    await widget.locator('#code').fill(await newestCode(fixture.gateway));
    await widget.locator('button[type="submit"]').click();
    await widget.locator('#sign-out').waitFor();
    expect([...first.problems, ...problems]).toEqual([]);
  });

  it('says a used link is no longer valid', async () => {
    await fixture.gateway.graphql('mutation($email: String!) { requestPasswordReset(email: $email) }', {
      email: tracy,
    });
    const token = /token=([\w-]+)/.exec((await fixture.gateway.outbox())[0]?.body ?? '')?.[1];
    await fixture.gateway.graphql(
      'mutation($token: String!) { resetPassword(token: $token, newPassword: "NewSecret7") { scope } }',
      {
        token,
      },
    );
    const { page } = await fixture.open(`/widgets.html?token=${token}`);
    const widget = page.locator('px-sign-in');
    await widget.locator('#new-password').fill('OtherSecret8');
    await widget.getByRole('button', { name: 'Save the password' }).click();
    await expect
      .poll(() => shownText(widget.locator('[data-kind="error"]')))
      .toBe('This link is not valid or was already used. Ask for a new one.');
  });

  it('shows the role after sign-in, and says its messages again in the new language after a switch', async () => {
    const { page, problems } = await fixture.open('/widgets.html');
    const widget = page.locator('px-sign-in');
    await signInThroughWidget(page, fixture.gateway, 'philip.smith@example.com');
    await expect
      .poll(() => shownText(widget.getByTestId('role')))
      .toBe('Your role: administrator. You see and manage every line of your customer number.');
    await widget.evaluate((element) => element.setAttribute('lang', 'fr'));
    await expect.poll(() => shownText(widget.locator('[role="status"]'))).toBe('Vous êtes connecté.');
    expect(await shownText(widget.getByTestId('role'))).toMatch(/^Votre rôle : administrateur\./);
    await widget.evaluate((element) => element.setAttribute('lang', 'en'));
    await widget.locator('#sign-out').click();

    await startSignInThroughWidget(page, 'philip.smith@example.com', 'wrong-password-1');
    await expect
      .poll(() => shownText(widget.locator('[data-kind="error"]')))
      .toBe('The e-mail address or the password is not correct.');
    await widget.evaluate((element) => element.setAttribute('lang', 'nl'));
    await expect
      .poll(() => shownText(widget.locator('[data-kind="error"]')))
      .toBe('Het e-mailadres of het wachtwoord klopt niet.');
    expect(problems).toEqual([]);
  });

  it('says the code was sent once: in the text beside the field, not again in the live region', async () => {
    const { page } = await fixture.open('/widgets.html');
    const widget = page.locator('px-sign-in');
    await startSignInThroughWidget(page, 'mary.jones@example.com');
    await widget.locator('#code').waitFor();
    const sentTexts = await widget.evaluate(
      (element) => (element.shadowRoot?.textContent ?? '').split('We sent a 6-digit code').length - 1,
    );
    expect(sentTexts).toBe(1);
    expect(await widget.locator('#code').getAttribute('aria-describedby')).toBe('masked-phone');
  });
});
