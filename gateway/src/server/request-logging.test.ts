import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { operations, preferenceOperations, startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

const demoPeople = [
  ['philip.smith@example.com', '470000001'],
  ['mary.jones@example.com', '470000002'],
  ['tracy.smith@example.com', '470000003'],
  ['agent@example.com', '470000092'],
  ['dpo@example.com', '470000091'],
].flat();

function logCollector() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

describe('the access log', () => {
  it('writes one JSON line per request with its id, operation, caller kind, duration and error codes, and no personal data', async () => {
    const log = logCollector();
    gateway = await startTestGateway({}, { logTo: log.stream });
    const token = await gateway.signIn('mary.jones@example.com');
    await gateway.graphql(preferenceOperations.setMarketingObjection, { input: { objected: true } }, { token });
    await gateway.graphql(operations.startSignIn, { email: 'philip.smith@example.com', password: 'wrong-password-1' });
    const agent = await gateway.signIn('agent@example.com');
    await gateway.graphql(
      'mutation($input: NonCustomerObjectionInput!) { recordNonCustomerObjection(input: $input) { allowed } }',
      { input: { phoneNumber: '+32470000003' } },
      { token: agent },
    );
    const traced = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      },
      body: JSON.stringify({ query: '{ purposes(lang: en) { key } }' }),
    });
    const named = await fetch(
      `${gateway.url}/graphql?query=${encodeURIComponent('{ me { email } }')}&email=tracy.smith@example.com`,
      {
        headers: { 'x-request-id': 'support-ticket-42', 'apollo-require-preflight': 'true' },
      },
    );

    expect(traced.headers.get('x-request-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(named.headers.get('x-request-id')).toBe('support-ticket-42');
    const entries = log.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const graphqlEntries = entries.filter((entry) => (entry.req as { path?: string } | undefined)?.path === '/graphql');
    expect(graphqlEntries.length).toBeGreaterThanOrEqual(8);
    for (const entry of graphqlEntries) {
      expect(entry).toMatchObject({
        reqId: expect.any(String),
        durationMs: expect.any(Number),
        res: { status: expect.any(Number) },
      });
    }
    expect(graphqlEntries).toContainEqual(
      expect.objectContaining({ operation: 'setMarketingObjection', callerKind: 'person' }),
    );
    expect(graphqlEntries).toContainEqual(
      expect.objectContaining({
        operation: 'StartSignIn', // the client's name of the operation, when it gives one
        callerKind: 'anonymous',
        errorCodes: ['INVALID_CREDENTIALS'],
      }),
    );
    expect(graphqlEntries).toContainEqual(
      expect.objectContaining({ operation: 'recordNonCustomerObjection', callerKind: 'customer-service-agent' }),
    );
    expect(graphqlEntries).toContainEqual(
      expect.objectContaining({ reqId: 'support-ticket-42', operation: 'me', errorCodes: ['UNAUTHENTICATED'] }),
    );
    const text = log.lines.join('\n');
    expect(demoPeople.filter((personal) => text.includes(personal))).toEqual([]);
    expect(text).not.toMatch(/pxs_|Bearer/);
  });
});
