import { type AuditResult, serverAudits } from 'graphql-http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

/** What urql sends with every query and mutation: CORS-safelisted (113 bytes), so it forces no preflight. */
const urqlAccept =
  'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(body: string, accept: string) {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body,
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as Answer,
  };
}

describe('GraphQL over HTTP', () => {
  it('passes every MUST and at least 90% of the SHOULD audits of graphql-http', async ({ annotate }) => {
    gateway = await startTestGateway();
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: `${gateway.url}/graphql` })) results.push(await audit.fn());
    const count = (level: string, status?: string) =>
      results.filter((result) => result.name.startsWith(level) && (!status || result.status === status)).length;
    const failedMust = results.filter((result) => result.name.startsWith('MUST') && result.status !== 'ok');
    await annotate(
      `MUST ${count('MUST', 'ok')}/${count('MUST')}, SHOULD ${count('SHOULD', 'ok')}/${count('SHOULD')}, MAY ${count('MAY', 'ok')}/${count('MAY')}`,
    );
    expect(failedMust.map((result) => result.name)).toEqual([]);
    expect(count('MUST')).toBeGreaterThan(0);
    expect(count('SHOULD', 'ok') / count('SHOULD')).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['a document that does not parse', '{ "query": "{" }', 'GRAPHQL_PARSE_FAILED'],
    ['a document that does not validate', '{ "query": "{ nothing }" }', 'GRAPHQL_VALIDATION_FAILED'],
    [
      'variables that do not coerce',
      '{ "query": "query($lang: Language!) { purposes(lang: $lang) { key } }", "variables": { "lang": "xx" } }',
      'BAD_USER_INPUT',
    ],
  ])(
    'answers %s with 200 to a client that reads only application/json, 400 to one that reads graphql-response+json',
    async (_case, body, code) => {
      gateway = await startTestGateway();
      const legacy = await post(body, 'application/json');
      expect([legacy.status, legacy.type, legacy.body.errors?.[0]?.extensions?.code]).toEqual([
        200,
        'application/json; charset=utf-8',
        code,
      ]);
      expect(legacy.body).not.toHaveProperty('data');
      const current = await post(body, 'application/graphql-response+json');
      expect([current.status, current.type, current.body.errors?.[0]?.extensions?.code]).toEqual([
        400,
        'application/graphql-response+json; charset=utf-8',
        code,
      ]);
      expect((await post(body, urqlAccept)).status).toBe(400);
    },
  );

  it('answers a body that is no GraphQL request (no query) with 400 whatever the client reads', async () => {
    gateway = await startTestGateway();
    const legacy = await post('{ "qeury": "{ __typename }" }', 'application/json');
    expect([legacy.status, legacy.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('answers a GET query that carries a header a browser preflights: the bearer token, or apollo-require-preflight', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const url = `${gateway.url}/graphql?query=${encodeURIComponent('{ me { email } }')}`;
    const withToken = await fetch(url, { headers: { accept: urqlAccept, authorization: `Bearer ${token}` } });
    expect([withToken.status, await withToken.json()]).toEqual([
      200,
      { data: { me: { email: 'mary.jones@example.com' } } },
    ]);
    const public_ = `${gateway.url}/graphql?query=${encodeURIComponent('{ purposes { key } }')}`;
    const preflighted = await fetch(public_, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it("refuses a GET query with only headers a browser sends cross-site without asking, urql's accept among them", async () => {
    gateway = await startTestGateway();
    const url = `${gateway.url}/graphql?query=${encodeURIComponent('{ purposes { key } }')}`;
    const response = await fetch(url, { headers: { accept: urqlAccept } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Answer).errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a mutation sent with GET with 405, allowing POST', async () => {
    gateway = await startTestGateway();
    const token = await gateway.signIn('mary.jones@example.com');
    const url = `${gateway.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'POST']);
    expect(((await response.json()) as Answer).errors?.[0]?.message).toMatch(
      /GET requests only support query operations/,
    );
    const stillSignedIn = await gateway.graphql<{ me: { email: string } }>('{ me { email } }', {}, { token });
    expect(stillSignedIn.data?.me.email).toBe('mary.jones@example.com');
  });
});
