import { afterEach, describe, expect, it } from 'vitest';
import {
  latestCode,
  type MeAnswer,
  operations,
  type SignInChallenge,
  startTestGateway,
  stateSnapshot,
  type TestGateway,
} from '../../test-support/index.js';
import { knownPerson } from '../identity/people.js';

const mary = 'mary.jones@example.com';

const requestReset = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const resetPassword = `mutation($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword) { accessToken scope }
}`;
const startNumberChange = `mutation($mobileNumber: String!) {
  startMobileNumberChange(mobileNumber: $mobileNumber) { challengeId maskedPhone }
}`;
const confirmNumberChange = `mutation($challengeId: ID!, $code: String!) {
  confirmMobileNumberChange(challengeId: $challengeId, code: $code)
}`;

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function resetLinkToken(email: string): Promise<string> {
  await gateway.graphql(requestReset, { email });
  const mail = (await gateway.outbox()).find((message) => message.channel === 'email' && message.to === email);
  const token = mail?.body.match(/token=([\w-]+)/)?.[1];
  if (!token) throw new Error('No reset link in the outbox');
  return token;
}

async function recoverySession(email: string, newPassword = 'NewSecret7'): Promise<string> {
  const reset = await gateway.graphql<{ resetPassword: { accessToken: string } }>(resetPassword, {
    token: await resetLinkToken(email),
    newPassword,
  });
  return reset.data?.resetPassword.accessToken as string;
}

describe('changing a wrong mobile number after a password reset by e-mail link', () => {
  it('e-mails a link to a known address and answers the same for an unknown one', async () => {
    gateway = await startTestGateway();
    expect((await gateway.graphql(requestReset, { email: 'nobody@example.com' })).data).toEqual({
      requestPasswordReset: true,
    });
    expect(await gateway.outbox()).toEqual([]);
    expect((await gateway.graphql(requestReset, { email: mary })).data).toEqual({ requestPasswordReset: true });
    const [mail] = await gateway.outbox();
    expect(mail).toMatchObject({ channel: 'email', to: mary });
    expect(mail?.body).toContain('http://localhost:4100/reset-password?token=pxr_');
  });

  it('walks the whole way: new password, code to the new number, then a normal sign-in there', async () => {
    gateway = await startTestGateway();
    const oldSession = await gateway.signIn(mary);
    const token = await recoverySession(mary, 'NewSecret7');
    expect(await gateway.graphql(operations.me, {}, { token: oldSession })).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });

    const started = await gateway.graphql<{ startMobileNumberChange: SignInChallenge }>(
      startNumberChange,
      { mobileNumber: '0499 12 34 56' },
      { token },
    );
    expect(started.data?.startMobileNumberChange.maskedPhone).toBe('+32 499 ** ** 56');
    const [sms] = await gateway.outbox();
    expect(sms).toMatchObject({ channel: 'sms', from: '8883', to: '+32499123456' });
    const confirmed = await gateway.graphql(
      confirmNumberChange,
      { challengeId: started.data?.startMobileNumberChange.challengeId, code: latestCode(await gateway.outbox()) },
      { token },
    );
    expect(confirmed.data).toEqual({ confirmMobileNumberChange: true });
    expect((await gateway.outbox())[0]).toMatchObject({ channel: 'email', to: mary });

    // "Go back to step 1": the recovery session is over; the new password and number sign in.
    expect((await gateway.graphql(operations.me, {}, { token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const session = await gateway.signIn(mary, 'NewSecret7');
    const me = await gateway.graphql<MeAnswer>(operations.me, {}, { token: session });
    expect(me.data?.me.maskedMobileNumber).toBe('+32 499 ** ** 56');
  });

  it('limits the recovery session to setting the number', async () => {
    gateway = await startTestGateway();
    const token = await recoverySession(mary);
    const members = await gateway.graphql(
      'query { accountMembers(customerNumber: "123456789") { id } }',
      {},
      { token },
    );
    expect(members.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const signedIn = await gateway.signIn(mary, 'NewSecret7');
    const change = await gateway.graphql(startNumberChange, { mobileNumber: '0499123456' }, { token: signedIn });
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['too short', 'Abc1234'],
    ['fewer than 4 letters', 'abc12345'],
    ['no digit', 'Privacyyy'],
  ])('refuses a new password that is %s with BAD_USER_INPUT and changes nothing', async (_rule, newPassword) => {
    gateway = await startTestGateway();
    const token = await resetLinkToken(mary);
    const before = await stateSnapshot(gateway.dataSource);
    const response = await gateway.graphql(resetPassword, { token, newPassword });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
    expect(await gateway.signIn(mary)).toMatch(/^pxs_/);
  });

  it.each([
    ['a used link', 'CODE_INVALID', 0],
    ['an expired link', 'CODE_EXPIRED', 61],
  ])('refuses %s with %s', async (_name, code, minutesLater) => {
    gateway = await startTestGateway();
    const token = await resetLinkToken(mary);
    if (minutesLater === 0) await gateway.graphql(resetPassword, { token, newPassword: 'NewSecret7' });
    gateway.clock.advanceMinutes(minutesLater);
    const before = await stateSnapshot(gateway.dataSource);
    const response = await gateway.graphql(resetPassword, { token, newPassword: 'OtherSecret8' });
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
  });

  it.each([
    ['a foreign number', '+33612345678'],
    ['a Belgian landline', '02 123 45 67'],
    ['not a number', 'call me'],
  ])('refuses %s as the new mobile number with BAD_USER_INPUT', async (_name, mobileNumber) => {
    gateway = await startTestGateway();
    const token = await recoverySession(mary);
    const before = await stateSnapshot(gateway.dataSource);
    const response = await gateway.graphql(startNumberChange, { mobileNumber }, { token });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
  });

  it('keeps the old number when the confirmation code is wrong', async () => {
    gateway = await startTestGateway();
    const token = await recoverySession(mary);
    const started = await gateway.graphql<{ startMobileNumberChange: SignInChallenge }>(
      startNumberChange,
      { mobileNumber: '0499123456' },
      { token },
    );
    const code = latestCode(await gateway.outbox());
    const response = await gateway.graphql(
      confirmNumberChange,
      { challengeId: started.data?.startMobileNumberChange.challengeId, code: code === '111111' ? '222222' : '111111' },
      { token },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CODE_INVALID', attemptsLeft: 4 });
    const person = await knownPerson(gateway.dataSource.manager, gateway.vault, await gateway.idOf(mary));
    expect(person.mobileNumber).toBe('+32470000002');
  });
});

describe('the SMS budget of a recovery session', () => {
  it("never uses up the sign-in codes of the number's owner, and is limited on its own", async () => {
    gateway = await startTestGateway();
    const token = await recoverySession(mary);
    const philipsNumber = '0470000001';
    for (let index = 0; index < 5; index++) {
      const sent = await gateway.graphql(startNumberChange, { mobileNumber: philipsNumber }, { token });
      expect(sent.errors).toBeUndefined();
    }
    const sixth = await gateway.graphql(startNumberChange, { mobileNumber: '0470999999' }, { token });
    expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3600 });
    const philip = await gateway.graphql(operations.startSignIn, {
      email: 'philip.smith@example.com',
      password: 'Privacy2026',
    });
    expect(philip.errors).toBeUndefined();
  });
});
