import { afterEach, describe, expect, it } from 'vitest';
import {
  preferenceOperations as operations,
  type PrivacyPreferences,
  startTestGateway,
  type TestGateway,
} from '../../test-support/index.js';

const decide = `mutation($id: ID!, $upheld: Boolean!, $note: String!, $purpose: String) {
  decideObjection(requestId: $id, upheld: $upheld, note: $note, purpose: $purpose) { status outcome }
}`;

let gateway: TestGateway;
afterEach(() => gateway?.stop());

async function fileObjection(token: string): Promise<string> {
  const response = await gateway.graphql<{ fileMotivatedObjection: { id: string } }>(
    'mutation { fileMotivatedObjection(input: { processing: "location reports", reason: "I am a journalist." }) { id } }',
    {},
    { token },
  );
  return response.data?.fileMotivatedObjection.id as string;
}

describe('deciding a motivated objection', () => {
  it('stops the processing for the person when upheld, as an office decision in the ledger', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const id = await fileObjection(token);
    const dpo = await gateway.signIn('dpo@example.com');
    const decided = await gateway.graphql(
      decide,
      { id, upheld: true, note: 'Source protection.', purpose: 'location-reporting' },
      {
        token: dpo,
      },
    );
    expect(decided.data).toEqual({ decideObjection: { status: 'COMPLETED', outcome: 'Upheld: Source protection.' } });
    const state = await gateway.graphql<{ privacyPreferences: PrivacyPreferences }>(
      operations.privacyPreferences,
      {},
      { token },
    );
    const line = state.data?.privacyPreferences.subscriptions[0]?.purposes.find(
      (p) => p.purpose.key === 'location-reporting',
    );
    expect(line).toMatchObject({ allowed: false, reason: 'OFFICE_DECISION' });
    const [event] = await gateway.dataSource.query(
      "SELECT actor_kind, actor_id FROM preference_event WHERE purpose = 'location-reporting'",
    );
    expect(event).toEqual({ actor_kind: 'office', actor_id: await gateway.idOf('dpo@example.com') });
  });

  it('writes the decision once when the note already starts with it', async () => {
    gateway = await startTestGateway();
    const id = await fileObjection(await gateway.signIn('mary.jones@example.com'));
    const decided = await gateway.graphql(
      decide,
      { id, upheld: true, note: 'Upheld: source protection.', purpose: 'location-reporting' },
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(decided.data).toEqual({ decideObjection: { status: 'COMPLETED', outcome: 'Upheld: source protection.' } });
  });

  it('changes nothing when not upheld, and says why', async () => {
    gateway = await startTestGateway();
    const id = await fileObjection(await gateway.signIn('mary.jones@example.com'));
    const decided = await gateway.graphql(
      decide,
      { id, upheld: false, note: 'Compelling legitimate grounds.' },
      {
        token: await gateway.signIn('dpo@example.com'),
      },
    );
    expect(decided.data).toEqual({
      decideObjection: { status: 'COMPLETED', outcome: 'Not upheld: Compelling legitimate grounds.' },
    });
    expect(await gateway.dataSource.query('SELECT 1 FROM preference_event')).toEqual([]);
  });

  it.each([
    ['without a purpose', { upheld: true, note: 'Yes.' }, 'BAD_USER_INPUT'],
    [
      'for a purpose that cannot be switched',
      { upheld: true, note: 'Yes.', purpose: 'legal-obligations' },
      'BAD_USER_INPUT',
    ],
    ['without reasons', { upheld: false, note: ' ' }, 'BAD_USER_INPUT'],
  ])('refuses a decision %s and writes nothing', async (_name, variables, code) => {
    gateway = await startTestGateway();
    const id = await fileObjection(await gateway.signIn('mary.jones@example.com'));
    const response = await gateway.graphql(
      decide,
      { id, ...variables },
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    const [request] = await gateway.dataSource.query('SELECT status FROM data_subject_request WHERE id = $1', [id]);
    expect(request.status).toBe('in-progress');
  });
});
