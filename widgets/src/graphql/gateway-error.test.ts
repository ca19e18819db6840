import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { languageOf } from '../i18n/dictionary.js';
import { en } from '../i18n/en.js';
import { explain, GatewayError, gatewayErrorFrom } from './gateway-error.js';
import { graphqlEndpoint } from './graphql-client.js';

describe('explaining a refusal of the gateway', () => {
  it.each([
    [{ message: 'x', extensions: { code: 'INVALID_CREDENTIALS' } }, en.errors.INVALID_CREDENTIALS],
    [
      { message: 'x', extensions: { code: 'CODE_INVALID', attemptsLeft: 2 } },
      'This code is not correct. 2 attempts left.',
    ],
    [
      { message: 'x', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } },
      'Too many attempts. Try again in 30 seconds.',
    ],
    [
      { message: 'x', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1800 } },
      'Too many attempts. Try again in 30 minutes.',
    ],
    [{ message: 'x', extensions: { code: 'SOMETHING_NEW' } }, en.errors.INTERNAL_SERVER_ERROR],
    [{ message: 'x' }, en.errors.INTERNAL_SERVER_ERROR],
  ])('says %j as the dictionary words it', (error, expected) => {
    expect(explain(gatewayErrorFrom(error), en)).toBe(expected);
  });

  it('speaks the language of the dictionary it is given', () => {
    expect(explain(new GatewayError('UNAUTHENTICATED', 'Sign in to continue.'), de)).toBe(de.errors.UNAUTHENTICATED);
  });
});

describe('languages and addresses', () => {
  it.each([
    ['nl-BE', 'nl'],
    ['FR', 'fr'],
    ['de', 'de'],
    ['en-GB', 'en'],
    ['it', undefined],
    ['', undefined],
    [null, undefined],
  ])('takes %j as %j', (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });

  it.each([
    ['http://localhost:4000', 'http://localhost:4000/graphql'],
    ['http://localhost:4000/', 'http://localhost:4000/graphql'],
    ['https://privacy.example/api/graphql', 'https://privacy.example/api/graphql'],
  ])('calls %s at %s', (gatewayUrl, endpoint) => {
    expect(graphqlEndpoint(gatewayUrl)).toBe(endpoint);
  });
});
