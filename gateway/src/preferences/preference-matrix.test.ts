import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  preferenceOperations as operations,
  type PrivacyPreferences,
  startTestGateway,
  stateSnapshot,
  type TestGateway,
} from '../../test-support/index.js';

const people = {
  philip: 'philip.smith@example.com',
  mary: 'mary.jones@example.com',
  tracy: 'tracy.smith@example.com',
  anna: 'anna.peeters@example.com',
  chris: 'chris.maes@example.com',
  agent: 'agent@example.com',
  dpo: 'dpo@example.com',
} as const;
type Actor = keyof typeof people;

const unknownSubject = '3f1d2c9e-0000-4000-8000-00000000abcd';

let gateway: TestGateway;
const tokens = new Map<Actor, string>();
let tvId: string;

beforeAll(async () => {
  gateway = await startTestGateway();
  for (const actor of Object.keys(people) as Actor[]) tokens.set(actor, await gateway.signIn(people[actor]));
  const [tv] = await gateway.dataSource.query(
    "SELECT s.id FROM subscription s JOIN customer_account a ON a.id = s.account_id WHERE s.kind = 'tv' AND a.customer_number = '123456789'",
  );
  tvId = tv.id;
});
afterAll(() => gateway.stop());

/** The subject of a cell: a person by e-mail, a line by number, the Smith TV, the caller, or an id nobody has. */
async function subjectId(subject: string): Promise<string | null> {
  if (subject === 'self') return null;
  if (subject === 'tv') return tvId;
  if (subject === 'unknown') return unknownSubject;
  return gateway.idOf(subject in people ? people[subject as Actor] : subject);
}

/** One change that fits the subject: marketing for a person, location for a mobile, TV ads, directory for a fixed line. */
function changeFor(subject: string, id: string | null) {
  if (subject === 'tv') {
    return { query: operations.setPersonalizedAds, input: { kind: 'TV_ADS', enabled: false, subjectId: id } };
  }
  if (subject.startsWith('+324')) {
    return { query: operations.setLocationReportingOptOut, input: { optedOut: true, subjectId: id } };
  }
  if (subject.startsWith('+32')) {
    return { query: operations.setPreference, input: { purpose: 'directory-listing', allowed: true, subjectId: id } };
  }
  return { query: operations.setMarketingObjection, input: { objected: true, subjectId: id } };
}

const changeCells: [Actor, string, string][] = [
  ['philip', 'self', 'OWN_CHOICE'],
  ['mary', 'self', 'OWN_CHOICE'],
  ['philip', 'mary', 'NOT_FOUND'],
  ['mary', 'philip', 'NOT_FOUND'],
  ['philip', '+32470000001', 'OWN_CHOICE'],
  ['philip', '+32470000002', 'ADMINISTRATOR_CHOICE'],
  ['philip', 'tv', 'ADMINISTRATOR_CHOICE'],
  ['philip', '+3221234567', 'ADMINISTRATOR_CHOICE'],
  ['mary', '+32470000002', 'OWN_CHOICE'],
  ['mary', '+32470000003', 'NOT_FOUND'],
  ['mary', '+32470000001', 'NOT_FOUND'],
  ['mary', 'tv', 'NOT_FOUND'],
  ['mary', '+3221234567', 'NOT_FOUND'],
  ['tracy', '+32470000002', 'NOT_FOUND'],
  ['anna', '+32470000002', 'NOT_FOUND'],
  ['anna', '+32470000013', 'ADMINISTRATOR_CHOICE'],
  ['chris', '+32470000013', 'OWN_CHOICE'],
  ['chris', '+32470000011', 'NOT_FOUND'],
  ['agent', 'mary', 'AGENT_RECORDED'],
  ['agent', '+32470000003', 'AGENT_RECORDED'],
  ['agent', 'tv', 'AGENT_RECORDED'],
  ['agent', 'unknown', 'NOT_FOUND'],
  ['dpo', 'mary', 'FORBIDDEN'],
  ['dpo', '+32470000002', 'FORBIDDEN'],
  ['dpo', 'self', 'FORBIDDEN'],
];

