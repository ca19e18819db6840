import { afterEach, describe, expect, it } from 'vitest';
import {
  preferenceOperations as operations,
  type PrivacyPreferences,
  type PurposeState,
  startTestGateway,
  stateSnapshot,
  type TestGateway,
} from '../../test-support/index.js';

const mary = 'mary.jones@example.com';
const philip = 'philip.smith@example.com';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function preferences(token: string, subjectId?: string) {
  const response = await gateway.graphql<{ privacyPreferences: PrivacyPreferences }>(
    operations.privacyPreferences,
    { subjectId },
    { token },
  );
  return response.data?.privacyPreferences as PrivacyPreferences;
}

function purpose(states: PurposeState[], key: string): PurposeState | undefined {
  return states.find((state) => state.purpose.key === key);
}

describe('the mission mutations', () => {
  it('starts from the legal basis: consent off, legitimate interest on, contract not switchable', async () => {
    gateway = await startTestGateway();
    const own = await preferences(await gateway.signIn(mary));
    expect(purpose(own.purposes, 'web-personalized-ads')).toMatchObject({ allowed: false, reason: 'DEFAULT' });
    expect(purpose(own.purposes, 'direct-marketing')).toMatchObject({ allowed: true, reason: 'DEFAULT' });
    expect(purpose(own.purposes, 'service-delivery')).toMatchObject({ allowed: true, reason: 'NOT_SWITCHABLE' });
    const line = own.subscriptions[0]?.purposes.map((state) => state.purpose.key).sort();
    expect(line).toEqual(['directory-assistance', 'directory-listing', 'location-reporting']);
  });

  it('grants and withdraws a consent, recording the text version shown', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const granted = await gateway.graphql<{ grantConsent: PurposeState }>(
      operations.grantConsent,
      { input: { purpose: 'ads-partner-profiling', textVersion: 1, language: 'fr' } },
      { token },
    );
    expect(granted.data?.grantConsent).toMatchObject({ allowed: true, reason: 'OWN_CHOICE', decidedOnTextVersion: 1 });
    const withdrawn = await gateway.graphql<{ withdrawConsent: PurposeState }>(
      operations.withdrawConsent,
      { input: { purpose: 'ads-partner-profiling' } },
      { token },
    );
    expect(withdrawn.data?.withdrawConsent).toMatchObject({ allowed: false, reason: 'OWN_CHOICE' });
    const events = await gateway.dataSource.query(
      "SELECT decision, text_version, language FROM preference_event WHERE purpose = 'ads-partner-profiling' ORDER BY sequence",
    );
    expect(events).toEqual([
      { decision: 'granted', text_version: 1, language: 'fr' },
      { decision: 'withdrawn', text_version: 1, language: 'en' },
    ]);
  });

  it('objects to marketing on one channel, then as a whole, and channels follow the whole', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const sms = await gateway.graphql<{ setMarketingObjection: PurposeState }>(
      operations.setMarketingObjection,
      { input: { objected: true, channel: 'sms' } },
      { token },
    );
    const channels = sms.data?.setMarketingObjection.channels ?? [];
    expect(sms.data?.setMarketingObjection.allowed).toBe(true);
    expect(channels.find((c) => c.channel === 'sms')).toEqual({ channel: 'sms', allowed: false, reason: 'OWN_CHOICE' });
    expect(channels.find((c) => c.channel === 'email')).toEqual({ channel: 'email', allowed: true, reason: 'DEFAULT' });
    const all = await gateway.graphql<{ setMarketingObjection: PurposeState }>(
      operations.setMarketingObjection,
      { input: { objected: true } },
      { token },
    );
    expect(all.data?.setMarketingObjection.channels.every((c) => !c.allowed)).toBe(true);
  });

  it.each([
    ['WEB_PROFILE', 'web-personalized-ads', true],
    ['ADS_PARTNER_SELECTION', 'ads-partner-selection', true],
    ['ADS_PARTNER_MEASUREMENT', 'ads-partner-measurement', true],
  ])('sets personalized ads %s (%s)', async (kind, key, enabled) => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const response = await gateway.graphql<{ setPersonalizedAds: PurposeState }>(
      operations.setPersonalizedAds,
      { input: { kind, enabled } },
      { token },
    );
    expect(response.data?.setPersonalizedAds).toMatchObject({ purpose: { key }, allowed: enabled });
  });

  it('sets TV recommendations per TV subscription and location reporting per mobile line', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(philip);
    const own = await preferences(token);
    const tv = own.subscriptions.find((s) => s.subscription.kind === 'TV')?.subscription.id;
    const recommendations = await gateway.graphql<{ setPersonalizedAds: PurposeState }>(
      operations.setPersonalizedAds,
      { input: { kind: 'TV_RECOMMENDATIONS', enabled: false, subjectId: tv } },
      { token },
    );
    expect(recommendations.data?.setPersonalizedAds).toMatchObject({ subjectId: tv, allowed: false });
    const line = await gateway.idOf('+32470000002');
    const location = await gateway.graphql<{ setLocationReportingOptOut: PurposeState }>(
      operations.setLocationReportingOptOut,
      { input: { optedOut: true, subjectId: line } },
      { token },
    );
    expect(location.data?.setLocationReportingOptOut).toMatchObject({ subjectId: line, allowed: false });
    const after = await preferences(token);
    const maryLine = after.subscriptions.find((s) => s.subscription.id === line);
    expect(purpose(maryLine?.purposes ?? [], 'location-reporting')).toMatchObject({
      allowed: false,
      reason: 'ADMINISTRATOR_CHOICE',
    });
  });

  it('lists a number in the directory with setPreference', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const line = await gateway.idOf('+32470000002');
    const response = await gateway.graphql<{ setPreference: PurposeState }>(
      operations.setPreference,
      { input: { purpose: 'directory-listing', allowed: true, subjectId: line } },
      { token },
    );
    expect(response.data?.setPreference).toMatchObject({ allowed: true, reason: 'OWN_CHOICE' });
  });

  it('writes nothing when the choice is already in force', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    await gateway.graphql(operations.setMarketingObjection, { input: { objected: true } }, { token });
    const before = await stateSnapshot(gateway.dataSource);
    await gateway.graphql(operations.setMarketingObjection, { input: { objected: true } }, { token });
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
  });
});

