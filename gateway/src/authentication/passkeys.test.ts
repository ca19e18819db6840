import { afterEach, describe, expect, it } from 'vitest';
import {
  type MeAnswer,
  operations,
  passkeyOperations as passkey,
  SoftwareAuthenticator,
  startTestGateway,
  type TestGateway,
} from '../../test-support/index.js';

const philip = 'philip.smith@example.com';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

function errorCode(response: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

async function count(table: string): Promise<number> {
  const [row] = await gateway.ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

async function registrationCeremony(token: string): Promise<passkey.Ceremony> {
  const started = await gateway.graphql<{ startPasskeyRegistration: passkey.Ceremony }>(
    passkey.startPasskeyRegistration,
    {},
    { token },
  );
  return started.data?.startPasskeyRegistration as passkey.Ceremony;
}

/** Philip signed in by SMS with one passkey added. */
async function philipWithPasskey() {
  const token = await gateway.signIn(philip);
  const authenticator = passkey.authenticatorFor(gateway);
  const id = await passkey.registerPasskey(gateway, token, authenticator);
  return { token, authenticator, id };
}

describe('adding a passkey from a full session', () => {
  it('stores the public key, credential id and counter, names it, and e-mails the person', async () => {
    gateway = await startTestGateway();
    const { token, authenticator } = await philipWithPasskey();
    const listed = await gateway.graphql<{ passkeys: { name: string; lastUsedAt: string | null }[] }>(
      passkey.passkeys,
      {},
      { token },
    );
    expect(listed.data?.passkeys).toEqual([expect.objectContaining({ name: 'Passkey 1', lastUsedAt: null })]);
    const [stored] = await gateway.ownerQuery<Record<string, unknown>>(
      'SELECT credential_id, sign_count, length(public_key) AS key_length FROM passkey',
    );
    expect(stored).toEqual({ credential_id: authenticator.credentialId, sign_count: '0', key_length: 77 });
    const [mail] = await gateway.outbox();
    expect(mail).toMatchObject({
      channel: 'email',
      to: philip,
      subject: 'A passkey was added to your MyProximus account',
    });
    expect(mail?.body).toContain('"Passkey 1"');
  });

  it('keeps challenges only as hashes, and asks for user verification and a resident key', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(philip);
    const started = await gateway.graphql<{ startPasskeyRegistration: passkey.Ceremony & { options: never } }>(
      passkey.startPasskeyRegistration,
      {},
      { token },
    );
    const options = started.data?.startPasskeyRegistration.options as unknown as Record<string, unknown> & {
      challenge: string;
    };
    expect(options).toMatchObject({
      rp: { id: 'localhost', name: 'Proximus' },
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      attestation: 'none',
    });
    expect(JSON.stringify(options)).not.toContain(philip.replace('@', '%40'));
    const rows = await gateway.ownerQuery('SELECT * FROM passkey_challenge');
    expect(JSON.stringify(rows)).not.toContain(options.challenge);
  });

  it('is refused to an anonymous caller', async () => {
    gateway = await startTestGateway();
    expect(errorCode(await gateway.graphql(passkey.startPasskeyRegistration))).toBe('UNAUTHENTICATED');
  });

  it('refuses a challenge of another session, even of the same person', async () => {
    gateway = await startTestGateway();
    const first = await gateway.signIn(philip);
    const second = await gateway.signIn(philip);
    const ceremony = await registrationCeremony(first);
    const answered = await gateway.graphql(
      passkey.completePasskeyRegistration,
      { challengeId: ceremony.challengeId, credential: passkey.authenticatorFor(gateway).register(ceremony.options) },
      { token: second },
    );
    expect(errorCode(answered)).toBe('PASSKEY_REFUSED');
    expect(await count('passkey')).toBe(0);
  });

  it.each([
    ['another origin', { origin: 'https://evil.example' }, {}],
    ['another relying party', { rpId: 'evil.example' }, {}],
    ['no user verification', {}, { userVerified: false }],
  ])('refuses an answer with %s', async (_case, overrides, settings) => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(philip);
    const ceremony = await registrationCeremony(token);
    const authenticator = new SoftwareAuthenticator({
      origin: 'http://localhost:4100',
      rpId: 'localhost',
      ...settings,
    });
    const answered = await gateway.graphql(
      passkey.completePasskeyRegistration,
      { challengeId: ceremony.challengeId, credential: authenticator.register(ceremony.options, overrides) },
      { token },
    );
    expect(errorCode(answered)).toBe('PASSKEY_REFUSED');
    expect(await count('passkey')).toBe(0);
  });

  it.each([
    ['not a credential at all', () => ({ hello: 'world' })],
    ['a wrong type', (valid: Record<string, unknown>) => ({ ...valid, type: 'password' })],
    [
      'no base64url',
      (valid: { response: object }) => ({ ...valid, response: { ...valid.response, attestationObject: '{}' } }),
    ],
    ['a NUL byte', (valid: Record<string, unknown>) => ({ ...valid, id: 'abc\u0000def' })],
    [
      'a huge value',
      (valid: { response: object }) => ({
        ...valid,
        response: { ...valid.response, clientDataJSON: 'A'.repeat(500_000) },
      }),
    ],
    [
      'garbage CBOR',
      (valid: { response: object }) => ({ ...valid, response: { ...valid.response, attestationObject: 'AAAA' } }),
    ],
  ])('answers %s with a clear error and stores nothing', async (_case, tamper) => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(philip);
    const ceremony = await registrationCeremony(token);
    const valid = passkey.authenticatorFor(gateway).register(ceremony.options);
    const answered = await gateway.graphql(
      passkey.completePasskeyRegistration,
      { challengeId: ceremony.challengeId, credential: tamper(valid as never) },
      { token },
    );
    expect(['BAD_USER_INPUT', 'PASSKEY_REFUSED']).toContain(errorCode(answered));
    expect(answered.errors?.[0]?.message).toMatch(/credential|passkey/i);
    expect(await count('passkey')).toBe(0);
  });
});

