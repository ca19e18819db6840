import { afterEach, describe, expect, it } from 'vitest';
import { preferenceOperations as operations, startTestGateway, type TestGateway } from '../../test-support/index.js';
import { rebuildProjection } from './projection-rebuild.js';

const mary = 'mary.jones@example.com';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function someChanges(token: string, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    gateway.clock.advanceMinutes(1);
    await gateway.graphql(operations.setMarketingObjection, { input: { objected: index % 2 === 0 } }, { token });
  }
}

async function verify(subjectId: string) {
  const token = await gateway.signIn('dpo@example.com');
  const response = await gateway.graphql<{ verifyLedger: Record<string, unknown> }>(
    operations.verifyLedger,
    { subjectId },
    { token },
  );
  return response.data?.verifyLedger;
}

describe('the ledger is append-only', () => {
  it.each([
    ['UPDATE', "UPDATE preference_event SET decision = 'granted'"],
    ['DELETE', 'DELETE FROM preference_event'],
    ['TRUNCATE', 'TRUNCATE preference_event'],
  ])('refuses %s to the gateway role (grants) and to the owner (trigger)', async (_verb, sql) => {
    gateway = await startTestGateway();
    await someChanges(await gateway.signIn(mary), 1);
    await expect(gateway.dataSource.query(sql)).rejects.toThrow(/permission denied/);
    await expect(gateway.ownerQuery(sql)).rejects.toThrow(/append-only/);
    const [row] = await gateway.dataSource.query('SELECT count(*)::int AS events FROM preference_event');
    expect(row.events).toBe(1);
  });

  it('keeps personal data out of the ledger', async () => {
    gateway = await startTestGateway();
    await someChanges(await gateway.signIn(mary), 2);
    const rows = JSON.stringify(await gateway.dataSource.query('SELECT * FROM preference_event'));
    for (const personal of ['mary', 'Jones', '+32470000002', '470000002']) expect(rows).not.toContain(personal);
  });
});

describe('the hash chain', () => {
  it('stays valid under concurrent changes of one subject', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    await Promise.all(
      ['phone', 'sms', 'email', 'post', 'web-popup', null, 'phone', 'sms'].map((channel, index) =>
        gateway.graphql(operations.setMarketingObjection, { input: { objected: index % 3 !== 0, channel } }, { token }),
      ),
    );
    const sequences = await gateway.dataSource.query(
      'SELECT sequence FROM preference_event WHERE subject_id = $1 ORDER BY sequence',
      [await gateway.idOf(mary)],
    );
    expect(sequences.map((row: { sequence: number }) => row.sequence)).toEqual(
      Array.from({ length: sequences.length }, (_, index) => index + 1),
    );
    expect(await verify(await gateway.idOf(mary))).toMatchObject({ valid: true, eventsChecked: sequences.length });
  });

  it('stays valid when the person rectifies their details between two changes', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    await someChanges(token, 1);
    await gateway.graphql(
      'mutation { updateMyContactDetails(input: { firstName: "Marie" }) { firstName } }',
      {},
      { token },
    );
    await someChanges(token, 2);
    expect(await verify(await gateway.idOf(mary))).toMatchObject({ valid: true, eventsChecked: 2, problem: null });
  });

  it('writes one event for 20 concurrent identical changes, round after round', async () => {
    gateway = await startTestGateway();
    const tokens = await Promise.all([mary, mary, mary, mary].map((email) => gateway.signIn(email)));
    for (const objected of [true, false, true, false, true]) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          gateway.graphql<{ setMarketingObjection: { allowed: boolean } }>(
            operations.setMarketingObjection,
            { input: { objected } },
            { token: tokens[index % tokens.length] },
          ),
        ),
      );
      expect(answers.map((answer) => answer.data?.setMarketingObjection.allowed)).toEqual(Array(20).fill(!objected));
    }
    const [row] = await gateway.dataSource.query(
      "SELECT count(*)::int AS events FROM preference_event WHERE purpose = 'direct-marketing'",
    );
    const [outbox] = await gateway.dataSource.query(
      "SELECT count(*)::int AS events FROM outbox_event WHERE payload->>'purpose' = 'direct-marketing'",
    );
    expect({ ledger: row.events, outbox: outbox.events }).toEqual({ ledger: 5, outbox: 5 });
  });

  it('names the first event changed behind the product’s back', async () => {
    gateway = await startTestGateway();
    await someChanges(await gateway.signIn(mary), 4);
    const subjectId = await gateway.idOf(mary);
    const [third] = await gateway.dataSource.query(
      'SELECT event_id FROM preference_event WHERE subject_id = $1 AND sequence = 3',
      [subjectId],
    );
    await gateway.ownerQuery('ALTER TABLE preference_event DISABLE TRIGGER preference_event_append_only');
    await gateway.ownerQuery("UPDATE preference_event SET decision = 'objection-withdrawn' WHERE event_id = $1", [
      third.event_id,
    ]);
    await gateway.ownerQuery('ALTER TABLE preference_event ENABLE TRIGGER preference_event_append_only');
    expect(await verify(subjectId)).toEqual({
      valid: false,
      eventsChecked: 2,
      firstInvalidEventId: third.event_id,
      firstInvalidSequence: 3,
      problem: 'its content does not match its hash',
    });
  });

  it('names a missing event', async () => {
    gateway = await startTestGateway();
    await someChanges(await gateway.signIn(mary), 3);
    const subjectId = await gateway.idOf(mary);
    await gateway.ownerQuery('ALTER TABLE preference_event DISABLE TRIGGER preference_event_append_only');
    await gateway.ownerQuery('DELETE FROM preference_event WHERE subject_id = $1 AND sequence = 2', [subjectId]);
    await gateway.ownerQuery('ALTER TABLE preference_event ENABLE TRIGGER preference_event_append_only');
    expect(await verify(subjectId)).toMatchObject({ valid: false, firstInvalidSequence: 3 });
  });
});

