import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferenceOperations as operations, startTestGateway, type TestGateway } from '../../test-support/index.js';

// "Which lines a person may see" and the Do Not Call Me rule are each one SQL fragment
// (visibleLineIds, personOnDoNotCallMe): these tests hold the ORM paths and the raw read model
// of the privacy page to the same answers, person by person and line by line.

const myLines = '{ me { accounts { account { subscriptions { id } } } } }';
const pageLines = '{ privacyPreferences { subscriptions { subscription { id } } } }';
const oneLine = 'query($subjectId: ID) { privacyPreferences(subjectId: $subjectId) { purposes { purpose { key } } } }';

let gateway: TestGateway;
let lines: { id: string; label: string }[];
let people: { email: string; role: string }[];

beforeAll(async () => {
  gateway = await startTestGateway();
  lines = await gateway.dataSource.query(
    `SELECT line.id, account.customer_number || ' ' || line.kind || ' ' || coalesce(line.phone_number, '') AS label
     FROM subscription line JOIN customer_account account ON account.id = line.account_id ORDER BY label`,
  );
  // Tracy asks to administer Acme too: a pending membership grants nothing until an access owner approves.
  await gateway.dataSource.query(
    `INSERT INTO account_membership (account_id, person_id, role, status, requested_at)
     SELECT account.id, $1, 'administrator', 'pending', now() FROM customer_account account
     WHERE account.customer_number = '987654321'`,
    [await gateway.idOf('tracy.smith@example.com')],
  );
  people = [
    { email: 'philip.smith@example.com', role: 'administrator (payer) of a household' },
    { email: 'mary.jones@example.com', role: 'user, holder of one line' },
    { email: 'tracy.smith@example.com', role: 'user, and pending administrator of a business' },
    { email: 'anna.peeters@example.com', role: 'access owner of a business' },
    { email: 'chris.maes@example.com', role: 'delegate user of a business' },
  ];
});
afterAll(() => gateway.stop());

async function ask<Data>(token: string, query: string, variables?: Record<string, unknown>) {
  const response = await gateway.graphql<Data>(query, variables, { token });
  return response;
}

describe('which lines a person may see', () => {
  it('answers the same through the account view, the privacy page and one line at a time', async () => {
    const seen: Record<string, string[]> = {};
    for (const person of people) {
      const token = await gateway.signIn(person.email);
      const account = await ask<{ me: { accounts: { account: { subscriptions: { id: string }[] } }[] } }>(
        token,
        myLines,
      );
      const throughAccounts = (account.data?.me.accounts ?? []).flatMap((a) =>
        a.account.subscriptions.map((s) => s.id),
      );
      const page = await ask<{ privacyPreferences: { subscriptions: { subscription: { id: string } }[] } }>(
        token,
        pageLines,
      );
      const onPage = (page.data?.privacyPreferences.subscriptions ?? []).map((s) => s.subscription.id);
      const oneByOne: string[] = [];
      const withChoices: string[] = [];
      for (const line of lines) {
        const single = await ask<{ privacyPreferences: { purposes: unknown[] } }>(token, oneLine, {
          subjectId: line.id,
        });
        const code = single.errors?.[0]?.extensions?.code;
        if (code === undefined) oneByOne.push(line.id);
        else expect(code).toBe('NOT_FOUND');
        if ((single.data?.privacyPreferences.purposes.length ?? 0) > 0) withChoices.push(line.id);
      }
      expect(new Set(throughAccounts), person.role).toEqual(new Set(oneByOne));
      // The page lists the lines that have choices to make (an internet line has none).
      expect(new Set(onPage), person.role).toEqual(new Set(withChoices));
      seen[person.email] = lines.filter((line) => oneByOne.includes(line.id)).map((line) => line.label);
    }
    expect(seen).toEqual({
      'philip.smith@example.com': [
        '123456789 fixed-voice +3221234567',
        '123456789 internet ',
        '123456789 mobile +32470000001',
        '123456789 mobile +32470000002',
        '123456789 mobile +32470000003',
        '123456789 tv ',
      ],
      'mary.jones@example.com': ['123456789 mobile +32470000002'],
      'tracy.smith@example.com': ['123456789 mobile +32470000003'],
      'anna.peeters@example.com': expect.arrayContaining(['987654321 fixed-voice +3227654321', '987654321 internet ']),
      'chris.maes@example.com': ['987654321 mobile +32470000013'],
    });
  });
});

describe('the Do Not Call Me register', () => {
  it('suppresses calls alike on the privacy page, in the answer to a change and for a campaign', async () => {
    const dpo = await gateway.signIn('dpo@example.com');
    const upload = await fetch(`${gateway.url}/registers/do-not-call-me`, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${dpo}` },
      body: '+32470000001\n',
    });
    expect(upload.status).toBe(202);
    await gateway.idle();
    const phoneReason = (purposes: { purpose: { key: string }; channels: { channel: string; reason: string }[] }[]) =>
      purposes.find((state) => state.purpose.key === 'direct-marketing')?.channels.find((c) => c.channel === 'phone')
        ?.reason;
    for (const [email, expected] of [
      ['philip.smith@example.com', 'OUTSIDE_REGISTER'],
      ['mary.jones@example.com', 'DEFAULT'],
    ]) {
      const token = await gateway.signIn(email as string);
      const page = await gateway.graphql<{ privacyPreferences: { purposes: Parameters<typeof phoneReason>[0] } }>(
        operations.privacyPreferences,
        {},
        { token },
      );
      expect(phoneReason(page.data?.privacyPreferences.purposes ?? []), email).toBe(expected);
      const changed = await gateway.graphql<{
        setMarketingObjection: { channels: { channel: string; reason: string }[] };
      }>(operations.setMarketingObjection, { input: { objected: true, channel: 'sms' } }, { token });
      const afterChange = changed.data?.setMarketingObjection.channels.find((c) => c.channel === 'phone')?.reason;
      expect(afterChange, email).toBe(expected);
    }
    const system = await gateway.graphql<{ registerDownstreamSystem: { apiKey: string } }>(
      'mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }',
      { input: { key: 'campaign-tool', name: 'Campaign tool', purposes: ['direct-marketing'] } },
      { token: dpo },
    );
    const campaign = await gateway.graphql<{ marketingDecisions: { reason: string | null }[] }>(
      'query($identifiers: [String!]!) { marketingDecisions(channel: "phone", identifiers: $identifiers) { reason } }',
      { identifiers: ['+32470000001', '+32470000002'] },
      { token: system.data?.registerDownstreamSystem.apiKey },
    );
    expect(campaign.data?.marketingDecisions.map((decision) => decision.reason)).toEqual(['DO_NOT_CALL_ME', null]);
  });
});
