import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../test-support/index.js';

let gateway: TestGateway;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  gateway = await startTestGateway();
  tokens.dpo = await gateway.signIn('dpo@example.com');
  tokens.customer = await gateway.signIn('mary.jones@example.com');
  tokens.wrong = 'not-a-session-anyone-was-given';
});
afterAll(() => gateway.stop());

interface Call {
  method: string;
  path: string;
  token?: string;
  type?: string;
  body?: string;
}

async function call({ method, path, token, type = 'text/csv', body }: Call) {
  const response = await fetch(`${gateway.url}${path}`, {
    method,
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${tokens[token]}` } : {}) },
    body,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text, body: JSON.parse(text) };
}

const imports = async () => (await gateway.dataSource.query('SELECT count(*)::int AS n FROM register_import'))[0].n;

describe('the REST routes', () => {
  it.each<[string, Call, number, string]>([
    [
      'a body that is not CSV',
      { method: 'PUT', path: '/registers/robinson', token: 'dpo', type: 'application/json', body: '{}' },
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an unknown channel',
      { method: 'POST', path: '/campaign-checks?channel=fax', token: 'dpo', body: '+32470000001\n' },
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an unknown register',
      { method: 'PUT', path: '/registers/yellow-pages', token: 'dpo', body: 'x\n' },
      404,
      'NOT_FOUND',
    ],
    [
      'a wrong token',
      { method: 'GET', path: '/exports/5b0a4f6e-6a4e-4d6f-9d0e-2a3b4c5d6e7f', token: 'wrong' },
      401,
      'UNAUTHENTICATED',
    ],
    ['no token', { method: 'PUT', path: '/registers/robinson', body: 'x\n' }, 401, 'UNAUTHENTICATED'],
    [
      'a customer at the office route',
      { method: 'PUT', path: '/registers/robinson', token: 'customer', body: 'x\n' },
      403,
      'FORBIDDEN',
    ],
    [
      'a customer checking a campaign',
      { method: 'POST', path: '/campaign-checks?channel=phone', token: 'customer', body: 'x\n' },
      403,
      'FORBIDDEN',
    ],
    ['an export of nobody', { method: 'GET', path: '/exports/not-an-id', token: 'customer' }, 404, 'NOT_FOUND'],
    ['no such route', { method: 'GET', path: '/no-such-route' }, 404, 'NOT_FOUND'],
  ])('answers %s with JSON and its code, and changes nothing', async (_case, request, status, code) => {
    const before = await imports();
    const answer = await call(request);
    expect({ status: answer.status, type: answer.type, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({
      status,
      type: 'application/json; charset=utf-8',
      code,
    });
    expect(typeof answer.body.errors[0].message).toBe('string');
    expect(await imports()).toBe(before);
  });

  it('masks an internal failure as INTERNAL_SERVER_ERROR, with no stack and no SQL', async () => {
    await gateway.ownerQuery('ALTER TABLE register_import RENAME TO register_import_gone');
    try {
      const answer = await call({
        method: 'PUT',
        path: '/registers/robinson',
        token: 'dpo',
        body: 'Rue de la Loi 16\n',
      });
      expect({ status: answer.status, type: answer.type, body: answer.body }).toEqual({
        status: 500,
        type: 'application/json; charset=utf-8',
        body: {
          errors: [
            {
              message: 'Something went wrong on our side. Try again later.',
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        },
      });
      expect(answer.text).not.toMatch(/register_import|at .*\.ts|<html/i);
    } finally {
      await gateway.ownerQuery('ALTER TABLE register_import_gone RENAME TO register_import');
    }
  });
});
