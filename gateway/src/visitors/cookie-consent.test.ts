import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startTestGateway,
  startWebhookReceiver,
  type TestGateway,
  type WebhookReceiver,
} from '../../test-support/index.js';

const categories = `categories { purpose { key title textVersion } allowed reason decidedOnTextVersion lastEventId }`;
const answer = `mutation($input: CookieConsentInput!) {
  setCookieConsent(input: $input) { subjectId needsAnswer answeredAt validUntil ${categories} }
}`;
const read = `query($visitorId: String!, $lang: Language!) {
  cookieConsent(visitorId: $visitorId, lang: $lang) { subjectId needsAnswer answeredAt validUntil ${categories} }
}`;
const receipt = `query($visitorId: String!, $eventId: ID!) { cookieConsentReceipt(visitorId: $visitorId, eventId: $eventId) }`;

interface Category {
  purpose: { key: string; title: string; textVersion: number };
  allowed: boolean;
  reason: string;
  decidedOnTextVersion: number | null;
  lastEventId: string | null;
}
interface Consent {
  subjectId: string;
  needsAnswer: boolean;
  answeredAt: string | null;
  validUntil: string | null;
  categories: Category[];
}

let gateway: TestGateway;
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.stop();
  receiver = undefined;
  await gateway?.stop();
});

const site = 'www.proximus.be';
function choices(preferences: boolean, statistics: boolean, marketing: boolean) {
  return [
    { purpose: 'cookie-preferences', allowed: preferences, textVersion: 1 },
    { purpose: 'cookie-statistics', allowed: statistics, textVersion: 1 },
    { purpose: 'cookie-marketing', allowed: marketing, textVersion: 1 },
  ];
}
function input(visitorId: string, overrides: Record<string, unknown> = {}) {
  return { visitorId, site, language: 'fr', method: 'REFUSE_ALL', choices: choices(false, false, false), ...overrides };
}

async function choose(variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  return gateway.graphql<{ setCookieConsent: Consent }>(answer, { input: variables }, { headers });
}
async function consentOf(visitorId: string, lang = 'en'): Promise<Consent> {
  const response = await gateway.graphql<{ cookieConsent: Consent }>(read, { visitorId, lang });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.cookieConsent;
}
const byKey = (consent: Consent, key: string) => consent.categories.find((category) => category.purpose.key === key);

async function ledgerOf(subjectId: string) {
  return gateway.dataSource.query(
    `SELECT purpose, decision, actor_kind, actor_id, collection_channel, text_version, language, site, subject_kind, sequence
     FROM preference_event WHERE subject_id = $1 ORDER BY sequence`,
    [subjectId],
  );
}

describe('a visitor who is not signed in', () => {
  it('refuses every category: one ledger event each, anonymous, on the web, with the text, language and site', async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    const response = await choose(input(visitorId));
    const consent = response.data?.setCookieConsent as Consent;
    expect(consent.needsAnswer).toBe(false);
    expect(consent.categories.map((category) => [category.purpose.key, category.allowed])).toEqual([
      ['cookie-necessary', true],
      ['cookie-preferences', false],
      ['cookie-statistics', false],
      ['cookie-marketing', false],
    ]);
    expect(consent.subjectId).not.toBe(visitorId);
    expect(await ledgerOf(consent.subjectId)).toEqual(
      ['cookie-preferences', 'cookie-statistics', 'cookie-marketing'].map((purpose, index) => ({
        purpose,
        decision: 'withdrawn',
        actor_kind: 'subject',
        actor_id: null,
        collection_channel: 'web',
        text_version: 1,
        language: 'fr',
        site,
        subject_kind: 'visitor',
        sequence: index + 1,
      })),
    );
    expect(await consentOf(visitorId)).toMatchObject({ subjectId: consent.subjectId, needsAnswer: false });
  });

  it('chooses per category and downloads the receipt of a choice, with the text shown and the site', async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    await choose(input(visitorId, { method: 'CUSTOM', choices: choices(false, true, false), language: 'nl' }));
    const statistics = byKey(await consentOf(visitorId, 'nl'), 'cookie-statistics') as Category;
    expect(statistics).toMatchObject({ allowed: true, reason: 'OWN_CHOICE', decidedOnTextVersion: 1 });
    const response = await gateway.graphql<{ cookieConsentReceipt: Record<string, unknown> }>(receipt, {
      visitorId,
      eventId: statistics.lastEventId,
    });
    expect(response.data?.cookieConsentReceipt).toMatchObject({
      recordId: statistics.lastEventId,
      subject: { kind: 'visitor' },
      purpose: { key: 'cookie-statistics', title: 'Statistische cookies', textVersion: 1, language: 'nl' },
      site,
      decision: 'granted',
      collectionMethod: 'web',
      actor: { kind: 'subject', id: null },
    });
  });

  it('does not show the receipt of one visitor to another', async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    const consent = (await choose(input(visitorId))).data?.setCookieConsent as Consent;
    const eventId = byKey(consent, 'cookie-marketing')?.lastEventId;
    const response = await gateway.graphql(receipt, { visitorId: randomUUID(), eventId });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('withdraws as easily as it gave: one answer, one event per changed category', async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    const given = (await choose(input(visitorId, { method: 'ACCEPT_ALL', choices: choices(true, true, true) }))).data
      ?.setCookieConsent as Consent;
    await choose(input(visitorId, { method: 'CUSTOM', choices: choices(true, true, false) }));
    const events = await ledgerOf(given.subjectId);
    expect(events.map((event: { purpose: string; decision: string }) => `${event.purpose} ${event.decision}`)).toEqual([
      'cookie-preferences granted',
      'cookie-statistics granted',
      'cookie-marketing granted',
      'cookie-marketing withdrawn',
    ]);
  });
});

