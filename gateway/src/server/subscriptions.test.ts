import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  type LiveClient,
  openLiveClient,
  preferenceOperations as operations,
  startTestGateway,
  type TestGateway,
} from '../../test-support/index.js';
import { loadConfig } from '../common/config.js';

let gateway: TestGateway;
const clients: LiveClient[] = [];

beforeAll(async () => {
  // Each test signs in afresh: lift the SMS limit per number (it has its own test).
  const { signIn } = loadConfig({ NODE_ENV: 'test' });
  gateway = await startTestGateway({
    signIn: { ...signIn, smsPerNumberPerHour: 1_000, hashingPerAddressPerMinute: 1_000, hashingPerSecond: 1_000 },
  });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.stop()));
  await gateway.stop();
});

function live(token: string | undefined): LiveClient {
  const client = openLiveClient(gateway.url, token);
  clients.push(client);
  return client;
}

interface PreferencesMessage {
  myPreferencesChanged: {
    subjectId: string;
    purposes: { allowed: boolean; purpose: { key: string } }[];
    subscriptions: { subscription: { id: string }; purposes: { allowed: boolean; purpose: { key: string } }[] }[];
  };
}

const preferencesChanged = `subscription {
  myPreferencesChanged { subjectId purposes { allowed purpose { key } } subscriptions { subscription { id } purposes { allowed purpose { key } } } }
}`;
const progress = `subscription($eventId: ID!) {
  propagationProgress(eventId: $eventId) { systemKey acknowledgedAt attempts }
}`;

function allowed(message: { data?: PreferencesMessage | null }, purpose: string): boolean | undefined {
  return message.data?.myPreferencesChanged.purposes.find((state) => state.purpose.key === purpose)?.allowed;
}

async function consent(token: string, purpose: string, granted: boolean): Promise<string> {
  const answer = await gateway.graphql<Record<string, { lastEventId: string }>>(
    granted ? operations.grantConsent : operations.withdrawConsent,
    { input: { purpose, textVersion: 1, language: 'en' } },
    { token },
  );
  const state = Object.values(answer.data ?? {})[0];
  if (!state) throw new Error(`The consent was refused: ${JSON.stringify(answer.errors)}`);
  return state.lastEventId;
}