describe('who may change which choice', () => {
  it.each(changeCells)('%s changing %s: %s', async (actor, subject, expected) => {
    const id = await subjectId(subject);
    const { query, input } = changeFor(subject, id);
    const before = await stateSnapshot(gateway.dataSource);
    const response = await gateway.graphql<Record<string, { reason: string; lastEventId: string }>>(
      query,
      { input },
      { token: tokens.get(actor) },
    );
    const error = response.errors?.[0]?.extensions?.code;
    if (['NOT_FOUND', 'FORBIDDEN'].includes(expected)) {
      expect(error).toBe(expected);
      expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
      return;
    }
    expect(error).toBeUndefined();
    const state = Object.values(response.data ?? {})[0];
    expect(state?.reason).toBe(expected);
    const [event] = await gateway.dataSource.query(
      'SELECT actor_kind, actor_id, collection_channel FROM preference_event WHERE event_id = $1',
      [state?.lastEventId],
    );
    const actorId = await gateway.idOf(people[actor]);
    expect(event).toEqual({
      actor_kind: { OWN_CHOICE: 'subject', ADMINISTRATOR_CHOICE: 'administrator', AGENT_RECORDED: 'agent' }[expected],
      actor_id: actorId,
      collection_channel: actor === 'agent' ? 'phone' : 'web',
    });
  });

  it('refuses an agent claiming a channel other than the phone', async () => {
    const response = await gateway.graphql(
      operations.setMarketingObjection,
      { input: { objected: true, subjectId: await subjectId('mary'), collectionChannel: 'WEB' } },
      { token: tokens.get('agent') },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('who may read which choices', () => {
  async function read(actor: Actor, subject: string) {
    return gateway.graphql<{ privacyPreferences: PrivacyPreferences }>(
      operations.privacyPreferences,
      { subjectId: await subjectId(subject) },
      { token: tokens.get(actor) },
    );
  }

  it('shows a user their own line only', async () => {
    const lines = (await read('mary', 'self')).data?.privacyPreferences.subscriptions.map(
      (s) => s.subscription.phoneNumber,
    );
    expect(lines).toEqual(['+32470000002']);
  });

  it('shows the administrator every line of the account that has choices', async () => {
    const lines = (await read('philip', 'self')).data?.privacyPreferences.subscriptions.map((s) => s.subscription.kind);
    expect(lines?.sort()).toEqual(['FIXED_VOICE', 'MOBILE', 'MOBILE', 'MOBILE', 'TV']);
  });

  it("answers another member's line exactly like a line that does not exist", async () => {
    const other = await read('mary', '+32470000003');
    const missing = await read('mary', 'unknown');
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  });

  it.each([
    ['philip', 'mary'],
    ['mary', 'tv'],
    ['anna', '+32470000001'],
  ] as [Actor, string][])('refuses %s reading %s with NOT_FOUND', async (actor, subject) => {
    expect((await read(actor, subject)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['dpo', 'mary'],
    ['agent', '+32470000003'],
  ] as [Actor, string][])('lets %s read %s, and logs the read', async (actor, subject) => {
    const id = (await subjectId(subject)) as string;
    const response = await read(actor, subject);
    expect(response.data?.privacyPreferences.subjectId).toBe(id);
    const logged = await gateway.dataSource.query(
      'SELECT what FROM staff_read WHERE staff_person_id = $1 AND subject_id = $2',
      [await gateway.idOf(people[actor]), id],
    );
    expect(logged).toContainEqual({ what: 'privacyPreferences' });
  });

  it('does not log people reading their own choices', async () => {
    await read('tracy', 'self');
    const logged = await gateway.dataSource.query('SELECT 1 FROM staff_read WHERE subject_id = $1', [
      await gateway.idOf(people.tracy),
    ]);
    expect(logged).toEqual([]);
  });
});
