import { afterEach, describe, expect, it } from 'vitest';
import {
  latestCode,
  type MeAnswer,
  operations,
  type SignInChallenge,
  startTestGateway,
  startWebhookReceiver,
  stateSnapshot,
  type TestGateway,
} from '../../test-support/index.js';
import { loadConfig } from '../common/config.js';

const philip = 'philip.smith@example.com';
const password = 'Privacy2026';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function start(email = philip, withPassword = password) {
  return gateway.graphql<{ startSignIn: SignInChallenge }>(operations.startSignIn, { email, password: withPassword });
}

async function startOk(email = philip): Promise<SignInChallenge> {
  const started = await start(email);
  if (!started.data) throw new Error(JSON.stringify(started.errors));
  return started.data.startSignIn;
}

async function complete(challengeId: string, code: string) {
  return gateway.graphql<{ completeSignIn: { accessToken: string } }>(operations.completeSignIn, { challengeId, code });
}

function otherCode(code: string): string {
  return code === '000000' ? '000001' : '000000';
}

function errorCode(response: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

describe('signing in with e-mail, password and an SMS code', () => {
  it('sends a 6-digit code by SMS from 8883 to the Belgian number, shown masked', async () => {
    gateway = await startTestGateway();
    const challenge = await startOk();
    expect(challenge.maskedPhone).toBe('+32 470 ** ** 01');
    expect(new Date(challenge.expiresAt).getTime() - gateway.clock.now().getTime()).toBe(15 * 60_000);
    const [sms] = await gateway.outbox();
    expect(sms).toMatchObject({ channel: 'sms', from: '8883', to: '+32470000001' });
    expect(sms?.body).toMatch(/\b\d{6}\b/);
  });

  it('opens a session with the code, and `me` names the person and their role', async () => {
    gateway = await startTestGateway();
    const challenge = await startOk();
    const completed = await gateway.graphql<{ completeSignIn: { accessToken: string; scope: string } }>(
      operations.completeSignIn,
      { challengeId: challenge.challengeId, code: latestCode(await gateway.outbox()) },
    );
    const token = completed.data?.completeSignIn.accessToken as string;
    expect(completed.data?.completeSignIn.scope).toBe('FULL');
    const me = await gateway.graphql<MeAnswer>(operations.me, {}, { token });
    expect(me.data?.me).toMatchObject({ email: philip, role: 'ADMINISTRATOR', maskedMobileNumber: '+32 470 ** ** 01' });
  });

  it('stores neither the code nor the token, only their hashes, and passwords as argon2id', async () => {
    gateway = await startTestGateway();
    const challenge = await startOk();
    const code = latestCode(await gateway.outbox());
    const token = (await complete(challenge.challengeId, code)).data?.completeSignIn.accessToken as string;
    const [stored] = await gateway.dataSource.query('SELECT code_hash FROM sms_challenge WHERE id = $1', [
      challenge.challengeId,
    ]);
    expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.code_hash).not.toContain(code);
    const sessions = await gateway.dataSource.query('SELECT token_hash FROM session');
    expect(JSON.stringify(sessions)).not.toContain(token.slice(4));
    expect(token).toMatch(/^pxs_[A-Za-z0-9_-]{43}$/); // 256 random bits
    const [person] = await gateway.dataSource.query('SELECT password_hash FROM person WHERE email_index = $1', [
      gateway.vault.index(philip),
    ]);
    expect(person.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("hands the SMS to the operator's messaging platform when one is configured (production)", async () => {
    const platform = await startWebhookReceiver();
    try {
      gateway = await startTestGateway({ messagingUrl: platform.url });
      await startOk();
      expect(await gateway.outbox()).toEqual([]);
      expect(JSON.parse(platform.received[0]?.body ?? '{}')).toMatchObject({
        channel: 'sms',
        from: '8883',
        to: '+32470000001',
        body: expect.stringMatching(/\b\d{6}\b/),
      });
    } finally {
      await platform.stop();
    }
  });

  it('gives each challenge its own code', async () => {
    gateway = await startTestGateway();
    const first = await startOk();
    const firstCode = latestCode(await gateway.outbox());
    const second = await startOk();
    const secondCode = latestCode(await gateway.outbox());
    // The first code does not open the second challenge unless, by chance, both codes are equal.
    if (firstCode !== secondCode) expect(errorCode(await complete(second.challengeId, firstCode))).toBe('CODE_INVALID');
    expect((await complete(first.challengeId, firstCode)).data?.completeSignIn.accessToken).toBeTruthy();
  });
});

interface FailureCase {
  name: string;
  code: string;
  /** Brings the gateway to the state just before the refused request; returns that request. */
  arrange: () => Promise<() => Promise<{ errors?: { extensions?: { code?: string } }[] }>>;
}

const failures: FailureCase[] = [
  {
    name: 'an unknown e-mail address',
    code: 'INVALID_CREDENTIALS',
    arrange: async () => () => start('nobody@example.com'),
  },
  {
    name: 'a wrong password',
    code: 'INVALID_CREDENTIALS',
    arrange: async () => () => start(philip, 'Privacy2025'),
  },
  {
    name: 'a wrong code',
    code: 'CODE_INVALID',
    arrange: async () => {
      const challenge = await startOk();
      const code = latestCode(await gateway.outbox());
      return () => complete(challenge.challengeId, otherCode(code));
    },
  },
  {
    name: 'an expired code',
    code: 'CODE_EXPIRED',
    arrange: async () => {
      const challenge = await startOk();
      const code = latestCode(await gateway.outbox());
      gateway.clock.advanceMinutes(15);
      return () => complete(challenge.challengeId, code);
    },
  },
  {
    name: 'a code used a second time',
    code: 'CODE_INVALID',
    arrange: async () => {
      const challenge = await startOk();
      const code = latestCode(await gateway.outbox());
      await complete(challenge.challengeId, code);
      return () => complete(challenge.challengeId, code);
    },
  },
  {
    name: 'the right code on a challenge locked by 5 wrong codes',
    code: 'CODE_LOCKED',
    arrange: async () => {
      const challenge = await startOk();
      const code = latestCode(await gateway.outbox());
      for (let attempt = 0; attempt < 5; attempt++) await complete(challenge.challengeId, otherCode(code));
      return () => complete(challenge.challengeId, code);
    },
  },
  {
    name: 'the right password on an account locked by 20 failures',
    code: 'RATE_LIMITED',
    arrange: async () => {
      for (let attempt = 0; attempt < 20; attempt++) await start(philip, 'wrong password 1');
      return () => start();
    },
  },
  {
    name: 'a sixth code to the same number within the hour',
    code: 'RATE_LIMITED',
    arrange: async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        await startOk();
        gateway.clock.advanceMinutes(10);
      }
      return () => start();
    },
  },
  {
    name: 'a challenge id that does not exist',
    code: 'CODE_INVALID',
    arrange: async () => () => complete('8a6e0804-2bd0-4672-b79a-d5e5a9c9c1a4', '123456'),
  },
];

describe('refused sign-ins', () => {
  it.each(failures)('refuses $name with $code and changes nothing else', async ({ code, arrange }) => {
    gateway = await startTestGateway();
    const act = await arrange();
    const before = await stateSnapshot(gateway.dataSource);
    const response = await act();
    expect(errorCode(response)).toBe(code);
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
  });
});

describe('attempt limits', () => {
  it('tells how many attempts are left, and the fifth wrong code answers CODE_LOCKED', async () => {
    gateway = await startTestGateway();
    const challenge = await startOk();
    const wrong = otherCode(latestCode(await gateway.outbox()));
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt++)
      answers.push((await complete(challenge.challengeId, wrong)).errors?.[0]);
    expect(answers.map((error) => error?.extensions?.code)).toEqual([
      'CODE_INVALID',
      'CODE_INVALID',
      'CODE_INVALID',
      'CODE_INVALID',
      'CODE_LOCKED',
    ]);
    expect(answers.slice(0, 4).map((error) => error?.extensions?.attemptsLeft)).toEqual([4, 3, 2, 1]);
  });

  it('counts failures across new codes: asking for a new code does not reset the count', async () => {
    gateway = await startTestGateway();
    for (let attempt = 0; attempt < 19; attempt++) await start(philip, 'wrong password 1');
    const challenge = await startOk();
    const code = latestCode(await gateway.outbox());
    expect(errorCode(await complete(challenge.challengeId, otherCode(code)))).toBe('CODE_INVALID');
    expect(errorCode(await complete(challenge.challengeId, code))).toBe('RATE_LIMITED');
  });

  it('lets the account in again after the cool-down, and a completed sign-in clears the count', async () => {
    gateway = await startTestGateway();
    for (let attempt = 0; attempt < 20; attempt++) await start(philip, 'wrong password 1');
    const locked = await start();
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBe(30 * 60);
    gateway.clock.advanceMinutes(30);
    const token = await gateway.signIn(philip);
    expect(token).toMatch(/^pxs_/);
    for (let attempt = 0; attempt < 19; attempt++) await start(philip, 'wrong password 1');
    expect((await start()).data?.startSignIn.maskedPhone).toBe('+32 470 ** ** 01');
  });

  it('locks an unknown address exactly like a known one, so the lock reveals nothing', async () => {
    gateway = await startTestGateway();
    const unknown = [];
    const known = [];
    for (let attempt = 0; attempt < 21; attempt++) {
      unknown.push(errorCode(await start('nobody@example.com', 'wrong password 1')));
      known.push(errorCode(await start(philip, 'wrong password 1')));
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toBe('RATE_LIMITED');
  });

  it('sends codes to a number again an hour after the oldest of the last five', async () => {
    gateway = await startTestGateway();
    for (let attempt = 0; attempt < 5; attempt++) await startOk();
    expect(errorCode(await start())).toBe('RATE_LIMITED');
    gateway.clock.advanceMinutes(60);
    expect((await start()).data?.startSignIn).toBeTruthy();
  });
});

describe('sessions', () => {
  it('stops working at once after signOut', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(philip);
    expect((await gateway.graphql(operations.signOut, {}, { token })).data).toEqual({ signOut: true });
    expect(errorCode(await gateway.graphql(operations.me, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('ends after 30 minutes without a request, and activity keeps it open', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(philip);
    gateway.clock.advanceMinutes(29);
    expect((await gateway.graphql(operations.me, {}, { token })).data).toBeTruthy();
    gateway.clock.advanceMinutes(29);
    expect((await gateway.graphql(operations.me, {}, { token })).data).toBeTruthy();
    gateway.clock.advanceMinutes(30);
    const expired = await gateway.graphql(operations.me, {}, { token });
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    expect(expired.errors?.[0]?.message).toMatch(/session has ended/);
  });

  it('ends 24 hours after sign-in whatever the activity', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(philip);
    for (let step = 0; step < 49; step++) {
      gateway.clock.advanceMinutes(29);
      expect((await gateway.graphql(operations.me, {}, { token })).data).toBeTruthy();
    }
    gateway.clock.advanceMinutes(20); // 24 h 01 min after sign-in, 20 min after the last request
    expect(errorCode(await gateway.graphql(operations.me, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['no token', undefined],
    ['an unknown token', 'pxs_unknown'],
  ])('refuses `me` with %s as UNAUTHENTICATED', async (_name, token) => {
    gateway = await startTestGateway();
    expect(errorCode(await gateway.graphql(operations.me, {}, token ? { token } : {}))).toBe('UNAUTHENTICATED');
  });
});

describe('anonymous hashing work', () => {
  it('is limited per client address, across every gateway on the database, with retryAfterSeconds', async () => {
    const defaults = loadConfig({ NODE_ENV: 'test' });
    gateway = await startTestGateway({ signIn: { ...defaults.signIn, hashingPerAddressPerMinute: 3 } });
    const other = await startTestGateway(
      { signIn: { ...defaults.signIn, hashingPerAddressPerMinute: 3 } },
      { sameDatabaseAs: gateway },
    );
    try {
      const attempt = (on: TestGateway, email: string) =>
        on.graphql(operations.startSignIn, { email, password: 'wrong-password-1' });
      for (const email of ['a@example.org', 'b@example.org']) {
        expect((await attempt(gateway, email)).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
      }
      expect((await attempt(other, 'c@example.org')).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
      const limited = await attempt(other, 'd@example.org');
      expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      const reset = await gateway.graphql(
        'mutation { resetPassword(token: "pxr_bogus", newPassword: "NewSecret7") { accessToken } }',
      );
      expect(reset.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await other.stop();
    }
  });
});