describe('the projection', () => {
  it('is rebuilt from the ledger alone to the same rows', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('philip.smith@example.com');
    await someChanges(token, 5);
    await gateway.graphql(operations.grantConsent, { input: { purpose: 'testimonials' } }, { token });
    await gateway.graphql(
      operations.setLocationReportingOptOut,
      { input: { optedOut: true, subjectId: await gateway.idOf('+32470000003') } },
      { token },
    );
    const projection = 'SELECT * FROM preference_state ORDER BY subject_id, purpose, channel';
    const before = await gateway.dataSource.query(projection);
    await gateway.dataSource.query('DELETE FROM preference_state');
    expect(await rebuildProjection(gateway.dataSource)).toBe(7);
    expect(await gateway.dataSource.query(projection)).toEqual(before);
  });
});

describe('receipts', () => {
  it('gives the ISO/IEC TS 27560 record of a decision, with the joint controller and the proof', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn(mary);
    const granted = await gateway.graphql<{ grantConsent: { lastEventId: string } }>(
      operations.grantConsent,
      { input: { purpose: 'ads-partner-profiling', language: 'nl' } },
      { token },
    );
    const eventId = granted.data?.grantConsent.lastEventId;
    const response = await gateway.graphql<{ preferenceReceipt: Record<string, unknown> }>(
      operations.preferenceReceipt,
      { eventId },
      { token },
    );
    const receipt = response.data?.preferenceReceipt;
    expect(receipt).toMatchObject({
      recordId: eventId,
      recordedAt: gateway.clock.now().toISOString(),
      subject: { id: await gateway.idOf(mary), kind: 'person' },
      purpose: { key: 'ads-partner-profiling', legalBasis: 'consent', textVersion: 1, language: 'nl' },
      decision: 'granted',
      processingAllowed: true,
      collectionMethod: 'web',
      actor: { kind: 'subject', id: await gateway.idOf(mary) },
      proof: { sequence: 1, previousHash: '0'.repeat(64) },
    });
    expect(((receipt?.controllers ?? []) as { name: string }[]).map((c) => c.name).join(' ')).toMatch(
      /Proximus.*Ads & Data/,
    );
    expect(receipt?.retention).toEqual(expect.any(String));
    expect(receipt?.howToWithdraw).toEqual(expect.any(String));
  });

  it('is not shown to another person', async () => {
    gateway = await startTestGateway();
    const granted = await gateway.graphql<{ grantConsent: { lastEventId: string } }>(
      operations.grantConsent,
      { input: { purpose: 'testimonials' } },
      { token: await gateway.signIn(mary) },
    );
    const response = await gateway.graphql(
      operations.preferenceReceipt,
      { eventId: granted.data?.grantConsent.lastEventId },
      { token: await gateway.signIn('philip.smith@example.com') },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
