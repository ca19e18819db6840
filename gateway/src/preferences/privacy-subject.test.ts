import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

const record = 'query($id: ID!) { privacySubject(subjectId: $id) { id kind label erased } }';

describe('privacySubject: the head of a subject’s record for the office', () => {
  it('names a person and a line, still answers for an erased person by the pseudonymous id, and logs each read', async () => {
    gateway = await startTestGateway();
    const dpo = await gateway.signIn('dpo@example.com');
    const mary = await gateway.idOf('mary.jones@example.com');
    const line = await gateway.idOf('+32470000002');
    const person = await gateway.graphql(record, { id: mary }, { token: dpo });
    expect(person.data).toEqual({
      privacySubject: { id: mary, kind: 'PERSON', label: 'Mary Jones <mary.jones@example.com>', erased: false },
    });
    const lineRecord = await gateway.graphql(record, { id: line }, { token: dpo });
    expect(lineRecord.data).toEqual({
      privacySubject: { id: line, kind: 'SUBSCRIPTION', label: 'mobile line +32470000002', erased: false },
    });

    const filed = await gateway.graphql<{ requestErasure: { id: string } }>(
      'mutation { requestErasure(input: {}) { id } }',
      {},
      { token: await gateway.signIn('mary.jones@example.com') },
    );
    const erased = await gateway.graphql(
      'mutation($id: ID!) { carryOutErasure(requestId: $id) { status } }',
      { id: filed.data?.requestErasure.id },
      { token: dpo },
    );
    expect(erased.errors).toBeUndefined();
    const after = await gateway.graphql(record, { id: mary }, { token: dpo });
    expect(after.data).toEqual({ privacySubject: { id: mary, kind: 'PERSON', label: 'erased person', erased: true } });

    const log = await gateway.graphql<{ staffReadLog: { edges: { node: { subjectId: string; what: string } }[] } }>(
      '{ staffReadLog { edges { node { subjectId what } } } }',
      {},
      { token: dpo },
    );
    expect(
      log.data?.staffReadLog.edges.filter((edge) => edge.node.what === 'privacySubject').map((edge) => edge.node),
    ).toEqual([
      { subjectId: mary, what: 'privacySubject' },
      { subjectId: line, what: 'privacySubject' },
      { subjectId: mary, what: 'privacySubject' },
    ]);
  });

  it.each([
    ['an unknown id', '00000000-0000-4000-8000-000000000000', 'dpo@example.com', 'NOT_FOUND'],
    ['a malformed id', 'mary', 'dpo@example.com', 'BAD_USER_INPUT'],
    ['an agent', null, 'agent@example.com', 'FORBIDDEN'],
  ])('refuses %s, logging nothing', async (_case, id, email, code) => {
    gateway = await startTestGateway();
    const subjectId = id ?? (await gateway.idOf('mary.jones@example.com'));
    const answer = await gateway.graphql(record, { id: subjectId }, { token: await gateway.signIn(email) });
    expect(answer.errors?.[0]?.extensions?.code).toBe(code);
    const log = await gateway.graphql<{ staffReadLog: { edges: unknown[] } }>(
      '{ staffReadLog { edges { cursor } } }',
      {},
      { token: await gateway.signIn('dpo@example.com') },
    );
    expect(log.data?.staffReadLog.edges).toEqual([]);
  });
});
