import { afterEach, describe, expect, it } from 'vitest';
import {
  preferenceOperations as operations,
  readableWithTheKeys,
  operations as signInOperations,
  startTestGateway,
  startWebhookReceiver,
  type TestGateway,
  type WebhookReceiver,
  whereIdAppears,
  whereInDatabase,
  whereInDataFiles,
} from '../../test-support/index.js';
import { hashPassword } from '../authentication/password-hasher.js';
import { createPerson } from '../identity/people.js';

const mary = 'mary.jones@example.com';
// Long and distinct, so no other byte sequence of the data folder matches them by chance.
const erin = {
  email: 'erin.quistvandenberghe.7f3a9c@example.org',
  mobileNumber: '+32478123987',
  firstName: 'Erinna',
  lastName: 'Quistvandenberghe',
};

let gateway: TestGateway;
let receiver: WebhookReceiver;
afterEach(async () => {
  await receiver?.stop();
  await gateway?.stop();
});

const erase = async (subjectToken: string, dpo: string) => {
  const filed = await gateway.graphql<{ requestErasure: { id: string } }>(
    'mutation { requestErasure(input: {}) { id } }',
    {},
    { token: subjectToken },
  );
  return gateway.graphql<{ carryOutErasure: { status: string; outcome: string } }>(
    'mutation($id: ID!) { carryOutErasure(requestId: $id) { status outcome } }',
    { id: filed.data?.requestErasure.id },
    { token: dpo },
  );
};

/** A person with a rich history, created through the product's own code, so her bytes are in no template. */
/** A step of the history, which must succeed for the test to mean anything. */
async function succeeds(...call: Parameters<TestGateway['graphql']>): Promise<void> {
  const response = await gateway.graphql(...call);
  expect(response.errors).toBeUndefined();
}