describe('what a visitor may send', () => {
  it.each([
    ['not a UUID', 'visitor-1', {}, 'visitorId'],
    ['an empty id', '', {}, 'visitorId'],
    ['a time-based UUID, not a random one', 'c232ab00-9414-11ec-b3c8-9f6bdeced846', {}, 'visitorId'],
    ['SQL in the id', "' OR 1=1 --", {}, 'visitorId'],
    ['a site that is no host name', randomUUID(), { site: 'https://evil.example/<script>' }, 'site'],
    [
      'a purpose that is no cookie category',
      randomUUID(),
      {
        method: 'CUSTOM',
        choices: [...choices(false, false, false), { purpose: 'web-personalized-ads', allowed: false, textVersion: 1 }],
      },
      'choices',
    ],
    ['a category missing', randomUUID(), { choices: choices(false, false, false).slice(1) }, 'choices'],
    [
      'a category twice',
      randomUUID(),
      { choices: [...choices(false, false, false), choices(false, false, false)[0]] },
      'choices',
    ],
    [
      'a text version never published',
      randomUUID(),
      { choices: choices(false, false, false).map((c) => ({ ...c, textVersion: 9 })) },
      'choices',
    ],
    [
      'accept all with a category off',
      randomUUID(),
      { method: 'ACCEPT_ALL', choices: choices(true, false, true) },
      'method',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, visitorId, overrides, field) => {
    gateway = await startTestGateway();
    const response = await choose(input(visitorId, overrides));
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await gateway.dataSource.query("SELECT 1 FROM preference_event WHERE subject_kind = 'visitor'")).toEqual([]);
    expect(await gateway.dataSource.query('SELECT 1 FROM visitor')).toEqual([]);
  });

  it('reads a malformed visitor id as BAD_USER_INPUT, not as an internal error', async () => {
    gateway = await startTestGateway();
    const response = await gateway.graphql(read, { visitorId: 'nope', lang: 'en' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visitorId' });
  });

  it('limits the answers per client address with RATE_LIMITED', async () => {
    const defaults = (await import('../common/config.js')).loadConfig({ NODE_ENV: 'test' });
    gateway = await startTestGateway({ visitors: { ...defaults.visitors, choicesPerAddressPerMinute: 2 } });
    await choose(input(randomUUID()));
    await choose(input(randomUUID()));
    const third = await choose(input(randomUUID()));
    expect(third.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await gateway.dataSource.query('SELECT 1 FROM visitor')).toHaveLength(2);
  });

  it('returns the first result for a repeated idempotency key and CONFLICT for another answer with it', async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    const first = await choose(input(visitorId, { idempotencyKey: 'k1' }));
    const again = await choose(input(visitorId, { idempotencyKey: 'k1' }));
    expect(again.data).toEqual(first.data);
    const other = await choose(
      input(visitorId, { idempotencyKey: 'k1', method: 'ACCEPT_ALL', choices: choices(true, true, true) }),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await gateway.dataSource.query('SELECT 1 FROM cookie_choice')).toHaveLength(1);
  });
});

describe('one visitor answering from several tabs at once', () => {
  it('writes one event per category for 20 identical answers, and keeps every answer', async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => choose(input(visitorId))));
    expect(answers.every((response) => !response.errors)).toBe(true);
    const subjectId = answers[0]?.data?.setCookieConsent.subjectId as string;
    expect(await ledgerOf(subjectId)).toHaveLength(3);
    expect(await gateway.dataSource.query('SELECT 1 FROM cookie_choice')).toHaveLength(20);
  });

  it('loses and doubles nothing when the answers differ: the chain has no gap and verifies', async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        choose(
          index % 2 === 0
            ? input(visitorId, { method: 'ACCEPT_ALL', choices: choices(true, true, true) })
            : input(visitorId),
        ),
      ),
    );
    expect(answers.every((response) => !response.errors)).toBe(true);
    const subjectId = answers[0]?.data?.setCookieConsent.subjectId as string;
    const events: { sequence: number; purpose: string; decision: string }[] = await ledgerOf(subjectId);
    expect(events.map((event) => event.sequence)).toEqual(events.map((_, index) => index + 1));
    // Each category alternates: no two events in a row with the same decision, none lost.
    for (const purpose of ['cookie-preferences', 'cookie-statistics', 'cookie-marketing']) {
      const decisions = events.filter((event) => event.purpose === purpose).map((event) => event.decision);
      expect(decisions.every((decision, index) => index === 0 || decision !== decisions[index - 1])).toBe(true);
    }
    const last = await consentOf(visitorId);
    const lastAnswer = await gateway.dataSource.query('SELECT marketing FROM cookie_choice ORDER BY id DESC LIMIT 1');
    expect(byKey(last, 'cookie-marketing')?.allowed).toBe(lastAnswer[0].marketing);
    const verified = await gateway.graphql<{ verifyLedger: { valid: boolean } }>(
      `query($subjectId: ID!) { verifyLedger(subjectId: $subjectId) { valid } }`,
      { subjectId },
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(verified.data?.verifyLedger.valid).toBe(true);
  });
});

