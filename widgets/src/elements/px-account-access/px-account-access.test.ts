import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, shownText, signInThroughWidget, useWidgetsFixture } from '../../../test-support/index.js';

const tracy = 'tracy.smith@example.com';
const anna = 'anna.peeters@example.com';

async function submitNumber(page: Page, form: 'become' | 'request', customerNumber: string): Promise<void> {
  const widget = page.locator('px-account-access');
  await widget.locator(`#${form}-number`).fill(customerNumber);
  await widget.locator(`#${form}-number`).press('Enter');
}

function said(page: Page, kind: 'status' | 'error'): Promise<string> {
  return shownText(page.locator(`px-account-access [data-kind="${kind}"]`));
}

describe('px-account-access', () => {
  const fixture = useWidgetsFixture();

  it('lets a delegate ask access, and an access owner approve it from the screen the e-mail links to', async () => {
    const asked = await fixture.open('/widgets.html');
    await signInThroughWidget(asked.page, fixture.gateway, tracy);
    const widget = asked.page.locator('px-account-access');
    await expect
      .poll(() => shownText(widget.getByTestId('accounts')))
      .toBe('Smith family, customer number 123456789: user');
    expect(await axeViolations(asked.page, 'px-account-access')).toEqual([]);
    await submitNumber(asked.page, 'request', '987654321');
    await expect.poll(() => said(asked.page, 'status')).toMatch(/^Your request for 987654321 was sent/);
    await asked.page.locator('px-sign-in #sign-out').click();

    const mail = (await fixture.gateway.outbox()).find((message) => message.to === anna);
    expect(mail?.body).toContain(`${fixture.gateway.config.publicSiteUrl}/account-access?customer=987654321`);

    const { page, problems } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, anna);
    const members = page.locator('px-account-access').getByTestId('members-987654321');
    await expect
      .poll(() => shownText(members))
      .toContain('Tracy Smith (tracy.smith@example.com): delegate user, asks for access');
    expect(await axeViolations(page, 'px-account-access')).toEqual([]);
    await members.getByRole('button', { name: 'Approve access for Tracy Smith' }).click();
    await expect.poll(() => said(page, 'status')).toBe('Tracy Smith now has access.');
    await expect
      .poll(() => shownText(members.locator('[data-member="tracy.smith@example.com"]')))
      .toBe('Tracy Smith (tracy.smith@example.com): delegate user, active');
    expect((await fixture.gateway.outbox())[0]).toMatchObject({ channel: 'email', to: tracy });
    expect([...asked.problems, ...problems]).toEqual([]);
  });

  it('lets an access owner refuse a delegate, who is then no longer listed', async () => {
    await fixture.gateway.graphql(
      'mutation { requestAccountAccess(customerNumber: "987654321") { id } }',
      {},
      { token: await fixture.gateway.signIn(tracy) },
    );
    const { page } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, anna);
    const members = page.locator('px-account-access').getByTestId('members-987654321');
    await members.getByRole('button', { name: 'Refuse access for Tracy Smith' }).click();
    await expect
      .poll(() => said(page, 'status'))
      .toBe('The request of Tracy Smith was refused; they are told by e-mail.');
    await expect.poll(() => shownText(members)).not.toContain('Tracy Smith');
  });

  it('explains each refusal to become administrator in plain words, in the element’s language', async () => {
    // Tracy's line becomes a Pay&Go card.
    await fixture.gateway.dataSource.query(
      "UPDATE subscription SET billing = 'prepaid' WHERE phone_number = '+32470000003'",
    );
    const { page, problems } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, tracy);
    await page.locator('px-account-access #become-number').waitFor();
    expect(await axeViolations(page, 'px-account-access')).toEqual([]);

    await submitNumber(page, 'become', '111111111');
    await expect
      .poll(() => said(page, 'error'))
      .toBe('Your mobile number is not on the bill of this customer number. Check the number on your bill.');
    await submitNumber(page, 'become', '123456789');
    await expect
      .poll(() => said(page, 'error'))
      .toBe('A Pay&Go prepaid card cannot make you administrator: it needs a subscription on the bill.');
    await page.locator('px-account-access').evaluate((element) => element.setAttribute('lang', 'nl'));
    await expect
      .poll(() => said(page, 'error'))
      .toBe(
        'Met een Pay&Go-herlaadkaart kun je geen beheerder worden: daarvoor is een abonnement op de factuur nodig.',
      );
    await page.locator('px-account-access').evaluate((element) => element.setAttribute('lang', 'en'));
    await submitNumber(page, 'request', '123456789');
    await expect
      .poll(() => said(page, 'error'))
      .toBe('This is a household account: ask its administrator. Delegate users exist only for business accounts.');
    expect(problems).toEqual([]);
  });

  it('makes a user administrator of their household, and shows the people of the account', async () => {
    const { page } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, 'mary.jones@example.com');
    await submitNumber(page, 'become', '123456789');
    await expect.poll(() => said(page, 'status')).toBe('You are now the administrator of customer number 123456789.');
    const members = page.locator('px-account-access').getByTestId('members-123456789');
    await expect.poll(() => shownText(members)).toContain('Philip Smith (philip.smith@example.com): user, active');
    expect(await shownText(members)).toContain('Mary Jones (mary.jones@example.com): administrator, active');
  });

  it('explains refusing a business account to a delegate', async () => {
    const { page } = await fixture.open('/widgets.html');
    await signInThroughWidget(page, fixture.gateway, 'chris.maes@example.com');
    await page.locator('px-account-access').evaluate((element) => element.setAttribute('lang', 'en'));
    await submitNumber(page, 'become', '987654321');
    await expect
      .poll(() => said(page, 'error'))
      .toBe('This is a business account: its access owners are named by the company. Ask one of them for access.');
  });
});
