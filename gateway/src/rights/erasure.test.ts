import { afterEach, describe, expect, it } from 'vitest';
import {
  preferenceOperations as operations,
  operations as signInOperations,
  startTestGateway,
  startWebhookReceiver,
  type TestGateway,
  type WebhookReceiver,
} from '../../test-support/index.js';

const mary = 'mary.jones@example.com';

let gateway: TestGateway;
let receiver: WebhookReceiver;
afterEach(async () => {
  await receiver?.stop();
  await gateway?.stop();
});

/** Every table and column of the database where `needle` appears, as text. */
async function whereInDatabase(needle: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string; data_type: string }[] = await gateway.dataSource.query(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'ARRAY', 'character varying', 'bytea')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column, data_type: type } of columns) {
    const text = type === 'bytea' ? `encode("${column}", 'escape')` : `"${column}"::text`;
    const [row] = await gateway.dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE ${text} LIKE $1`, [
      `%${needle}%`,
    ]);
    if (row.n > 0) found.push(`${table}.${column}`);
  }
  return found.sort();
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
    await gateway.graphql(
      'mutation { requestRectification(input: { correction: "My name is Marie Jones, mary.jones@example.com" }) { id } }',
      {},
      { token },
    );
    await gateway.graphql('mutation { requestDataExport(input: {}) { id } }', {}, { token });
    await gateway.idle();
    const filed = await gateway.graphql<{ requestErasure: { id: string } }>(
      'mutation { requestErasure(input: {}) { id } }',
      {},
      {
        token,
      },
    );

    const erased = await gateway.graphql<{ carryOutErasure: { status: string; outcome: string } }>(
      'mutation($id: ID!) { carryOutErasure(requestId: $id) { status outcome } }',
      { id: filed.data?.requestErasure.id },
      { token: dpo },
    );
    expect(erased.data?.carryOutErasure.status).toBe('COMPLETED');
    expect(erased.data?.carryOutErasure.outcome).toMatch(/Kept: your bills/);

    expect(await whereInDatabase(mary)).toEqual([]);
    expect(await whereInDatabase('470000002')).toEqual(['invoice.numbers', 'subscription.phone_number']);
    expect(await whereInDatabase('Jones')).toEqual([]);

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
    expect(await whereInDatabase(mary)).not.toEqual([]);
  });
});