describe('Global Privacy Control on the banner', () => {
  it.each([
    ['the Sec-GPC header', { 'sec-gpc': '1' }, {}],
    ['navigator.globalPrivacyControl', {}, { globalPrivacyControl: true }],
  ])('keeps marketing off under %s, with the signal as the reason', async (_case, headers, overrides) => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    const consent = (
      await choose(
        input(visitorId, { method: 'ACCEPT_ALL', choices: choices(true, true, true), ...overrides }),
        headers,
      )
    ).data?.setCookieConsent as Consent;
    expect(byKey(consent, 'cookie-marketing')).toMatchObject({ allowed: false, reason: 'GPC_SIGNAL' });
    expect(byKey(consent, 'cookie-statistics')).toMatchObject({ allowed: true, reason: 'OWN_CHOICE' });
    expect(consent.needsAnswer).toBe(false);
  });
});

describe('asking again', () => {
  it('asks a new visitor, then not again before the validity ends, and again once it did (6 months)', async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    expect(await consentOf(visitorId)).toMatchObject({ needsAnswer: true, answeredAt: null });
    expect(await gateway.dataSource.query('SELECT 1 FROM visitor')).toEqual([]);
    await choose(input(visitorId));
    const day = 24 * 3_600_000;
    gateway.clock.advance(181 * day - 1);
    expect((await consentOf(visitorId)).needsAnswer).toBe(false);
    gateway.clock.advance(3 * day);
    expect((await consentOf(visitorId)).needsAnswer).toBe(true);
  });
});