describe('officeQueueChanged', () => {
  it('tells the office at once and after a request is filed anywhere, and nobody else', async () => {
    const dpo = await gateway.signIn('dpo@example.com');
    const office = live(dpo).subscribe<{ officeQueueChanged: boolean }>('subscription { officeQueueChanged }');
    expect((await office.next()).data).toEqual({ officeQueueChanged: true });
    const customer = live(await gateway.signIn('tracy.smith@example.com')).subscribe(
      'subscription { officeQueueChanged }',
    );
    expect((await customer.next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const filed = await gateway.graphql(
      'mutation { requestDataAccess(input: {}) { id } }',
      {},
      {
        token: await gateway.signIn('mary.jones@example.com'),
      },
    );
    expect(filed.errors).toBeUndefined();
    expect((await office.next(1_000)).data).toEqual({ officeQueueChanged: true });
  });
});

describe('myPreferencesChanged', () => {
  it('sends the current choices at once, then a change made through another session within 1 s', async () => {
    const watching = await gateway.signIn('mary.jones@example.com');
    const changing = await gateway.signIn('mary.jones@example.com');
    const messages = live(watching).subscribe<PreferencesMessage>(preferencesChanged);
    const first = await messages.next();
    expect(allowed(first, 'testimonials')).toBe(false);

    await consent(changing, 'testimonials', true);

    const changed = await messages.next(1_000);
    expect(changed.errors).toBeUndefined();
    expect(allowed(changed, 'testimonials')).toBe(true);
    await consent(changing, 'testimonials', false);
    expect(allowed(await messages.next(1_000), 'testimonials')).toBe(false);
  });

  it("never tells a person of another person's change", async () => {
    const tracy = await gateway.signIn('tracy.smith@example.com');
    const mary = await gateway.signIn('mary.jones@example.com');
    const tracysMessages = live(tracy).subscribe<PreferencesMessage>(preferencesChanged);
    const marysMessages = live(mary).subscribe<PreferencesMessage>(preferencesChanged);
    await Promise.all([tracysMessages.next(), marysMessages.next()]);

    await consent(mary, 'ads-partner-profiling', true);
    // Mary heard of it: the gateway has told everyone it was going to tell.
    expect(allowed(await marysMessages.next(), 'ads-partner-profiling')).toBe(true);
    await consent(tracy, 'testimonials', true);

    // Tracy's next message is her own change, and nothing else waits.
    const tracysNext = await tracysMessages.next();
    expect(tracysNext.data?.myPreferencesChanged.subjectId).toBe(await gateway.idOf('tracy.smith@example.com'));
    expect(allowed(tracysNext, 'testimonials')).toBe(true);
    expect(allowed(tracysNext, 'ads-partner-profiling')).toBe(false);
    expect(tracysMessages.unread()).toBe(0);
  });

  it('tells the administrator of an account of a change on a line they administer', async () => {
    const philip = await gateway.signIn('philip.smith@example.com');
    const mary = await gateway.signIn('mary.jones@example.com');
    const line = await gateway.idOf('+32470000002');
    const messages = live(philip).subscribe<PreferencesMessage>(preferencesChanged);
    await messages.next();

    const answer = await gateway.graphql(
      operations.setLocationReportingOptOut,
      { input: { subjectId: line, optedOut: true, textVersion: 1, language: 'en' } },
      { token: mary },
    );
    expect(answer.errors).toBeUndefined();

    const changed = await messages.next(1_000);
    const ofLine = changed.data?.myPreferencesChanged.subscriptions.find((entry) => entry.subscription.id === line);
    expect(ofLine?.purposes.find((state) => state.purpose.key === 'location-reporting')?.allowed).toBe(false);
  });
});

describe('propagationProgress', () => {
  it("answers for another person's change word for word as for an absent one, then ends", async () => {
    const mary = await gateway.signIn('mary.jones@example.com');
    const tracy = await gateway.signIn('tracy.smith@example.com');
    const marysEvent = await consent(mary, 'ads-partner-profiling', false);
    const client = live(tracy);

    const notYours = client.subscribe(progress, { eventId: marysEvent });
    const absent = client.subscribe(progress, { eventId: '00000000-0000-4000-8000-000000000000' });
    const [notYoursAnswer, absentAnswer] = await Promise.all([notYours.next(), absent.next()]);

    expect(notYoursAnswer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(notYoursAnswer).toEqual(absentAnswer);
    expect(await notYours.ended).toEqual({});
    expect(await absent.ended).toEqual({});
  });

  it("sends the owner each system's delivery of their change as the relay records it", async () => {
    const dpo = await gateway.signIn('dpo@example.com');
    const registered = await gateway.graphql(
      'mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }',
      {
        input: { key: 'live-crm', name: 'Live CRM', purposes: ['testimonials'], webhookUrl: 'http://127.0.0.1:9/gone' },
      },
      { token: dpo },
    );
    expect(registered.errors).toBeUndefined();
    // Chris has no earlier change the new system would receive first (per subject, in order).
    const chris = await gateway.signIn('chris.maes@example.com');
    const eventId = await consent(chris, 'testimonials', true);
    const messages = live(chris).subscribe<{ propagationProgress: { systemKey: string; attempts: number }[] }>(
      progress,
      { eventId },
    );
    expect((await messages.next()).data?.propagationProgress).toEqual([]);

    // Nobody listens on port 9: the attempt fails and is recorded, and the subscriber hears of it.
    await gateway.relay.runOnce();

    const attempted = await messages.next(1_000);
    expect(attempted.data?.propagationProgress).toEqual([
      expect.objectContaining({ systemKey: 'live-crm', attempts: 1 }),
    ]);
  });
});

describe('the WebSocket', () => {
  it.each([
    ['no token', undefined, 'UNAUTHENTICATED: Sign in to continue.'],
    ['an unknown token', 'pxs_not-a-session', 'UNAUTHENTICATED: Your session has ended. Sign in again.'],
  ])('refuses a connection with %s with close code 4401', async (_case, token, reason) => {
    const client = live(token);
    expect(await client.closed()).toEqual({ code: 4401, reason });
  });

  it('closes the sockets of a session that signed out, with 4401', async () => {
    const token = await gateway.signIn('mary.jones@example.com');
    const client = live(token);
    const messages = client.subscribe(preferencesChanged);
    await messages.next();

    const signedOut = await gateway.graphql('mutation { signOut }', {}, { token });
    expect(signedOut.errors).toBeUndefined();

    expect(await client.closed()).toEqual({
      code: 4401,
      reason: 'UNAUTHENTICATED: Your session has ended. Sign in again.',
    });
    const again = live(token);
    expect((await again.closed()).code).toBe(4401);
  });

  it('refuses the upgrade from a page whose origin is not allowed', async () => {
    const socket = new WebSocket(`${gateway.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      origin: 'https://elsewhere.example',
    });
    const refusal = await new Promise<string>((resolve) => {
      socket.on('error', (error) => resolve(error.message));
      socket.on('open', () => resolve('opened'));
    });
    expect(refusal).toBe('Unexpected server response: 403');
  });

  it.each([
    ['a query', '{ me { id } }', 'BAD_REQUEST'],
    [
      'more aliases than HTTP allows',
      `subscription { myPreferencesChanged { ${Array.from({ length: 16 }, (_, index) => `a${index}: __typename`).join(' ')} } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an id that is no UUID',
      'subscription { propagationProgress(eventId: "1 OR 1=1") { systemKey } }',
      'BAD_USER_INPUT',
    ],
  ])('refuses %s with %s', async (_case, query, code) => {
    const token = await gateway.signIn('mary.jones@example.com');
    const refused = live(token).subscribe(query);
    const { error } = await refused.ended;
    expect((error as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe(code);
  });

  it('refuses a subscription beyond the limit per connection and keeps the others', async () => {
    const token = await gateway.signIn('mary.jones@example.com');
    const client = live(token);
    const allowedOnes = Array.from({ length: gateway.config.subscriptions.maxPerConnection }, () =>
      client.subscribe<PreferencesMessage>(preferencesChanged),
    );
    const [kept] = allowedOnes;
    if (!kept) throw new Error('No subscription was allowed');
    await Promise.all(allowedOnes.map((subscription) => subscription.next()));

    const { error } = await client.subscribe(preferencesChanged).ended;

    expect((error as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const before = await gateway.graphql<{ privacyPreferences: PreferencesMessage['myPreferencesChanged'] }>(
      operations.privacyPreferences,
      {},
      { token },
    );
    const granted = !before.data?.privacyPreferences.purposes.find((state) => state.purpose.key === 'testimonials')
      ?.allowed;
    await consent(token, 'testimonials', granted);
    expect(allowed(await kept.next(1_000), 'testimonials')).toBe(granted);
  });
});