describe('bad input', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['an unknown purpose', operations.grantConsent, { purpose: 'telepathy' }, 'BAD_USER_INPUT'],
    ['a purpose without consent', operations.grantConsent, { purpose: 'direct-marketing' }, 'BAD_USER_INPUT'],
    [
      'a non-switchable purpose',
      operations.setPreference,
      { purpose: 'service-delivery', allowed: false },
      'BAD_USER_INPUT',
    ],
    ['a line purpose on a person', operations.setLocationReportingOptOut, { optedOut: true }, 'BAD_USER_INPUT'],
    [
      'a TV purpose on a mobile line',
      operations.setPersonalizedAds,
      { kind: 'TV_ADS', enabled: false, subjectId: '+32470000002' },
      'BAD_USER_INPUT',
    ],
    [
      'a line of another account',
      operations.setLocationReportingOptOut,
      { optedOut: true, subjectId: '+32470000011' },
      'NOT_FOUND',
    ],
    [
      'a channel on a purpose without channels',
      operations.setPreference,
      { purpose: 'loyalty-email', allowed: false, channel: 'email' },
      'BAD_USER_INPUT',
    ],
    ['an unknown channel', operations.setMarketingObjection, { objected: true, channel: 'pigeon' }, 'BAD_USER_INPUT'],
    [
      'an unknown text version',
      operations.grantConsent,
      { purpose: 'testimonials', textVersion: 99 },
      'BAD_USER_INPUT',
    ],
    [
      'a phone collection by a person',
      operations.grantConsent,
      { purpose: 'testimonials', collectionChannel: 'PHONE' },
      'BAD_USER_INPUT',
    ],
    [
      'an idempotency key of 201 characters',
      operations.grantConsent,
      { purpose: 'testimonials', idempotencyKey: 'k'.repeat(201) },
      'BAD_USER_INPUT',
    ],
    ['a missing field', operations.grantConsent, {}, 'BAD_USER_INPUT'],
    [
      'a malformed subject id',
      operations.grantConsent,
      { purpose: 'testimonials', subjectId: 'nope' },
      'BAD_USER_INPUT',
    ],
  ];

  it.each(cases)('refuses %s with %s and writes nothing', async (_name, query, input, code) => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const subjectId = input.subjectId as string | undefined;
    const resolved = subjectId?.startsWith('+') ? { ...input, subjectId: await gateway.idOf(subjectId) } : input;
    const before = await stateSnapshot(gateway.dataSource);
    const response = await gateway.graphql(query, { input: resolved }, { token });
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
  });
});