describe('propagation', () => {
  it('tells the systems of the cookie purposes, like any change', async () => {
    gateway = await startTestGateway();
    const started = await startWebhookReceiver();
    receiver = started;
    const registered = await gateway.graphql(
      `mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }`,
      {
        input: {
          key: 'ad-test',
          name: 'ad test',
          purposes: ['cookie-marketing'],
          webhookUrl: `${started.url}/ad-test`,
        },
      },
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(registered.errors).toBeUndefined();
    const consent = (await choose(input(randomUUID(), { method: 'ACCEPT_ALL', choices: choices(true, true, true) })))
      .data?.setCookieConsent as Consent;
    await gateway.relay.runOnce();
    const bodies = started.received.map((request) => JSON.parse(request.body ?? '{}'));
    expect(bodies.map((body) => body.data)).toEqual([
      expect.objectContaining({
        purpose: 'cookie-marketing',
        decision: 'granted',
        subjectKind: 'visitor',
        subjectId: consent.subjectId,
        site,
      }),
    ]);
  });
});

describe('signing in with a browser that answered', () => {
  const link = `mutation($visitorId: String!) { linkCookieConsent(visitorId: $visitorId, lang: en) { subjectId ${categories} } }`;
  const mine = `{ myCookieConsent(lang: en) { ${categories} } }`;
  const allowedIn = (consent: Consent | null | undefined) =>
    consent?.categories.filter((category) => category.allowed).map((category) => category.purpose.key);

  it('links the choices to the person, and the newest explicit choice of their browsers wins', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const laptop = randomUUID();
    const phone = randomUUID();
    await choose(input(laptop));
    await gateway.graphql(link, { visitorId: laptop }, { token });
    gateway.clock.advanceMinutes(5);
    await choose(input(phone, { method: 'ACCEPT_ALL', choices: choices(true, true, true) }));
    const linkedPhone = await gateway.graphql<{ linkCookieConsent: Consent }>(link, { visitorId: phone }, { token });
    expect(allowedIn(linkedPhone.data?.linkCookieConsent)).toEqual([
      'cookie-necessary',
      'cookie-preferences',
      'cookie-statistics',
      'cookie-marketing',
    ]);
    // Signing in again on the laptop brings the phone's newer answer there, as the person's own choice.
    const relinked = await gateway.graphql<{ linkCookieConsent: Consent }>(link, { visitorId: laptop }, { token });
    expect(allowedIn(relinked.data?.linkCookieConsent)).toHaveLength(4);
    const adopted = await gateway.dataSource.query(
      'SELECT purpose, decision, actor_id FROM preference_event WHERE subject_id = $1 AND sequence > 3 ORDER BY sequence',
      [relinked.data?.linkCookieConsent.subjectId],
    );
    const mary = await gateway.idOf('mary.jones@example.com');
    expect(adopted).toEqual(
      ['cookie-preferences', 'cookie-statistics', 'cookie-marketing'].map((purpose) => ({
        purpose,
        decision: 'granted',
        actor_id: mary,
      })),
    );
    const shown = await gateway.graphql<{ myCookieConsent: Consent }>(mine, {}, { token });
    expect(allowedIn(shown.data?.myCookieConsent)).toHaveLength(4);
  });

  it("forgets the link on erasure, and keeps the browser's answer and its proof", async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const visitorId = randomUUID();
    await choose(input(visitorId, { method: 'ACCEPT_ALL', choices: choices(true, true, true) }));
    const linked = await gateway.graphql<{ linkCookieConsent: Consent }>(link, { visitorId }, { token });
    const subjectId = linked.data?.linkCookieConsent.subjectId;
    const mary = await gateway.idOf('mary.jones@example.com');
    const linkOf = () =>
      gateway.dataSource.query('SELECT person_id, linked_at FROM visitor WHERE subject_id = $1', [subjectId]);
    expect((await linkOf())[0]?.person_id).toBe(mary);
    const eventsBefore = await ledgerOf(subjectId as string);

    const filed = await gateway.graphql<{ requestErasure: { id: string } }>(
      'mutation { requestErasure(input: {}) { id } }',
      {},
      { token },
    );
    const erased = await gateway.graphql<{ carryOutErasure: { outcome: string } }>(
      'mutation($id: ID!) { carryOutErasure(requestId: $id) { outcome } }',
      { id: filed.data?.requestErasure.id },
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(erased.data?.carryOutErasure.outcome).toContain('the link between your browsers’ cookie answers and you');
    expect(await linkOf()).toEqual([{ person_id: null, linked_at: null }]);
    // The browser's pseudonymous answer stays, as proof and for the banner not to ask again.
    expect(await ledgerOf(subjectId as string)).toEqual(eventsBefore);
    expect((await consentOf(visitorId)).needsAnswer).toBe(false);
  });

  it('links nothing for a browser that never answered, and refuses a caller who is not signed in', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('tracy.smith@example.com');
    const unknown = await gateway.graphql<{ linkCookieConsent: Consent }>(link, { visitorId: randomUUID() }, { token });
    expect(allowedIn(unknown.data?.linkCookieConsent)).toEqual(['cookie-necessary']);
    expect(
      (await gateway.graphql<{ myCookieConsent: Consent | null }>(mine, {}, { token })).data?.myCookieConsent,
    ).toBe(null);
    const anonymous = await gateway.graphql(link, { visitorId: randomUUID() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a new text version', () => {
  it('asks again a visitor who answered on an older text', async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    const consent = (await choose(input(visitorId))).data?.setCookieConsent as Consent;
    // Stands in for a newer published version: the answer in force was given on a text before the current one.
    await gateway.ownerQuery(
      "UPDATE preference_state SET text_version = 0 WHERE subject_id = $1 AND purpose = 'cookie-statistics'",
      [consent.subjectId],
    );
    expect((await consentOf(visitorId)).needsAnswer).toBe(true);
  });
});

describe('the office', () => {
  const statistics = `query($from: DateTime!, $to: DateTime!, $site: String) {
    cookieConsentStatistics(from: $from, to: $to, site: $site) {
      day site acceptedAll refusedAll custom preferencesAllowed statisticsAllowed marketingAllowed globalPrivacyControl
    }
  }`;

  it('counts the answers per site and day, and only for the data protection officer', async () => {
    gateway = await startTestGateway();
    await choose(input(randomUUID(), { method: 'ACCEPT_ALL', choices: choices(true, true, true) }));
    await choose(input(randomUUID(), { method: 'ACCEPT_ALL', choices: choices(true, true, true) }), { 'sec-gpc': '1' });
    await choose(input(randomUUID()));
    await choose(
      input(randomUUID(), { method: 'CUSTOM', choices: choices(false, true, false), site: 'www.scarlet.be' }),
    );
    const from = new Date(gateway.clock.now().getTime() - 86_400_000).toISOString();
    const to = new Date(gateway.clock.now().getTime() + 86_400_000).toISOString();
    const day = gateway.clock.now().toISOString().slice(0, 10);
    const dpo = await gateway.signIn('dpo@example.com');
    const answer = await gateway.graphql<{ cookieConsentStatistics: unknown[] }>(
      statistics,
      { from, to },
      { token: dpo },
    );
    expect(answer.data?.cookieConsentStatistics).toEqual([
      {
        day,
        site: 'www.proximus.be',
        acceptedAll: 2,
        refusedAll: 1,
        custom: 0,
        preferencesAllowed: 2,
        statisticsAllowed: 2,
        marketingAllowed: 1,
        globalPrivacyControl: 1,
      },
      {
        day,
        site: 'www.scarlet.be',
        acceptedAll: 0,
        refusedAll: 0,
        custom: 1,
        preferencesAllowed: 0,
        statisticsAllowed: 1,
        marketingAllowed: 0,
        globalPrivacyControl: 0,
      },
    ]);
    const agent = await gateway.signIn('agent@example.com');
    const refused = await gateway.graphql(statistics, { from, to }, { token: agent });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("proves one visitor's answers by its visitor id: the chain and every answer", async () => {
    gateway = await startTestGateway();
    const visitorId = randomUUID();
    await choose(input(visitorId));
    await choose(input(visitorId, { method: 'CUSTOM', choices: choices(false, true, false) }));
    const dpo = await gateway.signIn('dpo@example.com');
    const proof = await gateway.graphql<{ cookieConsentProof: { events: unknown[]; answers: unknown[] } }>(
      'query($visitorId: String!) { cookieConsentProof(visitorId: $visitorId) }',
      { visitorId },
      { token: dpo },
    );
    expect(proof.data?.cookieConsentProof.events).toHaveLength(4);
    expect(proof.data?.cookieConsentProof.events.at(-1)).toMatchObject({
      purpose: 'cookie-statistics',
      decision: 'granted',
      site,
    });
    expect(proof.data?.cookieConsentProof.answers).toEqual([
      expect.objectContaining({ method: 'refuse-all', statistics: false }),
      expect.objectContaining({ method: 'custom', statistics: true }),
    ]);
    const anonymous = await gateway.graphql(
      'query($visitorId: String!) { cookieConsentProof(visitorId: $visitorId) }',
      {
        visitorId,
      },
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