async function erinWithAHistory(dpo: string): Promise<{ token: string; subjectId: string; campaignCheckId: string }> {
  const person = await createPerson(gateway.dataSource.manager, gateway.vault, {
    ...erin,
    passwordHash: await hashPassword('Privacy2026'),
    language: 'en',
    staffRole: null,
    createdAt: gateway.clock.now(),
  });
  const token = await gateway.signIn(erin.email);
  await succeeds(operations.setMarketingObjection, { input: { objected: true, idempotencyKey: 'k1' } }, { token });
  await succeeds('{ privacyPreferences { subjectId } }', {}, { token, headers: { 'sec-gpc': '1' } });
  await succeeds('mutation { requestAccountAccess(customerNumber: "987654321") { id } }', {}, { token });
  await succeeds(
    `mutation { requestRectification(input: { correction: "My name is ${erin.firstName} ${erin.lastName}, ${erin.email}" }) { id } }`,
    {},
    { token },
  );
  const agent = await gateway.signIn('agent@example.com');
  const filed = await gateway.graphql<{ requestRectification: { id: string } }>(
    'mutation($input: RectificationInput!) { requestRectification(input: $input) { id } }',
    {
      input: {
        subjectId: person.id,
        idempotencyKey: 'agent-1',
        correction: `Caller ${erin.firstName} ${erin.lastName} gives ${erin.email} and ${erin.mobileNumber}`,
      },
    },
    { token: agent },
  );
  await succeeds(
    'mutation($input: RequestActionInput!) { confirmRequesterIdentity(input: $input) { id } }',
    {
      input: {
        requestId: filed.data?.requestRectification.id,
        note: `Called ${erin.lastName} back on ${erin.mobileNumber}`,
      },
    },
    { token: dpo },
  );
  const campaign = await fetch(`${gateway.url}/campaign-checks?channel=phone`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${dpo}` },
    body: `+32470999001\n${erin.mobileNumber}\n`,
  });
  expect(campaign.status).toBeLessThan(300);
  await succeeds('mutation { requestDataExport(input: {}) { id } }', {}, { token });
  await gateway.idle();
  return { token, subjectId: person.id, campaignCheckId: ((await campaign.json()) as { id: string }).id };
}

describe('erasure (GDPR Art. 17)', () => {
  it('leaves nothing of the person but the billing records, keeps the ledger valid, and tells every system', async () => {
    gateway = await startTestGateway();
    receiver = await startWebhookReceiver();
    const dpo = await gateway.signIn('dpo@example.com');
    await gateway.graphql(
      'mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }',
      {
        input: {
          key: 'location-analytics',
          name: 'Location',
          purposes: ['location-reporting'],
          webhookUrl: receiver.url,
        },
      },
      { token: dpo },
    );
    const token = await gateway.signIn(mary);
    const subjectId = await gateway.idOf(mary);
    await gateway.graphql(
      operations.setMarketingObjection,
      { input: { objected: true, idempotencyKey: 'k1' } },
      { token },
    );

    const erased = await erase(token, dpo);
    expect(erased.data?.carryOutErasure.status).toBe('COMPLETED');
    expect(erased.data?.carryOutErasure.outcome).toMatch(
      /^Erased: your name, e-mail address, mobile number, password and language; .*; your data keys, so that no copy in our backups can be read again\. Kept: /,
    );
    expect(erased.data?.carryOutErasure.outcome).toContain(
      'Kept: the customer numbers and their holders, because the contract of the customer number holds it, not your profile; ' +
        'the lines of the contract and their numbers, because the contract of the customer number holds it, not your profile; ' +
        'your bills, because tax and accounting law makes us keep bills for 10 years; ',
    );

    // Mary's number is also her line's: the contract keeps it, assigned to no one, naming no one.
    expect(await whereInDatabase(gateway, '470000002')).toEqual(['invoice.numbers', 'subscription.phone_number']);
    const found = await gateway.graphql<{ findPrivacySubjects: { kind: string; label: string }[] }>(
      'query { findPrivacySubjects(phoneNumber: "0470 00 00 02") { kind label } }',
      {},
      { token: dpo },
    );
    expect(found.data?.findPrivacySubjects).toEqual([{ kind: 'SUBSCRIPTION', label: 'mobile line +32470000002' }]);

    const signIn = await gateway.graphql(signInOperations.startSignIn, { email: mary, password: 'Privacy2026' });
    expect(signIn.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const verified = await gateway.graphql<{ verifyLedger: { valid: boolean; eventsChecked: number } }>(
      operations.verifyLedger,
      { subjectId },
      { token: dpo },
    );
    expect(verified.data?.verifyLedger).toMatchObject({ valid: true, eventsChecked: 1 });

    await gateway.relay.runOnce();
    const webhook = receiver.received.map((request) => JSON.parse(request.body));
    expect(webhook).toContainEqual(
      expect.objectContaining({ type: 'subject.erased', data: expect.objectContaining({ subjectId }) }),
    );
    const eventId = webhook.find((message) => message.type === 'subject.erased')?.data.eventId;
    const proof = await gateway.graphql<{ propagationProof: { systemKey: string; acknowledgedAt: string | null }[] }>(
      'query($id: ID!) { propagationProof(eventId: $id) { systemKey acknowledgedAt } }',
      { id: eventId },
      { token: dpo },
    );
    expect(proof.data?.propagationProof).toEqual([
      { systemKey: 'location-analytics', acknowledgedAt: expect.any(String) },
    ]);
  });

  it('after a rich history, finds her nowhere: not in any column, not in any file of the data folder', async () => {
    gateway = await startTestGateway();
    const dpo = await gateway.signIn('dpo@example.com');
    const { token, subjectId, campaignCheckId } = await erinWithAHistory(dpo);
    // Her objection denies her number in the campaign file; the denial is sealed with her key.
    const sealedFor = await gateway.dataSource.query('SELECT sealed_for FROM campaign_check_denial');
    expect(sealedFor).toEqual([{ sealed_for: subjectId }]);

    const needles = [erin.email, erin.mobileNumber, erin.mobileNumber.slice(3), erin.lastName];
    // Before: her data is there, sealed, and readable with the keys (the scan finds what it looks for).
    expect(await readableWithTheKeys(gateway, needles)).toEqual([
      'campaign_check_denial.identifier',
      'data_subject_request.details',
      'export_archive.archive',
      'idempotency_record.sealed_result',
      'outbound_message.body',
      'outbound_message.recipient',
      'person.profile',
      'request_event.note',
      'sms_challenge.phone_number',
    ]);

    const erased = await erase(token, dpo);
    expect(erased.data?.carryOutErasure.status).toBe('COMPLETED');
    for (const needle of needles) expect(await whereInDatabase(gateway, needle)).toEqual([]);
    // The campaign still leaves her alone: her line of the file stays denied, naming no one.
    const denials = await gateway.graphql<{ campaignCheckDenials: { edges: { node: unknown }[] } }>(
      'query($id: ID!) { campaignCheckDenials(id: $id) { edges { node { line identifier reason } } } }',
      { id: campaignCheckId },
      { token: dpo },
    );
    expect(denials.data?.campaignCheckDenials.edges.map((edge) => edge.node)).toEqual([
      { line: 2, identifier: null, reason: 'OBJECTION' },
    ]);
    expect(await readableWithTheKeys(gateway, needles)).toEqual([]);
    // Only the pseudonymous id stays, in the proof the inventory keeps: the ledger and its projection,
    // the events told to the systems, the requests and their steps.
    expect(await whereIdAppears(gateway, subjectId)).toEqual([
      'data_subject_request.filed_by',
      'data_subject_request.subject_id',
      'outbox_event.aggregateid',
      'outbox_event.payload',
      'preference_event.actor_id',
      'preference_event.subject_id',
      'preference_state.subject_id',
      'request_event.actor_id',
      'subject_chain_head.subject_id',
    ]);

    const started = performance.now();
    const scan = await whereInDataFiles(gateway, [erin.email, erin.mobileNumber, erin.lastName]);
    expect(scan.files).toEqual([]);
    // The scan reads the table files: a kept plaintext value (a business account's name) is found.
    expect((await whereInDataFiles(gateway, ['Acme BV'])).files).not.toEqual([]);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('is carried out only for an erasure request in progress', async () => {
    gateway = await startTestGateway();
    const access = await gateway.graphql<{ requestDataAccess: { id: string } }>(
      'mutation { requestDataAccess(input: {}) { id } }',
      {},
      {
        token: await gateway.signIn(mary),
      },
    );
    const response = await gateway.graphql(
      'mutation($id: ID!) { carryOutErasure(requestId: $id) { status } }',
      {
        id: access.data?.requestDataAccess.id,
      },
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await gateway.idOf(mary)).toEqual(expect.any(String));
  });
});
