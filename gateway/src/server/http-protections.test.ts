import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
afterEach(() => gateway?.stop());

describe('CSRF prevention and CORS', () => {
  it('refuses a GET query without a preflight-forcing header', async () => {
    gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses a form-like POST (text/plain) that a browser would send without preflight', async () => {
    gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
  });

  it.each([
    ['allows', 'http://localhost:4100', 'http://localhost:4100'],
    ['does not allow', 'https://evil.example', null],
  ])('%s a preflight from %s', async (_verb, origin, allowed) => {
    gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    // The refresh cookie (decision 22): credentials for the allowed origins only.
    expect(response.headers.get('access-control-allow-credentials')).toBe(allowed ? 'true' : null);
  });

  it('lets an allowed host page upload a register file (PUT with a token) across origins', async () => {
    gateway = await startTestGateway({ corsOrigins: ['http://localhost:4100'] });
    const preflight = await fetch(`${gateway.url}/registers/robinson`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:4100',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:4100');
    expect(preflight.headers.get('access-control-allow-methods')?.split(',')).toContain('PUT');
  });
});

describe('query limits', () => {
  it('refuses a query deeper than the depth limit before running it', async () => {
    gateway = await startTestGateway({ queryLimits: { maxDepth: 3, maxAliases: 15, maxCost: 5000 } });
    const deep = await gateway.graphql('{ me { accounts { account { customerNumber } } } }');
    expect(deep.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    const shallow = await gateway.graphql('{ me { accounts { id } } }');
    expect(shallow.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses more aliases than allowed', async () => {
    gateway = await startTestGateway();
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: me { email }`).join(' ');
    const response = await gateway.graphql(`{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('counts every alias, __typename too', async () => {
    gateway = await startTestGateway();
    const aliases = Array.from({ length: 1_000 }, (_, index) => `t${index}: __typename`).join(' ');
    const response = await gateway.graphql(`{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases/i);
    expect(response.data ?? null).toBeNull();
  });

  it('refuses a query above the cost limit', async () => {
    gateway = await startTestGateway({ queryLimits: { maxDepth: 10, maxAliases: 15, maxCost: 10 } });
    const response = await gateway.graphql(
      '{ me { email firstName lastName role accounts { id role status account { customerNumber name } } } }',
    );
    expect(response.errors?.[0]?.message).toMatch(/cost/i);
  });
});

describe('in production', () => {
  it('turns introspection off', async () => {
    gateway = await startTestGateway({ production: true });
    const response = await gateway.graphql('{ __schema { queryType { name } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data ?? null).toBeNull();
  });

  it('sends no stack traces, while development does', async () => {
    gateway = await startTestGateway({ production: true });
    const production = await gateway.graphql('{ nonsense }');
    expect(production.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    await gateway.stop();
    gateway = await startTestGateway();
    const development = await gateway.graphql('{ nonsense }');
    expect(development.errors?.[0]?.extensions?.stacktrace).toBeDefined();
  });

  it('suggests no field names, so the schema stays unseen', async () => {
    gateway = await startTestGateway({ production: true });
    const response = await gateway.graphql('{ privacyPreference { subjectId } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it('has no dev outbox', async () => {
    gateway = await startTestGateway({ production: true });
    expect((await fetch(`${gateway.url}/dev/outbox`)).status).toBe(404);
  });
});

describe('security headers', () => {
  it.each(['/graphql', '/healthz', '/readyz', '/exports/5b0a4f6e-6a4e-4d6f-9d0e-2a3b4c5d6e7f', '/no-such-route'])(
    'are on %s',
    async (path) => {
      gateway = await startTestGateway({ production: true });
      const response = await fetch(`${gateway.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect({
        nosniff: response.headers.get('x-content-type-options'),
        frames: response.headers.get('x-frame-options'),
        transport: response.headers.get('strict-transport-security'),
        referrer: response.headers.get('referrer-policy'),
        policy: response.headers.get('content-security-policy')?.startsWith("default-src 'none'"),
      }).toEqual({
        nosniff: 'nosniff',
        frames: 'DENY',
        transport: 'max-age=31536000; includeSubDomains',
        referrer: 'no-referrer',
        policy: true,
      });
    },
  );
});
