import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, stateSnapshot, type TestGateway } from '../../test-support/index.js';

type Caller = 'anonymous' | 'customer' | 'agent' | 'dpo';

let gateway: TestGateway;
const tokens = new Map<Caller, string | undefined>();
beforeAll(async () => {
  gateway = await startTestGateway();
  tokens.set('anonymous', undefined);
  tokens.set('customer', await gateway.signIn('mary.jones@example.com'));
  tokens.set('agent', await gateway.signIn('agent@example.com'));
  tokens.set('dpo', await gateway.signIn('dpo@example.com'));
});
afterAll(() => gateway?.stop());

const nul = 'a\u0000b@example.org';
const surrogate = 'x\ud800y@example.org';
const cursorOf = (text: string) => Buffer.from(text).toString('base64url');

describe('hostile input is refused at the boundary, naming the argument, and changes nothing', () => {
  it.each<[string, Caller, string, Record<string, unknown>, string]>([
    [
      'a NUL byte in a signed-out reset request',
      'anonymous',
      'mutation($email: String!) { requestPasswordReset(email: $email) }',
      { email: nul },
      '$email',
    ],
    [
      'a NUL byte in a literal',
      'anonymous',
      'mutation { startSignIn(email: "a\\u0000b@x.org", password: "Privacy2026") { challengeId } }',
      {},
      'email',
    ],
    [
      'a lone surrogate in an idempotency key',
      'customer',
      'mutation($input: MarketingObjectionInput!) { setMarketingObjection(input: $input) { allowed } }',
      { input: { objected: true, idempotencyKey: 'k\ud800' } },
      '$input.idempotencyKey',
    ],
    [
      'a NUL byte in a literal input object',
      'agent',
      'mutation { recordNonCustomerObjection(input: { email: "x\\u0000y@example.org" }) { allowed } }',
      {},
      'input.email',
    ],
    [
      'a lone surrogate in a variable of an input',
      'agent',
      'mutation($input: NonCustomerObjectionInput!) { recordNonCustomerObjection(input: $input) { allowed } }',
      { input: { email: surrogate } },
      '$input.email',
    ],
    ['an id that is no UUID', 'dpo', '{ staffReadLog(subjectId: "x") { edges { node { readAt } } } }', {}, 'subjectId'],
    [
      'an id that is no UUID in a list',
      'customer',
      'mutation($ids: [ID!]!) { acknowledgeDecisions(eventIds: $ids) }',
      { ids: ['5b0a4f6e-6a4e-4d6f-9d0e-2a3b4c5d6e7f', 'x'] },
      '$ids[1]',
    ],
    [
      'a NUL byte in free text of a request',
      'customer',
      'mutation($input: RectificationInput!) { requestRectification(input: $input) { id } }',
      { input: { correction: 'My name is \u0000' } },
      '$input.correction',
    ],
  ])('%s', async (_case, caller, query, variables, field) => {
    const before = await stateSnapshot(gateway.dataSource);
    const response = await gateway.graphql(query, variables, { token: tokens.get(caller) });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(response.errors?.[0]?.message).toContain(field);
    expect(await stateSnapshot(gateway.dataSource)).toEqual(before);
  });

  it('refuses a lone surrogate written in the document itself as a parse failure', async () => {
    const response = await gateway.graphql(
      'mutation { recordNonCustomerObjection(input: { email: "x\\ud800y@example.org" }) { allowed } }',
      {},
      { token: tokens.get('agent') },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it.each([
    ['an impossible date', cursorOf('request:2026-13-45T25:61:61.000Z|5b0a4f6e-6a4e-4d6f-9d0e-2a3b4c5d6e7f')],
    ['a malformed uuid', cursorOf('request:2026-01-01T00:00:00.000Z|------------------------------------')],
  ])('refuses an office queue cursor holding %s', async (_case, after) => {
    const response = await gateway.graphql(
      'query($after: String) { dataSubjectRequests(after: $after) { nextCursor } }',
      { after },
      { token: tokens.get('dpo') },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