describe('idempotency keys', () => {
  it('returns the first result for a retry and writes one event', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const input = { purpose: 'testimonials', idempotencyKey: 'retry-1' };
    const first = await gateway.graphql(operations.grantConsent, { input }, { token });
    await gateway.graphql(operations.withdrawConsent, { input: { purpose: 'testimonials' } }, { token });
    const retry = await gateway.graphql(operations.grantConsent, { input }, { token });
    expect(retry.data).toEqual(first.data);
    const events = await gateway.dataSource.query(
      "SELECT decision FROM preference_event WHERE purpose = 'testimonials'",
    );
    expect(events).toEqual([{ decision: 'granted' }, { decision: 'withdrawn' }]);
  });

  it('refuses the same key with another input with CONFLICT and writes nothing', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    await gateway.graphql(
      operations.grantConsent,
      { input: { purpose: 'testimonials', idempotencyKey: 'k' } },
      { token },
    );
    const before = await stateSnapshot(gateway.dataSource);
    const other = await gateway.graphql(
      operations.grantConsent,
      { input: { purpose: 'web-personalized-ads', idempotencyKey: 'k' } },
      { token },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
  });

  it('keeps keys apart per person', async () => {
    gateway = await startTestGateway();
    const input = { purpose: 'testimonials', idempotencyKey: 'same' };
    await gateway.graphql(operations.grantConsent, { input }, { token: await gateway.signIn(mary) });
    const philipAnswer = await gateway.graphql(
      operations.grantConsent,
      { input },
      { token: await gateway.signIn(philip) },
    );
    expect(philipAnswer.errors).toBeUndefined();
    const [row] = await gateway.dataSource.query('SELECT count(*)::int AS events FROM preference_event');
    expect(row.events).toBe(2);
  });
});

describe('non-customers', () => {
  it('lets an agent record the objection of a person known only by e-mail, once per address', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('agent@example.com');
    const first = await gateway.graphql<{ recordNonCustomerObjection: PurposeState }>(
      operations.recordNonCustomerObjection,
      { input: { email: 'Visitor@Example.org' } },
      { token },
    );
    expect(first.data?.recordNonCustomerObjection).toMatchObject({ allowed: false, reason: 'AGENT_RECORDED' });
    const second = await gateway.graphql<{ recordNonCustomerObjection: PurposeState }>(
      operations.recordNonCustomerObjection,
      { input: { email: 'visitor@example.org', channel: 'phone' } },
      { token },
    );
    expect(second.data?.recordNonCustomerObjection.subjectId).toBe(first.data?.recordNonCustomerObjection.subjectId);
    const contact = await preferences(token, first.data?.recordNonCustomerObjection.subjectId);
    expect(contact.subjectKind).toBe('CONTACT');
    expect(contact.purposes.map((state) => state.purpose.key)).toEqual(['direct-marketing']);
  });

  it.each([
    ['no address', {}, 'BAD_USER_INPUT'],
    ['a foreign number', { phoneNumber: '+33612345678' }, 'BAD_USER_INPUT'],
    ['a malformed e-mail', { email: 'not-an-address' }, 'BAD_USER_INPUT'],
  ])('refuses %s and writes nothing', async (_name, input, code) => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('agent@example.com');
    const before = await stateSnapshot(gateway.dataSource);
    const response = await gateway.graphql(operations.recordNonCustomerObjection, { input }, { token });
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
  });

  it('is for agents only', async () => {
    gateway = await startTestGateway();
    const response = await gateway.graphql(
      operations.recordNonCustomerObjection,
      { input: { email: 'visitor@example.org' } },
      { token: await gateway.signIn(mary) },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('history', () => {
  it('pages through the changes newest first without gaps or repeats', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    for (let index = 0; index < 25; index++) {
      gateway.clock.advanceMinutes(1);
      await gateway.graphql(operations.setMarketingObjection, { input: { objected: index % 2 === 0 } }, { token });
    }
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response: {
        data?: {
          preferenceHistory: {
            edges: { node: { sequence: number } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await gateway.graphql(operations.preferenceHistory, { first: 10, after }, { token });
      const connection = response.data?.preferenceHistory;
      seen.push(...(connection?.edges.map((edge) => edge.node.sequence) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, index) => 25 - index));
  });

  it('refuses a cursor it did not give', async () => {
    gateway = await startTestGateway();
    const response = await gateway.graphql(
      operations.preferenceHistory,
      { after: 'bogus' },
      { token: await gateway.signIn(mary) },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