describe('signing in with a passkey', () => {
  it('opens a full session with no SMS sent, which signOut ends and the idle timeout ends', async () => {
    gateway = await startTestGateway();
    const { authenticator } = await philipWithPasskey();
    const smsBefore = (await gateway.outbox()).filter((message) => message.channel === 'sms').length;
    const signedIn = await passkey.signInWithPasskey(gateway, authenticator);
    const session = signedIn.data?.completePasskeySignIn as passkey.PasskeySession;
    expect(session.scope).toBe('FULL');
    expect((await gateway.outbox()).filter((message) => message.channel === 'sms')).toHaveLength(smsBefore);
    const me = await gateway.graphql<MeAnswer>(operations.me, {}, { token: session.accessToken });
    expect(me.data?.me.email).toBe(philip);
    const [stored] = await gateway.ownerQuery<{ sign_count: string }>('SELECT sign_count FROM passkey');
    expect(stored?.sign_count).toBe('1');

    await gateway.graphql(operations.signOut, {}, { token: session.accessToken });
    expect(errorCode(await gateway.graphql(operations.me, {}, { token: session.accessToken }))).toBe('UNAUTHENTICATED');

    const second = await passkey.signInWithPasskey(gateway, authenticator);
    const token = second.data?.completePasskeySignIn.accessToken as string;
    gateway.clock.advanceMinutes(gateway.config.sessions.idleTimeoutMs / 60_000);
    expect(errorCode(await gateway.graphql(operations.me, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a replayed challenge', async () => {
    gateway = await startTestGateway();
    const { authenticator } = await philipWithPasskey();
    const ceremony = await passkey.startSignIn(gateway);
    const answer = authenticator.authenticate(ceremony.options);
    expect(errorCode(await passkey.completeSignIn(gateway, ceremony.challengeId, answer))).toBeUndefined();
    expect(errorCode(await passkey.completeSignIn(gateway, ceremony.challengeId, answer))).toBe('PASSKEY_REFUSED');
    const fresh = authenticator.authenticate(ceremony.options);
    expect(errorCode(await passkey.completeSignIn(gateway, ceremony.challengeId, fresh))).toBe('PASSKEY_REFUSED');
  });

  it('lets exactly one of concurrent sign-ins with one challenge win', async () => {
    gateway = await startTestGateway();
    const { authenticator } = await philipWithPasskey();
    const ceremony = await passkey.startSignIn(gateway);
    const answers = Array.from({ length: 5 }, () => authenticator.authenticate(ceremony.options));
    const results = await Promise.all(
      answers.map((answer) => passkey.completeSignIn(gateway, ceremony.challengeId, answer)),
    );
    expect(results.filter((result) => result.data?.completePasskeySignIn).length).toBe(1);
    expect(results.filter((result) => errorCode(result) === 'PASSKEY_REFUSED').length).toBe(4);
  });

  it('refuses a passkey once revoked, and e-mails the removal', async () => {
    gateway = await startTestGateway();
    const { token, authenticator, id } = await philipWithPasskey();
    expect((await gateway.graphql(passkey.revokePasskey, { id }, { token })).data).toEqual({ revokePasskey: true });
    expect((await gateway.outbox())[0]).toMatchObject({
      channel: 'email',
      to: philip,
      subject: 'A passkey was removed from your MyProximus account',
    });
    const refused = await passkey.signInWithPasskey(gateway, authenticator);
    expect(errorCode(refused)).toBe('PASSKEY_REFUSED');
  });

  it.each([
    ['another origin', { origin: 'http://localhost:4101' }],
    ['another relying party', { rpId: 'example.com' }],
  ])('refuses an answer from %s', async (_case, overrides) => {
    gateway = await startTestGateway();
    const { authenticator } = await philipWithPasskey();
    const refused = await passkey.signInWithPasskey(gateway, authenticator, overrides);
    expect(errorCode(refused)).toBe('PASSKEY_REFUSED');
    expect(await count('session')).toBe(1);
  });

  it('refuses a signature by another key, a cloned counter, and an expired challenge', async () => {
    gateway = await startTestGateway();
    const { authenticator } = await philipWithPasskey();
    const impostor = passkey.authenticatorFor(gateway);
    const first = await passkey.startSignIn(gateway);
    const forged = {
      ...impostor.authenticate(first.options),
      id: authenticator.credentialId,
      rawId: authenticator.credentialId,
    };
    expect(errorCode(await passkey.completeSignIn(gateway, first.challengeId, forged))).toBe('PASSKEY_REFUSED');

    authenticator.signCount = 5;
    expect(errorCode(await passkey.signInWithPasskey(gateway, authenticator))).toBeUndefined();
    authenticator.signCount = 2; // a copy of the key that lags behind the real authenticator
    expect(errorCode(await passkey.signInWithPasskey(gateway, authenticator))).toBe('PASSKEY_REFUSED');

    const late = await passkey.startSignIn(gateway);
    gateway.clock.advance(gateway.config.passkeys.challengeValidityMs);
    expect(
      errorCode(await passkey.completeSignIn(gateway, late.challengeId, authenticator.authenticate(late.options))),
    ).toBe('CODE_EXPIRED');
  });

  it('counts refusals in the sign-in throttle: a locked account is RATE_LIMITED', async () => {
    gateway = await startTestGateway();
    const { authenticator } = await philipWithPasskey();
    const lockAfter = gateway.config.signIn.failuresBeforeAccountLock;
    for (let attempt = 0; attempt < lockAfter; attempt += 1) {
      await passkey.signInWithPasskey(gateway, authenticator, { origin: 'https://evil.example' });
    }
    const locked = await passkey.signInWithPasskey(gateway, authenticator);
    expect(errorCode(locked)).toBe('RATE_LIMITED');
  });

  it.each([
    ['a challenge id that is no UUID', 'not-a-uuid'],
    ['an unknown challenge id', '00000000-0000-4000-8000-000000000000'],
  ])('answers %s with a clear error', async (_case, challengeId) => {
    gateway = await startTestGateway();
    const answer = passkey.authenticatorFor(gateway).authenticate({ challenge: 'AAAA' });
    expect(['BAD_USER_INPUT', 'PASSKEY_REFUSED']).toContain(
      errorCode(await passkey.completeSignIn(gateway, challengeId, answer)),
    );
  });
});

describe("managing one's passkeys", () => {
  it('renames one, and answers another person’s passkey as absent', async () => {
    gateway = await startTestGateway();
    const { token, id } = await philipWithPasskey();
    const renamed = await gateway.graphql(passkey.renamePasskey, { id, name: '  Work laptop ' }, { token });
    expect(renamed.data).toEqual({ renamePasskey: { id, name: 'Work laptop' } });
    const mary = await gateway.signIn('mary.jones@example.com');
    for (const mutation of [passkey.renamePasskey, passkey.revokePasskey]) {
      const answered = await gateway.graphql(mutation, { id, name: 'Mine now' }, { token: mary });
      expect(errorCode(answered)).toBe('NOT_FOUND');
    }
    expect(
      errorCode(
        await gateway.graphql(passkey.revokePasskey, { id: '00000000-0000-4000-8000-000000000000' }, { token: mary }),
      ),
    ).toBe('NOT_FOUND');
    expect(await count('passkey')).toBe(1);
  });

  it.each([[''], ['   '], ['x'.repeat(65)], ['two\nlines']])('refuses the name %j', async (name) => {
    gateway = await startTestGateway();
    const { token, id } = await philipWithPasskey();
    expect(errorCode(await gateway.graphql(passkey.renamePasskey, { id, name }, { token }))).toBe('BAD_USER_INPUT');
  });
});

describe('account recovery with a passkey on the account', () => {
  it('does not change the mobile number from a reset link: the number on file must answer', async () => {
    gateway = await startTestGateway();
    await philipWithPasskey();
    await gateway.graphql('mutation($email: String!) { requestPasswordReset(email: $email) }', { email: philip });
    const mail = (await gateway.outbox()).find((message) => message.subject?.includes('Reset'));
    const resetToken = mail?.body.match(/token=([\w-]+)/)?.[1];
    const reset = await gateway.graphql<{ resetPassword: { accessToken: string } }>(
      'mutation($token: String!) { resetPassword(token: $token, newPassword: "NewSecret7") { accessToken } }',
      { token: resetToken },
    );
    const recovery = reset.data?.resetPassword.accessToken as string;
    const change = await gateway.graphql(
      'mutation { startMobileNumberChange(mobileNumber: "+32470999999") { challengeId } }',
      {},
      { token: recovery },
    );
    expect(errorCode(change)).toBe('NUMBER_ON_FILE_REQUIRED');
    expect((await gateway.outbox()).filter((message) => message.to === '+32470999999')).toEqual([]);
    // The way past the passkey: the new password and the code sent to the number on file.
    expect(await gateway.signIn(philip, 'NewSecret7')).toMatch(/^pxs_/);
  });
});
